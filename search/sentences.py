"""A need written out in sentences: which say what is needed, and which stand aside.

People describe a need the way they would to a colleague: who they are, what they are after, and
what it must do ('We are a small team in a health board. We need an address lookup. It must be
open source.'). Search and check before you build both read such a need by the sentences that
lead: those that ask, or, where none asks, those that neither set a condition nor say who is
asking. This module imports nothing else of the search package, so the query parser
(search/querytext.py) can read a question through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TypeVar

Said = TypeVar("Said")

# A sentence runs to a full stop, question or exclamation mark, semicolon, colon or line break
# followed by a space or the end: 'gov.uk', 'Node.js' and '.po' stay inside their sentence.
SENTENCE = re.compile(r"(?:[^.!?;:\n]|[.!?;:](?=[^\s.!?;:]))+[.!?;:\n]*")
# Where one sentence ends and another begins.
_BREAK = re.compile(r"[.!?;:]\s|\n")
# A sentence that asks for something ('is there …', 'we need …', 'oes …', 'mae angen …'). 'Hoffem'
# and 'hoffwn' (we, I would like) do not ask, as 'would like' does not: 'Rydym yn dîm yn y cyngor a
# hoffem ailddefnyddio gwaith sy'n bodoli' says who is asking and that they would rather reuse.
ASKING = re.compile(
    r"\?|\b(?:is there|are there|anything|anyone|anybody|we need|i need|need a|needs? to|"
    r"looking for|we want|i want|how (?:do|can|could|should) (?:we|i)|oes|unrhyw|angen|eisiau|"
    r"chwilio am|sut (?:mae|gallwn|galla|alla|allwn|dylen|dylwn))\b",
    re.IGNORECASE,
)
# What the thing asked for must do, said of it ('It needs to run on our servers', 'Mae angen iddo
# redeg …'): a condition, not a request, though 'needs to' and 'angen' ask elsewhere.
REQUIRED_OF_IT = re.compile(
    r"\b(?:it|they|this|that|which) (?:needs?|has|have) to\b|\bangen (?:iddo|iddi|iddyn|iddynt)\b",
    re.IGNORECASE,
)
# A sentence that sets a condition of the need rather than saying what it is.
CONDITION = re.compile(
    r"\b(?:must|should|has to|have to|cannot|rhaid|dylai|dylid|dylen|gorfod)\b"
    + "|"
    + REQUIRED_OF_IT.pattern,
    re.IGNORECASE,
)
# A sentence that opens by saying who is asking ('We are …', 'I work …', 'Our team …', 'Rydym yn
# …', '… ydw i', '… ydym ni'); anywhere in a sentence, 'our team' is as often the need's ('show
# the public what our team is working on').
CONTEXT = re.compile(
    r"^\W*(?:we are|we're|i am|i'm|i work|we work|our team|my team|rydym yn|rydyn ni'n|"
    r"(?:dw i'n|rwy'n|rydw i'n) gweithio|mae ein tîm|mae fy nhîm)\b|\b(?:ydw i|ydym ni|ydyn ni)\b",
    re.IGNORECASE,
)

# Someone saying they are looking ('rydyn ni'n chwilio am', 'Yn chwilio am …' opening a sentence)
# or for 'a way to …': words that frame a need. 'Chwilio am' is otherwise content ('gwasanaeth i
# chwilio am gyfeiriad', a service to search for an address), and 'way' and 'ffordd' (also a
# road) alone are no frame ('ways of working', 'gwaith ffordd', roadworks).
LOOKING_FOR = re.compile(
    r"(?:^\W*yn|\b(?:rydym|rydyn|ydym|ydyn|dw|dwi|rwy|rydw|ydw|wyf|rydan|ydan)"
    r"(?:\s+(?:ni|i))?\s*(?:\byn|['’]n))\s+chwilio\s+am(?:\s+ffordd\s+(?:o|i))?\b"
    r"|\b(?:a|an|any|some|another|one)\s+(?:easy\s+|easier\s+|simple\s+|quick\s+|better\s+)?"
    r"way\s+(?:to|of|for)\b",
    re.IGNORECASE,
)
# Words that frame a request rather than say what it is for ('we need …', 'I would like …', 'mae
# angen … arnom', LOOKING_FOR): a sentence that leads is searched for without them.
FRAME = re.compile(
    r"\b(?:(?:we|i)(?:\s+(?:are|am|do))?\s+|(?:we|i)['’](?:re|m)\s+)?"
    r"(?:need|needs|needed|want|wants|wanted|looking|seeking)\b"
    r"|\b(?:we|i)(?:\s+would|['’]d)\s+like\b"
    r"|\b(?:eisiau|isio|angen|hoffem|hoffwn|arnom|arnaf)\b"
    # 'Has anyone already built …?', 'Is there anything out there …?', 'Oes unrhyw un wedi
    # adeiladu … yn barod?', 'Oes rhywbeth ar gael …?': the question this catalogue is for.
    r"|\b(?:has|have|did)\s+(?:anyone|anybody|someone|somebody)(?:\s+already)?\s+"
    r"(?:built|made|written|created|developed|done)\b"
    r"|\b(?:unrhyw un|rhywun|rywun)\s+wedi\s+(?:adeiladu|creu|datblygu|gwneud|ysgrifennu)\b"
    r"|\b(?:already|out there|yn barod|ar gael)\b|" + LOOKING_FOR.pattern,
    re.IGNORECASE,
)


def read(text: str, says: Callable[[str], Said | None]) -> list[tuple[str, Said, bool]]:
    """Each sentence of the text that says something (`says` gives what, or None for nothing),
    with what it says and whether it leads: it asks ('What we need:' asks for the sentence after
    it) or, where nothing asks, it neither sets a condition nor says who is asking while some
    other sentence does. Where nothing asks and nothing stands aside, no sentence leads."""
    found = list(_asking(text, says))
    if any(leads for _, _, leads in found):
        return found
    aside = [
        bool(CONDITION.search(sentence) or CONTEXT.search(sentence)) for sentence, _, _ in found
    ]
    if any(aside) and not all(aside):
        return [
            (sentence, said, not beside)
            for (sentence, said, _), beside in zip(found, aside, strict=True)
        ]
    return found


def _asking(text: str, says: Callable[[str], Said | None]) -> Iterator[tuple[str, Said, bool]]:
    asking = False
    for match in SENTENCE.finditer(text):
        sentence = match.group(0)
        asking = asking or bool(ASKING.search(REQUIRED_OF_IT.sub(" ", sentence)))
        said = says(sentence)
        if said is not None:
            yield sentence, said, asking
            asking = False


def leading(text: str, says: Callable[[str], object | None]) -> str | None:
    """The sentences that lead, joined, where some lead and others do not; else None (the text is
    read whole)."""
    if not _BREAK.search(text.strip()):
        return None  # one sentence: most questions, at the cost of one scan
    found = read(text, says)
    leads = [leads for _, _, leads in found]
    if not any(leads) or all(leads):
        return None
    return " ".join(FRAME.sub(" ", sentence.strip()) for sentence, _, leads in found if leads)
