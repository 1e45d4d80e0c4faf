"""Matching, scoring, filtering, ordering and counting one query against one snapshot."""

from __future__ import annotations

import itertools
import math
import sqlite3
import statistics

import numpy as np

from search import welsh
from search.acronyms import acronym_synonyms
from search.backend import FILTER_FIELDS, Query, Reading
from search.brands import spelt_brands, starting_with, typed_words
from search.embedded import hybrid
from search.embedded.fields import ALL_FIELDS, FIELD_WEIGHTS, GLOSS_FIELD, NEED_FIELD
from search.embedded.snapshot import Snapshot, union
from search.loans import english_side, loan_words, loans
from search.paraphrase import Paraphrase, paraphrases
from search.plurals import derivations, inflections, singular_derivations
from search.querytext import (
    GENERIC_WORDS,
    STOPWORDS,
    ParsedQuery,
    Synonym,
    SynonymSource,
    corrected_synonyms,
    words,
)

# Per document: score, how much a match there counts towards coverage (1 outside the weak fields
# and READMEs), found in the body's name.
Matched = tuple[np.ndarray, np.ndarray, np.ndarray]

# Mutated forms only count in short fields: in long English READMEs 'bin' -> 'pin' is mostly noise.
PHRASE_FIELDS = ("name", "tags", "description")
# Only words as typed are looked up in READMEs: completions, typo corrections and synonyms there
# cost the most (README word lists are long) and add mostly noise at README weight. The one
# exception is the glossary's English for a Welsh word typed (TRANSLATED_FIELDS): a Welsh question
# is looked for where its English one would be. (The dictionaries' translations are not: their
# wrong senses match long READMEs.)
SHORT_FIELDS = ("name", "tags", "description", "organisation", "brand")
# Synonyms, typo corrections and mutated forms also skip organisation names, which repeat on every
# component of a body ('Language Technologies Unit') and would drown the real matches. They do look
# in what a component's technical terms mean (search/definitions.py), which reads as a description,
# in how people put the needs those meet, and in the other terms for the kinds of software named.
VARIANT_FIELDS = ("name", "tags", "description", "gloss", "need", "term")
COMPOUND_FIELDS = ("name",)
TRANSLATED_FIELDS = (*VARIANT_FIELDS, "readme")
EXACT_WEIGHT, MUTATION_WEIGHT, PREFIX_WEIGHT = 1.0, 0.9, 0.85
# The word's other number, singular or plural ('brawddegau' for 'brawddeg'; search/plurals.py), in
# names, topics and descriptions: in READMEs, and at more weight, it cost more than it found.
NUMBER_WEIGHT = 0.7
# Another word of the same stem ('trawsgrifio' for 'trawsgrifiwr'; search/plurals.py).
DERIVED_WEIGHT = 0.7
# Half of a name written as one word ('stats' in 'statswales'; search/embedded/compounds.py)
# counts a third of a match there (half let 'speech' lift 'deepspeech' above text to speech).
COMPOUND_WEIGHT = 0.35
# An English word a Welsh loanword may be ('ffonemau' -> 'phoneme'; search/loans.py).
LOAN_WEIGHT = 0.6
TYPO_WEIGHTS = {1: 0.6, 2: 0.45}
ARCHIVED_FACTOR = 0.8
# Fields whose matches rank but count only WEAK_COVERAGE of a word towards coverage: a package
# name ('structured-logging') says what a component uses, not what it is; what its technical terms
# mean (search/definitions.py) says what such software does, in everyday words ('recording' finds
# a speech recogniser that never says it), not what this component is; nor do the other terms for
# the kinds of software it names ('sign in' for 'authentication').
WEAK_FIELDS = ("dependencies", "gloss", "need", "term")
WEAK_COVERAGE = 0.5
# A word found only in a README counts README_COVERAGE of a word: 'helper' somewhere in a long
# README says less about what a component is than 'pyspark' in its name or description.
README_COVERAGE = 0.75
# A word no dictionary knows (a product's or tool's name: 'zensical', 'rabbitmq', 'forgerock'),
# found in at most this share of the components, says what they are even where only their READMEs
# hold it: there it counts as a whole word, not README_COVERAGE. ('Zensical' is in the READMEs of
# the four sites built with it, none of which names it in a description.) Where no component says
# it in its own words, only among the packages and files they hold ('bertopic', 'drools') or in
# their body's name, it counts as a whole word there. An everyday word rare here ('dechreuwyr',
# beginners) keeps README_COVERAGE; a name some component says keeps WEAK_COVERAGE where it is
# only a package.
RARE_NAME_SHARE = 0.01
# A rare word of the question counts more towards coverage than a common one, by its rarity (BM25's
# idf) over the question's mean, to this power: 'pyspark' in 'pyspark helper functions' outweighs
# 'helper' and 'functions'. (Meilisearch's 'frequency' matching strategy also drops the commonest
# words first.) 1 made the validation check half fall; 0.5 raised every set.
RARITY_POWER = 0.5
# A question of LONG_QUESTION content words or more is mostly a need told in common words ('publish
# a sitemap so search engines find our pages'): its rare words say what it is about, and count by
# their full rarity, as BM25 weighs them (power 1). Shorter questions keep RARITY_POWER.
LONG_QUESTION = 4
LONG_RARITY_POWER = 1.0
# A body's name is weak the same way when it is the only place one word of the question is found:
# 'ystadegau' (statistics) is in 'Swyddfa Ystadegau Gwladol' but does not make every one of that
# body's components about statistics. Two words of the question in it name the body ('companies
# house', 'iechyd cyhoeddus'), and count in full, as do its acronyms, owner and web brand (the
# brand field).
NAME_FIELD = "organisation"
NAMED_BY = 2

# Words a phrase needs, stop words aside, to be looked for in READMEs (see Ranker._phrase).
README_PHRASE_WORDS = 2

# Welsh puts a noun's modifier after it ('ap iOS', 'system archebu'), English before it ('iOS app',
# 'booking system'): two neighbouring words of the question, one at least read through its
# translations, rank as a phrase in the other order too. At most this many words per side.
REVERSED_FORMS = 4

MAX_COMPLETIONS = 30
# Typo corrections are skipped for words already in this many index entries (field x document):
# they are spelt as the index spells them, and corrections would only add noise and cost.
TYPO_UNLESS_SEEN = 5


class Ranker:
    """Matches, scores, filters, orders and counts one query against one snapshot."""

    def __init__(
        self,
        snapshot: Snapshot,
        conn: sqlite3.Connection,
        parsed: ParsedQuery,
        glossary: SynonymSource,
    ) -> None:
        self.s = snapshot
        self.glossary = glossary
        self.conn = conn
        self.parsed = parsed
        self.marks: set[str] = set()
        self.coverage: np.ndarray | None = None
        # What words of the question were also searched for as (search.backend.Reading).
        self.readings: list[Reading] = []
        self.score: np.ndarray | None = None
        # Keyword ranking, blended with meaning where the model knows the words: one scale.
        self.relevance: np.ndarray | None = None
        self.matched: np.ndarray | None = None
        # Meaning's share still to add where many match (hybrid.Deferred), once a page is asked.
        self.deferred: hybrid.Deferred | None = None
        self.filters: dict[str, np.ndarray] = {}
        # The definitions the question may be paraphrasing, most likely first (by key), and by
        # number those whose needs are searched (_likely), once matching starts.
        self.likely: list[str] = []
        self._paraphrase: Paraphrase | None = None
        self._needed: set[int] = set()
        # Found in no body's name (shared, never written to).
        self.nowhere = np.zeros(snapshot.size, dtype=bool)
        if not parsed.empty and snapshot.size:
            self._match()

    # matching and scoring

    def _forms(
        self, word: str, typed: bool, prefix: bool, translated: bool = False, derive: bool = False
    ) -> dict[str, tuple[float, tuple]]:
        vocab = self.s.vocab
        forms: dict[str, tuple[float, tuple]] = {}
        if word in vocab:
            fields = ALL_FIELDS if typed else TRANSLATED_FIELDS if translated else VARIANT_FIELDS
            forms[word] = (EXACT_WEIGHT, fields)
        if typed or derive:
            # The endings' numbers, then those whose vowels change too ('pynciau' -> 'pwnc').
            for form in inflections(word, vocab) + [
                form for form in self.glossary.other_numbers(word) if form in vocab
            ]:
                forms.setdefault(form, (NUMBER_WEIGHT, VARIANT_FIELDS))
        for form in () if self.glossary.english_only(word) else _mutated(word):
            # 'gwe' (web) typed is not the English 'we' a README holds.
            if form != word and form in vocab and not self.glossary.english_word(form):
                forms.setdefault(form, (MUTATION_WEIGHT, VARIANT_FIELDS))
        if typed or derive:
            for form in derivations(word, vocab):
                forms.setdefault(form, (DERIVED_WEIGHT, VARIANT_FIELDS))
            # A Welsh plural's stem takes the endings too, whether or not its singular is used
            # ('atalnodau' -> 'atalnodi', punctuate; 'ystadegau' -> 'ystadegol', statistical).
            if not self.glossary.english_only(word):
                for form in singular_derivations(word, vocab):
                    forms.setdefault(form, (DERIVED_WEIGHT, VARIANT_FIELDS))
        for form in self.s.compounds(self.glossary.known).get(word, ()):
            forms.setdefault(form, (COMPOUND_WEIGHT, COMPOUND_FIELDS))
        if prefix and len(word) >= 2:
            # A complete word typed last mostly wants itself; a fragment needs its completions.
            limit = MAX_COMPLETIONS // 6 if word in vocab else MAX_COMPLETIONS
            for form in self.s.completions(word, limit):
                forms.setdefault(form, (PREFIX_WEIGHT, SHORT_FIELDS))
        if typed and self._may_be_misspelt(word):
            typos = self.s.typos(word)
            # A word the index does not hold at all was misspelt: its nearest corrections are
            # looked for wherever the word itself would be ('rabitmq' in READMEs and packages).
            nearest = min((d for _, d in typos), default=0) if word not in vocab else 0
            for form, distance in typos:
                fields = ALL_FIELDS if distance == nearest else VARIANT_FIELDS
                forms.setdefault(form, (TYPO_WEIGHTS[distance], fields))
        return forms

    def _from_dictionary(self, synonym: Synonym) -> bool:
        """Whether the synonym stands for one word typed that the glossary does not know: a
        dictionary's translation of a Welsh word (or the glossary's term for a misspelt word
        corrected). Such a word also stands for others of its stem, as a typed word does
        ('swyddogion' -> 'officers' -> 'officer'; 'codio' -> 'code' -> 'coding'). The glossary's
        terms for what was typed are written in the forms they take."""
        if synonym.stop - synonym.start != 1:
            return False
        typed = self.parsed.groups[synonym.start].words
        return not self.glossary.contains(typed)

    def _loan_synonyms(self) -> list[Synonym]:
        """The English words a Welsh loanword no glossary or dictionary translates may be, as
        names, topics and descriptions spell them ('ffonemau' -> 'phoneme'; search/loans.py)."""
        found = []
        typed = loan_words(self.parsed, self.glossary)
        table = self.s.loans(english_side(self.glossary)) if typed else {}
        for index, word in typed:
            found += [Synonym(index, index + 1, (w,), LOAN_WEIGHT) for w in loans(word, table)]
        return found

    def _translates(self, synonym: Synonym) -> bool:
        """Whether the synonym is one word of the glossary's English for the Welsh typed: such a
        word is looked for in READMEs, as the English typed is ('apwyntiadau' -> 'appointment')."""
        if len(synonym.words) != 1:
            return False
        typed = tuple(w for g in self.parsed.groups[synonym.start : synonym.stop] for w in g.words)
        return any(tuple(words(en)) == synonym.words for en in self.glossary.english(typed))

    def _sole_sense(self, synonym: Synonym) -> bool:
        """Whether the synonym, a dictionary's one-word translation of the word typed
        (_from_dictionary), is its only one: 'pellteroedd' has one sense, 'distances', and is looked
        for in READMEs as the English typed is; 'rhedeg' (conjugate, decline, run) is not, as its
        wrong senses match long READMEs."""
        return len(self.glossary.synonyms(self.parsed.groups[synonym.start].words)) == 1

    def _may_be_misspelt(self, word: str) -> bool:
        """A word the index knows well is spelt right, and so is a word of the dictionaries or
        the glossary the index lacks: correcting 'booking' to 'looking' would answer another
        question."""
        return self.s.vocab.get(word, 0) < TYPO_UNLESS_SEEN and not self.glossary.known(word)

    def _slot(self, forms: dict[str, tuple[float, tuple]]) -> Matched | None:
        """Per document: the sum over fields of field weight x the best-weighted form found there,
        its coverage credit (1 where found in a field other than the weak ones (WEAK_FIELDS), the
        README and the body's name; README_COVERAGE where only in the README; else 0), and
        whether it was found in the body's name (NAME_FIELD)."""
        total: np.ndarray | None = None
        credit: np.ndarray | None = None
        named: np.ndarray | None = None
        for field in ALL_FIELDS:
            if field == NEED_FIELD and not self._needed:
                continue
            present = self.s.field_vocab[field]
            classes: dict[float, list[str]] = {}
            for form, (weight, fields) in forms.items():
                if field in fields and form in present:
                    classes.setdefault(weight, []).append(form)
            lists = []
            for weight, group in classes.items():
                # One look-up per weight class: 'gyngor OR nghyngor OR chyngor' in one go.
                if field == NEED_FIELD:
                    # Only the needs of definitions the question may be paraphrasing: everyday
                    # words ('keep', 'move', 'new') are in the needs of many.
                    found = self.s.needs.postings(tuple(sorted(group)), allowed=self._needed)
                else:
                    found = self.s.postings(self.conn, field, tuple(sorted(group)))
                if found.size:
                    lists.append((weight, found))
                    self.marks.update(group)
            if not lists:
                continue
            if total is None:
                total = np.zeros(self.s.size, dtype=np.float32)
                credit = np.zeros(self.s.size, dtype=np.float32)
            if field == NAME_FIELD and named is None:
                named = np.zeros(self.s.size, dtype=bool)
            for _, found in lists:
                if field == NAME_FIELD:
                    named[found] = True
                elif field == "readme":
                    credit[found] = np.maximum(credit[found], README_COVERAGE)
                elif field not in WEAK_FIELDS:
                    credit[found] = 1.0
            norm = self.s.norms[field]
            if len(lists) == 1:
                weight, found = lists[0]
                total[found] += norm[found] * (weight * FIELD_WEIGHTS[field])
                continue
            best = np.zeros(self.s.size, dtype=np.float32)
            for weight, found in sorted(lists, key=lambda item: item[0]):
                best[found] = weight  # ascending weights: a better form overwrites a worse one
            best *= norm
            best *= FIELD_WEIGHTS[field]
            total += best
        if total is None:
            return None
        return total, credit, self.nowhere if named is None else named

    def _phrase(self, words_: tuple[str, ...], mutable: bool = False) -> np.ndarray | None:
        """Scores of documents holding the words in order, else None.

        With `mutable`, the first word may take any mutated form: a glossary phrase is written
        as it appears mid-sentence, but its first word mutates after whatever precedes it.
        """
        firsts = sorted(_mutated(words_[0])) if mutable else [words_[0]]
        total: np.ndarray | None = None
        # In a README's prose a phrase that is one word but for stop words ('log in', 'sign in')
        # is mostly that word at work ('log in JSON'), not the thing: such phrases skip READMEs.
        readme = len([w for w in words_ if w not in STOPWORDS]) >= README_PHRASE_WORDS
        for field in ALL_FIELDS:
            if field == "readme" and not readme:
                continue
            if field == NEED_FIELD:
                continue  # a phrase is a term or typed as one; the needs use no terms
            lists = []
            for first in firsts if field != "readme" else [words_[0]]:
                found = self.s.postings(self.conn, field, (first, *words_[1:]), phrase=True)
                if found.size:
                    lists.append(found)
                    self.marks.update((first, *words_[1:]))
            if lists:
                found = union(lists, self.s.size)
                total = np.zeros(self.s.size, dtype=np.float32) if total is None else total
                total[found] += self.s.norms[field][found] * FIELD_WEIGHTS[field]
        return total

    def _all_words(
        self,
        words_: tuple[str, ...],
        typed: bool,
        prefix: bool,
        translated: bool = False,
        derive: bool = False,
    ) -> Matched | None:
        """Scores of documents holding every one of the words (in any field), else None;
        each document's coverage credit (the least of the words': see _slot), and whether it
        holds them all in the body's name."""
        slots = []
        last = len(words_) - 1
        content = [w for w in words_ if w not in STOPWORDS] or list(words_)
        for i, word in enumerate(words_):
            if word not in content:
                continue  # 'speech to text' needs 'speech' and 'text'; 'to' is everywhere
            forms = self._forms(word, typed, prefix and i == last, translated, derive)
            slot = self._slot(forms) if forms else None
            if slot is None:
                return None
            slots.append(slot)
        if len(slots) == 1:
            return slots[0]
        stacked = np.vstack([scores for scores, _, _ in slots])
        credit = np.minimum.reduce([flags for _, flags, _ in slots])
        named = np.logical_and.reduce([flags for _, _, flags in slots])
        scores = np.where(stacked.min(axis=0) > 0, stacked.mean(axis=0), 0).astype(np.float32)
        return scores, credit, named

    def _likely(self) -> set[int]:
        """The definitions (by number) the question may be paraphrasing (Paraphrases.likely):
        only their needs are searched (NEED_FIELD). The one it clearly paraphrases, if any, comes
        from the same weighing (_paraphrased)."""
        self._paraphrase, self.likely = paraphrases().read(
            " ".join(self.parsed.words), self.glossary.other_numbers
        )
        numbers = self.s.needs.words.number_of
        return {numbers[key] for key in self.likely if key in numbers}

    def _match(self) -> None:
        size = self.s.size
        content = self.parsed.content
        self._needed = self._likely()
        found: dict[int, Matched] = {}
        nowhere = self.nowhere
        for index in content:
            group = self.parsed.groups[index]
            if group.phrase:
                phrase = self._phrase(group.words)
                scores = (
                    None if phrase is None else (phrase, (phrase > 0).astype(np.float32), nowhere)
                )
            else:
                scores = self._all_words(group.words, typed=True, prefix=group.prefix)
            if scores is not None:
                found[index] = scores
        # A glossary term counts as each of the typed words it stands for.
        # A word the glossary knows keeps its own meaning: 'mapiau' (maps) is not corrected to
        # 'apiau' (apps) to borrow that word's synonyms.
        glossed = {i for s in self.parsed.synonyms for i in range(s.start, s.stop)}
        corrections = {}
        for index in content:
            word = self.parsed.groups[index].words[0]
            if index in glossed or word in self.s.vocab or self.glossary.known(word):
                continue
            if typos := self.s.typos(word):
                corrections[index] = typos[0][0]
        acronyms = acronym_synonyms(self.parsed, self.glossary, self.s.vocab.__contains__)
        loans_ = self._loan_synonyms()
        self.readings += _readings(self.parsed, loans_, "english") + _readings(
            self.parsed, acronyms, "acronym"
        )
        synonyms = (
            self.parsed.synonyms
            + corrected_synonyms(self.parsed, corrections, self.glossary, TYPO_WEIGHTS[1])
            + acronyms
            + loans_
        )
        for synonym in synonyms:
            if len(synonym.words) > 1:
                phrase = self._phrase(synonym.words, mutable=True)
                matched = (
                    None if phrase is None else (phrase, (phrase > 0).astype(np.float32), nowhere)
                )
            else:
                from_dictionary = self._from_dictionary(synonym)
                matched = self._all_words(
                    synonym.words,
                    typed=False,
                    prefix=False,
                    translated=self._translates(synonym)
                    or (from_dictionary and self._sole_sense(synonym)),
                    derive=from_dictionary,
                )
            if matched is None:
                continue
            weighted = (matched[0] * synonym.weight, matched[1], matched[2])
            for index in range(synonym.start, synonym.stop):
                if index in content:
                    found[index] = _either(found.get(index), weighted)
        for index, matched in self._paraphrased(content).items():
            found[index] = _either(found.get(index), matched)
        for run, brand, holders in self._spelt_brands(content):
            words_ = " ".join(self.parsed.groups[i].words[0] for i in run)
            self.readings.append(Reading(words_, (brand,), "brand"))
            named = np.zeros(size, dtype=bool)
            named[holders] = True
            scores = np.zeros(size, dtype=np.float32)
            scores[holders] = self.s.norms["brand"][holders] * FIELD_WEIGHTS["brand"]
            for index in run:
                found[index] = _either(found.get(index), (scores, named.astype(np.float32), named))
        # How many of the question's words each body's name holds (only where two may).
        in_names = [named for _, _, named in found.values() if named.any()]
        names = np.sum(in_names, axis=0) if len(in_names) >= NAMED_BY else None
        # Words that name any software ('system' in 'booking system') say what kind of thing,
        # not which: they rank the components the other words find, find none of their own and
        # count half a word.
        groups = self.parsed.groups
        generic = {
            i
            for i in content
            if not groups[i].phrase and welsh.among(groups[i].words[0], GENERIC_WORDS)
        }
        specific = self.nowhere
        if generic and len(generic) < len(content):
            others = [found[i][0] > 0 for i in found if i not in generic]
            if others:
                specific = np.logical_or.reduce(others)
        else:
            generic = set()
        coverage = np.zeros(size, dtype=np.float32)
        score = np.zeros(size, dtype=np.float32)
        rarity = {index: _idf(size, int(np.count_nonzero(s))) for index, (s, _, _) in found.items()}
        # The question's mean rarity: the yardstick for each word's, and the bonuses' weight.
        usual = statistics.fmean(rarity.values()) if rarity else 1.0
        power = LONG_RARITY_POWER if len(content) >= LONG_QUESTION else RARITY_POWER
        for index, (scores, credit, named) in found.items():
            if names is not None:
                credit = np.where(named & (names >= NAMED_BY), 1.0, credit)
            idf = rarity[index]  # rarity over every component
            if index in generic:
                scores = np.where(specific, scores, 0)
                credit = np.zeros(size, dtype=np.float32)
            matched = scores > 0
            if self._rare_name(index, matched):
                said = matched & (credit >= README_COVERAGE)
                credit = np.where(said if said.any() else matched, 1.0, credit)
            score += scores * idf
            span = self.parsed.groups[index].span * (idf / usual) ** power
            # A word found only among the packages a component depends on, or only in the name of
            # its body, counts half a word; found only in a README, README_COVERAGE of one.
            coverage += np.where(matched, span * np.maximum(credit, WEAK_COVERAGE), 0)
        if rarity:
            self._bonuses(score, usual)
            if names is not None and len(content) >= NAMED_BY:
                # A question that is a body's name ('archwilio cymru', 'natural resources wales')
                # asks for that body's components, as an exact name asks for that component.
                score[names >= len(content)] += 2 * FIELD_WEIGHTS["name"] * usual
            score[self.s.archived_positions] *= ARCHIVED_FACTOR
        self.coverage, self.score = coverage, score
        query = hybrid.query_vector(self.s, " ".join(self.parsed.words))
        span = sum(self.parsed.groups[i].span for i in content)
        if query is not None and self.s.vectors is not None:
            self.relevance, self.matched, self.deferred = hybrid.fuse(
                self.s.vectors, query, coverage, score, span
            )
        else:
            # Words alone, on the same scale, so a score means the same whatever the words.
            self.relevance = hybrid.keyword_relevance(hybrid.matched_share(coverage, span), score)
            self.matched = coverage > 0

    def _rare_name(self, index: int, matched: np.ndarray) -> bool:
        """Whether the question's word at `index` is a name no dictionary knows, found in at
        most RARE_NAME_SHARE of the components (at least one)."""
        group = self.parsed.groups[index]
        if group.phrase or self.glossary.known(group.words[0]):
            return False
        return np.count_nonzero(matched) <= max(1.0, RARE_NAME_SHARE * self.s.size)

    def _paraphrased(self, content: list[int]) -> dict[int, Matched]:
        """Where the question reads like one definition (search.paraphrase), the components
        carrying it hold each of the question's words that definition uses as their own: full
        credit, scored as a description word."""
        paraphrase = self._paraphrase
        if paraphrase is None:
            return {}
        self.readings.append(paraphrase.reading)
        number = self.s.glosses.words.number_of.get(paraphrase.definition.key)
        holders = self.s.glosses.docs[number] if number is not None else None
        if holders is None or not holders.size:
            return {}
        # The term is marked where a component's own text holds it, as Meilisearch marks it (it is
        # asked for beside the question there).
        self.marks.update(w for w in words(paraphrase.definition.key) if w not in STOPWORDS)
        scores = np.zeros(self.s.size, dtype=np.float32)
        scores[holders] = self.s.norms[GLOSS_FIELD][holders] * FIELD_WEIGHTS["description"]
        credit = np.zeros(self.s.size, dtype=np.float32)
        credit[holders] = 1.0
        return {
            index: (scores, credit, self.nowhere)
            for index in content
            if self.parsed.groups[index].words[0] in paraphrase.words
        }

    def _spelt_brands(self, content: list[int]) -> list[tuple[list[int], str, np.ndarray]]:
        """Runs of neighbouring words that spell out a body's brand (search/brands.py), with the
        components of that brand: a question naming a body's brand in full names the body."""
        starting = starting_with(self.s.brand_terms())
        found = []
        for run, brand in spelt_brands(typed_words(self.parsed, content), starting):
            holders = self.s.postings(self.conn, "brand", (brand,))
            if holders.size:
                found.append((run, brand, holders))
        return found

    def _bonuses(self, score: np.ndarray, idf: float) -> None:
        """Phrase and exact-name matches rank above the same words scattered."""
        content = self.parsed.content_words
        typed = self.parsed.words
        for first, second in itertools.pairwise(typed):
            if first in STOPWORDS and second in STOPWORDS:
                continue
            self._phrase_bonus(score, (first, second), idf)
        self._reversed_phrases(score, idf)
        for key in {" ".join(content), " ".join(typed)}:
            exact = self.s.exact_names.get(key)
            if exact:
                score[exact] += 2 * FIELD_WEIGHTS["name"] * idf

    def _reversed_phrases(self, score: np.ndarray, idf: float) -> None:
        """Neighbouring words in the other order, each as typed or as one of its one-word
        translations or synonyms, at least one of them not as typed: 'ap iOS' ranks an 'iOS
        app' as a phrase, 'system archebu' a 'booking system'."""
        groups = self.parsed.groups
        forms: dict[int, list[str]] = {}
        for synonym in self.parsed.synonyms:
            if synonym.stop - synonym.start == 1 and len(synonym.words) == 1:
                forms.setdefault(synonym.start, []).append(synonym.words[0])
        plain = [i for i in self.parsed.content if not groups[i].phrase]
        for first, second in itertools.pairwise(plain):
            if second != first + 1 or (first not in forms and second not in forms):
                continue
            befores = [groups[second].words[0], *forms.get(second, [])][: REVERSED_FORMS + 1]
            afters = [groups[first].words[0], *forms.get(first, [])][: REVERSED_FORMS + 1]
            for before, after in itertools.product(befores, afters):
                typed = before == groups[second].words[0] and after == groups[first].words[0]
                if typed or before in STOPWORDS or after in STOPWORDS:
                    continue
                self._phrase_bonus(score, (before, after), idf)

    def _phrase_bonus(self, score: np.ndarray, pair: tuple[str, str], idf: float) -> None:
        """Half a field's weight x idf to each document holding the two words in order in one of
        the PHRASE_FIELDS."""
        for field in PHRASE_FIELDS:
            found = self.s.postings(self.conn, field, pair, phrase=True)
            score[found] += 0.5 * FIELD_WEIGHTS[field] * idf

    # filtering, ordering, facets

    def run(self, query: Query) -> tuple[list[int], int]:
        """Positions of the requested page's documents, and the total number of matches."""
        for field, values in query.filters.items():
            values = [str(value) for value in values if str(value)]
            if values:
                self.filters[field] = self.s.mask(field, values)
        mask = self._mask(exclude=None)
        start = (query.page - 1) * query.per_page
        stop = start + query.per_page
        relevance = query.sort == "relevance" and self.score is not None
        if mask is None and not relevance:
            order = self.s.order_name if query.sort == "name" else self.s.order_updated
            return order[start:stop].tolist(), self.s.size
        positions = np.flatnonzero(mask) if mask is not None else np.arange(self.s.size)
        total = int(positions.size)
        if start >= total:
            return [], total
        secondary = self.s.updated_rank[positions]
        if relevance and self.relevance is not None:
            if self.deferred is not None:
                self.deferred.settle(self.relevance, positions, stop)
            primary = -self.relevance[positions].astype(np.float64)
        elif query.sort == "name":
            primary = self.s.name_rank[positions]
        else:
            primary = secondary
        if total > stop:
            threshold = np.partition(primary, stop - 1)[stop - 1]
            keep = primary <= threshold
            positions, primary, secondary = positions[keep], primary[keep], secondary[keep]
        order = np.lexsort((secondary, primary))[start:stop]
        return positions[order].tolist(), total

    def _mask(self, exclude: str | None) -> np.ndarray | None:
        if self.matched is not None:
            mask = self.matched
        else:
            mask = self.coverage > 0 if self.coverage is not None else None
        if self.coverage is None and not self.parsed.empty:
            mask = np.zeros(self.s.size, dtype=bool)  # words typed, empty index
        for field, values in self.filters.items():
            if field != exclude:
                mask = values if mask is None else mask & values
        return mask

    def facets(self, query: Query, limit: int) -> dict[str, dict[str, int]]:
        """Counts per value of each filter field, each reflecting every other active filter."""
        plain = self.parsed.empty and not self.filters
        if plain and self.s.empty_facets is not None:
            return self.s.empty_facets
        shared = self._mask(exclude=None)
        positions = np.flatnonzero(shared) if shared is not None else None
        unfiltered = [f for f in FILTER_FIELDS if f not in self.filters and f != "topic"]
        together = self.s.counts_together(unfiltered, positions)
        facets = {}
        for field in FILTER_FIELDS:
            if field in together:
                counts = together[field]
            elif field in self.filters:
                counts = self.s.counts(field, self._mask(exclude=field))
            else:
                counts = self.s.counts(field, shared, positions)
            chosen = [str(v) for v in query.filters.get(field, ())]
            facets[field] = self.s.top_values(field, counts, chosen, limit)
        if plain:
            self.s.empty_facets = facets
        return facets

    def by_meaning(self, position: int) -> bool:
        """Whether the document was found by meaning alone (no word of the query matched)."""
        return self.relevance is not None and not float(self.coverage[position])

    def score_of(self, position: int) -> float:
        return 0.0 if self.relevance is None else round(float(self.relevance[position]), 4)

    def suggest(self) -> str | None:
        """A 'did you mean' built from indexed words, when some typed word is unknown."""
        typed = self.parsed.content_words
        suggested = []
        for word in typed:
            spelt_right = word in self.s.vocab or self.glossary.known(word)
            better = None if spelt_right or len(word) < 3 else self.s.closest(word)
            suggested.append(better or word)
        return " ".join(suggested) if suggested != typed else None


def _either(previous: Matched | None, matched: Matched) -> Matched:
    """One word's matches two ways (as typed and through a synonym, say): the better of each."""
    if previous is None:
        return matched
    return (
        np.maximum(previous[0], matched[0]),
        np.maximum(previous[1], matched[1]),
        previous[2] | matched[2],
    )


def _readings(parsed: ParsedQuery, synonyms: list[Synonym], kind: str) -> list[Reading]:
    """The synonyms as Readings, one per run of typed words ('graffemau' -> 'grapheme')."""
    found: dict[tuple[int, int], list[str]] = {}
    for synonym in synonyms:
        found.setdefault((synonym.start, synonym.stop), []).extend(synonym.words)
    return [
        Reading(
            " ".join(w for g in parsed.groups[start:stop] for w in g.words),
            tuple(dict.fromkeys(read_as)),
            kind,
        )
        for (start, stop), read_as in found.items()
    ]


def _idf(size: int, count: int) -> float:
    """BM25's rarity of a word found in `count` of `size` components."""
    return math.log(1 + (size - count + 0.5) / (count + 0.5))


def _mutated(word: str) -> frozenset[str]:
    """The word's Welsh mutation family without stop words: 'gis' is not a soft-mutated 'is'."""
    return frozenset(form for form in welsh.family(word) if form == word or form not in STOPWORDS)
