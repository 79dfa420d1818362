"""Rank intents for a question: a fuzzy, weighted word-overlap matcher prepared once at load.

How a question is scored
------------------------
1. Examples and questions go through the same ``Normaliser`` (case, NFKC, accents, punctuation,
   synonyms), then filler words are dropped and the rest stemmed (``content_tokens``).
2. A question word that no example uses is corrected to the nearest known word when it is a
   likely misspelling: same first letter, and at most one edit per ``LETTERS_PER_EDIT`` letters
   (``rapidfuzz.distance.OSA``, so a swapped pair of letters is one edit), searched among known
   words of that first letter. The correction's similarity discounts its weight. Words that stay
   unknown still count against every example: they are what the question asks about that the
   knowledge base does not have.
3. Every word carries an IDF weight computed over intents, so "ammtc" or "precursor" matter more
   than "security". An example's score is the weighted F1 of two coverages: how much of the
   question the intent explains (words of this example count fully, words found only in the
   intent's other examples count ``POOLED_CREDIT``), and how much of the example the question
   covers. A short example found inside a long unrelated question therefore scores low, unlike
   with ``WRatio``/``partial_ratio``. The F1 is blended with ``fuzz.ratio`` of the sorted word
   strings for word-order-free character similarity.
4. Candidate pruning: an inverted index from word to examples means only examples sharing a word
   with the question are scored (one sharing none scores at most the character part, so the
   best candidates are the same as an exhaustive scan's), and a question costs time in proportion
   to the examples it could match, not to the size of the knowledge base. In a large knowledge
   base common words have long posting lists; so the question's words are taken rarest first,
   and once ``PRUNE_ABOVE`` postings have been gathered the remaining (common) words only add
   their weight to examples already found, instead of bringing in thousands more. An example
   reached only through common words cannot outscore one that shares a rare word, so the top
   answer is almost always unchanged (``python -m benchmarks.scale`` measures how often).
   Knowledge bases as small as the shipped one never reach the cap: for them it is exact.
   A known word that the intent never uses weighs at least ``FOREIGN_FLOOR``; one that only
   intents of *other topics* use (a question about the AMMTC put to a conference intent) weighs
   ``CONFLICT_SHARE`` times an unknown word: it says the question is about something else.
5. An intent's score is its best example's score. Questions with no content words at all ("what can
   you do") are compared whole, with ``fuzz.ratio``, to the examples that have none either.

The result is deterministic: ties are broken by intent order in ``intents.yaml``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.normalise import Normaliser, content_tokens_of, content_words_of

#: Weight of the word-overlap part of an example's score; the rest is character similarity.
OVERLAP_SHARE = 0.9
#: Below 1, explaining the question matters more than covering the example (F-beta's beta).
QUESTION_BIAS = 1.0
#: Credit for a question word that the intent uses in another of its examples (1 = full).
POOLED_CREDIT = 0.7
#: Least weight of a known question word that the intent never uses: a question about "ammtc"
#: is not about an intent that only ever speaks of the conference, however common "ammtc" is.
FOREIGN_FLOOR = 2.0
#: Weight of a word used only by intents of other topics, as a multiple of an unknown word's.
CONFLICT_SHARE = 1.5
#: Words that say what kind of answer is wanted. An intent whose examples never use one of them
#: does not answer that kind of question ("how many victims ..." is not "what about victims"):
#: such a word weighs as much as an unknown word, and the example's score is multiplied by
#: ``TYPE_MISMATCH``.
ANSWER_TYPE_WORDS = frozenset({"who", "when", "where", "why", "many", "much", "often", "long"})
TYPE_MISMATCH = 0.7
#: Weight of a question word no example uses, as a share of the rarest known word's weight.
UNKNOWN_SHARE = 1.2
#: A misspelt word may differ from the word it means by one edit per this many letters.
LETTERS_PER_EDIT = 5
#: Shortest word that spelling correction is tried on.
MIN_CORRECTABLE = 5
#: Postings gathered from a question's rarer words before its common words stop adding examples.
PRUNE_ABOVE = 4000


@dataclass(frozen=True)
class Candidate:
    """An intent and how well the question matched its best example."""

    intent_id: str
    score: float
    example: str


@dataclass(frozen=True)
class MatchResult:
    """The question as the matcher saw it and the ranked candidates, best first.

    ``information`` is the summed weight of the question's known words, in units of the rarest
    word's weight: low for a vague question ("myanmar", "the conference") that many intents
    could answer.
    """

    normalised: str
    tokens: tuple[str, ...]
    corrections: tuple[tuple[str, str], ...]
    candidates: tuple[Candidate, ...]
    information: float = 0.0

    @property
    def best(self) -> Candidate | None:
        """The top candidate, if any."""
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Example:
    intent_index: int
    text: str
    tokens: frozenset[str]
    weight: float
    sorted_tokens: str
    folded: str


class Matcher:
    """Ranks intents for questions. Build it once; ``match`` is cheap and has no side effects."""

    def __init__(self, examples: Iterable[tuple[str, str]], normaliser: Normaliser,
                 topics: Mapping[str, Sequence[str]] | None = None) -> None:
        """``examples`` are (intent id, example text) pairs, in the knowledge base's order;
        ``topics`` maps intent ids to their topics (intents without topics never conflict)."""
        self.normaliser = normaliser
        self._intent_ids: list[str] = []
        index_of: dict[str, int] = {}
        staged: list[tuple[int, str, list[str], str]] = []
        for intent_id, text in examples:
            if intent_id not in index_of:
                index_of[intent_id] = len(self._intent_ids)
                self._intent_ids.append(intent_id)
            normalised = normaliser.normalise(text)
            staged.append((index_of[intent_id], text, content_tokens_of(normalised), normalised))
        intents_with: dict[str, set[int]] = defaultdict(set)
        for intent_index, _, tokens, _ in staged:
            for token in tokens:
                intents_with[token].add(intent_index)
        n_intents = max(len(self._intent_ids), 1)
        self._idf = {t: math.log(1.0 + n_intents / len(s)) for t, s in intents_with.items()}
        self._max_idf = math.log(1.0 + n_intents)
        self._unknown_weight = UNKNOWN_SHARE * self._max_idf
        self._vocabulary_by_letter: dict[str, list[str]] = defaultdict(list)
        for token in sorted(self._idf):
            self._vocabulary_by_letter[token[0]].append(token)
        self._examples: list[_Example] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._wordless: list[int] = []
        for intent_index, text, tokens, normalised in staged:
            token_set = frozenset(tokens)
            example = _Example(intent_index, text, token_set,
                               sum(self._idf[t] for t in token_set), " ".join(sorted(token_set)),
                               normalised)
            position = len(self._examples)
            self._examples.append(example)
            for token in token_set:
                self._postings[token].append(position)
            if not token_set:
                self._wordless.append(position)
        self._intent_vocabulary: list[frozenset[str]] = [frozenset() for _ in self._intent_ids]
        for intent_index, _, tokens, _ in staged:
            self._intent_vocabulary[intent_index] |= frozenset(tokens)
        topics = topics or {}
        self._intent_topics = [frozenset(topics.get(i, ())) for i in self._intent_ids]
        self._token_topics: dict[str, frozenset[str]] = {
            token: frozenset().union(*(self._intent_topics[i] for i in users))
            for token, users in intents_with.items()
        }
        self._corrections: dict[str, tuple[str, float] | None] = {}

    @property
    def intent_ids(self) -> Sequence[str]:
        """Intent ids in knowledge-base order."""
        return self._intent_ids

    def knows(self, token: str) -> bool:
        """Whether any example uses this (stemmed) word."""
        return token in self._idf

    def _correct(self, token: str) -> tuple[str, float] | None:
        """The known word a misspelt ``token`` most likely means, with its similarity (0-1)."""
        if token in self._corrections:
            return self._corrections[token]
        result: tuple[str, float] | None = None
        if len(token) >= MIN_CORRECTABLE and token.isalpha():
            max_edits = len(token) // LETTERS_PER_EDIT
            hit = process.extractOne(token, self._vocabulary_by_letter.get(token[0], ()),
                                     scorer=OSA.distance, processor=None, score_cutoff=max_edits)
            if hit is not None:
                result = (hit[0], 1.0 - hit[1] / max(len(token), len(hit[0])))
        if len(self._corrections) < 100_000:
            self._corrections[token] = result
        return result

    def match(self, question: str, limit: int = 5, *, exhaustive: bool = False) -> MatchResult:
        """Rank intents for ``question``; at most ``limit`` candidates, one per intent.

        ``exhaustive`` scores every example of the knowledge base (slow; for measurements)."""
        normalised = self.normaliser.normalise(question)
        words = content_words_of(normalised)
        raw_tokens = [token for _, token in words]
        resolved: dict[str, float] = {}
        unknown: list[str] = []
        corrections: list[tuple[str, str]] = []
        for word, token in dict.fromkeys(words):
            if token in self._idf:
                known, similarity = token, 1.0
            else:
                hit = self._correct(token) or (self._correct(word) if word != token else None)
                if hit is None:
                    unknown.append(token)
                    continue
                known, similarity = hit
                corrections.append((token, known))
            resolved[known] = max(resolved.get(known, 0.0), similarity)
        weights = {t: self._idf[t] * sim for t, sim in resolved.items()}
        question_weight = sum(self._idf[t] for t in resolved) + self._unknown_weight * len(unknown)
        best: dict[int, tuple[float, int]] = {}
        if resolved:
            sorted_question = " ".join(sorted([*resolved, *unknown]))
            overlap = self._gather(weights, exhaustive)
            self._score_examples(overlap, weights=weights, resolved=resolved,
                                 question_weight=question_weight,
                                 sorted_question=sorted_question, best=best)
        elif not raw_tokens and normalised:
            for position in self._wordless:
                example = self._examples[position]
                score = fuzz.ratio(normalised, example.folded, processor=None)
                self._keep_best(best, example.intent_index, score, position)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        candidates = tuple(
            Candidate(self._intent_ids[i], round(score, 1), self._examples[pos].text)
            for i, (score, pos) in ranked
        )
        information = sum(weights.values()) / self._max_idf
        return MatchResult(normalised, tuple(raw_tokens), tuple(corrections), candidates,
                           information)

    def _gather(self, weights: dict[str, float], exhaustive: bool) -> dict[int, float]:
        """Example position -> weight it shares with the question (see "Candidate pruning")."""
        overlap: dict[int, float] = defaultdict(float)
        if exhaustive:
            overlap.update((position, 0.0) for position in range(len(self._examples)))
        gathered = 0
        for token in sorted(weights, key=lambda t: (len(self._postings.get(t, ())), t)):
            weight = weights[token]
            postings = self._postings.get(token, ())
            if exhaustive or gathered + len(postings) <= PRUNE_ABOVE or not overlap:
                gathered += len(postings)
                for position in postings:
                    overlap[position] += weight
            else:
                for position in overlap:
                    if token in self._examples[position].tokens:
                        overlap[position] += weight
        return overlap

    def _score_examples(self, overlap: dict[int, float], *, weights: dict[str, float],
                        resolved: dict[str, float], question_weight: float,
                        sorted_question: str, best: dict[int, tuple[float, int]]) -> None:
        """Score the examples that share a word with the question; keep each intent's best.

        What depends only on the intent (its share of the question, the foreign words, the
        answer-type factor) is worked out once per intent, and the character similarity, which
        adds at most ``1 - OVERLAP_SHARE`` of the score, only for examples that could still
        beat their intent's best.
        """
        beta2 = QUESTION_BIAS * QUESTION_BIAS
        per_intent: dict[int, tuple[float, float, float]] = {}
        bases: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for position, shared in overlap.items():
            example = self._examples[position]
            index = example.intent_index
            info = per_intent.get(index)
            if info is None:
                vocabulary = self._intent_vocabulary[index]
                intent_shared = sum(w for t, w in weights.items() if t in vocabulary)
                foreign = sum(self._foreign_weight(t, index)
                              for t in resolved if t not in vocabulary)
                mismatch = any(t in ANSWER_TYPE_WORDS and t not in vocabulary for t in resolved)
                info = (intent_shared, question_weight + foreign,
                        TYPE_MISMATCH if mismatch else 1.0)
                per_intent[index] = info
            intent_shared, denominator, factor = info
            explained = (shared + POOLED_CREDIT * (intent_shared - shared)) / denominator
            covered = shared / example.weight if example.weight else 0.0
            f1 = ((1 + beta2) * explained * covered / (beta2 * explained + covered)
                  if explained and covered else 0.0)
            bases[index].append((100.0 * OVERLAP_SHARE * f1 * factor, position))
        char_share = 100.0 * (1.0 - OVERLAP_SHARE)
        for index, scored in bases.items():
            factor = per_intent[index][2]
            scored.sort(key=lambda item: (-item[0], item[1]))
            top, top_position = -1.0, scored[0][1]
            for base, position in scored:
                if base + char_share * factor < top:
                    break
                chars = fuzz.ratio(sorted_question, self._examples[position].sorted_tokens,
                                   processor=None) / 100.0
                score = base + char_share * chars * factor
                if score > top:
                    top, top_position = score, position
            best[index] = (top, top_position)

    def _foreign_weight(self, token: str, intent_index: int) -> float:
        """Extra weight of a known word that an intent never uses."""
        floor = FOREIGN_FLOOR
        if token in ANSWER_TYPE_WORDS:
            floor = self._unknown_weight
        intent_topics = self._intent_topics[intent_index]
        token_topics = self._token_topics[token]
        if intent_topics and token_topics and not intent_topics & token_topics:
            floor = max(floor, CONFLICT_SHARE * self._unknown_weight)
        return max(self._idf[token], floor) - self._idf[token]

    @staticmethod
    def _keep_best(best: dict[int, tuple[float, int]], intent: int, score: float, pos: int) -> None:
        current = best.get(intent)
        if current is None or score > current[0]:
            best[intent] = (score, pos)
