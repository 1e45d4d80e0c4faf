"""Every judged query, old and new, split for tuning and a held-out check by a fixed hash.

The split is by SHA-256 of the query text: even first byte = tuning, odd = held-out. It was fixed
and committed before any ranking change of issue 12. Tune on TUNING only; report HELD_OUT apart.
The old queries (JUDGEMENTS) were tuned on before the split existed, so only the new queries'
held-out part is truly untouched. VALIDATION (a later, independent set) is split apart: its
'check' half decides whether a finished change stays, its 'untouched' half is scored at the end.
FRESH (written later still, the same way) was scored twice, as a last figure before and after a
session's work; from the next session on it is a study set, read question by question like the
tuning part. FRESH2 (written then, the same way) took its place: never split, never studied, scored
only at the end of a session, means only. FRESH3 (written at the start of the third session of
4 December, the same way, before that session's changes) was scored like FRESH2: at the end, means
only. Both were scored before and after a session's work and are study sets from 5 December on.
FRESH4 (written at the start of the session of 5 December, the same way, before its changes) takes
their place: scored once before and once after that session's work, means only, never studied.
FRESH5 (written at the end of that session, the same way) is for the next session: not scored yet;
score it once on the code that session starts from and once at its end, means only.
FRESH6 (written at the end of the session of 5 December too, the same way, for the next session) is
not scored yet either: score it like FRESH5, once at that session's start and once at its end.
FRESH7 (written at the end of the session of 6 December, the same way, for the next session) was
scored at the start and end of the second session of 6 December and is a study set now.
FRESH8 (written in that second session, the same way) was scored at the start and end of the third
session of 6 December; its end score showed two changes lowering it, which were reverted or
narrowed, and it was scored once more: it helped decide, and is a study set now.
FRESH9 (written in the third session of 6 December, the same way, for the next session) was scored
at the start and end of the fourth session of 6 December and is a study set now.
FRESH10 (written on 6 December 2026, the same way, for the next session) was scored at the start
and end of the fifth session of 6 December, means only, and is a study set from the next session.
FRESH11 (written on 6 December 2026, in the fifth session, the same way, for the next session) was
scored at the start and end of the sixth session of 6 December, means only, and is a study set from
the next session.
FRESH12 (written on 6 December 2026, in the sixth session, the same way, for the next session) was
scored at the start and end of the seventh session of 6 December, means only, and is a study set
from the next session.
FRESH13 (written on 6 December 2026, in the seventh session, the same way, for the next session)
was scored at the start and end of the eighth session of 6 December, means only, and is a study
set from the next session.
FRESH14 (written on 6 December 2026, in the eighth session, the same way, for the next session)
was scored at the start and end of the ninth session of 6 December, means only, and is a study set
from the next session.
FRESH15 (written on 6 December 2026, in the ninth session, the same way, for the next session)
was scored at the start and end of the tenth session (7 December), means only, and is a study set
from the next session.
FRESH16 (written on 7 December 2026, in the tenth session, the same way, for the next session) was
scored at the start and end of the eleventh session (7 December), means only, then at each of its
commits, means only, to tell which one moved it (no change was decided by it); a study set from the
next session.
FRESH17 (written on 7 December 2026, in the eleventh session, the same way, for the next session) was
scored at the start and end of the twelfth session (7 December), means only, and after its first
change, to tell which change moved it (no change was decided by it); a study set from the next
session.
FRESH18 (written on 7 December 2026, in the twelfth session, the same way, for the next session) was
scored at the start and end of the thirteenth session (7 December), means only (no change was
decided by it); a study set from the next session.
FRESH19 (written on 7 December 2026, in the thirteenth session, the same way, for the next session)
was scored at the start and end of the fourteenth session (7 December), means only, and its
questions inside written-out needs once each on that session's start and end (no change was
decided by it); a study set from the next session.
FRESH20 (written on 7 December 2026, in the fourteenth session, the same way, for the next session)
was scored at the start and end of the fifteenth session (7 December), means only, and its
questions inside written-out needs once each on that session's start and end (no change was
decided by it); a study set from the next session.
FRESH21 (written on 7 December 2026, in the fifteenth session, the same way, for the next session)
was scored at the start and end of the sixteenth session (7 December), means only, and its
questions inside written-out needs once each on that session's start and end (no change was
decided by it); a study set from the next session.
FRESH22 (written on 7 December 2026, in the sixteenth session, the same way, for the next session)
was scored at the start and end of the seventeenth session (7 December), means only, and its
questions inside written-out needs once each on that session's start and end (no change was
decided by it); a study set from the next session.
FRESH23 (written on 7 December 2026, in the seventeenth session, the same way, for the next session)
was scored at the start and end of the eighteenth session (7 December), means only, and its
questions inside written-out needs once each on that session's start and end, in search and in
check before you build (no change was decided by it); a study set from the next session.
"""

from __future__ import annotations

import hashlib

from judgements_2026 import NEW_JUDGEMENTS
from judgements_fresh import FRESH_JUDGEMENTS
from judgements_fresh2 import FRESH2_JUDGEMENTS
from judgements_fresh3 import FRESH3_JUDGEMENTS
from judgements_fresh4 import FRESH4_JUDGEMENTS
from judgements_fresh5 import FRESH5_JUDGEMENTS
from judgements_fresh6 import FRESH6_JUDGEMENTS
from judgements_fresh7 import FRESH7_JUDGEMENTS
from judgements_fresh8 import FRESH8_JUDGEMENTS
from judgements_fresh9 import FRESH9_JUDGEMENTS
from judgements_fresh10 import FRESH10_JUDGEMENTS
from judgements_fresh11 import FRESH11_JUDGEMENTS
from judgements_fresh12 import FRESH12_JUDGEMENTS
from judgements_fresh13 import FRESH13_JUDGEMENTS
from judgements_fresh14 import FRESH14_JUDGEMENTS
from judgements_fresh15 import FRESH15_JUDGEMENTS
from judgements_fresh16 import FRESH16_JUDGEMENTS
from judgements_fresh17 import FRESH17_JUDGEMENTS
from judgements_fresh18 import FRESH18_JUDGEMENTS
from judgements_fresh19 import FRESH19_JUDGEMENTS
from judgements_fresh20 import FRESH20_JUDGEMENTS
from judgements_fresh21 import FRESH21_JUDGEMENTS
from judgements_fresh22 import FRESH22_JUDGEMENTS
from judgements_fresh23 import FRESH23_JUDGEMENTS
from judgements_validation import VALIDATION_JUDGEMENTS
from relevance_corpus import JUDGEMENTS, Judgement

# Old typo queries in Welsh (kind "typo" says nothing of the language).
_WELSH_TYPOS = {"lleferyd"}


def part(key: str) -> str:
    """'tuning' or 'held-out', fixed by the key's SHA-256."""
    return "held-out" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 else "tuning"


def language(judgement: Judgement) -> str:
    """'cy' for Welsh and mixed Welsh/English queries, else 'en'."""
    return "cy" if judgement.kind == "welsh" or judgement.query in _WELSH_TYPOS else "en"


def validation_part(key: str) -> str:
    """'check' or 'untouched' for a validation question, fixed by SHA-256 ('validation:' + key)."""
    digest = hashlib.sha256(f"validation:{key}".encode()).digest()
    return "untouched" if digest[0] % 2 else "check"


ALL = [("old", j) for j in JUDGEMENTS] + [("new", j) for j in NEW_JUDGEMENTS]
TUNING = [j for _, j in ALL if part(j.query) == "tuning"]
HELD_OUT = [j for _, j in ALL if part(j.query) == "held-out"]
# Written on 3 December 2026 (judgements_validation.py); apart from ALL, never tuned on.
VALIDATION = [(validation_part(j.query), j) for j in VALIDATION_JUDGEMENTS]
# Written on 4 December 2026 (judgements_fresh.py) from the data alone; studied since.
FRESH = list(FRESH_JUDGEMENTS)
# Written on 4 December 2026 too (judgements_fresh2.py), in the next session: scored at the end only.
FRESH2 = list(FRESH2_JUDGEMENTS)
# Written on 4 December 2026 (judgements_fresh3.py), in the third session: scored at the end only.
FRESH3 = list(FRESH3_JUDGEMENTS)
# Written on 5 December 2026 (judgements_fresh4.py), before that session's changes: at the end only.
FRESH4 = list(FRESH4_JUDGEMENTS)
# Written at the end of 5 December 2026 (judgements_fresh5.py) for the next session: not scored.
FRESH5 = list(FRESH5_JUDGEMENTS)
# Written at the end of 5 December 2026 (judgements_fresh6.py) for the next session: not scored.
FRESH6 = list(FRESH6_JUDGEMENTS)
# Written at the end of 6 December 2026 (judgements_fresh7.py) for the next session: not scored.
FRESH7 = list(FRESH7_JUDGEMENTS)
# Written in the second session of 6 December 2026 (judgements_fresh8.py) for the next: not scored.
FRESH8 = list(FRESH8_JUDGEMENTS)
# Written in the third session of 6 December 2026 (judgements_fresh9.py) for the next: not scored.
FRESH9 = list(FRESH9_JUDGEMENTS)
# Written on 6 December 2026 (judgements_fresh10.py) for the next session: not scored.
FRESH10 = list(FRESH10_JUDGEMENTS)
# Written in the fifth session of 6 December 2026 (judgements_fresh11.py) for the next: not scored.
FRESH11 = list(FRESH11_JUDGEMENTS)
# Written in the sixth session of 6 December 2026 (judgements_fresh12.py) for the next: not scored.
FRESH12 = list(FRESH12_JUDGEMENTS)
# Written in the seventh session of 6 December 2026 (judgements_fresh13.py) for the next: not scored.
FRESH13 = list(FRESH13_JUDGEMENTS)
# Written in the eighth session of 6 December 2026 (judgements_fresh14.py) for the next: not scored.
FRESH14 = list(FRESH14_JUDGEMENTS)
# Written in the ninth session of 6 December 2026 (judgements_fresh15.py); scored in the tenth.
FRESH15 = list(FRESH15_JUDGEMENTS)
# Written in the tenth session, on 7 December 2026 (judgements_fresh16.py); scored in the eleventh.
FRESH16 = list(FRESH16_JUDGEMENTS)
# Written in the eleventh session, on 7 December 2026 (judgements_fresh17.py); scored in the twelfth.
FRESH17 = list(FRESH17_JUDGEMENTS)
# Written in the twelfth session, on 7 December 2026 (judgements_fresh18.py); scored in the thirteenth.
FRESH18 = list(FRESH18_JUDGEMENTS)
# Written in the thirteenth session, on 7 December 2026 (judgements_fresh19.py); scored in the
# fourteenth.
FRESH19 = list(FRESH19_JUDGEMENTS)
# Written in the fourteenth session, on 7 December 2026 (judgements_fresh20.py); scored in the
# fifteenth.
FRESH20 = list(FRESH20_JUDGEMENTS)
# Written in the fifteenth session, on 7 December 2026 (judgements_fresh21.py); scored in the
# sixteenth.
FRESH21 = list(FRESH21_JUDGEMENTS)
# Written in the sixteenth session, on 7 December 2026 (judgements_fresh22.py); scored in the
# seventeenth.
FRESH22 = list(FRESH22_JUDGEMENTS)
# Written in the seventeenth session, on 7 December 2026 (judgements_fresh23.py); scored in the
# eighteenth.
FRESH23 = list(FRESH23_JUDGEMENTS)
