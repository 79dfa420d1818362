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
   with the question are scored (one sharing none scores at most the character part), and a
   question costs time in proportion to the examples it could match, not to the size of the
   knowledge base (large knowledge bases are searched best-first instead, see below).
   A known word that the intent never uses (nor its evidence, which includes the name of the
   event it answers from: "the GSCC article" is no word against the cartels' snippet) weighs
   at least ``FOREIGN_FLOOR``; one that only
   intents of *other topics* use (a question about the AMMTC put to a conference intent) weighs
   ``CONFLICT_SHARE`` times an unknown word: it says the question is about something else.
5. A question that quotes an answer: runs of ``PHRASE_WORDS`` question words found in that order
   in a sentence that intent answers with count as words it shares, as do the question's other
   words that sentence has, and the intent scores what an example with those words would (up to
   ``QUOTE_CEILING``), if that is more than its examples score. "What is crucial for ensuring
   peace, prosperity ..." is asked in the document's words, which no example uses; "which
   criminal organizations pose a significant challenge?" quotes "pose a significant challenge"
   from the sentence that also names the criminal organizations.
6. An intent's score is its best example's (or quote's) score. Questions with no content words
   at all ("what can you do") are compared whole, with ``fuzz.ratio``, to the examples that have
   none either.

The result is deterministic: ties are broken by intent order in ``intents.yaml``.

Large knowledge bases: best-first search with exact bounds
----------------------------------------------------------
With ``prune_min_examples`` examples or more (default ``PRUNE_MIN_EXAMPLES``; the shipped base
is far below it, so nothing here ever runs for it), common words have posting lists of thousands
of examples and scoring all of them costs tens of milliseconds. A question whose words' postings
hold more than ``PRUNE_ABOVE`` examples is then searched best-first over *intents*, with upper
bounds that are plain arithmetic on the formula above, not a heuristic:

* Which question words an intent uses is found for all intents at once with set operations on a
  word-to-intents index (rarest word first), which partitions them into groups by that bit mask.
  For a group, ``V`` is the weight of its words and ``F`` the least foreign weight of the others.
  Any example of the group explains at most ``V / (question weight + F)`` of the question (shared
  plus ``POOLED_CREDIT`` times the rest of ``V`` is at most ``V``), covers at most what its words
  can cover of any example (then: ``V`` over the group's lightest example), and matches at most
  every character; with the answer-type factor that bounds every score in the group.
* Groups are opened best bound first; an opened group's intents are queued by the same bound with
  their own foreign weight (topic conflicts included) and lightest example, and the best-bounded
  intents are scored exactly as above: their examples that share a word (found in the words'
  postings within the intent's span of positions), less any whose own bound, from the words it
  shares, cannot reach the floor.
* The search stops when no unopened group and no queued intent can reach the floor: the
  ``EXACT_PLACES``-th best score found, or ``EXACT_WITHIN`` points below the best if that is
  higher, but never above the ``limit``-th best or ``ALL_EXACT_WITHIN`` points below the best,
  whichever is higher. The top ``EXACT_PLACES`` intents within ``EXACT_WITHIN`` of the best (all
  the responder offers as "did you mean"), and every candidate returned within
  ``ALL_EXACT_WITHIN`` of it (all the decision reads), are then exactly those of an exhaustive
  scan (as on the plain path, an example sharing no word is not scored: it could reach only the
  character part); lower places may miss an intent.
* A vague question made only of very common words can tie thousands of intents; after bounding
  ``MAX_OPENED`` intents (those with the lightest examples first) or scoring ``MAX_SCORED``
  of them the search settles for the best found so far. ``python -m benchmarks.run``
  measures how often the top answer then differs from an exhaustive scan
  (``match(..., exhaustive=True)``, which scores every example).
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.normalise import Normaliser, content_tokens_of, content_words_of

#: Weight of the word-overlap part of an example's score; the rest is character similarity.
OVERLAP_SHARE = 0.9
#: Below 1, explaining the question matters more than covering the example (F-beta's beta).
QUESTION_BIAS = 1.0
#: Credit for a question word that the intent uses in another of its examples (1 = full).
POOLED_CREDIT = 0.85
#: Credit for a question word found only in the intent's evidence (its answer, title and cited
#: paragraphs), not in any of its examples: a question in the document's own words finds its snippet.
EVIDENCE_CREDIT = 0.5
#: A run of this many question words in the order a sentence of an intent's answer has them
#: (stop words aside) is a quote of that sentence: "what is the collective effort crucial for?"
PHRASE_WORDS = 3
#: A question that quotes an answer's sentence scores at most this: an example that says the
#: same ("strengthening legal frameworks") is the surer sign.
QUOTE_CEILING = 95.0
#: Least weight of a known question word that the intent never uses: a question about "ammtc"
#: is not about an intent that only ever speaks of the conference, however common "ammtc" is.
FOREIGN_FLOOR = 2.0
#: Weight of a word used only by intents of other topics, as a multiple of an unknown word's.
CONFLICT_SHARE = 1.5
#: Words that say what kind of answer is wanted. An intent whose examples never use one of them
#: does not answer that kind of question ("how many victims ..." is not "what about victims"):
#: such a word weighs as much as an unknown word, and the example's score is multiplied by
#: ``TYPE_MISMATCH``.
ANSWER_TYPE_WORDS = frozenset({"who", "when", "where", "why", "which", "many", "much", "often", "long",
                               "photo", "photograph", "image", "pictur", "pic", "pics", "caption",
                               "budget", "amount", "cost"})
TYPE_MISMATCH = 0.7
#: Weight of a question word no example uses, as a share of the rarest known word's weight.
UNKNOWN_SHARE = 1.2
#: A misspelt word may differ from the word it means by one edit per this many letters.
LETTERS_PER_EDIT = 5
#: Shortest word that spelling correction is tried on.
MIN_CORRECTABLE = 5
#: Knowledge bases with fewer examples are always scored through the plain inverted index.
PRUNE_MIN_EXAMPLES = 5000
#: A question whose words' posting lists hold more examples than this is searched best-first.
PRUNE_ABOVE = 200
#: How many top places the best-first search guarantees to be those of an exhaustive scan...
EXACT_PLACES = 3
#: ...among the intents within this many points of the best. The responder looks at a rival only
#: through a lead capped at ``gap_cap`` (20) and offers "did you mean" within ``clarify_window``
#: (12) of the best, so a rival further behind cannot change a reply.
EXACT_WITHIN = 25.0
#: Every candidate returned (``limit`` places) within this many points of the best is exact too:
#: the decision reads every candidate within ``clarify_window`` (12) of the best (which of them
#: says all the words the question asks about), not only the top places.
ALL_EXACT_WITHIN = 12.0
#: The best-first search bounds at most this many intents and scores at most this many (a vague
#: question of only common words) before it settles for the best found so far.
MAX_OPENED = 700
MAX_SCORED = 700
#: An intent scored by a quote of its answer records ``_QUOTED - passage`` as its example
#: position (below zero, so never an example's).
_QUOTED = -1
#: Slack added to an upper bound against floating-point rounding.
_BOUND_SLACK = 1e-9


#: What ``Matcher._intent_info`` works out for an intent: (weight of the question words it uses,
#: the question's weight plus its foreign weight, its answer-type factor).
_Info = tuple[float, float, float]


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
    #: Question words no example or answer uses, even after spelling correction.
    unknown: tuple[str, ...] = ()

    @property
    def best(self) -> Candidate | None:
        """The top candidate, if any."""
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Query:
    """A question as the scorer needs it."""

    weights: dict[str, float]  # resolved word -> its weight (IDF times correction similarity)
    resolved: dict[str, float]  # resolved word -> correction similarity
    weight: float  # the question's weight, unknown words included
    sorted_words: str  # for the character similarity
    order: list[str]  # resolved words, fewest examples first (the order shares are summed in)
    tokens: frozenset[str] = frozenset()  # the resolved words as a set


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
                 topics: Mapping[str, Sequence[str]] | None = None, *,
                 evidence: Mapping[str, str] | None = None,
                 passages: Mapping[str, Sequence[str]] | None = None,
                 names: Mapping[str, str] | None = None,
                 prune_min_examples: int = PRUNE_MIN_EXAMPLES) -> None:
        """``examples`` are (intent id, example text) pairs, in the knowledge base's order;
        ``topics`` maps intent ids to their topics (intents without topics never conflict);
        ``evidence`` maps intent ids to the text they answer with (words there are the intent's
        own, with ``EVIDENCE_CREDIT``); ``passages`` maps intent ids to the sentences only they
        answer with (a question quoting ``PHRASE_WORDS`` words of one in a row scores the share
        of the question those quoted words weigh); ``names`` maps intent ids to the name of the
        event they answer from, evidence that leaves the words' weights as they are;
        from ``prune_min_examples`` examples on, questions with long posting lists are searched
        best-first (see the module docstring)."""
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
        self._index_of = index_of
        intents_with: dict[str, set[int]] = defaultdict(set)
        for intent_index, _, tokens, _ in staged:
            for token in tokens:
                intents_with[token].add(intent_index)
        evidence_tokens: dict[int, frozenset[str]] = {}
        for intent_id, text in (evidence or {}).items():
            if intent_id in index_of:
                said = frozenset(content_tokens_of(normaliser.normalise(text)))
                evidence_tokens[index_of[intent_id]] = said
                for token in said:
                    intents_with[token].add(index_of[intent_id])
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
                               math.fsum(self._idf[t] for t in token_set), " ".join(sorted(token_set)),
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
        # the names of an intent's own event count as its evidence does (its IDF untouched:
        # every intent of that event has them)
        for intent_id, text in (names or {}).items():
            if intent_id in index_of:
                named = frozenset(t for t in content_tokens_of(normaliser.normalise(text))
                                  if t in self._idf)
                evidence_tokens[index_of[intent_id]] = \
                    evidence_tokens.get(index_of[intent_id], frozenset()) | named
        self._intent_evidence: list[frozenset[str]] = [
            evidence_tokens.get(i, frozenset()) - self._intent_vocabulary[i]
            for i in range(len(self._intent_ids))]
        # run of words -> intent -> the first of its sentences that has them in that order
        self._phrases: dict[tuple[str, ...], dict[int, int]] = defaultdict(dict)
        self._passages: list[str] = []
        self._passage_tokens: list[frozenset[str]] = []
        for intent_id, sentences in (passages or {}).items():
            for sentence in sentences if intent_id in index_of else ():
                tokens = content_tokens_of(normaliser.normalise(sentence))
                for start in range(len(tokens) - PHRASE_WORDS + 1):
                    self._phrases[tuple(tokens[start:start + PHRASE_WORDS])].setdefault(
                        index_of[intent_id], len(self._passages))
                self._passages.append(sentence)
                self._passage_tokens.append(frozenset(tokens))
        topics = topics or {}
        self._intent_topics = [frozenset(topics.get(i, ())) for i in self._intent_ids]
        self._token_topics: dict[str, frozenset[str]] = {
            token: frozenset().union(*(self._intent_topics[i] for i in users))
            for token, users in intents_with.items()
        }
        self._corrections: dict[str, tuple[str, float] | None] = {}
        self._foreign_cache: dict[str, tuple[float, float, frozenset[int]]] = {}
        self._index_sets: dict[frozenset[str], frozenset[int]] = {}
        # word -> intent -> positions of its examples that use the word (the plain path).
        self._by_token_intent: dict[str, dict[int, list[int]]] = defaultdict(dict)
        if not self._prunes_at(prune_min_examples):
            for position, example in enumerate(self._examples):
                for token in example.tokens:
                    self._by_token_intent[token].setdefault(example.intent_index, []).append(
                        position)
        # word -> the intents whose examples use it / that have it only in their evidence.
        self._users: dict[str, tuple[int, ...]] = {
            token: tuple(users) for token, users in self._by_token_intent.items()}
        self._evidence_users: dict[str, tuple[int, ...]] = defaultdict(tuple)
        for index, said in enumerate(self._intent_evidence):
            for token in said:
                self._evidence_users[token] += (index,)
        # intent -> its example positions, lightest first (ties: the earlier), and word -> bit
        # mask over that order of those that use the word (the plain path). An example with the
        # same words and weight as an earlier one is left out: it would score exactly as that
        # one does, and ties go to the earlier example.
        self._by_weight: list[list[int]] = [[] for _ in self._intent_ids]
        self._intent_masks: list[dict[str, int]] = [{} for _ in self._intent_ids]
        if not self._prunes_at(prune_min_examples):
            kept: set[tuple[int, frozenset[str], float]] = set()
            for position, example in enumerate(self._examples):
                key = (example.intent_index, example.tokens, example.weight)
                if example.tokens and key not in kept:
                    kept.add(key)
                    self._by_weight[example.intent_index].append(position)
            for index, positions in enumerate(self._by_weight):
                positions.sort(key=lambda p: (self._examples[p].weight, p))
                masks = self._intent_masks[index]
                for bit, position in enumerate(positions):
                    for token in self._examples[position].tokens:
                        masks[token] = masks.get(token, 0) | 1 << bit
        self._example_weights = [example.weight for example in self._examples]
        self._example_sorted_tokens = [example.sorted_tokens for example in self._examples]
        self._example_lengths = [len(example.sorted_tokens) for example in self._examples]
        # For the best-first search of large knowledge bases only.
        self._prunes = len(self._examples) >= prune_min_examples
        self._intent_postings: dict[str, tuple[int, ...]] = {}
        self._intent_examples: list[list[int]] = []
        self._lightest: list[float] = []
        self._coverage: dict[str, float] = {}
        if self._prunes:
            self._intent_postings = {t: tuple(sorted(s)) for t, s in intents_with.items()}
            self._intent_examples = [[] for _ in self._intent_ids]
            self._lightest = [math.inf for _ in self._intent_ids]
            for position, example in enumerate(self._examples):
                index = example.intent_index
                self._intent_examples[index].append(position)
                if example.tokens:
                    self._lightest[index] = min(self._lightest[index], example.weight)
                for token in example.tokens:
                    self._coverage[token] = max(self._coverage.get(token, 0.0),
                                                self._idf[token] / example.weight)

    def knows(self, token: str) -> bool:
        """Whether any example uses this content word (stemmed)."""
        return token in self._idf

    def words_of(self, intent_id: str, *, answer: bool = False) -> frozenset[str]:
        """The content words an intent's examples use, with ``answer`` those of its evidence
        too (empty for an intent the matcher doesn't know)."""
        index = self._index_of.get(intent_id)
        if index is None:
            return frozenset()
        used = self._intent_vocabulary[index]
        return used | self._intent_evidence[index] if answer else used

    def _prunes_at(self, prune_min_examples: int) -> bool:
        """Whether questions with long posting lists are searched best-first."""
        return len(self._examples) >= prune_min_examples

    def _correct(self, token: str) -> tuple[str, float] | None:
        """The known word a misspelt ``token`` most likely means, with its similarity (0-1)."""
        if token in self._corrections:
            return self._corrections[token]
        result: tuple[str, float] | None = None
        if len(token) >= MIN_CORRECTABLE and token.isalpha():
            max_edits = len(token) // LETTERS_PER_EDIT
            hits = process.extract(token, self._vocabulary_by_letter.get(token[0], ()),
                                   scorer=OSA.distance, processor=None, score_cutoff=max_edits,
                                   limit=None)
            if hits:
                fewest = min(hit[1] for hit in hits)
                # among words as near: the one ending as the misspelling does ("offen" is
                # "often", not "offer"), then the commoner (lower weight), then the first
                word, edits, _ = min((hit for hit in hits if hit[1] == fewest),
                                     key=lambda hit: (hit[0][-1] != token[-1],
                                                      self._idf[hit[0]], hit[0]))
                result = (word, 1.0 - edits / max(len(token), len(word)))
        if len(self._corrections) < 100_000:
            self._corrections[token] = result
        return result

    def match(self, question: str, limit: int = 5, *, exhaustive: bool = False,
              only: AbstractSet[str] | None = None, normalised: str | None = None,
              unweighed: AbstractSet[str] = frozenset()) -> MatchResult:
        """Rank intents for ``question``; at most ``limit`` candidates, one per intent.

        ``only`` limits the candidates to those intents; ``normalised`` is the question already
        normalised, when the caller has it; ``exhaustive`` scores every example of the knowledge
        base (slow; for measurements); ``unweighed`` words that no example or answer uses do not
        count against any intent (they are still reported in ``unknown``)."""
        if normalised is None:
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
        weighed = [t for t in unknown if t not in unweighed]
        question_weight = sum(self._idf[t] for t in resolved) + self._unknown_weight * len(weighed)
        best: dict[int, tuple[float, int]] = {}
        if resolved:
            query = _Query(weights, resolved, question_weight,
                           " ".join(sorted([*resolved, *weighed])),
                           sorted(weights, key=lambda t: (len(self._postings.get(t, ())), t)),
                           frozenset(resolved))
            if (self._prunes and not exhaustive
                    and sum(len(self._postings.get(t, ())) for t in weights) > PRUNE_ABOVE):
                _BestFirst(self, query, best, min(limit, EXACT_PLACES), limit).run()
            elif exhaustive or self._prunes:
                self._score_examples(self._gather(query, exhaustive), query, best,
                                     None if exhaustive else limit)
            else:
                self._score_intents(query, best, min(limit, EXACT_PLACES), self._indices(only),
                                    limit)
            for index, (score, passage) in self._quoted(raw_tokens, dict(corrections),
                                                        query).items():
                if score > best.get(index, (0.0, 0))[0]:
                    best[index] = (score, _QUOTED - passage)
        elif not raw_tokens and normalised:
            for position in self._wordless:
                example = self._examples[position]
                score = fuzz.ratio(normalised, example.folded, processor=None)
                self._keep_best(best, example.intent_index, score, position)
        allowed = self._indices(only)
        if allowed is not None:
            best = {i: found for i, found in best.items() if i in allowed}
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        candidates = tuple(
            Candidate(self._intent_ids[i], round(score, 1),
                      self._examples[pos].text if pos >= 0 else self._passages[_QUOTED - pos])
            for i, (score, pos) in ranked
        )
        information = sum(weights.values()) / self._max_idf
        return MatchResult(normalised, tuple(raw_tokens), tuple(corrections), candidates,
                           information, tuple(unknown))

    def _quoted(self, tokens: Sequence[str], corrected: Mapping[str, str], query: _Query
                ) -> dict[int, tuple[float, int]]:
        """Intent index -> (score, passage), for intents one of whose sentences (``passage``) the
        question quotes: as an example's overlap part would score, with the words in runs of
        ``PHRASE_WORDS`` that sentence has, and the question's other words it has, as the words
        shared (the intent's other words and answer type count as they do for its examples)."""
        words = [corrected.get(t, t) for t in tokens]
        covered: dict[int, set[str]] = defaultdict(set)
        passage: dict[int, int] = {}
        for start in range(len(words) - PHRASE_WORDS + 1):
            run = tuple(words[start:start + PHRASE_WORDS])
            for index, sentence in self._phrases.get(run, {}).items():
                covered[index].update(run)
                passage.setdefault(index, sentence)
        scores: dict[int, tuple[float, int]] = {}
        for index, runs in covered.items():
            named = runs | self._passage_tokens[passage[index]].intersection(words)
            _, weight, factor = self._intent_info(index, query)
            shared = math.fsum(query.weights.get(t, 0.0) for t in named)
            scores[index] = (QUOTE_CEILING * factor * shared / weight, passage[index])
        return scores

    def _gather(self, query: _Query, exhaustive: bool) -> dict[int, float]:
        """Example position -> weight it shares with the question: the examples sharing a word
        (every example when ``exhaustive``)."""
        overlap: dict[int, float] = defaultdict(float)
        if exhaustive:
            overlap.update((position, 0.0) for position in range(len(self._examples)))
        for token in query.order:
            weight = query.weights[token]
            for position in self._postings.get(token, ()):
                overlap[position] += weight
        return overlap

    def _score_examples(self, overlap: dict[int, float], query: _Query,
                        best: dict[int, tuple[float, int]], places: int | None = None) -> None:
        """Score the examples that share a word with the question; keep each intent's best.

        What depends only on the intent (its share of the question, the foreign words, the
        answer-type factor) is worked out once per intent. Intents are then scored best bound
        first, and once ``places`` intents score above the next one's bound (the most any of
        its examples could score) the rest are skipped: they could not enter the top places.
        The character similarity, which adds at most ``1 - OVERLAP_SHARE`` of the score, is
        worked out only for examples that could still beat their intent's best.
        """
        by_intent: dict[int, list[tuple[int, float]]] = defaultdict(list)
        most: dict[int, tuple[float, float]] = {}  # intent -> (most shared, most covered)
        examples = self._examples
        for position, shared in overlap.items():
            example = examples[position]
            index = example.intent_index
            by_intent[index].append((position, shared))
            covered = shared / example.weight if example.weight else 0.0
            so_far = most.get(index)
            if so_far is None:
                most[index] = (shared, covered)
            elif shared > so_far[0] or covered > so_far[1]:
                most[index] = (max(shared, so_far[0]), max(covered, so_far[1]))
        infos = {index: self._intent_info(index, query) for index in by_intent}
        bounds = {index: _intent_bound(infos[index], *most[index]) for index in by_intent}
        top: list[float] = []  # the best ``places`` scores so far (a min-heap)
        for index in sorted(by_intent, key=lambda i: (-bounds[i], i)):
            info = infos[index]
            if places is not None and len(top) >= places and bounds[index] < top[0]:
                break
            scored = [(self._base(position, shared, info), position)
                      for position, shared in by_intent[index]]
            best[index] = self._best_of(scored, info[2], query)
            if places is not None:
                if len(top) < places:
                    heapq.heappush(top, best[index][0])
                elif best[index][0] > top[0]:
                    heapq.heapreplace(top, best[index][0])

    def _indices(self, intent_ids: AbstractSet[str] | None) -> frozenset[int] | None:
        """The positions of these intents (None: all)."""
        if intent_ids is None:
            return None
        key = frozenset(intent_ids)
        cached = self._index_sets.get(key)
        if cached is None:
            cached = frozenset(i for i, name in enumerate(self._intent_ids) if name in key)
            if len(self._index_sets) < 64:
                self._index_sets[key] = cached
        return cached

    def _score_intents(self, query: _Query, best: dict[int, tuple[float, int]],
                       places: int, allowed: frozenset[int] | None, limit: int) -> None:
        """``_score_examples`` for the plain path, without touching the examples of intents
        that cannot reach the top ``places``: intents that use a question word are bounded
        first (as if their best example shared every such word and covered all of itself),
        and only the best-bounded are gathered and scored.

        An intent that gets past its bounds but whose examples' word overlap alone shows it
        cannot enter the top ``places`` is set aside without its character part, and finished
        only if it could still be among the ``limit`` candidates returned; the candidates are
        therefore exactly those of scoring every intent that gets past its bounds."""
        weights = query.weights
        # Weight of the question words each intent's examples use, and of those only its
        # evidence has, summed word by word (for the bounds only: the exact share, summed as
        # ``_intent_info`` does, is worked out for the intents that get past them).
        sums = [0.0] * len(self._intent_ids)  # by intent
        users = self._users
        touched: set[int] = set()
        for token in query.order:
            weight = weights[token]
            using = users.get(token, ())
            touched.update(using)
            for index in using:
                sums[index] += weight
        if allowed is not None:
            touched &= allowed
        used = {index: sums[index] for index in touched}
        said: dict[int, float] = {}
        for token in query.order:
            weight = weights[token]
            for index in self._evidence_users.get(token, ()):
                if index in used:
                    said[index] = said.get(index, 0.0) + weight
        # A first bound needs no foreign weights (they only add to the denominator) and assumes
        # no answer-type mismatch; the exact ``_intent_info`` is worked out only for intents
        # that get past it.
        question_weight = query.weight
        char_share = 1.0 - OVERLAP_SHARE
        beta2 = QUESTION_BIAS * QUESTION_BIAS
        rough: list[tuple[float, int]] = []  # (-bound, intent), to be sorted best first
        for index, own in used.items():
            shared = own + said.get(index, 0.0) * EVIDENCE_CREDIT / POOLED_CREDIT
            # ``_intent_bound((shared, question_weight, 1.0), own, 1.0)``, written out
            explained = (own + POOLED_CREDIT * (shared - own)) / question_weight
            f1 = (1 + beta2) * explained / (beta2 * explained + 1.0) if explained > 0.0 else 0.0
            rough.append((-(100.0 * (OVERLAP_SHARE * f1 + char_share) + _BOUND_SLACK), index))
        rough.sort()
        top: list[float] = []  # the best ``places`` scores so far (a min-heap)
        set_aside: list[tuple[float, int, list[tuple[float, int]] | _Groups, _Info]] = []
        for negative, index in rough:
            if len(top) >= places and -negative < top[0]:
                break
            info = self._intent_info(index, query)
            if len(top) >= places and _intent_bound(info, used[index], 1.0) < top[0]:
                continue
            factor = info[2]
            groups = self._groups(index, info, query)
            if len(top) >= places and (bound := groups.bound()) < top[0]:
                set_aside.append((bound, index, groups, info))  # its examples read later
                continue
            ranked = groups.ranked()
            if len(top) >= places and (bound := self._ranked_bound(ranked, factor, query)) < top[0]:
                set_aside.append((bound, index, ranked, info))
                continue
            best[index] = self._best_ranked(ranked, factor, query)
            if len(top) < places:
                heapq.heappush(top, best[index][0])
            elif best[index][0] > top[0]:
                heapq.heapreplace(top, best[index][0])
        self._finish_set_aside(set_aside, best, query, limit)

    def _finish_set_aside(self, set_aside: list[tuple[float, int,
                                                      list[tuple[float, int]] | _Groups, _Info]],
                          best: dict[int, tuple[float, int]], query: _Query, limit: int) -> None:
        """Set-aside intents score below the top places; finish those that could still be among
        the ``limit`` best, best bound first.

        One set aside on its best base alone has its examples ranked only when it comes up, and
        goes back with the tighter bound they give. Every intent that finishing them all in
        order of their tighter bound would put among the ``limit`` best is finished (its bound
        stays at or above the ``limit``-th score found), so the candidates are the same."""
        pending = [(-bound, index, ranked, info) for bound, index, ranked, info in set_aside]
        heapq.heapify(pending)
        # the ``limit`` best scores so far (a min-heap): the lowest is the one to beat
        scores = heapq.nlargest(limit, (score for score, _ in best.values()))
        heapq.heapify(scores)
        while pending:
            negative, index, ranked, info = heapq.heappop(pending)
            if len(scores) >= limit and -negative < scores[0]:
                break
            if isinstance(ranked, _Groups):
                ranked = ranked.ranked()
                bound = min(-negative, self._ranked_bound(ranked, info[2], query))
                heapq.heappush(pending, (-bound, index, ranked, info))
                continue
            best[index] = found = self._best_ranked(ranked, info[2], query)
            if len(scores) < limit:
                heapq.heappush(scores, found[0])
            elif found[0] > scores[0]:
                heapq.heapreplace(scores, found[0])

    def _groups(self, index: int, info: tuple[float, float, float], query: _Query) -> _Groups:
        """The intent's examples that share a word, grouped by the question words they use, each
        group's lightest (best) example scored."""
        masks = self._intent_masks[index]
        weights = query.weights
        # (examples as a bit mask, the question weight they share), summed in the question's
        # order, as adding the words one by one to each example would
        groups: list[tuple[int, float]] = []
        seen = 0
        for token in query.order:
            mask = masks.get(token)
            if mask is None:
                continue
            weight = weights[token]
            split: list[tuple[int, float]] = []
            for members, shared in groups:
                both = members & mask
                if both:
                    split.append((both, shared + weight))
                    if both != members:
                        split.append((members ^ both, shared))
                else:
                    split.append((members, shared))
            fresh = mask & ~seen
            if fresh:
                split.append((fresh, 0.0 + weight))
                seen |= mask
            groups = split
        return _Groups(self._by_weight[index], self._example_weights, info, groups)

    def _ranked_bound(self, ranked: list[tuple[float, int]], factor: float, query: _Query
                      ) -> float:
        """The most any of these examples can score: its base and as much of the character
        part as the lengths of the two word strings allow (``fuzz.ratio`` must at least insert
        or delete their difference in length: a share of at most twice the shorter length over
        both, plus a margin for rounding)."""
        char_share = 100.0 * (1.0 - OVERLAP_SHARE)
        length = len(query.sorted_words)
        lengths = self._example_lengths
        most = -1.0
        for negative, position in ranked:
            base = -negative
            if base + char_share * factor < most:
                break
            other = lengths[position]
            cap = 2.0 * (other if other < length else length) / (length + other) + _BOUND_SLACK
            bound = base + char_share * cap * factor
            most = max(most, bound)
        return most

    def _best_ranked(self, ranked: list[tuple[float, int]], factor: float, query: _Query
                     ) -> tuple[float, int]:
        """``_best_of`` for bases already ranked by ``_Groups.ranked``; an example whose word
        strings' lengths alone keep it below the best so far is not compared."""
        char_share = 100.0 * (1.0 - OVERLAP_SHARE)
        sorted_tokens = self._example_sorted_tokens
        sorted_words = query.sorted_words
        length = len(sorted_words)
        lengths = self._example_lengths
        top, top_position = -1.0, ranked[0][1]
        for negative, position in ranked:
            base = -negative
            if base + char_share * factor < top:
                break
            other = lengths[position]
            cap = 2.0 * (other if other < length else length) / (length + other) + _BOUND_SLACK
            if base + char_share * cap * factor < top:  # as in ``_ranked_bound``
                continue
            chars = fuzz.ratio(sorted_words, sorted_tokens[position], processor=None) / 100.0
            score = base + char_share * chars * factor
            if score > top:
                top, top_position = score, position
        return top, top_position

    def _intent_info(self, index: int, query: _Query) -> tuple[float, float, float]:
        """(weight of the question words the intent uses, the question's weight plus the
        intent's foreign weight, its answer-type factor): the same for all its examples."""
        tokens = query.tokens or frozenset(query.resolved)
        weights = query.weights
        used = tokens & self._intent_vocabulary[index]
        rest = tokens - used
        intent_shared = math.fsum(map(weights.__getitem__, used))
        said = rest & self._intent_evidence[index]
        if said:
            intent_shared += math.fsum(map(weights.__getitem__, said)) * EVIDENCE_CREDIT / POOLED_CREDIT
        known = self._foreign_cache
        extras = []
        for token in rest - said:
            plain, conflicting, conflicts = known.get(token) or self._foreign_of(token)
            extras.append(conflicting if index in conflicts else plain)
        foreign = math.fsum(extras)     # exactly: a set's order must not move the last bits
        mismatch = not ANSWER_TYPE_WORDS.isdisjoint(rest)
        return intent_shared, query.weight + foreign, TYPE_MISMATCH if mismatch else 1.0

    def _foreign_of(self, token: str) -> tuple[float, float, frozenset[int]]:
        """A known word's extra weight for an intent that never uses it, for one of unrelated
        topics, and which intents those are (worked out once per word)."""
        cached = self._foreign_cache.get(token)
        if cached is None:
            token_topics = self._token_topics[token]
            conflicts = frozenset(
                i for i, topics in enumerate(self._intent_topics)
                if topics and token_topics and not topics & token_topics)
            cached = (self._foreign_weight_of(token),
                      self._foreign_weight_of(token, conflict=True), conflicts)
            self._foreign_cache[token] = cached
        return cached

    def _base(self, position: int, shared: float, info: tuple[float, float, float]) -> float:
        """An example's score without its character part."""
        intent_shared, denominator, factor = info
        explained = (shared + POOLED_CREDIT * (intent_shared - shared)) / denominator
        weight = self._examples[position].weight
        covered = shared / weight if weight else 0.0
        beta2 = QUESTION_BIAS * QUESTION_BIAS
        f1 = ((1 + beta2) * explained * covered / (beta2 * explained + covered)
              if explained and covered else 0.0)
        return 100.0 * OVERLAP_SHARE * f1 * factor

    def _best_of(self, scored: list[tuple[float, int]], factor: float, query: _Query
                 ) -> tuple[float, int]:
        """An intent's best (score, example position) from its examples' (base, position)."""
        char_share = 100.0 * (1.0 - OVERLAP_SHARE)
        scored.sort(key=lambda item: (-item[0], item[1]))
        top, top_position = -1.0, scored[0][1]
        for base, position in scored:
            if base + char_share * factor < top:
                break
            chars = fuzz.ratio(query.sorted_words, self._examples[position].sorted_tokens,
                               processor=None) / 100.0
            score = base + char_share * chars * factor
            if score > top:
                top, top_position = score, position
        return top, top_position

    def _foreign_weight_of(self, token: str, *, conflict: bool = False) -> float:
        """Extra weight of a known word for an intent that never uses it: one of unrelated
        topics (``conflict``) or any other (the least it can be)."""
        floor = FOREIGN_FLOOR
        if token in ANSWER_TYPE_WORDS:
            floor = self._unknown_weight
        if conflict:
            floor = max(floor, CONFLICT_SHARE * self._unknown_weight)
        return max(self._idf[token], floor) - self._idf[token]

    @staticmethod
    def _keep_best(best: dict[int, tuple[float, int]], intent: int, score: float, pos: int) -> None:
        current = best.get(intent)
        if current is None or score > current[0]:
            best[intent] = (score, pos)


def _intent_bound(info: tuple[float, float, float], shared: float, covered: float) -> float:
    """Highest score of an example of an intent with this ``_intent_info`` whose examples share
    at most ``shared`` of the question's weight and cover at most ``covered`` of themselves (the
    score grows with both)."""
    intent_shared, denominator, factor = info
    explained = (shared + POOLED_CREDIT * (intent_shared - shared)) / denominator if denominator \
        else 0.0
    return _bound(explained, covered, factor)


def _bound(explained: float, covered: float, factor: float) -> float:
    """Highest score of an example that explains at most ``explained`` of the question and covers
    at most ``covered`` of itself (matching every character), times ``factor``."""
    beta2 = QUESTION_BIAS * QUESTION_BIAS
    f1 = 0.0
    if explained > 0.0 and covered > 0.0:
        covered = min(covered, 1.0)
        f1 = (1 + beta2) * explained * covered / (beta2 * explained + covered)
    return 100.0 * (OVERLAP_SHARE * f1 + (1.0 - OVERLAP_SHARE)) * factor + _BOUND_SLACK


class _Groups:
    """An intent's examples that share a question word, grouped by the question words they use.

    Examples of one group share the same weight of the question, so the lighter scores higher:
    each group is read lightest first. Only the examples within the character part of the best
    base are ranked, since ``Matcher._best_ranked`` and ``Matcher._ranked_bound`` stop before
    any further behind; a group is left at its first example that falls behind (examples whose
    weights differ only by rounding may swap places, by as little: ``_BOUND_SLACK`` covers it).
    """

    def __init__(self, order: list[int], example_weights: list[float], info: _Info,
                 groups: list[tuple[int, float]]) -> None:
        self._order = order
        self._example_weights = example_weights
        self._info = info
        intent_shared, denominator, factor = info
        scale = 100.0 * OVERLAP_SHARE  # as ``Matcher._base`` multiplies, left to right
        beta2 = QUESTION_BIAS * QUESTION_BIAS
        double = 1 + beta2
        # (explained, the other examples, shared weight, the lightest's base, its position)
        self._heads: list[tuple[float, int, float, float, int]] = []
        self.best = 0.0  # the best base of any example
        for members, shared in groups:
            explained = (shared + POOLED_CREDIT * (intent_shared - shared)) / denominator
            low = members & -members
            position = order[low.bit_length() - 1]
            covered = shared / example_weights[position]
            base = scale * (double * explained * covered / (beta2 * explained + covered)) * factor
            self._heads.append((explained, members ^ low, shared, base, position))
            self.best = max(self.best, base)

    def bound(self) -> float:
        """The most any example can score: the best base and every character."""
        return self.best + 100.0 * (1.0 - OVERLAP_SHARE) * self._info[2] + _BOUND_SLACK

    def ranked(self) -> list[tuple[float, int]]:
        """(-base, position) of the examples within the character part of the best base, best
        first (ties: the earlier example), with ``Matcher._base`` written out: the hot loop."""
        order, example_weight = self._order, self._example_weights
        factor = self._info[2]
        scale = 100.0 * OVERLAP_SHARE
        beta2 = QUESTION_BIAS * QUESTION_BIAS
        double = 1 + beta2
        floor = self.best - 100.0 * (1.0 - OVERLAP_SHARE) * factor - 2 * _BOUND_SLACK
        ranked: list[tuple[float, int]] = []
        append = ranked.append
        for explained, others, shared, head, lightest in self._heads:
            if head < floor:
                continue
            append((-head, lightest))
            rest = others
            while rest:
                low = rest & -rest
                rest ^= low
                position = order[low.bit_length() - 1]
                covered = shared / example_weight[position]
                base = scale * (double * explained * covered / (beta2 * explained + covered)) \
                    * factor
                if base < floor:
                    break
                append((-base, position))
        ranked.sort()
        return ranked


class _BestFirst:
    """The best-first search of a large knowledge base for one question (module docstring)."""

    def __init__(self, matcher: Matcher, query: _Query, best: dict[int, tuple[float, int]],
                 places: int, near_places: int) -> None:
        self.m = matcher
        self.query = query
        self.best = best
        self.places = places
        self.near_places = max(places, near_places)
        self.tokens = list(query.resolved)  # bit k of a group's mask: its intents use tokens[k]
        # Per word: foreign weight for an intent of unrelated topics, for any other intent
        # lacking it, and the topics of the intents that use it.
        self.foreign_of = [(matcher._foreign_weight_of(t, conflict=True),
                            matcher._foreign_weight_of(t), matcher._token_topics[t])
                           for t in self.tokens]
        self.info: dict[int, tuple[float, float, float]] = {}  # opened intents
        self.queue: list[tuple[float, int]] = []  # (-bound, intent) of opened intents
        self.top: list[float] = []  # the best ``near_places`` intent scores so far (a min-heap)
        self.floor = -1.0  # the score an intent must reach to matter (module docstring)
        self.bounded = 0  # intents whose own bound was worked out
        self.scored = 0  # intents scored

    def _found(self, score: float) -> None:
        """Record an intent's score among the best ``near_places`` and raise the floor."""
        top = self.top
        if len(top) < self.near_places:
            heapq.heappush(top, score)
        elif score > top[0]:
            heapq.heapreplace(top, score)
        else:
            return
        ranked = sorted(top, reverse=True)      # a handful of scores
        best = ranked[0]
        lead = best - EXACT_WITHIN
        top_floor = max(ranked[self.places - 1], lead) if len(ranked) >= self.places else lead
        near = best - ALL_EXACT_WITHIN
        self.floor = min(top_floor, max(top[0], near) if len(top) == self.near_places else near)

    def run(self) -> None:
        """Search until the top places are certain or the budget is spent."""
        m, tokens = self.m, self.tokens
        groups = self._groups()
        # (-bound, mask, refined): refined bounds use the group's lightest example.
        pending: list[tuple[float, int, bool]] = []
        for mask in groups:
            used = self._used(mask)
            coverage = math.fsum(m._coverage[t] for k, t in enumerate(tokens) if mask >> k & 1)
            pending.append((-_bound(used / (self.query.weight + self._least_foreign(mask)),
                                    coverage, self._factor(mask)), mask, False))
        heapq.heapify(pending)
        queue = self.queue
        while queue or pending:
            floor = self.floor
            if pending and (not queue or pending[0][0] < queue[0][0]):
                negative, mask, refined = heapq.heappop(pending)
                if -negative < floor:
                    return  # neither an unopened group nor an opened intent can reach it
                if not refined:
                    used = self._used(mask)
                    lightest = min(map(m._lightest.__getitem__, groups[mask]))
                    bound = _bound(used / (self.query.weight + self._least_foreign(mask)),
                                   used / lightest, self._factor(mask))
                    heapq.heappush(pending, (-min(bound, -negative), mask, True))
                elif self._open(mask, groups[mask]):
                    pending.clear()
                continue
            negative, index = heapq.heappop(queue)
            if -negative < floor:
                return
            self._score(index)
            if self.scored >= MAX_SCORED:
                return

    def _groups(self) -> dict[int, set[int]]:
        """Every intent using a question word, grouped by the mask of the words it uses."""
        m, tokens = self.m, self.tokens
        groups: dict[int, set[int]] = {}
        reached: set[int] = set()
        for k in sorted(range(len(tokens)), key=lambda k: len(m._intent_postings[tokens[k]])):
            users = set(m._intent_postings[tokens[k]])
            bit = 1 << k
            split: dict[int, set[int]] = {}
            for mask, members in groups.items():
                both = members & users
                if both:
                    members.difference_update(both)
                    split[mask | bit] = both
                if members:
                    split[mask] = members
            fresh = users - reached
            if fresh:
                reached |= fresh
                split[bit] = fresh
            groups = split
        return groups

    def _used(self, mask: int) -> float:
        """Weight of the question words of ``mask``, summed as ``Matcher._intent_info`` does."""
        return math.fsum(w for k, w in enumerate(self.query.weights.values()) if mask >> k & 1)

    def _least_foreign(self, mask: int) -> float:
        """The least foreign weight of an intent using exactly the words of ``mask``."""
        return math.fsum(plain for k, (_, plain, _) in enumerate(self.foreign_of)
                         if not mask >> k & 1)

    def _factor(self, mask: int) -> float:
        """The answer-type factor of an intent using exactly the words of ``mask``."""
        return TYPE_MISMATCH if any(t in ANSWER_TYPE_WORDS and not mask >> k & 1
                                    for k, t in enumerate(self.tokens)) else 1.0

    def _open(self, mask: int, members: set[int]) -> bool:
        """Queue each intent of a group by its own bound (its topic conflicts, its lightest
        example); True when the budget of opened intents is spent."""
        m = self.m
        used = self._used(mask)
        factor = self._factor(mask)
        lacking = [self.foreign_of[k] for k in range(len(self.tokens)) if not mask >> k & 1]
        denominators: dict[frozenset[str], float] = {}  # by the intent's topics
        floor = self.floor  # it only ever rises: an intent below it now never matters
        budget = MAX_OPENED - self.bounded
        # Over budget, the intents with the lightest examples (the highest bounds) go first.
        order = (sorted(members) if len(members) <= budget
                 else sorted(members, key=m._lightest.__getitem__)[:budget])
        self.bounded += len(order)
        for index in order:
            topics = m._intent_topics[index]
            denominator = denominators.get(topics)
            if denominator is None:
                # With the values of ``Matcher._intent_info``, summed exactly as it sums them
                # (in any order the sum is the same, so the bound is the score's own).
                foreign = math.fsum(conflict if topics and token_topics
                                    and topics.isdisjoint(token_topics) else plain
                                    for conflict, plain, token_topics in lacking)
                denominator = denominators[topics] = self.query.weight + foreign
            bound = _bound(used / denominator, used / m._lightest[index], factor)
            if bound < floor:
                continue
            self.info[index] = (used, denominator, factor)
            heapq.heappush(self.queue, (-bound, index))
        return self.bounded >= MAX_OPENED

    def _score(self, index: int) -> None:
        """Score an intent's examples exactly as the plain path does."""
        m, query = self.m, self.query
        info = self.info[index]
        used, denominator, factor = info
        # The intent's examples that share a word, from the words' postings (sorted positions)
        # within the span of the intent's examples; shares summed in the plain path's order.
        positions = m._intent_examples[index]
        low, high = positions[0], positions[-1] + 1
        contiguous = high - low == len(positions)
        vocabulary = m._intent_vocabulary[index]
        examples = m._examples
        shares: dict[int, float] = {}
        for t in query.order:
            if t in vocabulary:
                weight = query.weights[t]
                postings = m._postings[t]
                start = bisect.bisect_left(postings, low)
                for position in postings[start:bisect.bisect_left(postings, high, start)]:
                    if contiguous or examples[position].intent_index == index:
                        shares[position] = shares.get(position, 0.0) + weight
        # An example's pooled words are at most the rest of ``used``: skip it if even so it
        # cannot reach the floor (``_bound`` written out: this loop is the hot one).
        floor = self.floor
        beta2 = QUESTION_BIAS * QUESTION_BIAS
        rest = POOLED_CREDIT * used
        keep = 1.0 - POOLED_CREDIT
        scored: list[tuple[float, int]] = []
        for position, shared in shares.items():
            explained = (keep * shared + rest) / denominator
            covered = min(shared / examples[position].weight, 1.0)
            f1 = (1 + beta2) * explained * covered / (beta2 * explained + covered)
            if 100.0 * (OVERLAP_SHARE * f1 + (1.0 - OVERLAP_SHARE)) * factor + _BOUND_SLACK >= floor:
                scored.append((m._base(position, shared, info), position))
        self.scored += 1
        if not scored:
            return
        score, position = m._best_of(scored, info[2], query)
        self.best[index] = (score, position)
        self._found(score)
