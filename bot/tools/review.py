"""``briefbot review``: what the bot could not answer, grouped, for the curators.

Questions from the database are grouped by the words they share, read as the bot reads them
(its normaliser: synonyms, filler words dropped, stems) and weighted as its matcher weighs them
(a word used by few questions counts more than a common one). Two questions whose shared weight
reaches ``GROUP_SCORE`` percent of their weight (twice the shared weight over both weights) and
that ask for the same kind of answer (the same "who", "when", "where"...) join one group; groups
are chained, most frequent first, each with its count, a few examples, and the intent it nearly
matched. ``--format yaml`` proposes each group where it belongs, as the real responder decides on
its questions now: examples of an intent when the sources answer it (the bot answers, or asks
which), the document's not-stated entry (or a new one) when they don't, ``out_of_scope`` when it
is outside both documents. Nothing is written anywhere.

The grouping stays near-linear in the number of questions, so a log of tens of thousands of rows
reviews in seconds. Questions are taken lightest first (by their words' weight), and each is
compared only with earlier ones that share one of its rarest words: two questions that group
always share a word among the rarest of each (a *prefix*, found from ``GROUP_SCORE``), so none is
missed that way; a pair whose first shared word comes too late to share enough is not compared.
A question is compared with at most ``MAX_COMPARED`` others, those closest to it in weight first:
that bounds the work on a flood of long questions made of the same common words, which share
too little to group anyway.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.matcher import ANSWER_TYPE_WORDS
from bot.core.normalise import Normaliser, content_tokens_of
from bot.core.reply import Decision, Reason
from bot.core.responder import Responder
from bot.render import terminal_safe
from bot.storage.base import Outcome, Storage, Unanswered
from bot.storage.opening import is_postgres_url, open_store
from bot.storage.sqlite import Store

#: Two questions whose shared words weigh this share (percent) of their words ask the same thing.
GROUP_SCORE = 70.0
#: Other questions one question is compared with at most (found through its rarest words, the
#: closest in weight first): it bounds the work per question, so grouping stays near-linear.
MAX_COMPARED = 150
#: Examples shown per group.
SHOWN_EXAMPLES = 3
#: Marks the whole text of a question without content words ("what is this?"), which then
#: groups only with the same text.
_WHOLE = "\x00"
#: Slack against floating-point rounding in the weight comparisons.
_SLACK = 1e-9


@dataclass(frozen=True)
class Group:
    """Questions that ask the same thing, and the intent they came closest to."""

    count: int
    examples: tuple[str, ...]
    near_intent: str | None
    near_score: float
    decisions: tuple[tuple[Outcome, int], ...]


@dataclass(frozen=True)
class Clustering:
    """Which group each text fell in (its label), and the work that took."""

    labels: tuple[int, ...]
    #: Posting entries looked at: questions considered as partners, whether or not compared.
    looked_at: int
    #: Pairs whose shared weight was worked out.
    compared: int


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _words(text: str, normaliser: Normaliser) -> frozenset[str]:
    """The question's content words as the matcher reads them (or its whole text, if none)."""
    normalised = normaliser.normalise(text)
    return frozenset(content_tokens_of(normalised)) or frozenset({_WHOLE + normalised})


def cluster(texts: Sequence[str], normaliser: Normaliser) -> Clustering:
    """Label each text with its group: texts with the same words at once, similar ones by a
    prefix-filtered comparison (module docstring)."""
    signature_of: dict[frozenset[str], int] = {}
    signatures: list[frozenset[str]] = []
    text_signature = []
    for text in texts:
        words = _words(text, normaliser)
        if words not in signature_of:
            signature_of[words] = len(signatures)
            signatures.append(words)
        text_signature.append(signature_of[words])
    frequency: Counter[str] = Counter(word for words in signatures for word in words)
    total = max(len(signatures), 1)
    weight = {word: math.log(1.0 + total / count) for word, count in frequency.items()}
    share = GROUP_SCORE / 100.0
    union = _Union(len(signatures))
    # Lightest first, so every earlier question weighs at most as much as the one compared:
    # then two questions that group share at least ``share`` of the lighter one's weight and
    # ``share / (2 - share)`` of the heavier one's, and only those prefixes need indexing.
    own_weight = [sum(weight[w] for w in words) for words in signatures]
    order = sorted(range(len(signatures)), key=lambda n: (own_weight[n], n))
    probed = share / (2.0 - share)
    # (word, kind of answer asked for) -> the questions whose indexed prefix holds the word,
    # lightest first, as (question, its weight, the weight of its words from this one on).
    # Questions asking for different kinds of answer never group, so they are kept apart.
    postings: dict[tuple[str, frozenset[str]], list[tuple[int, float, float]]] = {}
    looked_at = compared = 0
    for index in order:
        words = signatures[index]
        own = own_weight[index]
        kind = words & ANSWER_TYPE_WORDS
        root = union.find(index)
        seen: set[int] = set()
        budget = MAX_COMPARED
        rest = own
        for word in sorted(words, key=lambda w: (frequency[w], w)):
            if rest < probed * own - _SLACK:
                break  # past the prefix: a partner shares one of the words before
            posting = postings.get((word, kind), [])
            if budget > 0:
                for other, theirs, theirs_from_here in reversed(posting):
                    if theirs < probed * own - _SLACK or budget == 0:
                        break  # lighter still: too light to share enough, and so are older
                    budget -= 1
                    looked_at += 1
                    if other in seen:
                        continue
                    seen.add(other)  # the first word they share: the rest can only follow it
                    enough = share * (own + theirs) - _SLACK
                    if (2.0 * (rest if rest < theirs_from_here else theirs_from_here) < enough
                            or union.find(other) == root):
                        continue  # cannot share enough from here on, or already together
                    compared += 1
                    if 2.0 * sum(map(weight.__getitem__, words & signatures[other])) >= enough:
                        union.join(index, other)
                        root = union.find(index)
            if rest >= share * own - _SLACK:
                postings.setdefault((word, kind), []).append((index, own, rest))
            rest -= weight[word]
    return Clustering(tuple(union.find(text_signature[n]) for n in range(len(texts))),
                      looked_at, compared)


def group_questions(rows: Sequence[Unanswered], normaliser: Normaliser) -> list[Group]:
    """Group similar questions; most frequent first."""
    kept = [row for row in rows if row.question.strip()]
    texts = list(dict.fromkeys(row.question.strip() for row in kept))
    if not texts:
        return []
    label_of = dict(zip(texts, cluster(texts, normaliser).labels, strict=True))
    members: dict[int, list[Unanswered]] = {}
    for row in kept:
        members.setdefault(label_of[row.question.strip()], []).append(row)
    groups = [_summarise(group) for group in members.values()]
    return sorted(groups, key=lambda g: (-g.count, g.examples))


def _summarise(rows: list[Unanswered]) -> Group:
    counts = Counter(row.question.strip() for row in rows)
    examples = tuple(text for text, _ in counts.most_common(SHOWN_EXAMPLES))
    nearest: Counter[str] = Counter()
    best_score: dict[str, float] = {}
    for row in rows:
        if row.candidates:
            intent, score = row.candidates[0]
            nearest[intent] += 1
            best_score[intent] = max(best_score.get(intent, 0.0), score)
    near = nearest.most_common(1)[0][0] if nearest else None
    decisions = tuple(sorted(Counter(row.decision for row in rows).items()))
    return Group(len(rows), examples, near, best_score.get(near, 0.0) if near else 0.0, decisions)


def open_for_review(location: str, setting: str) -> Storage | None:
    """The database at ``location`` opened for reading only, so a review never changes or creates
    one: an SQLite file (None when there is no file yet; ``sqlite3.Error`` when it is not
    briefbot's) or a PostgreSQL database (None when the bot has not created its tables there)."""
    if is_postgres_url(location):
        store = open_store(location, setting=setting, read_only=True)
        if not store.schema_version:  # nothing there yet, and a review creates nothing
            store.close()
            return None
        return store
    path = Path(location)
    if not path.is_file():
        return None
    database = Store(path, read_only=True, setting=setting)
    try:
        database.schema_version  # noqa: B018 - fails early on a file that is not briefbot's
    except sqlite3.Error:
        database.close()
        raise
    return database


def format_text(groups: Sequence[Group], days: int) -> str:
    """The review for the terminal."""
    if not groups:
        return f"No unanswered questions in the last {days} days."
    lines = [f"Unanswered questions, last {days} days: {sum(g.count for g in groups)} in "
             f"{len(groups)} groups (most frequent first)", ""]
    for number, group in enumerate(groups, 1):
        near = (f"nearly matched {group.near_intent} ({group.near_score:.0f})"
                if group.near_intent else "matched nothing")
        how = ", ".join(f"{d} {n}" for d, n in group.decisions)
        lines.append(f"{number}. x{group.count} ({how}); {near}")
        lines += [f"     - {terminal_safe(example)}" for example in group.examples]
    return "\n".join(lines)


@dataclass(frozen=True)
class Place:
    """Where a group of questions belongs, as the bot decides on them now.

    ``kind``: ``intent`` (the sources answer it: examples of ``target``), ``not_stated`` (they
    don't, and ``target`` is the entry of document ``document`` that says so), ``new_not_stated``
    (they don't, about ``document``'s event, and no entry says so yet), ``out_of_scope``,
    ``answered`` (the bot answers it with ``target`` already) or ``refused`` (the harm
    boundary's).
    """

    kind: str
    target: str | None = None
    document: str | None = None
    #: For ``intent``: the other intents the bot hesitated between.
    alternatives: tuple[str, ...] = ()


def place_of(question: str, responder: Responder) -> Place:
    """Where ``question`` belongs, from the real responder's decision on it."""
    reply = responder.respond(question)
    if reply.is_refusal:
        return Place("refused")
    if reply.reason is Reason.NOT_STATED and reply.candidates:
        gap = responder.gaps.get(reply.candidates[0][0])
        if gap is not None:
            return Place("not_stated", gap.id, gap.document)
    if reply.decision is Decision.ANSWER:
        return Place("answered", ", ".join(reply.answered_intents))
    if reply.decision is Decision.CLARIFY and reply.suggestions:
        first, *others = (s.intent for s in reply.suggestions)
        return Place("intent", first, alternatives=tuple(others))
    named = responder.events.named(question)
    if len(named) == 1:
        return Place("new_not_stated", document=next(iter(named)))
    return Place("out_of_scope")


def place_group(group: Group, responder: Responder) -> Place:
    """Where a group belongs: where most of its questions do (the most frequent first on a tie)."""
    places = Counter(place_of(question, responder) for question in group.examples)
    return max(places, key=lambda place: places[place])  # Counter keeps first-seen order


#: What the YAML review starts with (``header=False`` leaves it out: one group of several shown).
YAML_HEADER = ("# Each group of unanswered questions where it belongs, as the bot decides on it now.\n"
               "# Paste by hand what is right, then run `briefbot check` and `briefbot eval`.\n"
               "# Nothing has been changed.")


def format_yaml(groups: Sequence[Group], responder: Responder, *, header: bool = True) -> str:
    """Each group proposed where it belongs (``place_group``), as YAML to paste by hand: examples
    of the intent whose answer the sources give; the not-stated entry of the document whose
    sources don't say it (or a new one to write); ``out_of_scope`` for the rest."""
    by_intent: dict[str, list[str]] = {}
    hesitations: dict[str, set[str]] = {}
    by_gap: dict[tuple[str, str | None], list[str]] = {}
    orphans: list[str] = []
    settled: list[str] = []
    for group in groups:
        place = place_group(group, responder)
        examples = [terminal_safe(example) for example in group.examples]
        if place.kind == "intent" and place.target:
            by_intent.setdefault(place.target, []).extend(examples)
            hesitations.setdefault(place.target, set()).update(place.alternatives)
        elif place.kind in ("not_stated", "new_not_stated") and place.document:
            key = (place.document, place.target if place.kind == "not_stated" else None)
            by_gap.setdefault(key, []).extend(examples)
        elif place.kind == "answered":
            settled += [f"#   {e!r}: answered now by {place.target}" for e in examples]
        elif place.kind == "refused":
            settled += [f"#   {e!r}: refused now (harm boundary)" for e in examples]
        else:
            orphans.extend(examples)
    out = [YAML_HEADER] if header else []
    for intent, examples in by_intent.items():
        out.append(f"# intents.yaml, intent {intent}: the sources answer these; add them to "
                   "its examples.")
        if hesitations[intent]:
            out.append(f"#   (the bot now offers {intent} among {', '.join(sorted(hesitations[intent]))}"
                       ": paste under the one whose answer it is, or under not_stated if none)")
        out.append(_dump({intent: {"examples": examples}}))
    if by_gap:
        documents: dict[str, list[dict[str, object]]] = {}
        for (document, gap), examples in by_gap.items():
            entry: dict[str, object] = {"id": gap} if gap else {
                "id": "NEW", "what": "TODO: what the document doesn't say",
                "nearest": "TODO: the intent whose fact comes closest"}
            documents.setdefault(document, []).append({**entry, "examples": examples})
        files = ", ".join(f"{d}: {_file_of(responder, d)}" for d in documents)
        out.append(f"# not_stated of each document ({files}): the sources don't say these; add "
                   "them to the entry with that id (a NEW one: name it, say what and nearest).")
        out.append(_dump({"not_stated": documents}))
    if orphans:
        out.append("# intents.yaml, out_of_scope: outside both documents.")
        out.append(_dump({"out_of_scope": orphans}))
    if settled:
        out.append("# Nothing to paste for these:")
        out += settled
    return "\n".join(out)


def _file_of(responder: Responder, document_id: str) -> str:
    """The corpus file of a document, as a curator finds it."""
    document = responder.kb.corpus.documents.get(document_id)
    return f"corpus/{Path(document.path).name}" if document else document_id


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).rstrip()


def format_stats(counts: dict[str, dict[Outcome, int]]) -> str:
    """Answer / clarify / decline rates per day."""
    if not counts:
        return "No replies recorded yet."
    lines = [f"{'day':10}  {'replies':>7}  {'answer':>7}  {'clarify':>7}  {'decline':>7}  "
             f"{'none of these':>13}"]
    for day, by_decision in sorted(counts.items()):
        replies = (Outcome.ANSWER, Outcome.CLARIFY, Outcome.DECLINE)
        total = sum(by_decision.get(d, 0) for d in replies)

        def rate(decision: Outcome, whole: int = total,
                 row: dict[Outcome, int] = by_decision) -> str:
            return f"{row.get(decision, 0) / whole:7.0%}" if whole else f"{'-':>7}"

        lines.append(f"{day:10}  {total:7d}  {'  '.join(rate(d) for d in replies)}  "
                     f"{by_decision.get(Outcome.NONE_OF_THESE, 0):13d}")
    return "\n".join(lines)
