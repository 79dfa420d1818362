"""``briefbot check``: every problem in the knowledge files, found with the runtime's own matcher.

On top of the loader's checks (schema, ids, references, quotes and their editor's notes,
duplicate examples) this runs each example, out-of-scope question and harmful request through the
real ``Responder`` and reports what the bot would actually do wrong. It warns about corpus
paragraphs no intent cites, paragraphs no briefing shows (as rendered, after the length cap), and
quotes that lean on a sentence they leave out ("these plans") with no editor's note.

Drafts in ``drafts/`` (written by ``briefbot ingest``) are checked too, with the runtime matcher
and the drafts added: what collides, what a draft would take from the intents served, and which
drafts are ready to promote. They are never served, so what is wrong with them only warns.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bot.core.briefing import all_briefings, cited
from bot.core.reply import Decision, Reason, Reply
from bot.core.responder import Responder
from bot.core.thresholds import Thresholds
from bot.errors import KnowledgeError, Problem
from bot.knowledge.briefings import QUESTION_KIND, BriefingPlan, PlannedPoint
from bot.knowledge.corpus import Document
from bot.knowledge.drafts import DraftFile, read_all_drafts, whole_corpus
from bot.knowledge.intents import KnowledgeBase, _comparable, load_knowledge
from bot.knowledge.quotes import leaning_sentences, sentences, squash, without_notes
from bot.render import render_briefing

#: Paragraphs an intent should cite (an FAQ question only asks; the paragraph after it answers).
UNCITED_KINDS = ("text", "item")
#: Paragraphs with something to brief on (headings and FAQ questions only frame them).
SUBSTANTIVE_KINDS = ("text", "item")


@dataclass(frozen=True)
class CheckReport:
    """The outcome of a check: problems found, and whether a file could not be read at all."""

    problems: tuple[Problem, ...]
    unreadable: bool = False
    summary: str = ""
    #: What was found in drafts/ (never served): a line saying which are ready to promote.
    drafts: tuple[str, ...] = ()

    @property
    def errors(self) -> list[Problem]:
        """Problems that make the knowledge base unfit to serve."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def exit_code(self) -> int:
        """2: a file could not be read or parsed; 1: problems found; 0: clean."""
        if self.unreadable:
            return 2
        return 1 if self.errors else 0


def check(intents_path: Path, corpus_dir: Path, thresholds: Thresholds | None = None,
          today: date | None = None) -> CheckReport:
    """Validate the knowledge files and their behaviour under the runtime matcher."""
    try:
        kb = load_knowledge(intents_path, corpus_dir)
    except KnowledgeError as exc:
        return CheckReport(tuple(exc.problems), exc.unreadable)
    responder = Responder(kb, thresholds)
    problems = (misquoted_sources(kb) + behaviour_problems(responder) + uncited_paragraphs(kb)
                + unbriefed_paragraphs(kb) + leaning_quotes(kb)
                + overdue_reviews(kb, today or date.today()))
    examples = sum(len(i.examples) for i in kb.intents.values())
    unstated = sum(len(g.examples) for d in kb.corpus.documents.values() for g in d.not_stated)
    summary = (f"{len(kb.intents)} intents, {examples} examples, {len(kb.corpus.documents)} "
               f"documents, {unstated} not-stated, {len(kb.out_of_scope)} out-of-scope and "
               f"{len(kb.harm.examples)} "
               "harmful examples checked")
    drafts = review_drafts(kb, read_all_drafts(intents_path, kb), thresholds)
    return CheckReport(tuple(problems) + drafts.problems, False, summary, tuple(drafts.lines()))


def behaviour_problems(responder: Responder) -> list[Problem]:
    """Examples the runtime would not answer with their own intent, and leaks past the boundary."""
    kb = responder.kb
    name = kb.intents_path
    problems: list[Problem] = []
    for intent in kb.intents.values():
        for n, example in enumerate(intent.examples):
            reply = responder.respond(example)
            line = kb.example_lines.get((intent.id, n))
            if reply.decision is Decision.ANSWER and reply.intent == intent.id:
                continue
            if reply.is_refusal:
                what = "is refused by the harm boundary"
                fix = ("reword it, or narrow harm_boundary's lead_ins/operations"
                       + ("; or retrain the harm model (`briefbot harm-model`: every example is "
                          "one of its fair questions)." if kb.harm.learned_model else "."))
            elif reply.decision is Decision.ANSWER:
                what = f"is answered by '{reply.intent}' (score {reply.score:.0f})"
                fix = f"make it more specific to this intent, or move it to '{reply.intent}'."
            elif reply.decision is Decision.CLARIFY:
                options = ", ".join(s.intent for s in reply.suggestions)
                what = f"gets 'did you mean' between {options}"
                fix = "add words that set this intent apart, or remove the near-duplicate example."
            else:
                what = f"is declined (best score {reply.score:.0f})"
                fix = "add content words the question shares with this intent, or drop the example."
            problems.append(Problem(name, line, f"example {example!r} {what}.", fix, intent.id))
    for question in kb.out_of_scope:
        reply = responder.respond(question)
        if reply.decision is Decision.ANSWER:
            problems.append(Problem(name, None, f"out-of-scope question {question!r} is answered "
                                    f"with '{reply.intent}' (score {reply.score:.0f}).",
                                    "remove the overlapping example from that intent, or raise "
                                    "the answer threshold.", reply.intent))
    for document in kb.corpus.documents.values():
        for gap in document.not_stated:
            for example in gap.examples:
                reply = responder.respond(example)
                if reply.decision is Decision.ANSWER:
                    problems.append(Problem(
                        document.path, gap.line, f"not-stated question {example!r} ({gap.id}) is "
                        f"answered with '{reply.intent}' (score {reply.score:.0f}).",
                        "make the example more specific to what the document doesn't say, or "
                        "remove the overlapping example from that intent.", reply.intent))
    for request in kb.harm.examples:
        reply = responder.respond(request)
        if reply.reason is not Reason.HARMFUL:
            problems.append(Problem(name, None, f"harmful request {request!r} is not refused.",
                                    "add its lead-in to harm_boundary.lead_ins, its verb to "
                                    "operations (or to dealings, with its object in contraband), "
                                    "or a phrase to phrases."))
    return problems


def misquoted_sources(kb: KnowledgeBase) -> list[Problem]:
    """Errors for intent sources that would cite the wrong paragraph: one whose quote is not in
    it, or an FAQ question (it asks; the answer a user is shown is in the paragraph after it)."""
    problems: list[Problem] = []
    for intent in kb.intents.values():
        for source in intent.sources:
            paragraph = kb.corpus.paragraph(source.document, source.paragraph)
            where = f"{source.document}#{source.paragraph}"
            if paragraph is None:
                continue  # the loader names a paragraph that does not exist
            if paragraph.kind == QUESTION_KIND:
                problems.append(Problem(
                    kb.intents_path, intent.line, f"cites {where}, an FAQ question, as a source.",
                    "cite the paragraph that answers it (the one after), with a quote from it.",
                    intent.id))
            elif squash(source.quote) not in squash(paragraph.text):
                problems.append(Problem(
                    kb.intents_path, intent.line, f"the quote {source.quote[:60]!r} is not in "
                    f"{where}.", "copy the words exactly from that paragraph, or cite the "
                    "paragraph that has them.", intent.id))
    return problems


def uncited_paragraphs(kb: KnowledgeBase) -> list[Problem]:
    """Warnings for corpus paragraphs (not headings) that no intent cites."""
    cited = {(s.document, s.paragraph) for i in kb.intents.values() for s in i.sources}
    warnings: list[Problem] = []
    for document in kb.corpus.documents.values():
        for paragraph in document.paragraphs:
            if paragraph.kind in UNCITED_KINDS and (document.id, paragraph.id) not in cited:
                warnings.append(Problem(
                    document.path, paragraph.line, f"paragraph {document.id}#{paragraph.id} is "
                    "cited by no intent, so the bot cannot answer from it.",
                    "add an intent that cites it, or leave it if it holds nothing to ask about.",
                    severity="warning"))
    return warnings


def unbriefed_paragraphs(kb: KnowledgeBase) -> list[Problem]:
    """Warnings for substantive paragraphs that neither the overview nor any topic briefing shows
    (as sent, so a point cut for length does not count)."""
    shown = {(s.document, s.paragraph) for briefing in all_briefings(kb)
             for s in cited(render_briefing(briefing).briefing)}
    return [Problem(document.path, paragraph.line, f"paragraph {document.id}#{paragraph.id} is "
                    "in no briefing (neither /brief nor any topic's), so briefings leave it out.",
                    "add a point that cites it to a topic under 'briefings:' in intents.yaml "
                    "(or shorten that briefing if the point was cut for length).",
                    severity="warning")
            for document in kb.corpus.documents.values() for paragraph in document.paragraphs
            if paragraph.kind in SUBSTANTIVE_KINDS and (document.id, paragraph.id) not in shown]


def leaning_quotes(kb: KnowledgeBase) -> list[Problem]:
    """Warnings for answers and curated briefing points with a sentence that leans on the one
    before it in the source ("these plans", "such criminal entities") when they carry neither
    that sentence nor an editor's note in [square brackets] saying what it refers to. (A
    briefing composed from intents quotes their answers, checked here already.)"""
    warnings: list[Problem] = []
    for intent in kb.intents.values():
        documents = {s.document for s in intent.sources}
        text = " ".join(line.text for line in intent.answer_lines)
        for sentence in _leaning(kb, documents, text):
            warnings.append(Problem(kb.intents_path, intent.line, _LEANS.format(sentence[:60]),
                                    _LEANS_FIX, intent.id, severity="warning"))
    for plan in kb.briefings.values():
        for point in _planned_points(plan):
            for sentence in _leaning(kb, {point.document}, point.quote):
                warnings.append(Problem(kb.intents_path, point.line, f"briefing '{plan.key}': "
                                        + _LEANS.format(sentence[:60]), _LEANS_FIX,
                                        severity="warning"))
    return warnings


_LEANS = "the quote {!r} leans on the sentence before it in the source, which it leaves out."
_LEANS_FIX = ("quote the sentence before too, or add what it refers to as an editor's note in "
              "[square brackets] right after the words that lean.")


def _planned_points(plan: BriefingPlan) -> list[PlannedPoint]:
    points = [*plan.points, *([plan.bottom_line] if plan.bottom_line else [])]
    return [one for point in points for one in (point, *point.items)]


def _leaning(kb: KnowledgeBase, documents: set[str], text: str) -> list[str]:
    """The sentences of ``text`` that lean on a source sentence ``text`` does not carry."""
    bare = without_notes(text)
    found: list[str] = []
    for sentence in leaning_sentences(text):
        before = next((b for d in documents if (doc := kb.corpus.documents.get(d))
                       and (b := _sentence_before(doc, squash(sentence))) is not None), None)
        if before and not _carried(before, bare):
            found.append(sentence)
    return found


def _carried(sentence: str, text: str) -> bool:
    """Whether ``text`` carries ``sentence`` (a list item's label, "Cybercrime: ", may be left)."""
    tail = sentence.partition(": ")[2]
    return sentence in text or (bool(tail) and tail in text)


def _sentence_before(document: Document, sentence: str) -> str | None:
    """The sentence before ``sentence`` in ``document`` (headings and questions skipped), or
    None if it is not there or comes first."""
    flow = [s for p in document.paragraphs if p.kind in SUBSTANTIVE_KINDS for s in sentences(p.text)]
    for index, candidate in enumerate(flow):
        if sentence in candidate:
            return flow[index - 1] if index else None
    return None


def overdue_reviews(kb: KnowledgeBase, today: date) -> list[Problem]:
    """Warnings for intents whose ``review_by`` date has passed."""
    return [Problem(kb.intents_path, intent.line, f"was due for review on {intent.review_by}.",
                    "check the answer still holds, then move review_by forward (and as_of).",
                    intent.id, severity="warning")
            for intent in kb.intents.values()
            if intent.review_by is not None and intent.review_by < today]


# --------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class DraftReview:
    """What ``check`` found in ``drafts/``: problems per draft and which drafts are ready.

    A draft is ready when the curator set ``draft: false`` and nothing is wrong with it: its
    quotes hold, each of its examples gets it from the runtime matcher with the drafts added, and
    it takes no question from an intent already served (nor a not-stated or out-of-scope one).
    """

    problems: tuple[Problem, ...]
    ready: tuple[str, ...]
    pending: tuple[str, ...]
    files: tuple[DraftFile, ...]

    def lines(self) -> list[str]:
        """What ``check`` prints about drafts: one line, or none when there are no drafts."""
        if not self.files:
            return []
        total = len(self.ready) + len(self.pending)
        ready = ", ".join(self.ready) if self.ready else "none"
        return [f"Drafts: {total} in {len(self.files)} file(s), never served; ready to promote: "
                f"{ready}; {len(self.pending)} not ready (still 'draft: true', or with problems "
                "above)."]


def review_drafts(kb: KnowledgeBase, files: list[DraftFile],
                  thresholds: Thresholds | None = None) -> DraftReview:
    """Validate drafts against the served knowledge with the runtime matcher."""
    # drafts are not served, so what is wrong with them warns; it still keeps them from promotion
    problems: list[Problem] = [replace(p, severity="warning") for f in files for p in f.problems]
    drafts = {d.intent.id: (f, d) for f in files for d in f.drafts}
    if not drafts:
        return DraftReview(tuple(problems), (), (), tuple(files))
    served = Responder(kb, thresholds)
    combined = Responder(replace(kb, corpus=whole_corpus(kb), intents={
        **kb.intents, **{k: fd[1].intent for k, fd in drafts.items()}}), thresholds)
    troubled = {p.intent for p in problems if p.intent}
    served_examples = {_comparable(e): i.id for i in kb.intents.values() for e in i.examples}
    for draft_id, (file, draft) in drafts.items():
        for example in draft.intent.examples:
            if (twin := served_examples.get(_comparable(example))) is not None:
                problems.append(Problem(str(file.path), draft.line, f"example {example!r} is "
                                        f"already an example of '{twin}'.", "drop it: an example "
                                        "may belong to one intent only.", draft_id,
                                        severity="warning"))
                troubled.add(draft_id)
                continue
            reply = combined.respond(example)
            if reply.decision is Decision.ANSWER and reply.intent == draft_id:
                continue
            if reply.decision is Decision.ANSWER:
                rival = "draft" if reply.intent in drafts else "intent"
                what = f"collides: {rival} '{reply.intent}' wins it (score {reply.score:.0f})"
            elif reply.decision is Decision.CLARIFY:
                what = ("gets 'The closest I have' between "
                        + ", ".join(s.intent for s in reply.suggestions))
            else:
                what = "is declined" if not reply.is_refusal else "is refused as harmful"
            problems.append(Problem(str(file.path), draft.line, f"example {example!r} {what}.",
                                    "reword it with words of this draft's own text, or drop it.",
                                    draft_id, severity="warning"))
            troubled.add(draft_id)
    questions: list[tuple[str, str | None, str]] = [
        (f"example of '{i.id}'", i.id, e) for i in kb.intents.values() for e in i.examples]
    questions += [(f"not-stated question ({g.id})", None, e) for d in kb.corpus.documents.values()
                  for g in d.not_stated for e in g.examples]
    questions += [("out-of-scope question", None, q) for q in kb.out_of_scope]
    for label, owner, question in questions:
        after = combined.respond(question)
        candidates = (after.intent, *(s.intent for s in after.suggestions))
        taker = next((c for c in candidates if c is not None and c in drafts), None)
        if taker is None:
            continue
        before = served.respond(question)
        if after.decision is Decision.ANSWER and after.intent in drafts:
            change = f"would now answer it (it was {_outcome(before)})"
        elif owner is not None and before.decision is Decision.ANSWER and before.intent == owner:
            change = "would turn it into 'The closest I have'"
        else:
            continue
        file, draft = drafts[taker]
        problems.append(Problem(str(file.path), draft.line, f"would steal the {label} "
                                f"{question!r}: the draft {change}.",
                                "drop or reword the draft's examples that share its words, or "
                                "narrow the draft.", taker, severity="warning"))
        troubled.add(taker)
    ready = tuple(k for k, (_f, d) in drafts.items() if d.reviewed and k not in troubled)
    pending = tuple(k for k in drafts if k not in ready)
    return DraftReview(tuple(problems), ready, pending, tuple(files))


def _outcome(reply: Reply) -> str:
    if reply.decision is Decision.ANSWER:
        return f"answered by '{reply.intent}'"
    if reply.reason is Reason.NOT_STATED:
        return "answered with 'the article doesn't say'"
    return "'The closest I have'" if reply.decision is Decision.CLARIFY else "declined"
