"""Decide answer / clarify / decline for a question and compose the ``Reply``. Pure and sync.

The decision (Rasa's fallback, with "did you mean" in between):

* ``answer`` when the best intent's *confidence* reaches ``answer_threshold`` and it beats the
  runner-up by at least ``ambiguity_margin``. Confidence is the best score plus ``gap_weight``
  times its lead over the runner-up (at most ``gap_cap`` of it counts): a clear winner needs a
  lower score than one with a close rival. A vague question (its known words weigh less than
  ``min_information``, e.g. just "myanmar") is answered only by an exact example; otherwise
  it gets "did you mean";
* ``clarify`` when the best score is at least ``clarify_threshold`` but not a clear win: up to
  ``max_suggestions`` intents within ``clarify_window`` of the best are offered;
* ``decline`` otherwise, saying what the bot covers. A harmful operational request is declined
  with the refusal, before any matching.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from bot import texts
from bot.core.events import EventGuard
from bot.core.harm import HarmGuard, asks_to_do_it, gets_past_it
from bot.core.matcher import ANSWER_TYPE_WORDS, Candidate, Matcher, MatchResult
from bot.core.normalise import STOPWORDS, Normaliser, content_words_of, fold, stem
from bot.core.phrasing import (
    NUMBER_WORDS,
    asks_about_outcome,
    asks_count_only,
    asks_for_detail,
    asks_for_list,
    asks_measures,
    asks_reason,
    asks_to_compose,
    counted,
    embedded_questions,
    framing,
    last_sentence,
    leans_on_previous,
    numbered_questions,
    refers_back,
    sentences_asking,
    sentences_of,
    split_two,
    term_to_define,
    two_sentences,
    which_of,
    with_subject_named,
    without_asides,
)
from bot.core.reply import Decision, Explanation, Reason, Reply, Suggestion
from bot.core.thresholds import Thresholds
from bot.knowledge.corpus import NotStated
from bot.knowledge.intents import Intent, KnowledgeBase, Line, load_knowledge
from bot.knowledge.quotes import sentences, without_notes

#: A score this high means the question is one of the examples, word for word.
EXACT = 100.0
#: A figure counts a thing named at most this many words after it ("50 regional and
#: international organizations").
COUNT_REACH = 5
#: A question read alone this well needs no help from the conversation it is part of.
SURE = 90.0
#: The small-talk intent whose answer introduces the bot.
HELP_INTENT = "help"
#: Two close candidates quoting one paragraph answer together from this score up.
SIBLING_FLOOR = 45.0
#: Words that speak of things in general, naming none: "these unscrupulous groups", "relevant
#: companies", "various countries"; what follows them within this many words is unnamed.
GENERIC = frozenset({"these", "those", "such", "relevant", "various", "several",
                     "certain", "different", "many", "some"})
GENERIC_REACH = 2
#: Scores this close are a tie: the order between them says nothing.
TIE = 2.0
#: Question words that ask for a single fact (a date, a place, a figure) or for particulars.
FACT_TYPES = ANSWER_TYPE_WORDS - {"who", "why"}
#: Questions are cut to this many characters before matching.
MAX_QUESTION_CHARS = 1000

#: The core's own messages, as reply lines (their words are in ``bot.texts``).
EMPTY_MESSAGE = Line(texts.EMPTY_MESSAGE)
DECLINE_MESSAGE = Line(texts.DECLINE_MESSAGE)
CLARIFY_MESSAGE = Line(texts.CLARIFY_MESSAGE)
#: Matcher ids of "what the sources don't say" entries start with this.
GAP = "not-stated:"
#: How good a reply is, for choosing between readings of one question.
_RANK = {Reason.MATCHED: 4, Reason.SMALLTALK: 4, Reason.NOT_STATED: 3, Reason.AMBIGUOUS: 2,
         Reason.UNSURE: 2}


class Responder:
    """Turns questions into Replies using one loaded knowledge base. Safe to share across tasks."""

    @classmethod
    def from_files(cls, intents_path: Path, corpus_dir: Path,
                   thresholds: Thresholds | None = None) -> Responder:
        """Load, validate and prepare; raises KnowledgeError naming file, line and fix."""
        return cls(load_knowledge(intents_path, corpus_dir), thresholds)

    def __init__(self, kb: KnowledgeBase, thresholds: Thresholds | None = None) -> None:
        self.kb = kb
        self.thresholds = thresholds or Thresholds()
        self.normaliser = Normaliser(kb.synonyms, _texts_used(kb))
        self.gaps = {GAP + gap.id: gap for document in kb.corpus.documents.values()
                     for gap in document.not_stated if gap.nearest in kb.intents}
        topics = {intent.id: intent.topics for intent in kb.intents.values()}
        topics.update({key: kb.intents[gap.nearest].topics for key, gap in self.gaps.items()})
        self.matcher = Matcher(
            [*((intent.id, example) for intent in kb.intents.values()
               for example in intent.examples),
             *((key, example) for key, gap in self.gaps.items() for example in gap.examples)],
            self.normaliser,
            topics,
            evidence={intent.id: _evidence_of(intent, kb) for intent in kb.intents.values()
                      if intent.kind == "content"},
            passages=_own_sentences(kb),
        )
        self.events = EventGuard(kb, self.normaliser, self.gaps)
        #: Each document's names as one pattern, longest first, to find or replace them in a
        #: question ("the 11th AMMTC" in "When was the 11th AMMTC?").
        self._name_patterns = {
            document.id: re.compile(r"\b(?:" + "|".join(
                re.escape(n) for n in sorted(document.names, key=len, reverse=True)) + r")\b",
                re.I)
            for document in kb.corpus.documents.values() if document.names}
        # document -> its content intents, in the knowledge base's order (for another edition)
        self._content_of: dict[str, tuple[str, ...]] = {
            document: tuple(i.id for i in kb.intents.values() if i.kind == "content"
                            and any(s.document == document for s in i.sources))
            for document in kb.corpus.documents}
        #: Words that name an event: where, not what, a question asks about.
        self._naming_words = frozenset(
            token for document in kb.corpus.documents.values() for name in document.names
            for token in self.normaliser.content_tokens(name))
        #: The paragraphs each content intent quotes, for answers drawn from one paragraph.
        self._paragraphs = {intent.id: frozenset((s.document, s.paragraph) for s in intent.sources)
                            for intent in kb.intents.values() if intent.kind == "content"}
        #: The intents each list answer's items stand for (the priorities: information sharing,
        #: legal frameworks ...).
        self._items_of = _items(kb)
        #: What each intent gives a figure for, worked out once: what its answer counts and what
        #: its own examples ask to count ("how many groups took part").
        self._counts_of = {intent.id: _what_it_counts(intent, self.normaliser)
                           for intent in kb.intents.values()}
        #: What each answer speaks of only in general ("these unscrupulous groups", "relevant
        #: companies", "over 50 ... organizations"): it names none of them.
        self._unnamed_in = {intent.id: _unnamed(intent, self.normaliser)
                            for intent in kb.intents.values()}
        self._kinds_unnamed_in = {intent.id: _kinds_unnamed(intent, self.normaliser)
                                  for intent in kb.intents.values()}
        #: Small talk answers only questions made of small-talk words ("good morning", not
        #: "translate 'good morning' into Burmese").
        self._small_talk = frozenset(intent.id for intent in kb.intents.values()
                                     if intent.kind == "smalltalk")
        self._small_talk_words = frozenset(
            token for intent in self._small_talk for example in kb.intents[intent].examples
            for token in self.normaliser.content_tokens(example))
        #: Every word (asking words too) of each small-talk intent's examples: "ok, what's it
        #: for?" asks what no thanks ever asks.
        self._small_talk_said = {intent: frozenset(
            word for example in kb.intents[intent].examples
            for word in _WORD.findall(self.normaliser.normalise(example)))
            for intent in self._small_talk}
        #: What each intent says a thing is, for questions asking what a term is: its title's
        #: words when the title asks what something is or means ("What does ASEAN mean by
        #: capacity building?", not "How do criminals use AI for online fraud?"), and the words
        #: of each of its examples that asks what something is.
        self._title_words = {intent.id: frozenset(self.normaliser.content_tokens(intent.title))
                             for intent in kb.intents.values()
                             if term_to_define(intent.title) or _MEANING.search(intent.title)}
        self._defined_by = {intent.id: [
            frozenset(self.normaliser.content_tokens(term)) for term in map(
                term_to_define, intent.examples) if term] for intent in kb.intents.values()}
        #: Content intents whose answer gives a reason ("crucial for ensuring peace") or what
        #: must be done ("must refrain", "emphasized the need"), and the words that ask for them.
        self._gives_reason = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and (_GIVES_REASON.search(" ".join(line.text for line in intent.answer_lines))
                 or any(_PURPOSE_FIRST.match(line.text) for line in intent.answer_lines)))
        self._gives_measures = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and _GIVES_MEASURES.search(" ".join(line.text for line in intent.answer_lines)))
        self._gives_figure = frozenset(
            intent.id for intent in kb.intents.values() if intent.kind == "content"
            and any(_FIGURE.search(line.text) for line in intent.answer_lines))
        self._asking_words = frozenset(self.normaliser.content_tokens(" ".join(_ASKING)))
        #: Words that ask what a text says, not what it says it about ("does the FAQ *claim*
        #: ...", "is X *mentioned* in the *text*").
        self._telling = frozenset(self.normaliser.content_tokens(" ".join(_TELLING)))
        #: The words each answer says (its title and text), for follow-ups that ask about it.
        self._answer_words = {intent.id: frozenset(self.normaliser.content_tokens(
            _evidence_of(intent, kb))) for intent in kb.intents.values()}
        #: Each content answer's words in order, for questions that quote one.
        self._answer_texts = {intent.id: " {} ".format(" ".join(self.normaliser.content_tokens(
            " ".join(line.text for line in intent.answer_lines))))
            for intent in kb.intents.values() if intent.kind == "content"}
        #: Words few content intents speak of ("chemicals"): a question asking "about" one is
        #: asking of those intents.
        spread = Counter(word for intent in kb.intents.values() if intent.kind == "content"
                         for word in self.matcher.words_of(intent.id, answer=True))
        self._rare_subjects = frozenset(w for w, n in spread.items() if n <= RARE_SUBJECT)
        self.guard = HarmGuard(kb.harm, self.normaliser)
        #: Words the sources write with a capital: the names they know.
        self._capitalised = frozenset(
            stem(fold(word)) for text in _named_texts(kb) for word in _CAPITALISED.findall(text))
        self._topic_titles = tuple(t.title for t in kb.topics)
        #: Answers on crimes alone (every topic of theirs names a crime: "drugs", "money
        #: laundering"; not "cooperation" or "myanmar"): what a follow-up asking how to do "that"
        #: would be doing.
        crimes = frozenset(t.id for t in kb.topics if any(
            self.guard.names_crime(alias) for alias in (t.title, *t.aliases)))
        self._crime_answers = frozenset(
            intent.id for intent in kb.intents.values()
            if intent.kind == "content" and intent.topics and set(intent.topics) <= crimes)

    def respond(self, question: str, previous: str | None = None,
                said_before: str | None = None) -> Reply:
        """The reply to ``question``: deterministic, never raises for any text.

        ``previous`` is the intent the conversation last answered: a follow-up that leans on it
        ("and who hosts it?") is read with it. ``said_before`` is the question asked before it,
        answered or not: a follow-up that asks for a crime with it ("what's the best way to hide
        it so they don't" after how police find drugs in cargo) is refused.
        """
        question = question[:MAX_QUESTION_CHARS]
        normalised = self.normaliser.normalise(question)  # once, for the guard and the matcher
        if self.guard.is_harmful(question, normalised) or (
                previous in self._crime_answers and asks_to_do_it(question)) or (
                previous is not None and gets_past_it(question)) or (
                previous is not None and previous in self.kb.intents
                and self.guard.harmful_about(question, self.kb.intents[previous].title)) or (
                said_before is not None and self.guard.harmful_after(question, said_before)):
            # "how would i actually do that?" after how criminals use drones asks for the crime
            return Reply(question, Decision.DECLINE, Reason.HARMFUL, (Line(self.kb.harm.refusal),))
        if asks_to_compose(question):
            return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,),
                         topics=self._topic_titles)
        edition = self.events.other_edition(normalised)
        if edition is None and previous is not None and previous in self.kb.intents and not (
                _ASKS_WHETHER.match(normalised) or any(
                    line.is_list_item for line in self.kb.intents[previous].answer_lines)):
            # "and the first one?" after the 2nd conference's dates (not "was it the first
            # one?", nor "explain the first one" after a list)
            edition = self.events.edition_asked_after(normalised, previous)
        if edition is not None and self._content_of.get(edition[1]):
            return self._other_edition(question, *edition)
        again = self._asked_of_the_other(question, said_before, previous) \
            if said_before is not None else None
        if again is None and said_before is not None and previous is None:
            again = self._it_as_said(question, said_before)
        if again is not None:
            # "and the other meeting?" after when the conference was: when the AMMTC was
            reply = self._respond(again, None, again)
            meant = _MEANT.match(question)
            if reply.decision is not Decision.ANSWER and meant is not None:
                # "no, I meant the themes of the GSCC" asks of the themes, not of what the
                # question before asked
                alone = self._respond(meant.group("what"), None, meant.group("what"))
                reply = alone if alone.decision is Decision.ANSWER else reply
            return replace(reply, question=question)
        return self._respond(question, previous, question, normalised)

    def _it_as_said(self, question: str, said_before: str) -> str | None:
        """A short follow-up about "it" after a question that named an event and was not
        answered, with "it" as that event in the words the question used: "and who hosted it?"
        after "When was the 11th AMMTC?" asks who hosted the 11th AMMTC."""
        if len(question.split()) > NEW_SUBJECT_WORDS + 3 or _WHAT_IS_IT.match(question):
            return None                      # "what is it?" asks what was just mentioned
        document = self._one_event(said_before)
        said = self._name_patterns[document].findall(said_before) if document else []
        if not said:
            return None
        if _IT_WORD.search(question) is None:
            # "what country then?" after "which city hosted the GSCC?": of the GSCC
            return f"{question.rstrip(' ?')} of the {' '.join(said)}?" \
                if _THEN.search(question) and not self.events.named(question) else None
        return _IT_WORD.sub(" ".join(said), question, count=1)

    def _one_event(self, text: str) -> str | None:
        """The document whose event ``text`` names, when it names exactly one that has names."""
        named = self.events.named(text)
        document = next(iter(named)) if len(named) == 1 else None
        return document if document in self._name_patterns else None

    def _asked_of_the_other(self, question: str, said_before: str, previous: str | None
                            ) -> str | None:
        """The question asked before, of the other event: "and the other meeting?" or "no, I
        meant the ASEAN meeting" after a question about the conference; None otherwise."""
        other = _THE_OTHER.match(question)
        meant = _MEANT.match(question) if other is None else None
        if other is None and meant is None:
            return None
        if meant is not None and len(pieces := sentences_of(meant.group("what"))) > 1:
            # "no, I meant the conference in China. what was its aim?": its question, of that
            named, rest = pieces[0], " ".join(pieces[1:])
            if _ITS_WORD.search(rest):
                return _ITS_WORD.sub(f"{named}'s", rest, count=1)
            return _IT_WORD.sub(named, rest, count=1) if _IT_WORD.search(rest) \
                else f"{named}: {rest}"
        before = self.events.named(said_before) or (
            self.events.documents_of(previous) if previous else frozenset())
        if len(before) != 1 or next(iter(before)) not in self._name_patterns:
            return None
        targets = frozenset(self.kb.corpus.documents) - before if meant is None \
            else self.events.named(meant.group("what")) - before
        if len(targets) != 1:
            return None
        target = self.kb.corpus.documents[next(iter(targets))]
        if not target.names:
            return None
        # the first name of the event asked about becomes the other's, the rest go
        rewritten, count = self._name_patterns[next(iter(before))].subn("\x00", said_before)
        if not count:
            return None
        rewritten = rewritten.replace("\x00", target.names[0], 1).replace("\x00", "")
        return re.sub(r"\s+", " ", rewritten).strip()

    def _other_edition(self, question: str, edition: str, document_id: str) -> Reply:
        """"The article reports the 11th AMMTC, not the 17th one" before the closest snippet of
        the edition it does report: "17th ammtc outcomes?" is not answered with the 11th's."""
        document = self.kb.corpus.documents[document_id]
        own = self._content_of[document_id]
        best = self.matcher.match(question, limit=1, only=frozenset(own)).best
        if best is not None and best.score < self.thresholds.clarify_threshold:
            best = None                      # nothing close: the document's opening snippet
        intent = self.kb.intents[best.intent_id if best else own[0]]
        event = document.event.split(",")[0] or document.title
        return self._says_only(intent, question, texts.OTHER_EDITION_MESSAGE.format(
            event=event, edition=edition), best.score if best else 0.0)

    def _respond(self, question: str, previous: str | None, context: str,
                 normalised: str | None = None, *, second_part: bool = False) -> Reply:
        """``respond`` after the harm boundary; ``context`` is the whole message, which names the
        event when this is one part of it."""
        listed = self._listed(question, previous) if not second_part else None
        if listed is not None:
            return listed
        tail = last_sentence(without_asides(question))
        parts = two_sentences(question) or split_two(tail)
        answered_parts: list[Reply] = []
        if parts:  # each part in the event named before the question, if any ("About the AMMTC: ...")
            before = question[:max(question.find(parts[0]), 0)]
            first = self._respond(self._it_named(parts[0], before), previous, before)
            # the first part names the event the second leans on ("who chaired the 11th AMMTC,
            # and where was it held?")
            asked = self._it_named(parts[1], before)
            if first.decision is not Decision.ANSWER and previous is None:
                # "who chaired the 11th AMMTC and which country hosted *it*?": with nothing
                # answered to lean on, "it" is the event the first part names, in its words
                asked = self._it_as_said(asked, parts[0]) or asked
            second = self._respond(asked, first.intent or previous, f"{before} {parts[0]}",
                                   second_part=True)
            answered_parts = [r for r in (first, second) if r.decision is Decision.ANSWER
                              or r.reason is Reason.NOT_STATED]
            if len(parts[1].split()) <= LEANING_WORDS and (
                    first.reason is Reason.OUT_OF_SCOPE or (
                        first.decision is Decision.CLARIFY
                        and _names_unknown(parts[0], self._match(parts[0], before)))):
                # "what happened in the 2002 bali bombings and who was responsible?", "what did
                # the 2023 SCO summit discuss, plus where was it held?": a short second part
                # leans on a first the sources know nothing of, or that names something else
                answered_parts = [r for r in answered_parts if r is not second]
            if len(answered_parts) == 2 and _says_less(first, second):
                # "what did it say about AI and online fraud": the part the article says no
                # more on would quote the other part's answer again, which answers both
                answered_parts = [r for r in answered_parts if r.decision is Decision.ANSWER]
            elif (len(answered_parts) == 2 and first.intent != second.intent
                    and first.lines != second.lines):
                # an answer to one part and "the article doesn't say" to the other is an answer
                base = first if first.decision is Decision.ANSWER else second
                # "how often ammtc + wat crimes it covers + how it helps citizens": the second
                # part's own two parts are the message's second and third
                rest = tuple(p for p in second.parts if p.lines != first.lines) or (second,)
                return replace(base, question=question, parts=(first, *rest))
        result = self._match(question, context, normalised=normalised)
        if not result.normalised:
            return Reply(question, Decision.DECLINE, Reason.EMPTY, (EMPTY_MESSAGE,),
                         topics=self._topic_titles)
        reply = self.decide(question, result)
        if reply.decision is not Decision.ANSWER and tail != question \
                and self._of_a_part(last := self.decide(question, self._match(tail, context))):
            reply = _better(reply, last)
        if reply.decision is not Decision.ANSWER and reply.reason is not Reason.NOT_STATED \
                and not parts:
            named = with_subject_named(tail)
            for clause in (*embedded_questions(tail), *((named,) if named else ())):
                # the asker's framing ("as someone in Bangkok, I'd love to know ...") goes;
                # the whole message still names the event
                inner = self.decide(clause, self._match(clause, context or question))
                if self._of_a_part(inner):
                    reply = _better(reply, replace(inner, question=question))
                if reply.decision is Decision.ANSWER:
                    break
        about_asker = self.normaliser.content_tokens(framing(question)) \
            if reply.decision is not Decision.ANSWER and not parts else []
        if about_asker:
            # "I'm a policy intern at a think tank and my supervisor asked me to summarise the
            # priorities ...": words before the request that the knowledge base has never seen
            # are about the asker, not what is asked; read without them, it may be answered or
            # offered (unless the question names one: "China's position on Taiwan")
            reading = self._match(question, context, normalised=normalised,
                                  unweighed=frozenset(about_asker))
            if not _names_unknown(tail, reading):
                reply = _better(reply, self.decide(question, reading))
        if reply.decision is Decision.CLARIFY and not parts:
            agreed = self._agreed(question, context, reply)
            if agreed is not None:
                reply = agreed
        if reply.decision is not Decision.ANSWER and answered_parts:
            reply = replace(answered_parts[0], question=question)  # the part it could answer
        if previous is None or previous not in self.kb.intents:
            return reply
        offered = [reply.intent] if reply.intent else [s.intent for s in reply.suggestions]
        if (offered and all(self.events.apart(intent, previous) for intent in offered)
                and reply.score < SURE and not self.events.named(question, normalised)):
            # a question that names no event, in a conversation about one, is about that one
            # when that one answers it or says it doesn't ("who takes part?" after the AMMTC),
            # and "the closest I have" offers that one's closest
            # (a bare keyword, "myanmar", starts a new subject: its own closest stay)
            inside = self._in_previous_event(question, previous,
                                             closest=reply.decision is Decision.CLARIFY
                                             and len(question.split()) >= 3)
            if inside is not None:
                return inside
        if reply.reason is Reason.NOT_STATED and reply.score >= SURE:
            return reply  # "what are those five principles exactly?": the article never lists them
        if leans_on_previous(question) or (reply.decision is not Decision.ANSWER
                                           and reply.reason is not Reason.NOT_STATED
                                           and len(question.split()) >= 3):
            # a bare keyword ("myanmar") starts a new subject; a short question may continue one
            reply = self._follow_up(question, previous, reply, second_part=second_part)
        return reply

    def _it_named(self, part: str, before: str) -> str:
        """A part of a message with its "it" as the one event the words before it name: "... an
        article about a Global Security Cooperation Conference ...: when was it, and where?"."""
        part = part.strip()
        document = self._one_event(before) if before and _IT_ALONE.search(part) else None
        if document is None:
            return part
        return _IT_ALONE.sub(f"the {self.kb.corpus.documents[document].names[0]}", part, count=1)

    def _listed(self, question: str, previous: str | None) -> Reply | None:
        """The answers to a numbered list of questions ("1. dates of the gscc 2. its primary
        aim 3. one of its themes"), each read after the one before it and in the event named
        before the list, in one reply; None when the message is no such list or none of its
        items is answered or said not to be in the sources."""
        items = numbered_questions(question)
        if not items:
            return None
        before = question[:question.find(items[0])]
        replies: list[Reply] = []
        for item in items:
            reply = self._respond(item, previous, f"{before} {question}", second_part=True)
            if reply.decision is Decision.ANSWER or reply.reason is Reason.NOT_STATED:
                if all(r.lines != reply.lines for r in replies):
                    replies.append(reply)
                previous = reply.intent or previous
        if not replies:
            return None
        base = next((r for r in replies if r.decision is Decision.ANSWER), replies[0])
        return replace(base, question=question, parts=tuple(replies) if len(replies) > 1 else ())

    def _match(self, question: str, context: str = "", *, with_context: bool = False,
               normalised: str | None = None, previous: str | None = None,
               unweighed: frozenset[str] = frozenset()) -> MatchResult:
        """Match (the question, or with ``with_context`` the question and its context), keeping
        only intents of the event the question names, or else the one its context (or the
        ``previous`` answer) belongs to."""
        if _CLAUSE_WH.search(question):
            # "what did they emphasize *when they spoke* about ...": not a question of time
            question, normalised = _CLAUSE_WH.sub(_unless_joined, question), None
        text = f"{question} {context}" if with_context and context else question
        return self.matcher.match(text, limit=5,
                                  only=self.events.allowed(question, context, normalised,
                                                           previous),
                                  normalised=None if with_context else normalised,
                                  unweighed=unweighed)

    def match(self, question: str) -> MatchResult:
        """The candidates ``respond`` decides on for a plain question (the event kept)."""
        return self._match(question[:MAX_QUESTION_CHARS])

    def _follow_up(self, question: str, previous: str, alone: Reply, *,
                   second_part: bool = False) -> Reply:
        """Read a question with the previous answer's subject.

        One that leans on it ("and who hosts it?"), or is the ``second_part`` of a question
        whose first part that answer answered, is read in that answer's event, then with its
        title. One that stands on its own but went unanswered is read with the title too, and
        only an answer its own words already pointed to is kept: neither the title nor the
        previous event alone may make a weak match look certain."""
        title = _subject_of(self.kb.intents[previous].title)
        if not (second_part or leans_on_previous(question)):
            with_subject = self.decide(question, self._match(question, title, with_context=True))
            own = {intent for intent, _ in alone.candidates}
            # the title alone must not answer: the question's own words must point there too
            return with_subject if with_subject.decision is Decision.ANSWER \
                and with_subject.intent in own else alone
        reading = self._match(question, title, previous=previous)
        if not second_part and alone.decision is not Decision.ANSWER \
                and len(reading.tokens) <= NEW_SUBJECT_WORDS \
                and any(stem(w) not in _GENERIC for w in reading.unknown):
            # "what about drones in ukraine?": a short follow-up naming what the sources never
            # mention asks about that, not more of the answer it follows
            return alone
        # a question in the previous answer's own words asks about that answer again
        # ("was Myanmar one of them?" after the participants): it may repeat it
        # ... but one naming nothing, that asks what was said ("what did they talk about?"
        # after who attended), asks what the answer does not give
        again = not (not reading.tokens and _ASKS_WHAT_WAS_SAID.search(question)) and (
            self._asks_again(reading, previous)
            or (refers_back(question) and self._asks_of_answer(reading, previous)))
        in_event = self._not_again(self.decide(question, reading), previous, again=again)
        if not second_part and self._says_it_already(question, reading, previous) and not (
                in_event.decision is Decision.ANSWER
                and in_event.intent in self._items_of.get(previous, frozenset())):
            # "why?" after "nations must refrain from ... This collective effort is crucial
            # for ...": the answer it follows already says why (or what is to be done)
            return replace(self.answer(self.kb.intents[previous], question, reading.best.score
                                       if reading.best else 0.0, in_event.explanation),
                           candidates=in_event.candidates)
        item = self._item_asked(in_event, previous)
        if item is not None:
            # "whats the legal one about" after the priorities: too vague alone, but it names
            # one of the items the previous answer lists
            return replace(self.answer(self.kb.intents[item], question, in_event.score,
                                       in_event.explanation), candidates=in_event.candidates)
        if alone.decision is Decision.ANSWER and alone.score >= SURE > in_event.score:
            # its own words all but repeat an example ("what did myanmar say about its
            # security challenges"): they say more than the conversation
            return alone
        if in_event.decision is Decision.ANSWER:
            return in_event
        if alone.decision is Decision.ANSWER and in_event.suggestions \
                and in_event.suggestions[0].intent == alone.intent:
            # "ok and where did it happen" after the conference's aim: read alone it is
            # answered, and the conversation's closest agrees
            return alone
        with_subject = self._not_again(self.decide(
            question, self._match(question, title, with_context=True, previous=previous)), previous,
            again=again)
        if with_subject.decision is Decision.ANSWER and (
                with_subject.intent != previous or again or in_event.decision is Decision.DECLINE):
            return with_subject
        event_named = self._event_for_it(question, previous)
        if event_named is not None:
            return event_named
        # "ok and training?" after legal frameworks: its own closest, not the same answer again
        return _better(in_event, with_subject) if with_subject.decision is not Decision.ANSWER \
            else in_event

    def _event_for_it(self, question: str, previous: str) -> Reply | None:
        """The answer to a follow-up read with "it" (or "the 11th one") as the event the previous
        answer is from, when that answers it: "what was it for?" after who attended the
        conference asks the conference's aim. None otherwise."""
        documents = self.events.documents_of(previous)
        if len(documents) != 1 or not _IT.search(question):
            return None
        name = self.kb.corpus.documents[next(iter(documents))].names[0]
        swapped = _IT.sub(lambda m: f"{name}'s" if m.group(0).lower() == "its"
                          else (f"{m.group(1)}{name}" if m.group(1) else name), question)
        reply = self._respond(swapped, None, swapped)
        if reply.decision is not Decision.ANSWER or reply.intent == previous:
            return None
        return replace(reply, question=question)

    def _in_previous_event(self, question: str, previous: str, *, closest: bool = False
                           ) -> Reply | None:
        """The previous answer's event's answer to the question, or its word that it does not
        say (or with ``closest``, its closest), read alone or with that answer's subject; None
        when it has none of these."""
        subject = _subject_of(self.kb.intents[previous].title)
        alone = self._match(question, subject, previous=previous)
        own = {c.intent_id for c in alone.candidates}
        found: Reply | None = None
        for reading in (alone, self._match(question, subject, with_context=True,
                                           previous=previous)):
            reply = self.decide(question, reading)
            # the subject alone must not answer: the question's own words point there too
            if (reply.decision is Decision.ANSWER or reply.reason is Reason.NOT_STATED) \
                    and reading.best is not None and reading.best.intent_id in own:
                return reply
            if closest and found is None and reply.decision is Decision.CLARIFY:
                found = reply
        return found

    def _agreed(self, question: str, context: str, reply: Reply) -> Reply | None:
        """The answer to a message of several sentences whose closest (``reply`` offers it
        first) one of its sentences, read alone, is answered with, when no other sentence is
        answered with another: two readings agree ("... The Myanmar article said something about
        communication networks between neighbouring countries. What exactly did it
        recommend?"). None when the last sentence that asks, read alone, is not answered and
        has words the sources don't know: it asks what they don't have ("... Did the conference
        agree on any sanctions?")."""
        read = sentences_asking(without_asides(question))
        if len(read) < 2 or not reply.suggestions:
            return None
        closest = reply.suggestions[0].intent
        answered: set[str | None] = set()
        asks_elsewhere = False
        for sentence, asks in read:
            reading = self._match(sentence, context or question)
            alone = self.decide(sentence, reading)
            if alone.decision is Decision.ANSWER:
                answered.add(alone.intent)
            if asks:
                asks_elsewhere = alone.decision is not Decision.ANSWER and bool(reading.unknown)
        if answered != {closest} or asks_elsewhere:
            return None
        return replace(self._answer_as_asked(self.kb.intents[closest], question, reply.score,
                                             reply.explanation), candidates=reply.candidates)

    def _says_it_already(self, question: str, reading: MatchResult, previous: str) -> bool:
        """Whether a follow-up asks why, what is to be done, or how many, of the answer it
        follows, naming nothing that answer does not, and that answer gives a reason, what must
        be done, or a figure."""
        if asks_reason(question):
            gives = self._gives_reason
        elif asks_measures(question):
            gives = self._gives_measures
        elif asks_count_only(question):
            gives = self._gives_figure      # "how many?" after "over 50 ... organizations"
        else:
            return False
        named = set(reading.tokens) - self._asking_words - ANSWER_TYPE_WORDS
        return previous in gives and not reading.unknown \
            and named <= self._answer_words.get(previous, frozenset())

    def _item_asked(self, reply: Reply, previous: str) -> str | None:
        """The item of the previous answer's list that an unsure follow-up points to: its best
        candidate, or one tied with it, when that is one of the items."""
        items = self._items_of.get(previous, frozenset())
        if reply.decision is not Decision.CLARIFY or not items or not reply.candidates:
            return None
        best = reply.candidates[0][1]
        return next((intent for intent, score in reply.candidates
                     if intent in items and score >= max(best - TIE, SIBLING_FLOOR)), None)

    def _asks_again(self, own: MatchResult, previous: str) -> bool:
        """Whether a follow-up, read alone (``own``), asks about the answer it follows: every
        word of it is one that answer or its examples use ("was Myanmar one of them?" after the
        participants; "did they actually do anything about it?") and no other intent matches it
        better ("what about cybercrime?" after the key areas asks about cybercrime)."""
        if own.unknown or not set(own.tokens) - ANSWER_TYPE_WORDS <= self.matcher.words_of(
                previous, answer=True):
            return False
        floor = max((c.score for c in own.candidates if c.intent_id == previous), default=0.0)
        return all(c.score <= floor + TIE or c.score < self.thresholds.clarify_threshold
                   for c in own.candidates if c.intent_id != previous
                   and c.intent_id not in self.gaps and c.intent_id not in self._small_talk)

    def _asks_of_answer(self, own: MatchResult, previous: str) -> bool:
        """Whether every word of a follow-up (read alone: ``own``) is one the previous answer
        itself says: "what approach did they want?" after "the meeting emphasized the need for
        victim-centered approaches" asks about that answer, however well another intent's
        examples match "approach"."""
        words = set(own.tokens) - ANSWER_TYPE_WORDS
        return bool(words) and not own.unknown and words <= self._answer_words[previous]

    def _not_again(self, reply: Reply, previous: str, *, again: bool) -> Reply:
        """A follow-up answered with the very answer it follows is read wrong ("so what should
        countries do about that?") unless it asks about that answer (``again``): the next
        sentence of the same paragraph answers it, or the other candidates are offered, that
        answer last."""
        if reply.decision is not Decision.ANSWER or reply.intent != previous or reply.parts:
            return reply
        scored = [(i, score) for i, score in reply.candidates if i != previous
                  and i not in self.gaps and score >= self.thresholds.clarify_threshold]
        others = [i for i, _ in scored]
        if not others or again:
            return reply
        if scored[0][1] >= SIBLING_FLOOR and self._same_paragraph(others[0], previous):
            # "ok so what should countries do about it?" after what the index found about
            # drones: the next sentence of the same paragraph
            return replace(self.answer(self.kb.intents[others[0]], reply.question, scored[0][1],
                                       reply.explanation), candidates=reply.candidates)
        offered = (*others[: self.thresholds.max_suggestions - 1], previous)
        return Reply(reply.question, Decision.CLARIFY, Reason.AMBIGUOUS, (CLARIFY_MESSAGE,),
                     score=reply.score, suggestions=tuple(self._suggestion(i) for i in offered),
                     explanation=reply.explanation, candidates=reply.candidates)

    def decide(self, question: str, result: MatchResult,
               thresholds: Thresholds | None = None) -> Reply:
        """Apply the thresholds (this responder's unless given) to a match result."""
        t = thresholds or self.thresholds
        result = self._said_all(self._on_its_subject(self._without_stray_small_talk(result), t),
                                t)
        explanation = _explain(result)
        ranked = tuple((c.intent_id, c.score) for c in result.candidates[:3])
        best = result.best
        if best is None or best.score < t.clarify_threshold:
            return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,),
                         score=best.score if best else 0.0, topics=self._topic_titles,
                         explanation=explanation, candidates=ranked)
        runner_up = result.candidates[1].score if len(result.candidates) > 1 else 0.0
        confident = t.confidence(best.score, runner_up) >= t.answer_threshold
        specific = result.information >= t.min_information or best.score >= EXACT
        foreign = _names_unknown(question, result) or _another_crime(result) \
            or self._another_year(question, best.intent_id) \
            or (best.intent_id not in self.gaps and self._names_another(question))
        edition = _edition_named(result.tokens)
        if edition and best.intent_id not in self.gaps \
                and edition not in self.matcher.words_of(best.intent_id, answer=True) \
                and not any(self.matcher.words_of(c.intent_id, answer=True) >= PERIODIC
                            for c in result.candidates):
            # "next gscc date": another edition than the one the answers speak of (of a
            # meeting held every so often, how often is the nearest answer: not this way)
            gap = next((c for c in result.candidates if c.intent_id in self.gaps
                        and edition in self.matcher.words_of(c.intent_id)), None)
            if gap is not None and gap.score >= t.clarify_threshold:
                return replace(self.not_stated(self.gaps[gap.intent_id], question, gap.score),
                               explanation=explanation, candidates=ranked)
        quoted = self._quoted(question) if not foreign and best.intent_id not in self.gaps \
            and not split_two(question) else None   # (each of two parts is read on its own)
        if quoted is not None and any(c.intent_id == quoted for c in result.candidates) \
                and self.events.named(question) <= self.events.documents_of(quoted):
            # 'Which conference "emphasized the pressing need for international cooperation
            # ..."?': the words it quotes are that answer's
            return replace(self._answer_as_asked(self.kb.intents[quoted], question, best.score,
                                                 explanation), candidates=ranked)
        if confident and specific and not foreign and best.score - runner_up >= t.ambiguity_margin:
            if best.intent_id in self.gaps:
                return replace(self.not_stated(self.gaps[best.intent_id], question, best.score),
                               explanation=explanation, candidates=ranked)
            return replace(self._answer_as_asked(self.kb.intents[best.intent_id], question,
                                                 best.score, explanation), candidates=ranked)
        close = [c for c in result.candidates if c.intent_id not in self.gaps
                 and c.score >= max(t.clarify_threshold, best.score - t.clarify_window)]
        if not close:
            return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,),
                         score=best.score, topics=self._topic_titles,
                         explanation=explanation, candidates=ranked)
        together = self._one_paragraph(question, result, close, explanation) \
            if specific and not foreign else None
        if together is not None:
            return replace(together, candidates=ranked)
        worded = self._in_its_words(result, close) if not foreign else None
        if worded is not None:
            return replace(self.answer(self.kb.intents[worded], question, best.score,
                                       explanation), candidates=ranked)
        suggestions = tuple(self._suggestion(c.intent_id) for c in close[: t.max_suggestions])
        reason = Reason.AMBIGUOUS if len(close) > 1 else Reason.UNSURE
        return Reply(question, Decision.CLARIFY, reason, (CLARIFY_MESSAGE,), score=best.score,
                     suggestions=suggestions, explanation=explanation, candidates=ranked)

    def _quoted(self, question: str) -> str | None:
        """The one answer whose words, in order, a sentence that asks quotes between quotation
        marks (at least ``QUOTED_WORDS`` of them, filler aside); None when it quotes none or
        several."""
        found: set[str] = set()
        asking = " ".join(sentence for sentence, asks in sentences_asking(question) if asks)
        for double, single in _QUOTATION.findall(asking):   # not a quote the asker starts from
            words = self.normaliser.content_tokens(double or single)
            if len(words) >= QUOTED_WORDS:
                said = f" {' '.join(words)} "
                found.update(i for i, text in self._answer_texts.items() if said in text)
        return next(iter(found)) if len(found) == 1 else None

    def _on_its_subject(self, result: MatchResult, t: Thresholds) -> MatchResult:
        """The candidates that speak of what the question asks "about" (a word few answers speak
        of), when the best does not and a close one does: "what does the article say about
        *chemicals* in Myanmar's anti-drug work?" asks of the chemicals, which the snippet on
        Myanmar's drug work never names."""
        words = result.normalised.split()
        start = next((i + 1 for i, w in enumerate(words) if w in _ABOUT
                      and words[i - 1:i] not in _DOCUMENT_WORDS), None)
        best = result.best
        if start is None or best is None or best.intent_id in self.gaps:
            return result
        following = content_words_of(" ".join(words[start:start + 2]))
        if not following:
            return result
        corrected = dict(result.corrections)
        subject = corrected.get(following[0][1], following[0][1])
        if subject not in self._rare_subjects or subject in _GENERIC \
                or subject in self.matcher.words_of(best.intent_id, answer=True):
            return result
        kept = tuple(c for c in result.candidates if c.intent_id not in self.gaps
                     and subject in self.matcher.words_of(c.intent_id, answer=True))
        if not kept or kept[0].score < best.score - t.clarify_window:
            return result
        return replace(result, candidates=kept)

    def _said_all(self, result: MatchResult, t: Thresholds) -> MatchResult:
        """First, the close candidate whose answer says the words of the question the best's
        leaves out, and all the words it says, when no other close one does: "do ASEAN states
        share intelligence through the AMMTC?" of "The AMMTC serves as a crucial platform for
        ASEAN member states to ... share intelligence", not of the snippet on exchanging
        intelligence, which never names it. Their scores stay, so the reply offers both."""
        best = result.best
        if best is None or best.intent_id in self.gaps or best.score >= SURE or result.unknown \
                or result.corrections:
            return result                    # its own words all but repeat an example
        words = set(result.tokens) - self._telling - _ASKING_TOKENS
        missing = words - self._answer_words.get(best.intent_id, frozenset())
        if len(words) < 2 or not missing:
            return result
        covering = [c for c in result.candidates[1:] if c.intent_id not in self.gaps
                    and c.score >= best.score - t.clarify_window
                    and words - self._answer_words.get(c.intent_id, frozenset()) < missing]
        if len(covering) != 1 or self._same_paragraph(best.intent_id, covering[0].intent_id):
            return result                    # one paragraph's sentences may answer together
        return replace(result, candidates=(covering[0], *(
            c for c in result.candidates if c is not covering[0])))

    def _names_another(self, question: str) -> bool:
        """Whether a sentence that asks names, in capitals, something the sources never name:
        "the Munich Security Conference", "the ASEAN Convention on Counter Terrorism" (what the
        asker says of themselves, "I work at the Ministry of Home Affairs.", is not asked)."""
        words = re.findall(r"[\w'’-]+", question)
        if not any(len(word) >= 3 and word.islower() and word not in _NAME_JOINS
                   for word in words) and not (words and words[0].islower()):
            return False  # Title Case Throughout Says Nothing ("and the ASEAN Summit?" is not)
        read = sentences_asking(question)
        asking = [sentence for sentence, asks in read if asks] or [question]
        return any(self._foreign_name(sentence) for sentence in asking)

    def _foreign_name(self, sentence: str) -> bool:
        """Whether a run of capitalised words in ``sentence`` has one the sources never write
        with a capital. A sentence's first word counts only when a capitalised word follows it
        directly ("Munich Security Conference ...", not "According to the ASEAN article")."""
        for run in _NAME_RUN.finditer(sentence.strip()):
            tokens = run.group(0).split()
            if run.start() == 0 and (not tokens[1][:1].isupper()
                                     or fold(tokens[0]) in STOPWORDS | ANSWER_TYPE_WORDS):
                tokens = tokens[1:]
            capitals = [t for t in tokens if t[:1].isupper()]
            if len(capitals) >= 2 and any(stem(fold(t)) not in self._capitalised
                                          for t in capitals):
                return True
        return False

    def _in_its_words(self, result: MatchResult, close: list[Candidate]) -> str | None:
        """The closest content intent when every word of the question is one its answer says and
        no other close candidate's answer says them all: "Does the FAQ claim the AMMTC makes
        things safer for citizens?" asks whether the answer says what it says. Not a question for
        particulars (who, which, how, why ...): the answer may say its words and not that."""
        words = set(result.tokens) - self._telling - self._naming_words
        if set(result.unknown) - self._telling or result.corrections or len(words) < 2 \
                or not words.isdisjoint(_PARTICULARS):
            return None
        covering = [c.intent_id for c in close if c.intent_id in self._answer_words
                    and self.kb.intents[c.intent_id].kind == "content"
                    and words <= self._answer_words[c.intent_id]]
        return covering[0] if len(covering) == 1 and covering[0] == close[0].intent_id else None

    def _another_year(self, question: str, intent_id: str) -> bool:
        """Whether the question names a year that an answer never gives: "gscc 2025 dates" asks
        about another edition than the 2023 one."""
        years = _YEAR.findall(question)
        if not years or intent_id in self.gaps:
            return False
        words = self.matcher.words_of(intent_id, answer=True)
        return any(year not in words for year in years)

    def _one_paragraph(self, question: str, result: MatchResult, close: list[Candidate],
                       explanation: Explanation) -> Reply | None:
        """Both of two close candidates that quote one paragraph, when every word of the
        question is one of theirs: "why are drones a concern?" is asked of the paragraph, and its
        two sentences (what the index found, what nations must not do) answer it together.
        Not for a vague question ("the meeting": which part?), a when/where/how-many one (one
        fact, which only one has) or a "which" one (particulars, which the article may not give)."""
        if len(close) < 2 or close[0].score < SIBLING_FLOOR or result.unknown \
                or not FACT_TYPES.isdisjoint(result.tokens):
            return None
        one, other = (self.kb.intents[c.intent_id] for c in close[:2])
        if not self._same_paragraph(one.id, other.id) \
                or not set(result.tokens) - self._naming_words - ANSWER_TYPE_WORDS <= (
                    self.matcher.words_of(one.id) | self.matcher.words_of(other.id)):
            return None
        first = self.answer(one, question, close[0].score, explanation)
        return replace(first, parts=(first, self.answer(other, question, close[1].score)))

    def _same_paragraph(self, first: str, second: str) -> bool:
        """Whether two content intents quote one paragraph."""
        return bool(self._paragraphs.get(first, frozenset())
                    & self._paragraphs.get(second, frozenset()))

    def _of_a_part(self, reply: Reply) -> bool:
        """Whether a reading of part of a longer message may stand for it: small talk may not
        ("What was said about that?" after a sentence of context is not about the bot)."""
        return reply.reason is not Reason.SMALLTALK and not (reply.suggestions and all(
            s.intent in self._small_talk for s in reply.suggestions))

    def _without_stray_small_talk(self, result: MatchResult) -> MatchResult:
        """The candidates less small talk that does not answer the question: one it says more
        than, in words the knowledge base knows ("ok so what should countries do about it?" is
        a follow-up, not thanks; "thanks, very useful" still is); one about "it" that does not
        address the bot ("what topics did it cover?" is not "what topics do you cover"); and
        one none of whose examples asks the way it asks ("ok and what's it for?" is not "ok
        thanks")."""
        misspelt = {wrong for wrong, _ in result.corrections}
        words = (set(result.tokens) - set(result.unknown) - misspelt) \
            | {right for _, right in result.corrections}
        said = set(_WORD.findall(result.normalised))
        asks = _ASKS & said
        if not words <= self._small_talk_words or (said & _SOMETHING_ELSE
                                                    and not said & _THE_BOT):
            allowed = frozenset[str]()
        elif not asks:
            return result
        else:
            allowed = frozenset(i for i in self._small_talk if asks <= self._small_talk_said[i])
        kept = tuple(c for c in result.candidates
                     if c.intent_id not in self._small_talk or c.intent_id in allowed)
        return result if len(kept) == len(result.candidates) else replace(result, candidates=kept)

    def _answer_as_asked(self, intent: Intent, question: str, score: float,
                         explanation: Explanation | None) -> Reply:
        """The answer with ``intent``, or "the article doesn't say ..." before it when the
        question asks what came of it, for more detail, a list, a count or names it does not
        give, or what a term it only mentions is."""
        if intent.kind != "content":
            return self.answer(intent, question, score, explanation)
        asked = _QUOTE_MARKS.sub("", question)  # 'Which "public awareness campaigns" ...?'
        if asks_about_outcome(asked):
            reply = self._says_only(intent, question, texts.NO_OUTCOME_MESSAGE, score)
        elif asks_for_detail(asked) or (
                asks_for_list(asked)
                and not any(line.is_list_item for line in intent.answer_lines)) \
                or not self._counts(intent, asked) or self._names_none_of(intent, asked):
            reply = self.no_more_detail(intent, question, score)
        elif (term := term_to_define(question)) is not None and not self._defines(intent, term):
            reply = self.not_defined(intent, question, term, score)
        else:
            return self.answer(intent, question, score, explanation)
        return replace(reply, explanation=explanation)

    def answer(self, intent: Intent, question: str, score: float = 100.0,
               explanation: Explanation | None = None) -> Reply:
        """The reply that answers with ``intent`` (also used for buttons and follow-ups)."""
        related = tuple(self._suggestion(r) for r in intent.related if r in self.kb.intents)
        if intent.kind == "smalltalk":
            lines = tuple(self._fill(line) for line in intent.answer_lines)
            return Reply(question, Decision.ANSWER, Reason.SMALLTALK, lines, intent=intent.id,
                         title=intent.title, score=score, suggestions=related,
                         explanation=explanation)
        return Reply(question, Decision.ANSWER, Reason.MATCHED, intent.answer_lines,
                     intent=intent.id, title=intent.title, score=score, sources=intent.sources,
                     suggestions=related, explanation=explanation,
                     as_of=intent.as_of.isoformat() if intent.as_of else None)

    def not_stated(self, gap: NotStated, question: str, score: float = 100.0) -> Reply:
        """What the sources don't say, with the nearest fact they do give and its source."""
        nearest = self.kb.intents[gap.nearest]
        lines = (Line(texts.NOT_STATED_MESSAGE.format(what=gap.what)), *nearest.answer_lines)
        return Reply(question, Decision.DECLINE, Reason.NOT_STATED, lines, title=nearest.title,
                     score=score, sources=nearest.sources,
                     suggestions=(self._suggestion(nearest.id),))

    def _counts(self, intent: Intent, question: str) -> bool:
        """Whether the answer gives a figure for what a "how many" question counts: "over 50 ...
        organizations" answers how many organisations took part, not how many delegates."""
        thing = counted(question)
        return thing is None or stem(self.normaliser.normalise(thing)) in self._counts_of[intent.id]

    def _names_none_of(self, intent: Intent, question: str) -> bool:
        """Whether a "which ..." question asks to name things the answer speaks of only in
        general: "which criminal groups use drones?" of "these unscrupulous groups", "who were
        the prominent officials?" of "prominent officials ... were in attendance"."""
        asked = which_of(question)
        if asked and not self._unnamed_in[intent.id].isdisjoint(
                self.normaliser.content_tokens(asked)):
            return True
        named = _WHICH_KIND.search(question)   # up to four words: "which successful security
        if named is None:                       # restoration strategies"
            return False
        kinds = set(self.normaliser.content_tokens(named.group(1)))
        return any(kind in kinds and (which is None or which in kinds)
                   for which, kind in self._kinds_unnamed_in[intent.id])

    def _defines(self, intent: Intent, term: str) -> bool:
        """Whether the intent's answer is what the sources say a term is: one the text itself
        speaks of ("the multi-sectoral approach"), what its title is about, one an example of
        it asks about ("what is the ammtc"), or an event; not a general term the answer only
        mentions ("what is a deepfake?")."""
        words = frozenset(self.normaliser.content_tokens(term))
        return not words or term.lower().startswith("the ") \
            or words <= self._title_words.get(intent.id, frozenset()) \
            or any(words <= defined for defined in self._defined_by[intent.id]) \
            or bool(self.events.named(term))

    def not_defined(self, intent: Intent, question: str, term: str, score: float = 100.0
                    ) -> Reply:
        """A question for what a term is that the article only mentions ("what is
        ransomware?"): said so, with what it does say and its source."""
        return self._says_only(intent, question, texts.NOT_DEFINED_MESSAGE.format(term=term),
                               score)

    def no_more_detail(self, intent: Intent, question: str, score: float = 100.0) -> Reply:
        """A question for more detail than the snippet gives ("which specific challenges did
        Myanmar describe?"): said so, with the snippet and its source."""
        return self._says_only(intent, question, texts.NO_MORE_DETAIL_MESSAGE, score)

    def _says_only(self, intent: Intent, question: str, first_line: str, score: float) -> Reply:
        """"The article doesn't ..." before the snippet it does give, with its source."""
        lines = (Line(first_line), *intent.answer_lines)
        return Reply(question, Decision.DECLINE, Reason.NOT_STATED, lines, title=intent.title,
                     score=score, sources=intent.sources, suggestions=(self._suggestion(intent.id),))

    def introduction(self) -> Reply:
        """What the bot is and covers: the "help" small-talk answer, with follow-ups to try."""
        intent = self.kb.intents.get(HELP_INTENT)
        if intent is not None:
            return self.answer(intent, "")
        lines = (Line(texts.INTRODUCTION), Line(texts.topics_line(self._topic_titles)))
        return Reply("", Decision.ANSWER, Reason.SMALLTALK, lines)

    def inline_candidates(self, question: str, limit: int) -> list[Intent]:
        """Content intents worth offering as inline answer cards for ``question``."""
        if self.guard.is_harmful(question):
            return []
        if not question.strip():
            firsts = (self.kb.intents_of_topic(t.id) for t in self.kb.topics)
            return list(dict.fromkeys(intents[0] for intents in firsts if intents))[:limit]
        result = self.matcher.match(question[:MAX_QUESTION_CHARS], limit=limit * 2)
        intents = [self.kb.intents[c.intent_id] for c in result.candidates
                   if c.intent_id in self.kb.intents
                   and c.score >= self.thresholds.clarify_threshold]
        return [i for i in intents if i.kind == "content"][:limit]

    def _suggestion(self, intent_id: str) -> Suggestion:
        return Suggestion(intent_id, self.kb.intents[intent_id].title)

    def _fill(self, line: Line) -> Line:
        topics = ", ".join(self._topic_titles)
        documents = "; ".join(d.title for d in self.kb.corpus.documents.values())
        text = line.text.replace("{topics}", topics).replace("{documents}", documents)
        return replace(line, text=text)


_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z]*[A-Z][a-zA-Z]*|[A-Z][a-z]+|[A-Z]+\d+[A-Z]*)\b")
#: A run of capitalised words, joined by the small words names have ("Convention on Counter
#: Terrorism", "Ministers' Meeting").
_NAME_JOINS = frozenset({"of", "on", "and", "for", "the", "against", "to"})
_NAME_JOINED = "|".join(sorted(_NAME_JOINS))
_NAME_RUN = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{_NAME_JOINED})\s+)*[A-Z][\w'’-]*)+")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_WORD = re.compile(r"[a-z0-9']+")
#: A second part this short leans on the first ("... and who was responsible?").
LEANING_WORDS = 6
#: Words that point at something talked about, and words that address the bot.
_SOMETHING_ELSE = frozenset("it its they them their he she his her".split())
_THE_BOT = frozenset("you u your ur bot".split())
_ASKS = frozenset("what whats wat who whos when where wheres why how hows which".split())
#: An answer that says why, or what for.
_GIVES_REASON = re.compile(r"\b(?:crucial|critical|essential|vital|safeguard|ensure|ensuring|in order to|"
                           r"because|aims?\b|so that|necessary|important|key to|enabl|enhanc|"
                           r"for a safer|fueling|threat)", re.I)
#: A sentence that opens with what it is for: "*To effectively implement these plans*, ...".
_PURPOSE_FIRST = re.compile(r"^\W*to\s+(?:\w+ly\s+)?\w+", re.I)
#: "It" in a follow-up, or "the 11th one": the event the answer before it is from. Only "it"
#: after "was"/"is" ("what was it for?"), "its" ("what's its purpose?") or "the 11th one":
#: after a preposition ("Southeast Asia's role *in it*") it is what the answer spoke of.
_IT = re.compile(r"\bits\b|(?<=\bwas )it\b|(?<=\bis )it\b|(?<=\bdoes )it\b|(?<=\bdid )it\b"
                 r"|\b(the\s+(?:\w+\s+)?)one\b", re.I)
#: A follow-up asking what was said or discussed: "what did they talk about?".
_ASKS_WHAT_WAS_SAID = re.compile(r"\b(?:talk(?:ed)?|say|said|discuss(?:ed)?|spoke|speak|"
                                 r"focus(?:ed)?|mention(?:ed)?)\b", re.I)
#: A figure in an answer: a number that is not an ordinal ("11th") or a year.
_FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+\b")
#: An answer that says what is to be done.
_GIVES_MEASURES = re.compile(r"\b(?:must|should|needs?\b|requires?|required|call(?:s|ed)? for|"
                             r"emphasi[sz]e|vital|essential|crucial|recommend|commit|priorit|"
                             r"strengthen|enhanc|improv|harmoniz|invest)", re.I)
#: Words of a follow-up that ask why or what to do, naming nothing (filler words such as "deal"
#: and "done" are dropped before these are compared).
_ASKING = ("why matter matters meant supposed achieve needed necessary point purpose reason "
           "fight counter tackle combat stop address solve handle measure measures step steps "
           "solution solutions action actions propose proposed suggest suggested recommend "
           "recommended concrete plan important much exactly "
           # who was asked for it: "what did the ministers want done about it?"
           "ministers minister")
#: Words that ask what a text says (filler words such as "say" and "mention" are dropped before
#: these are compared).
_TELLING = ("claim", "claims", "claimed", "state", "states", "stated", "texts", "write", "writes",
            "written", "discuss", "discussed", "noted", "makes", "among", "connection")
#: Question words that ask for particulars an answer's words alone do not show it gives.
_PARTICULARS = ANSWER_TYPE_WORDS | {"how"}
#: A title with this asks what something means.
_MEANING = re.compile(r"\bmean(?:s|t)?\b", re.I)
#: What a plural in general must, can or is: "nations must", "partners can", "campaigns are".
_ASKED_OF = frozenset({"must", "should", "can", "could", "need", "will", "are"})
#: Kinds of things that have names: "*which* NGOs" asks for names an answer may not give.
_NAMEABLE = frozenset(stem(w) for w in (
    "organizations", "organization", "ngos", "ngo", "companies", "company", "countries",
    "country", "nations", "nation", "agencies", "agency", "officials", "ministers", "partners",
    "governments", "institutions", "groups", "gangs", "drugs", "laws", "chemicals",
    "strategies", "mechanisms", "trends", "technologies", "campaigns", "initiatives",
    "programmes", "programs", "projects", "operations"))
_CRIMES = frozenset(stem(w) for w in ("trafficking", "smuggling", "fraud", "scams", "scam",
                                      "laundering", "crime", "crimes", "terrorism", "poaching"))
#: Words in double or single quotes: what a question quotes ('the meeting called for
#: "victim-centered approaches"', "the aim to 'foster collaboration'").
_QUOTATION = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,300})[\"\u201d]"
                        r"|(?:^|(?<=[\s(\[]))['\u2018]([^'\u2018\u2019]{3,300}?)['\u2019](?=[\s.,;:!?)]|$)")
#: A quote of an answer has at least this many words (filler aside).
QUOTED_WORDS = 2
#: "when" or "where" inside a sentence before its subject: a clause, not a question of time
#: or place ("what did they say *when they* spoke", "the region *where the* drugs are made").
_CLAUSE_WH = re.compile(r"(?<=\w)(\s+)(?:when|where)\s+(?=(?:they|it|he|she|we|i|you|the|a|an|"
                        r"their|its|this|these|those|people|countries|nations)\b)", re.I)
#: Words after which "when" or "where" asks again: "*and* when it was held".
_JOINING = frozenset({"and", "or", "but", "so", "then", "also", "plus", "n", "&", "since",
                      "until", "till", "from", "know", "asking", "ask", "wondering", "tell",
                      "say", "says", "said", "explain", "remember", "sure", "clear", "unclear",
                      "me", "us", "about", "regarding", "concerning", "of", "on", "as", "to"})
#: Words of a question already asking: the "when" after them opens a clause.
_ASKED_BEFORE = frozenset({"what", "whats", "what's", "which", "how", "who", "why", "does", "did",
                           "do", "is", "are", "was", "were", "can", "could", "should", "would",
                           "must", "will", "has", "have"})


def _unless_joined(found: re.Match[str]) -> str:
    """The clause's "when" or "where" dropped, unless the sentence asked nothing before it
    ("gscc 2023 where it held") or a word before it joins a question ("and when", "tell me
    where")."""
    before = re.split(r"[.?!]\s", found.string[:found.start()])[-1].lower().split()
    if (before and before[-1].strip(",;:") in _JOINING) or _ASKED_BEFORE.isdisjoint(before):
        return found.group(0)                # "gscc 2023 where it held??" asks where
    return found.group(1)


#: Double quotes around the words a question quotes.
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
_WHICH_KIND = re.compile(r"\b(?:which|who\s+(?:were|are|was|is)\s+the)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)",
                         re.I)
#: A follow-up that asks whether something is so, or which it is: "was it the first one?".
_ASKS_WHETHER = re.compile(r"^\W*(?:was|is|were|are|which)\b")
_POSSESSIVE = re.compile(r"[’']s\b")
#: Words after a plural that go on to name its members: "organizations *such as* ...".
_NAMING_NEXT = frozenset({"such", "like", "including", "namely", "eg"})
#: A year: one the answer doesn't give is about another time ("gscc 2025 dates").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Words that name another edition of an event, and the events they may come before: "the
#: *next gscc*", "the *previous* asean crime *meeting*".
EDITIONS = frozenset({"next", "previous", "upcoming", "prior"})
EDITIONED = frozenset({"gscc", "ammtc", "conference", "meeting", "edition", "summit", "session",
                       "forum", "one"})


#: Words of an answer saying how often an event is held, which tells when the next one is.
PERIODIC = frozenset({"often", "frequency"})
#: Facts of an edition that a question about another edition asks: "*when* is the next gscc".
EDITION_FACTS = frozenset({"when", "where", "who", "date", "dates", "held", "host", "hosts",
                           "hosted", "venue", "city", "year"})


def _edition_named(tokens: tuple[str, ...]) -> str | None:
    """The word naming another edition of an event, when the question asks a fact of it."""
    if EDITION_FACTS.isdisjoint(tokens):
        return None
    return next((token for index, token in enumerate(tokens) if token in EDITIONS
                 and not EDITIONED.isdisjoint(tokens[index + 1:index + 3])), None)



#: At most this many content intents speak of a word that a question asks "about" for it to
#: pick among the candidates.
RARE_SUBJECT = 3
#: Question words that say what kind of answer is wanted, not what it is about.
_ASKING_TOKENS = frozenset(stem(w) for w in ("what", "which", "who", "how", "why", "when", "where",
                                             "does", "do", "did", "is", "are", "article", "say",
                                             "says", "text", "piece"))
#: A follow-up asking the last question again of the other event: "and the other meeting?".
_THE_OTHER = re.compile(r"^\W*(?:(?:and|what\s+about|how\s+about|same\s+for)\s+)?(?:the\s+|for\s+the\s+)?"
                        r"other\s+(?:meeting|article|conference|event|one|piece|report|text)"
                        # "and the other one, the conference in China?"
                        r"(?:\s*,\s*(?:i\s+mean\s+)?the\s+[\w\s'’-]{3,60}?)?\W*$",
                        re.I)
#: "what is it?": what the thing just mentioned is.
_WHAT_IS_IT = re.compile(r"^\W*(?:and\s+|so\s+|ok\s+)?what(?:\s+is|'s|s)\s+it\W*$", re.I)
#: A follow-up that asks on from the question before: "what country *then*?".
_THEN = re.compile(r"\bthen\W*$|^\W*(?:and|so)\s+(?:what|which|who|where|when)\b", re.I)
#: "it" in a follow-up.
_IT_WORD = re.compile(r"\bit\b", re.I)
#: "it" or "its" in a question after the event it stands for: "I meant X. what was *its* aim?".
_ITS_WORD = re.compile(r"\bits\b", re.I)
#: A correction naming the event meant: "no, I meant the ASEAN meeting".
_MEANT = re.compile(r"^\W*(?:no\W+|sorry\W+)?i\s+meant\s+(?P<what>.+?)\W*$", re.I)
#: "it" asked when, where or how long of: "when was *it*", "where was *it* held".
_IT_ALONE = re.compile(r"(?<=^when was )it\b|(?<=^where was )it\b|(?<=^when is )it\b|"
                       r"(?<=^where is )it\b|(?<=^how long was )it\b|(?<=^how often is )it\b",
                       re.I)
#: Words after which a question names its subject: "what does it say *about* chemicals ...".
_ABOUT = frozenset({"about", "regarding", "concerning"})
#: A document "about" something: a description of the text, not what is asked ("who wrote the
#: *article about* the ASEAN meeting?").
_DOCUMENT_WORDS = (["article"], ["piece"], ["text"], ["report"], ["story"], ["one"], ["post"])


def _named_texts(kb: KnowledgeBase) -> list[str]:
    """The texts whose capitalised words are names the sources know."""
    texts_: list[str] = []
    for document in kb.corpus.documents.values():
        texts_ += [document.title, *document.names, *(p.text for p in document.paragraphs)]
    for intent in kb.intents.values():
        texts_ += [intent.title, *intent.examples]
    return texts_


def _names_unknown(question: str, result: MatchResult) -> bool:
    """Whether the question names something (a capitalised word or acronym, not at the start of
    a sentence) that no example or answer ever uses: "the Munich Security Conference", "FATF".
    Such a question is about something else, however well the rest of it matches."""
    if not result.unknown:
        return False
    unknown = set(result.unknown)
    return any(stem(fold(name)) in unknown for name in _NAME.findall(question.strip()))


def _another_crime(result: MatchResult) -> bool:
    """Whether the question names a kind of crime the sources never speak of: a word no example
    or answer uses right before a crime ("*wildlife* trafficking", "*organ* smuggling")."""
    unknown = set(result.unknown)
    if not unknown:
        return False
    words = [stem(word) for word in result.normalised.split()]
    return any(word in unknown and following in _CRIMES
               for word, following in pairwise(words))


def _items(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Content intent with a list in its answer -> its related intents from the same document:
    those its items stand for (the priorities: information sharing, legal frameworks ...)."""
    documents = {intent.id: {s.document for s in intent.sources} for intent in kb.intents.values()}
    return {intent.id: frozenset(r for r in intent.related if r in kb.intents
                                 and documents[r] & documents[intent.id])
            for intent in kb.intents.values()
            if any(line.is_list_item for line in intent.answer_lines)}


def _says_less(first: Reply, second: Reply) -> bool:
    """Whether one of two parts' replies is "the article doesn't say" with, as its nearest
    fact, the answer the other part gets."""
    for unsaid, said in ((first, second), (second, first)):
        if unsaid.reason is Reason.NOT_STATED and said.decision is Decision.ANSWER \
                and said.intent in {s.intent for s in unsaid.suggestions}:
            return True
    return False


def _rank(reply: Reply) -> tuple[int, float]:
    return (_RANK.get(reply.reason, 0), reply.score)


def _better(first: Reply, second: Reply) -> Reply:
    """The more useful of two readings of one question (an answer, then what isn't stated...)."""
    return second if _rank(second) > _rank(first) else first


def _evidence_of(intent: Intent, kb: KnowledgeBase) -> str:
    """What an intent answers with: its title and answer, the words a document-minded asker uses."""
    return " ".join((intent.title, *(line.text for line in intent.answer_lines)))


def _own_sentences(kb: KnowledgeBase) -> dict[str, list[str]]:
    """The sentences each content intent alone answers with, less the words put in brackets for
    context: a question quoting one is asked of that intent. A sentence several answers give
    belongs to the shortest of them (the list item's own intent, not the whole list), or to
    none when two are as short (one sentence the dates, venue and participants all quote)."""
    said = {intent.id: [sentence for line in intent.answer_lines
                        for sentence in sentences(without_notes(line.text).split(": ")[-1])]
            for intent in kb.intents.values() if intent.kind == "content"}  # less list headings
    length = {intent: sum(map(len, own)) for intent, own in said.items()}
    owned: dict[str, list[str]] = {intent: [] for intent in said}
    for sentence in dict.fromkeys(s for own in said.values() for s in own):  # in answer order
        users = [intent for intent, own in said.items() if sentence in own]
        least = min(length[i] for i in users)
        shortest = [i for i in users if length[i] == least]
        if len(shortest) == 1:
            owned[shortest[0]].append(sentence)
    return owned



def _unnamed(intent: Intent, normaliser: Normaliser) -> frozenset[str]:
    """The stems of the words an answer says only in general: those at most ``GENERIC_REACH``
    words after "these", "relevant", "various" ... (``COUNT_REACH`` after "over" and a number),
    and a plural that something is asked or said of ("nations must refrain ...", "public
    awareness campaigns are vital"), in an answer without a list."""
    if any(line.is_list_item for line in intent.answer_lines):
        return frozenset()
    words = normaliser.normalise(" ".join(line.text for line in intent.answer_lines)).split()
    after = frozenset(stem(w) for i, word in enumerate(words)
                      if word in GENERIC or (word.isdigit() and words[i - 1:i] == ["over"])
                      for w in words[i + 1:i + 1 + (COUNT_REACH if word.isdigit() else
                                                    GENERIC_REACH)] if w not in STOPWORDS)
    asked_of = frozenset(stem(words[i - 1]) for i, word in enumerate(words)
                         if word in _ASKED_OF and i > 0 and words[i - 1].endswith("s")
                         and not words[i - 1].endswith("ss"))
    return after | asked_of


def _kinds_unnamed(intent: Intent, normaliser: Normaliser
                   ) -> frozenset[tuple[str | None, str]]:
    """The kinds of named things (organisations, companies, countries ...) an answer speaks of
    only as a kind, in a plural no names follow, each with the word before it that says which
    kind ("governmental" organizations), as stems: "which NGOs?" of "law enforcement agencies,
    non-governmental organizations ... must work together" (but not "which organizations?":
    the kinds answer it)."""
    text = " ".join(line.text for line in intent.answer_lines)
    words = normaliser.normalise(_POSSESSIVE.sub("", text)).split()  # not "their nation's"
    kinds = set()
    for index, word in enumerate(words):
        following = words[index + 1:index + 2]
        if not word.endswith("s") or (following and following[0] in _NAMING_NEXT):
            continue
        token = stem(word)
        if token in _NAMEABLE:
            before = words[index - 1] if index else ""
            kinds.add((stem(before) if before and before not in STOPWORDS
                       and before not in GENERIC else None, token))
    return frozenset(kinds)


def _what_it_counts(intent: Intent, normaliser: Normaliser) -> frozenset[str]:
    """The stems of what an intent gives a figure for: each word its answer names at most
    ``COUNT_REACH`` words after a number, and what its examples count."""
    words = normaliser.normalise(" ".join(line.text for line in intent.answer_lines)).split()
    answered = {stem(w) for i, word in enumerate(words) if word.isdigit() or word in NUMBER_WORDS
                for w in words[i + 1:i + 1 + COUNT_REACH]}
    asked = {stem(normaliser.normalise(thing)) for e in intent.examples if (thing := counted(e))}
    return frozenset(answered | asked)


#: A follow-up of at most this many content words that names something no example or answer
#: uses is about that new thing.
NEW_SUBJECT_WORDS = 3
#: Words that ask more of the same subject, however unknown to the sources: "what does the index
#: *add*", "the chemicals *side*", "what did they *suggest*".
_GENERIC = frozenset(stem(w) for w in (
    "add", "adds", "side", "sides", "point", "suggest", "suggested", "say", "said", "mention",
    "mentioned", "mean", "means", "include", "includes", "involve", "involves", "part", "bit",
    "thing", "things", "stuff", "aspect", "aspects", "detail", "details", "exactly", "else",
    "more", "again", "also", "n", "k", "kind", "sort", "type", "types", "example", "examples",
    "work", "works", "end", "result", "results", "focus", "idea", "main", "key"))


def _texts_used(kb: KnowledgeBase) -> list[str]:
    """The knowledge base's examples and answers (whose words chat spellings may stand for)."""
    texts = [example for intent in kb.intents.values() for example in intent.examples]
    return texts + [line.text for intent in kb.intents.values() for line in intent.answer_lines]


def _subject_of(title: str) -> str:
    """What a title is about without the kind of answer it gives: "When was the 2023 security
    conference held?" lends a follow-up ("and where?") its conference, not its "when"."""
    return " ".join(w for w in title.split() if fold(w).strip("?,.!'") not in ANSWER_TYPE_WORDS)


def _explain(result: MatchResult) -> Explanation:
    best = result.best
    second = result.candidates[1] if len(result.candidates) > 1 else None
    return Explanation(
        matched_example=best.example if best else None,
        score=best.score if best else 0.0,
        runner_up=second.intent_id if second else None,
        runner_up_score=second.score if second else None,
        corrections=result.corrections,
    )
