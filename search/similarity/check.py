"""'Check before you build': what already exists that does what a team is about to build."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import numpy as np

from search import sentences, welsh
from search.glossary import load_glossary
from search.lexicon import Lexicon, load_lexicon
from search.paraphrase import paraphrases
from search.querytext import GENERIC_WORDS, MAX_WORDS, STOPWORDS, fold
from search.querytext import words as folded_words
from search.similarity.concepts import CONCEPT_PREFIX
from search.similarity.items import SimilarityItem
from search.similarity.language import (
    GLOSSARY,
    STOP_WORDS,
    WELSH_STOP_WORDS,
    bigrams,
    term_sequence,
    words_of,
)
from search.similarity.vectors import TextModel, fit_text

MAX_CHARS = 5000
MIN_SCORE = 0.05
# How far the definition a need paraphrases must lead the next for its term to count among the
# need's words: half as much again, as search once asked (search.paraphrase.LEAD is a tenth
# more). A likely match claims more than a search's reading; measured on the study sets: 1.1
# scored a little higher (0.8828 against 0.8818), but read 'photos of people at the seaside'
# as file upload.
DEFINED_LEAD = 1.5
# Share of characters that may be control or replacement characters before text counts as binary.
BINARY_SHARE = 0.01
# Words about the act of building rather than what is built: 'we want to create', 'rydyn ni am
# adeiladu', 'mae angen i ni ddatblygu'; and words that frame a request rather than say what it is
# for: 'is there anything for …', 'I'm looking for a way to …', 'oes unrhyw beth …', 'mae angen
# rhywbeth arnom …'. They never count as shared words, nor are they searched for ('there' and
# 'anything' are no stop words to search: asked, they match any README). Welsh forms are radicals
# (mutated forms are found through search/welsh.py). 'planning' and 'design' stay: they name
# services ('planning applications', 'design system').
BUILDING_WORDS = frozenset(
    """
    build builds building built create creates creating created creation develop develops
    developing developed implement implements implementing want wants wanted wish need needs
    needed intend intends intending looking going team
    something anything someone anyone somebody anybody there we us m
    adeiladu creu datblygu eisiau isio angen bwriadu bwriadwn hoffem hoffen hoffwn hoffai hoffi
    mynd tim
    rhywbeth rhywun unrhyw oes
    """.split()
)
# Words that name any software, not a job (querytext.GENERIC_WORDS) may form a phrase
# ('booking system', 'email service', 'online forms') but never count alone, so 'Services', a
# name and nothing else, is not a match for every need that says 'service'.
# A component with no description, matched only on words of its name, may share a word by
# chance ('Services'): its score counts this much.
NAME_ONLY_WEIGHT = 0.5
# A match on one word alone, not a phrase or a concept, counts this much.
ONE_WORD_WEIGHT = 0.5
# Reasons shown per match.
MAX_REASONS = 6
# With the search engine's answer to the same need (`searched`), the two rankings are fused by
# weighted reciprocal rank fusion: each component scores weight / (FUSION_K + its rank) in each
# ranking it is in, over the first CANDIDATES of each. Search leads (SEARCH_WEIGHT) and the shared
# words weigh about a third as much (WORDS_WEIGHT): search reads Welsh, brands, acronyms and facts
# from the code, which the shared words do not. The method's usual constant, 60, flattens each
# ranking so much that search's tenth counts nearly as much as its first, and any weight given to
# the shared words then reorders search's best answers: fused that way, the validation check half
# fell from 0.825 (search alone) to 0.779. A small constant keeps each ranking's top where it is
# and lets the other decide between near neighbours (docs/search.md, 6 December, second session).
FUSION_K = 2
CANDIDATES = 50
SEARCH_WEIGHT = 1.0
WORDS_WEIGHT = 0.35
# A short need (SHORT_NEED words or fewer, stop words aside: a question, not a need written out)
# is answered by search with the shared words a tenth as much: they add little search has not read,
# and at a third they lowered the study sets' bare questions (0.8936 -> 0.9004 on 7 December,
# thirteenth session). Needs written out, whose openings and conditions search reads as words of the
# need, keep a third (each shape measured: 8 words left them as they were, 12 lowered one).
SHORT_WEIGHT = 0.1
SHORT_NEED = 8
# A need longer than a search reads is also asked sentence by sentence, at most SENTENCES of them,
# each sentence's answer weighing 1 / their number beside the answer to its rarest words (1): the
# sentence that says what is needed finds it, whatever the others say (docs/search.md). A sentence
# that asks (a question, 'is there anything …', 'we need …', 'oes …', 'mae angen …') weighs 1: it
# is most often the need, and a long need's rarest words are often the opening's ('hopsiynau',
# 'corff'), not the need's; beside it, the rarest words weigh RAREST_BESIDE_ASKING. On the study
# sets (7 December 2026, thirteenth session), a judged question inside a paragraph ('I'm a
# developer at a health board … Is there anything for …? We would rather reuse …') 0.833 -> 0.880
# at a quarter, an opening then 'What we need: …' 0.807 -> 0.832; needs with no sentence that asks
# as they were. The sentences that do not ask weigh a quarter of their share beside it too
# (fourteenth session, with the eighteenth set studied: 0.8884 -> 0.8916 and 0.8868 -> 0.8899).
# Where nothing asks but some sentences set conditions ('must', 'should', 'rhaid', 'dylai'), the
# other sentences say the need and lead the same way: the need then conditions 0.8264 -> 0.8880,
# and two shapes written after the rule (0.8428 -> 0.8779; conditions first, 0.7594 -> 0.8287).
# A need a search reads whole is read so too where some of its sentences lead and others do not
# (_by_sentence): conditions first 0.8287 -> 0.8895, 'Is there anything for …? We would rather reuse
# than build.' 0.8598 -> 0.8956; bare questions as they were. A sentence opening with who is asking
# stands aside the same way (search.sentences.CONTEXT): an opening about the team, then the need,
# 0.8510 -> 0.8937 (a second such shape, written after the rule, 0.8399 -> 0.8912); 'how do we …'
# and 'sut mae …' ask. Search reads a need written out by the same sentences (search/sentences.py).
SENTENCES = 8
RAREST_BESIDE_ASKING = 0.25
# Words as people type them: hyphens and apostrophes join parts ('ar-lein', "i'w").
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_PART = re.compile(r"[^\W_]+")


class CheckInputError(ValueError):
    """The description cannot be checked; `code` says why ('empty', 'too_long' or 'binary')."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Match:
    """An existing component that may already do what was described."""

    id: int
    full_name: str
    organisation: str
    sector: str
    # Orders the matches: with the search engine's ranking fused in, the fused score over the
    # most a component can have (first in both: 1.0); else the similarity.
    score: float
    terms: tuple[str, ...]  # the description's words it shares, most telling first
    # How much of the description's wording it shares (cosine of TF-IDF vectors): how sure a
    # match it is, whatever found it.
    similarity: float = 0.0


def clean_description(text: str | bytes | None) -> str:
    """Validate and normalise a description, raising CheckInputError with a clear message."""
    if text is None:
        raise CheckInputError("empty", "Describe what you are about to build.")
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CheckInputError(
                "binary", "That looks like a file, not text. Describe it in words."
            ) from exc
    if not isinstance(text, str):
        raise CheckInputError("empty", "Describe what you are about to build.")
    # Judge length before any work on the text, so a huge paste costs nothing.
    if len(text) > MAX_CHARS:
        raise CheckInputError(
            "too_long",
            f"Use {MAX_CHARS:,} characters or fewer; this description has {len(text):,}.",
        )
    odd = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\t\n\r")
    )
    if "\x00" in text or odd > max(1, BINARY_SHARE * len(text)):
        raise CheckInputError("binary", "That looks like a file, not text. Describe it in words.")
    text = unicodedata.normalize("NFC", text).strip()
    if not any(ch.isalnum() for ch in text):
        raise CheckInputError("empty", "Describe what you are about to build.")
    return text


class CheckIndex:
    """The catalogue's text vectors, kept in memory to answer 'does this exist already?'."""

    def __init__(
        self,
        items: Sequence[SimilarityItem],
        model: TextModel | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.items = list(items)
        self._lexicon = lexicon
        self.model = model if model is not None else fit_text(self.items)
        # Transposed once, so a query is one sparse matrix-vector product.
        self._by_term = self.model.vectors.T.tocsr()
        self._organisations = np.array([item.organisation for item in self.items], dtype=object)
        self._position = {item.id: k for k, item in enumerate(self.items)}
        # Which components hold each term, and which terms are single words (not phrases or
        # concepts), to tell a match on one word from a match on several.
        self._present = self._by_term.copy()
        self._present.data[:] = 1
        self._plain = np.array(
            [" " not in term and not term.startswith(CONCEPT_PREFIX) for term in self.model.terms],
            dtype=bool,
        )
        # The last need read sentence by sentence (_sentences): a check reads it after its
        # search questions did, in the same request.
        self._last_read: tuple[str, tuple[tuple[str, str, bool], ...]] | None = None
        # Components with no description: the term ids of their names, to spot name-only matches.
        self._names = {
            k: frozenset(self.model.vectorise(item.name or item.full_name).indices.tolist())
            for k, item in enumerate(self.items)
            if not (item.description.strip() or item.description_cy.strip())
        }

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    def rarity(self, word: str) -> float:
        """How telling a word of a need is: the highest idf of its terms (Welsh read through the
        lexicon) among the components; 0 for a word with no term (a stop word), and the rarest
        word's idf for one no component uses."""
        terms = need_terms(word, self.lexicon)
        if not terms:
            return 0.0
        vocabulary, idf = self.model.vocabulary, self.model.idf
        known = [float(idf[vocabulary[t]]) for t in terms if t in vocabulary]
        if known:
            return max(known)
        return float(idf.max()) if idf.size else 0.0

    def search_words(self, description: str | bytes | None) -> str:
        """The need as a search question (search_words), a long one by its rarest words."""
        return search_words(description, self.rarity)

    def _sentences(self, text: str) -> tuple[tuple[str, str, bool], ...]:
        """Each sentence of a need that says something: the sentence, its search words, and
        whether it leads (search.sentences.read): it asks ('What we need:' asks for the sentence
        after it) or, where nothing asks, says the need beside sentences that set conditions or
        say who is asking. The last need read is kept (one need, whichever thread
        asks: a tuple is replaced whole)."""
        last = self._last_read
        if last is not None and last[0] == text:
            return last[1]
        read = tuple(sentences.read(text, self._says))
        self._last_read = (text, read)
        return read

    def _by_sentence(self, text: str, kept: list[str]) -> bool:
        """Whether a need is read sentence by sentence (its search questions and the words it
        shares): where a search cannot read it whole (_read_whole), or where some of its sentences
        lead (ask, or say the need beside conditions) and others do not."""
        if not _read_whole(kept):
            return True
        leads = [asks for _, _, asks in self._sentences(text)]
        return any(leads) and not all(leads)

    def _says(self, sentence: str) -> str | None:
        """A sentence's search words, or None where it says nothing ('...', stop words alone)."""
        try:
            words = self.search_words(sentence)
        except CheckInputError:  # no word in it ('...'), or odd characters bunched in it
            return None
        return words if any(word not in STOPWORDS for word in words.split()) else None

    def search_questions(self, description: str | bytes | None) -> list[tuple[str, float]]:
        """What to ask the search engine for the need, each with its weight for fuse(): its
        search words, and for a need longer than a search reads, each of its sentences too
        (SENTENCES). [] when nothing is left to ask; CheckInputError if the need is unusable."""
        text = clean_description(description)
        kept = _need_words(text)
        question = _question(kept, self.rarity)
        if not question:
            return []
        if not self._by_sentence(text, kept):
            return [(question, 1.0)]
        leading: dict[str, bool] = {}  # search words -> whether the sentence leads
        for _, words, asks in self._sentences(text):
            if words != question and words not in leading:
                leading[words] = asks
            if len(leading) == SENTENCES:
                break
        # Beside a sentence that asks, the rarest words and the sentences that do not ask (an
        # opening, conditions) weigh RAREST_BESIDE_ASKING of what they would.
        beside = RAREST_BESIDE_ASKING if any(leading.values()) else 1.0
        share = beside / len(leading) if leading else 0.0
        return [(question, beside)] + [
            (words, 1.0 if asks else share) for words, asks in leading.items()
        ]

    def check(
        self,
        description: str | bytes | None,
        limit: int = 10,
        min_score: float = MIN_SCORE,
        exclude_organisation: str | None = None,
        searched: Sequence[int] = (),
    ) -> list[Match]:
        """Existing components most like the description, best first (may be empty).

        `searched`: the ids the search engine found for search_words(description), best first;
        given, they are fused with the words the components share (see FUSION_K).
        """
        text = clean_description(description)
        if not self.items:
            return []
        kept = _need_words(text)
        weight = SHORT_WEIGHT if _read_whole(kept, SHORT_NEED) else WORDS_WEIGHT
        if self._by_sentence(text, kept):
            # A long need's words shared where a sentence leads: those of the sentences that lead.
            asked = [sentence for sentence, _, asks in self._sentences(text) if asks]
            text = " ".join(asked) or text
        terms = need_terms(text, self.lexicon)
        # Scored with the term of the definition the need paraphrases; shown with its own words.
        said = self.model.vectorise_terms(terms)
        query = self.model.vectorise_terms(terms + defined_terms(text, terms, self.lexicon))
        if query.nnz == 0 and not searched:
            return []
        scores = np.asarray((query @ self._by_term).todense()).ravel()
        # One plain word in common ('map', 'people') is a coincidence as often as not.
        asked_ids = query.indices
        shared = np.asarray(self._present[asked_ids].sum(axis=0)).ravel()
        plain = np.asarray(self._present[asked_ids[self._plain[asked_ids]]].sum(axis=0)).ravel()
        scores[(shared == 1) & (plain == 1)] *= ONE_WORD_WEIGHT
        asked = frozenset(asked_ids.tolist())
        for k, name in self._names.items():
            if scores[k] > 0:
                shared = asked.intersection(self.model.vectors[k].indices.tolist())
                if shared <= name:
                    scores[k] *= NAME_ONLY_WEIGHT
        if exclude_organisation is not None:
            scores[self._organisations == exclude_organisation] = 0.0
        candidates = np.flatnonzero(scores >= min_score)
        best = candidates[np.argsort(-scores[candidates], kind="stable")].tolist()
        if not searched:
            return [self._match(k, float(scores[k]), float(scores[k]), said) for k in best[:limit]]
        found = [self._position[i] for i in searched if i in self._position]
        found = [k for k in found if self._organisations[k] != exclude_organisation]
        fused = fuse([best[:CANDIDATES], found[:CANDIDATES]], (weight, SEARCH_WEIGHT))
        most = (weight + SEARCH_WEIGHT) / (FUSION_K + 1)
        return [self._match(k, s / most, float(scores[k]), said) for k, s in fused[:limit]]

    def _match(self, k: int, score: float, similarity: float, said) -> Match:
        item = self.items[k]
        shared = self.model.vectors[k].multiply(said).tocoo()
        order = np.argsort(-shared.data, kind="stable")
        labels = [self.model.label(int(shared.col[i])) for i in order]
        return Match(
            id=item.id,
            full_name=item.full_name,
            organisation=item.organisation,
            sector=item.sector,
            score=round(score, 4),
            terms=tuple(distinct_reasons(labels)[:MAX_REASONS]),
            similarity=round(similarity, 4),
        )


def fuse(
    rankings: Sequence[Sequence[int]],
    weights: Sequence[float] | None = None,
    k: int = FUSION_K,
) -> list[tuple[int, float]]:
    """Weighted reciprocal rank fusion: (item, score) for the items of several rankings, best
    first by the sum over rankings of weight / (k + rank), rank counted from 1, each ranking's
    weight 1 unless given; ties keep the first ranking's order."""
    weights = [1.0] * len(rankings) if weights is None else weights
    score: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            score[item] = score.get(item, 0.0) + weight / (k + rank)
    return sorted(score.items(), key=lambda pair: -pair[1])


def search_words(
    description: str | bytes | None, rarity: Callable[[str], float] | None = None
) -> str:
    """The need as a search question: its words in order without words about building ('we want
    to build') and without Welsh stop words search does not know as such ('ni', 'chi'); its own
    stop words go too when it is longer than the MAX_WORDS a search reads (short, they stay, for
    phrases such as 'ar-lein'). Still longer, the first MAX_WORDS words, or with `rarity` (word ->
    how telling it is: CheckIndex.rarity) the MAX_WORDS most telling, in their order: a need that
    opens by saying who is asking does not search for that alone. CheckInputError if unusable."""
    return _question(_need_words(clean_description(description)), rarity)


def _question(kept: list[str], rarity: Callable[[str], float] | None) -> str:
    """A need's words (_need_words) as a search question: see search_words."""
    if len(kept) <= MAX_WORDS:
        return " ".join(kept)
    kept = [word for word in kept if word not in STOPWORDS]
    if rarity is not None and len(kept) > MAX_WORDS:
        telling = sorted(range(len(kept)), key=lambda i: -rarity(kept[i]))[:MAX_WORDS]
        kept = [kept[i] for i in sorted(telling)]
    return " ".join(kept[:MAX_WORDS])


def _read_whole(kept: list[str], most: int = MAX_WORDS) -> bool:
    """Whether a need's words (_need_words) that say something are `most` or fewer: with the
    default, whether a search reads them all."""
    return sum(word not in STOPWORDS for word in kept) <= most


def _need_words(text: str) -> list[str]:
    """The folded words of a need less words about building and Welsh chatter ('rydyn ni am')."""
    # Welsh words a need says that search would take for content ('rydyn ni am') always go.
    chatter = WELSH_STOP_WORDS - STOPWORDS
    return [
        word
        for word in folded_words(sentences.LOOKING_FOR.sub(" ", text))
        if word not in chatter and not welsh.among(word, BUILDING_WORDS)
    ]


def distinct_reasons(labels: Sequence[str]) -> list[str]:
    """The labels without repeats: a word already said by a phrase shown ('service send') or by a
    concept ('online forms') is not said again on its own ('send', 'form'), in either order."""
    said = [frozenset(map(_stem, words_of(label))) or frozenset((label,)) for label in labels]
    kept: list[str] = []
    shown: list[frozenset[str]] = []
    for label, words in zip(labels, said, strict=True):
        if words in shown or any(words < other for other in said):
            continue  # said already ('payments', 'payment'), or by a longer label shown with it
        kept.append(label)
        shown.append(words)
    return kept


# Words sharing this many first letters say one thing in a reason ('translate', 'translation').
STEM_LETTERS = 6


def _stem(word: str) -> str:
    """What a word says, for telling that two reasons repeat each other."""
    return word[:STEM_LETTERS] if len(word) > STEM_LETTERS else word.removesuffix("s")


@dataclass(frozen=True)
class _Unit:
    """Some words of a description: as typed (English) or translated from Welsh."""

    english: tuple[str, ...]  # what stands in the reading: the word, or its translations
    welsh: bool = False


_BREAK = _Unit(())


@cache
def _glossary_tables() -> tuple[dict[tuple[str, ...], tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Welsh glossary terms (folded words) -> the English of their entries, and English words ->
    the English of theirs ('pay' -> 'payment', 'payments', 'pay')."""
    welsh_terms: dict[tuple[str, ...], list[str]] = {}
    english_words: dict[str, list[str]] = {}
    for entry in load_glossary().entries:
        english = set(entry.en)
        for term in entry.cy:
            if term in english:
                continue  # the same word in both languages ('bin', 'data') is no translation
            known = welsh_terms.setdefault(tuple(_PART.findall(fold(term))), [])
            known += [e for e in entry.en if e not in known]
        for term in entry.en:
            if len(_PART.findall(term)) == 1:
                known = english_words.setdefault(fold(term), [])
                known += [e for e in entry.en if e not in known]
    return (
        {key: _distinct(value) for key, value in welsh_terms.items()},
        {key: _distinct(value) for key, value in english_words.items()},
    )


def _distinct(english: Sequence[str]) -> tuple[str, ...]:
    """The forms that are not inflections of another ('address', not 'addresses')."""
    return tuple(e for e in english if not any(_inflects(e, o) for o in english))


def _glossary_english(words: Sequence[str]) -> tuple[str, ...]:
    """The glossary's English for these Welsh words (the first or last mutated or not), else ()."""
    table, _ = _glossary_tables()
    first, *rest = words
    for radical in [first, *sorted(welsh.radicals(first))]:
        for last in [rest[-1], *sorted(welsh.radicals(rest[-1]))] if rest else [None]:
            key = (radical, *rest[:-1], last) if last is not None else (radical,)
            if key in table:
                return table[key]
    return ()


def _inflects(word: str, other: str) -> bool:
    """Whether the word is the other with an inflection ('addresses', 'reporting')."""
    return word != other and any(word == other + end for end in ("s", "es", "ing", "ed"))


def _particle_compound(parts: Sequence[str]) -> bool:
    """Whether two words make one ('front-end', 'e-mail', 'sign-in', 'look up'): a part is a
    stop word or three letters at most, and none is a number ('covid-19' keeps 'covid')."""
    if len(parts) != 2 or any(ch.isdigit() for part in parts for ch in part):
        return False
    return any(len(part) <= 3 or part in STOP_WORDS for part in parts)


def _units(text: str, lexicon: Lexicon) -> list[_Unit]:
    """The description's words in order, Welsh ones read as English (glossary phrases first)."""
    raw: list[str] = []
    compounds: dict[int, str] = {}  # position -> the compound's words, written apart
    for token in _TOKEN.findall(text.lower()):
        joined = "".join(_PART.findall(fold(token)))
        parts = _PART.findall(token)
        if len(parts) > 1 and lexicon.english(joined):
            raw.append(joined)  # 'ar-lein' is one word ('arlein', online) the dictionary knows
        elif _particle_compound(parts) and not _glossary_english([fold(p) for p in parts]):
            # 'front-end' is one word, whose halves alone ('end') are no shared words.
            compounds[len(raw)] = " ".join(parts)
            raw.append(joined)
        else:
            raw += parts
    folded = [fold(word) for word in raw]
    longest = max((len(key) for key in _glossary_tables()[0]), default=1)
    units: list[_Unit] = []
    k = 0
    while k < len(raw):
        for size in range(min(longest, len(raw) - k), 1, -1):
            english = _glossary_english(folded[k : k + size])
            if english:
                units.append(_Unit(english, welsh=True))
                k += size
                break
        else:
            if k in compounds:
                units.append(_Unit((raw[k], compounds[k])))
            else:
                units.append(_word_unit(raw[k], folded[k], lexicon))
            k += 1
    return units


def _word_unit(word: str, folded: str, lexicon: Lexicon) -> _Unit:
    if welsh.among(folded, BUILDING_WORDS):
        return _BREAK
    if word in WELSH_STOP_WORDS or folded in WELSH_STOP_WORDS:
        return _Unit((word,))  # 'mewn' is 'in', never a word in common, whatever a lexicon says
    if word in GLOSSARY:
        # A Welsh word the model reads as English ('cyfieithu' -> 'translation'): its English
        # synonyms count too, as they do for the English word.
        return _Unit(_with_synonyms(GLOSSARY[word]), welsh=True)
    if folded not in lexicon.english_words:
        english = _glossary_english([folded]) or tuple(" ".join(s) for s in lexicon.english(folded))
        if english:
            return _Unit(english, welsh=True)
    return _Unit(_with_synonyms(word))


def _with_synonyms(word: str) -> tuple[str, ...]:
    """An English (or unknown) word and its glossary synonyms ('pay' -> 'payment')."""
    synonyms = _glossary_tables()[1].get(fold(word), ())
    return (word, *(e for e in synonyms if e != word and not _inflects(word, e)))


def need_terms(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """The terms a description asks for: Welsh words read as English, in order so phrases form
    ('negeseuon testun' -> 'text message'), without words about building ('adeiladu', 'want')
    and without words that name any software standing alone ('system', 'service')."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    units = _units(sentences.LOOKING_FOR.sub(" ", text), lexicon)
    sequence: list[str | None] = []
    segments: list[tuple[str, list[str | None]]] = []
    for unit in units:
        if unit is _BREAK:
            sequence.append(None)
            continue
        first, *others = unit.english
        sequence += term_sequence(first)
        segments += [(other, term_sequence(other)) for other in others]
    # Welsh puts the noun first ('ffurflen ar-lein', 'casglu sbwriel'): two translated words
    # side by side are read in English order too, so 'online form' can be found.
    for before, after in pairwise(units):
        if before.welsh and after.welsh:
            reversed_pair = f"{after.english[0]} {before.english[0]}"
            segments.append((reversed_pair, term_sequence(reversed_pair)))
    terms = [t for t in sequence if t and t not in GENERIC_WORDS] + bigrams(sequence)
    # Two words typed apart that make one ('look up', 'front end') meet it written as one.
    for before, after in pairwise(units):
        plain = len(before.english) == len(after.english) == 1
        if plain and not before.welsh and not after.welsh:
            pair = (before.english[0], after.english[0])
            if _particle_compound(pair) and before.english[0] not in STOP_WORDS:
                segments.append(("".join(pair), term_sequence("".join(pair))))
    # Other translations and word orders add what they find, once: a Welsh word weighs as much
    # as its English would.
    said = set(terms)
    for wording, part in segments:
        # Another wording that is a phrase counts as that phrase ('local authority' for
        # 'cyngor'), not as its words: 'authority' alone is not what was asked.
        if len(wording.split()) > 1:
            found = bigrams(part)
        else:
            found = [t for t in part if t and t not in GENERIC_WORDS]
        terms += [t for t in dict.fromkeys(found) if t not in said]
        said.update(found)
    return terms


def defined_terms(text: str, terms: Sequence[str], lexicon: Lexicon | None = None) -> list[str]:
    """Where the need clearly reads like one definition (search.paraphrase: 'get the writing out
    of photos of letters'), the terms of that definition's key ('ocr') it does not ask for
    already: a need put in everyday words shares the jargon of the components that meet it. Of a
    key of several words, only its phrases ('front end scanned': not 'front', not 'end')."""
    found = paraphrases().of(text, lead=DEFINED_LEAD)
    if found is None:
        return []
    key = found.definition.key
    asked = need_terms(key, lexicon)
    if len(key.split()) > 1:
        asked = [term for term in asked if " " in term]
    return [term for term in dict.fromkeys(asked) if term not in terms]


def build_check_index(items: Sequence[SimilarityItem]) -> CheckIndex:
    """Fit the text model on the catalogue's components, ready for checks."""
    return CheckIndex(items)
