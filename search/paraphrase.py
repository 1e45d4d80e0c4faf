"""Which definition a question paraphrases, if it clearly paraphrases one.

People describe a need in everyday words ("a way for colleagues to rate each other against the
organisation's values"); the components that do it use a technical term ("360 feedback"), and
search/data/definitions/ says in plain words what software named by each term does. Each
component already carries its terms' definitions as a weak field (search/definitions.py): a word
found only there counts half a word, because a definition says what such software does, not what
this component is. When the question as a whole reads like one definition and no other, though,
the question is asking for that kind of software: its words found in that definition count as the
component's own, and the question is also searched for the definition's term (both engines). A
question that uses one of the definition's terms itself needs none of this: its words find them.

A definition is chosen by how much of the question's rarity it holds: each of the question's
content words weighs ln(number of definitions / definitions that use it) (a word no definition
uses weighs the most, ln(number of definitions)), and a definition holds the weight of the
question's words its terms, its English or Welsh text or its needs use (Welsh words also by their
radical). The needs (search/data/needs/) are how people put the need it meets in everyday words,
three ways in each language and three more in English, so a question worded unlike the definition
still finds it.
It is chosen when it holds at least SHARE of the question's weight, in at least WORDS words other
than words that name any software ('system', 'app', 'gwasanaeth': querytext.GENERIC_WORDS), and at
least LEAD times what the next definition holds; or, in a question mostly of words no definition
needs, at least CLEAR_SHARE of its weight in at least CLEAR_WORDS such words and CLEAR_LEAD times
what the next holds. WORDS was set before any measurement from what the figure means (two
words); SHARE was set so too, at half, then lowered to 0.4 after one look at the study sets
(0.4, 0.5; three more questions read well, none worse: docs/search.md). LEAD was
half as much again as the next until the needs came; with them, a tenth more (measured at 1.5,
1.3, 1.2, 1.1 and 1.0 on the study sets, each lower value better: a close second is most often a
definition of the same job, and a wrong definition only lifts the components that carry it).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from search import welsh
from search.backend import Reading
from search.definitions import Definition, Definitions, load_definitions
from search.plurals import ENGLISH_PLURALS, plurals, singular
from search.querytext import GENERIC_WORDS, STOPWORDS, words

# A folded Welsh noun's other numbers ('tudalennau' -> 'tudalen'), as the dictionary pairs them.
Numbers = Callable[[str], Iterable[str]]

# English words that say how a need is put, not what it is ('they', 'before', 'each', 'own',
# 'instead'): pronouns, determiners, prepositions, conjunctions, auxiliaries and adverbs of time,
# place and degree that querytext.STOPWORDS leaves in. They weigh FUNCTION_SHARE of their rarity
# when choosing a definition: a rare one of them outweighed the question's real words. (Written
# here, not imported: scikit-learn's list costs the querying process 66 MB to load.)
FUNCTION_WORDS = frozenset(
    """
    about above across after afterwards again against all almost alone along already also
    although always among amongst another any anyhow anyone anything anyway anywhere around as
    because been before beforehand behind being below beside besides between beyond both but
    by can cannot could did do does doing down during each either else elsewhere enough even
    ever every everyone everything everywhere except few for former formerly from further had
    has have having he hence her here hers herself him himself his how however if in indeed
    into is it its itself just least less many may me meanwhile might mine more moreover most
    mostly much must my myself neither never nevertheless no nobody none nor not nothing now
    nowhere of off often on once one only onto or other others otherwise our ours ourselves out
    over own per perhaps rather same several she should since so some somehow someone something
    sometime sometimes somewhere still such than that the their theirs them themselves then
    thence there thereafter thereby therefore these they this those though through throughout
    thus to together too toward towards two under until up upon us very via was we were what
    whatever when whence whenever where whereas whereby wherever whether which while whilst who
    whoever whole whom whose why will with within without would yet you your yours yourself
    yourselves
    """.split()
)
FUNCTION_SHARE = 0.25
NEEDS_SHARE = 0.7

SHARE = 0.4
WORDS = 2
LEAD = 1.1
# A long question is mostly words no definition needs ('sorry', 'soon', 'my dad'): one definition
# may hold less of it and still be the only reading, when more of its words agree and no other
# comes near. Set from what the figures mean (three words, a quarter, four tenths more than the
# next), then measured once on the study sets (docs/search.md, the eleventh session).
CLEAR_SHARE = 0.25
CLEAR_WORDS = 3
CLEAR_LEAD = 1.4
# A definition holding LIKELY_SHARE of a question's weight or more, whatever the others hold, is
# one it may be paraphrasing: the search engines look for the question's words in its needs too, as
# a weak field of the components that carry it (search/embedded/ranking.py, search/meili/). Only
# those definitions' needs: everyday words ('keep', 'move', 'new') are in the needs of many.
# Measured at 0.2, 0.25, 0.3, 0.35 and 0.4 on the study sets (docs/search.md, twelfth session).
LIKELY_SHARE = 0.3
# ... and only while no more than LIKELY_MOST definitions do (the same at 16, 20 and 30 on the study
# sets; at 3, 5, 8 and 12 lower).
LIKELY_MOST = 20


@dataclass(frozen=True)
class Paraphrase:
    """The definition a question reads like, and which of the question's words it uses."""

    definition: Definition
    words: tuple[str, ...]  # the question's content words (folded, in order) that it uses

    @property
    def reading(self) -> Reading:
        """What to tell people: these words were also searched for as the definition's term. The
        words that only say how the need is put ('about', 'they') are not shown, as they were not
        what chose it (FUNCTION_SHARE)."""
        shown = [word for word in self.words if word not in FUNCTION_WORDS] or self.words
        return Reading(" ".join(shown), (self.definition.key,), "definition")


class Paraphrases:
    """Every definition's words, indexed to find the one a question paraphrases."""

    def __init__(self, definitions: Definitions) -> None:
        self.entries = definitions.entries
        self.holders: dict[str, list[int]] = {}
        # Definitions that hold a word in their needs alone: it counts NEEDS_SHARE there.
        self.needs_only: dict[str, set[int]] = {}
        for number, entry in enumerate(self.entries):
            own = _folded((entry.en, entry.cy, *entry.terms))
            for word in own | _folded(entry.needs):
                self.holders.setdefault(word, []).append(number)
                if word not in own:
                    self.needs_only.setdefault(word, set()).add(number)
        self.size = len(self.entries)

    def _weight(self, holders: int) -> float:
        return math.log(self.size / holders) if holders else math.log(self.size)

    def of(
        self, question: str, other_numbers: Numbers | None = None, lead: float = LEAD
    ) -> Paraphrase | None:
        """The definition the question clearly paraphrases, or None. A word is found in a
        definition in its other English numbers too, and in the Welsh ones `other_numbers` gives
        (the dictionary's pairs, Translating.other_numbers), where the question's own is not.
        `lead`: how many times what the next definition holds the chosen one must hold."""
        return self.read(question, other_numbers, lead)[0]

    def likely(self, question: str, other_numbers: Numbers | None = None) -> list[str]:
        """The keys of the definitions holding at least LIKELY_SHARE of the question's weight,
        most first: those it may be paraphrasing, clearly or not. None when more than LIKELY_MOST
        do: the question is too general to be paraphrasing any ('text to speech', whose two words
        half the speech definitions hold); its words find what it asks for."""
        return self.read(question, other_numbers)[1]

    def read(
        self, question: str, other_numbers: Numbers | None = None, lead: float = LEAD
    ) -> tuple[Paraphrase | None, list[str]]:
        """(of, likely) from one weighing of the question, as a search engine needs both."""
        said = words(question)
        weighed = self._weighed(said, other_numbers)
        if weighed is None:
            return None, []
        held, scores, total = weighed
        ranked = scores.most_common()
        likely = [self.entries[n].key for n, score in ranked if score / total >= LIKELY_SHARE]
        return self._chosen(said, held, ranked, total, lead), (
            likely if len(likely) <= LIKELY_MOST else []
        )

    def _chosen(
        self,
        said: list[str],
        held: dict[str, list[int]],
        ranked: list[tuple[int, float]],
        total: float,
        lead: float,
    ) -> Paraphrase | None:
        """The definition the question clearly paraphrases (see `of`), from its weighing."""
        if not ranked:
            return None
        number, best = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        used = tuple(word for word, numbers in held.items() if number in numbers)
        telling = [word for word in used if not welsh.among(word, GENERIC_WORDS)]
        plain = best / total >= SHARE and len(telling) >= WORDS and best >= lead * second
        clear = (
            best / total >= CLEAR_SHARE
            and len(telling) >= CLEAR_WORDS
            and best >= max(lead, CLEAR_LEAD) * second
        )
        if not (plain or clear):
            return None
        if self._names(number, said):
            return None
        return Paraphrase(self.entries[number], used)

    def _weighed(
        self, said: list[str], other_numbers: Numbers | None
    ) -> tuple[dict[str, list[int]], Counter[int], float] | None:
        """Which definitions hold each content word, what each definition holds of the question's
        weight, and that weight; None for a question too short to read."""
        content = [w for w in dict.fromkeys(said) if _content(w)]
        if len(content) < WORDS or self.size < 2:
            return None
        held: dict[str, list[int]] = {}
        # How much each definition holding a word counts it: 1, or NEEDS_SHARE through its needs.
        share: dict[str, dict[int, float]] = {}
        for word in content:
            numbers, in_own = set(), set()
            for form in (word, *welsh.radicals(word)):
                welsh_numbers = other_numbers(form) if other_numbers else ()
                for other in (form, *_numbers(form, self.holders), *welsh_numbers):
                    found = self.holders.get(other, ())
                    numbers.update(found)
                    in_own.update(set(found) - self.needs_only.get(other, set()))
            held[word] = sorted(numbers)
            share[word] = {n: 1.0 if n in in_own else NEEDS_SHARE for n in numbers}
        weight = {
            word: self._weight(len(numbers)) * (FUNCTION_SHARE if word in FUNCTION_WORDS else 1.0)
            for word, numbers in held.items()
        }
        total = sum(weight.values())
        scores: Counter[int] = Counter()
        for word, numbers in held.items():
            for number in numbers:
                scores[number] += weight[word] * share[word][number]
        if not total:
            return None
        return held, scores, total

    def _names(self, number: int, question: list[str]) -> bool:
        """Whether the question uses one of the definition's terms itself: then the words find
        what carries the term, and the definition adds nothing but noise."""
        said = " " + " ".join(question) + " "
        return any(" " + " ".join(words(term)) + " " in said for term in self.entries[number].terms)


def _numbers(word: str, known: dict[str, list[int]]) -> list[str]:
    """The word's other English numbers that definitions use ('photo' -> 'photos', 'forms' ->
    'form'). Not Welsh ones: by endings alone, 'newyddion' (news) would be 'newydd' (new)."""
    one = singular(word, known, ENGLISH_PLURALS)
    return [one] if one else plurals(word, known, ENGLISH_PLURALS)


def _folded(texts: Iterable[str]) -> set[str]:
    """The texts' words, folded, with the radicals of the Welsh ones."""
    found = {w for text in texts for w in words(text)}
    return found | {r for w in found for r in welsh.radicals(w)}


def _content(word: str) -> bool:
    return len(word) > 1 and word not in STOPWORDS and not word.isdigit()


@cache
def paraphrases() -> Paraphrases:
    """The installed definitions, indexed once per process."""
    return Paraphrases(load_definitions())


def paraphrased(question: str, other_numbers: Numbers | None = None) -> list[Reading]:
    """The question's reading as the term of the definition it paraphrases, if any (for engines
    that search for the term beside the words: search/meili/backend.py)."""
    found = paraphrases().of(question, other_numbers)
    return [] if found is None else [found.reading]
