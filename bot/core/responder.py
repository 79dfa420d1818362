"""Answer a question: the core's entry point. Pure and sync.

``Responder.respond`` puts the harm boundary first, then reads the message as people write it (two
questions in one, a wordy lead-in, a follow-up in a conversation, another edition of an event)
and decides on each reading's match. The work is done in layers, each building on the one before
(``bot.core.responding``): what is prepared once from the knowledge base (``base``), composing
replies (``replies``), the decision on one match (``deciding``), and readings with the
conversation (``follow_ups``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from bot import texts
from bot.core.harm import asks_to_do_it, gets_past_it
from bot.core.matcher import ANSWER_TYPE_WORDS, MatchResult
from bot.core.normalise import stem
from bot.core.phrasing import (
    IF_SO,
    YEAR,
    asks_about_ending,
    asks_about_opening,
    asks_about_the_bot,
    asks_for_source,
    asks_to_compose,
    completed_by_whom,
    embedded_questions,
    framing,
    last_sentence,
    leans_on_previous,
    numbered_questions,
    one_head,
    refers_back,
    sentences_asking,
    split_two,
    two_sentences,
    with_subject_named,
    without_asides,
)
from bot.core.reply import Decision, Reason, Reply
from bot.core.responding.base import MAX_QUESTION_CHARS
from bot.core.responding.deciding import (
    DECLINE_MESSAGE,
    MORE_OF_THE_SAME,
    SURE,
    names_another_gathering,
    names_unknown,
)
from bot.core.responding.follow_ups import IT_WORD, MEANT, FollowUpReader, better
from bot.core.thresholds import Thresholds
from bot.knowledge.intents import Intent, Line, load_knowledge

__all__ = ["MAX_QUESTION_CHARS", "Responder"]

#: The core's own messages, as reply lines (their words are in ``bot.texts``).
EMPTY_MESSAGE = Line(texts.EMPTY_MESSAGE)

#: A message of at most this many words whose closest are small talk alone is small talk.
SMALL_TALK_WORDS = 4

#: A second part this short leans on the first ("... and who was responsible?").
LEANING_WORDS = 6

#: A last sentence naming less than this (``MatchResult.information``) leans on the sentences
#: before it: its closest do not stand for the message's.
LEANING_INFORMATION = 2.0

#: A follow-up that asks whether something is so, or which it is: "was it the first one?".
_ASKS_WHETHER = re.compile(r"^\W*(?:was|is|were|are|which)\b")

#: A second part asked of the first's subject: "what's the EU AI Act and *does it* cover ...",
#: "who hosted the 2023 ASEAN Summit and what was *its* theme?".
_ITS_SUBJECT = re.compile(r"^\W*(?:(?:what|how|why|who|where|when|which)\s+)?(?:(?:does|did|is|was|has)"
                          r"\s+it|(?:do|did|are|were|have)\s+they)\b|\bits\b", re.I)
#: "it" asked when, where or how long of: "when was *it*", "where was *it* held".
_IT_ALONE = re.compile(r"(?<=^when was )it\b|(?<=^where was )it\b|(?<=^when is )it\b|"
                       r"(?<=^where is )it\b|(?<=^how long was )it\b|(?<=^how often is )it\b",
                       re.I)

#: A thing the first part of a question ends by naming: "what's the full name *of the global
#: security plan*".
_ENDS_NAMING = re.compile(r"\bof\s+(?P<thing>the\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)\W*$", re.I)


def _it_as_thing_named(second: str, first: str) -> str:
    """The second part of a question with its "it" as the thing the first part ends by naming:
    "what's the full name of the global security plan and who proposed *it*?" asks who proposed
    the global security plan."""
    named = _ENDS_NAMING.search(first)
    if named is None or len(IT_WORD.findall(second)) != 1:
        return second
    thing = named.group("thing")
    return IT_WORD.sub(lambda _: thing, second, count=1)


#: Something the first part asks whether there was, which a second part's "it" names: "did the
#: 11th AMMTC adopt *any specific action plan or declaration*, and what was it called?".
_ANY_OUTCOME = re.compile(r"\b(?:any|an?|some)\s+(?:[\w-]+\s+){0,3}?(?:plan|declaration|agreement|"
                          r"treaty|statement|document|deal|pact|resolution|initiative|roadmap|"
                          r"communiqu[eé]|action|outcome|mou|memorandum)s?\b", re.I)


#: A sentence that ends asking of what the sentences before it said: "What exactly does the
#: conference article say *about that*?".
_ABOUT_WHAT_CAME = re.compile(r"\b(?:about|on|of)\s+(?:that|this|it|them|those|these)"
                              r"(?:\s+at\s+all)?\W*$", re.I)


#: The words of a sentence that asks only for what the text says of what came before it:
#: "Could you give the article's own explanation?", "What exactly does it say?".
_ASKS_FOR_THE_TEXT = frozenset(stem(word) for word in (
    "explanation explain explains summary summarise summarize version wording words quote "
    "passage own plain exactly precisely article articles piece text say says said".split()))


#: A name the asker says they keep hearing or seeing as a word: "everyone keeps saying
#: *"AMMTC"* in meetings", "I keep hearing *about the GSCC*", "the acronym *AMMTC*".
_NAME_AS_A_WORD = re.compile(r"(?:\b(?:saying|says|said|hearing|hear|heard|seeing|saw|seen|"
                             r"mentions?|mentioned|word|term|acronym|abbreviation)\s+(?:of\s+|"
                             r"about\s+)?(?:the\s+)?[\"'“‘]?|[\"“‘])(?P<name>[A-Z]{3,6})\b")
#: A last question of what "it" is, and nothing else: "What is it?", "what's that, exactly?".
_WHAT_IT_IS = re.compile(r"^\W*(?:so\s+|but\s+|and\s+)?what(?:\s+is|['’]?s)\s+(?:it|that|this)"
                         r"(?:,?\s+(?:exactly|actually|even|anyway|then))?\W*$", re.I)


#: A question asking whether something is on a list, or for the list itself.
_OF_THE_LIST = re.compile(r"^\W*(?:is|was|are|were|did|does|do|has|have)\b|\bone\s+of\b|"
                          r"\b(?:priorities|areas|list|all|which|among)\b|\bwhat\s+are\b", re.I)


def _only_asking(message: str, sentence: str) -> bool:
    """Whether ``sentence`` ends ``message`` and is its one sentence that asks something (what
    comes before it tells of the asker; what comes after may ask more of it)."""
    sentences = sentences_asking(message)
    return sentences[-1] == (sentence, True) and sum(asks for _, asks in sentences) == 1


#: A subject a question names: an owner ("*Myanmar's* role") or what it asks about ("about
#: *Myanmar's* commitment"), not the article ("the Myanmar article") or the event.
_SUBJECT_NAMED = re.compile(r"\b(?P<subject>\w+)['’]s\b(?!\s+(?:article|piece|text))"
                            r"|\b(?:about|regarding|concerning)\s+(?:the\s+)?(?P<subject2>\w+)",
                            re.I)

#: A question on two subjects ("about training and development") whose whole reading is
#: answered this surely is about what the two make together.
PAIR_WHOLE = 80.0


def _leans_on_another_gathering(reply: Reply, read: MatchResult, question: str,
                                 whole: MatchResult) -> bool:
    """Whether ``reply`` answers a sentence or clause that names next to nothing (its ``read``)
    of a message that names a gathering no source reports: "... summarise the Munich Security
    Conference agenda. What were the main topics discussed?" is not answered with the themes."""
    return reply.decision is Decision.ANSWER and read.information < LEANING_INFORMATION \
        and names_another_gathering(question, whole)


def _answered_in_part(answered: Reply, first: Reply, second: Reply, parts: list[str],
                      question: str) -> Reply:
    """The part of a two-part question it could answer; and when the other part is unsure, the
    closest to it offered after the answer ("how often is the AMMTC held and what do they say
    about smuggling routes?"), so no part of the question goes silently unanswered."""
    reply = replace(answered, question=question)
    unsure, asked = (first, parts[0]) if answered is second else (second, parts[1])
    if answered.decision is not Decision.ANSWER or unsure.decision is not Decision.CLARIFY:
        return reply
    offered = tuple(s for s in unsure.suggestions if s.intent not in answered.answered_intents)
    if not offered:
        return reply
    offer = replace(unsure, question=asked, lines=(Line(texts.part_closest(asked)),),
                    suggestions=offered)
    # (the offer takes the place of the answer's related questions, which could repeat it)
    told = answered.parts or (replace(answered, suggestions=()),)
    return replace(reply, parts=(*told, offer), suggestions=offered)


def _says_less(first: Reply, second: Reply) -> bool:
    """Whether one of two parts' replies is "the article doesn't say" with, as its nearest
    fact, the answer the other part gets."""
    for unsaid, said in ((first, second), (second, first)):
        if unsaid.reason is Reason.NOT_STATED and said.decision is Decision.ANSWER \
                and said.intent in {s.intent for s in unsaid.suggestions}:
            return True
    return False


def _without_snippet(reply: Reply) -> Reply | None:
    """"The article doesn't say ..." alone, without the snippet it goes on to quote (which
    another part of the message gets as its answer); None when it says nothing but that
    there is no more detail."""
    said = reply.lines[0].text if reply.lines else ""
    if not said.endswith(texts.SAYS_ONLY_THIS):
        return None
    return replace(reply, lines=(Line(said.removesuffix(texts.SAYS_ONLY_THIS)),), sources=(),
                   suggestions=())


#: What a question about an article's end asks about: "... end *regarding Myanmar*?".
_ABOUT_WHAT = re.compile(r"\b(?:about|regarding|concerning|on)\s+(.+)$", re.I)


class Responder(FollowUpReader):
    """Turns questions into Replies using one loaded knowledge base. Safe to share across tasks."""

    @classmethod
    def from_files(cls, intents_path: Path, corpus_dir: Path,
                   thresholds: Thresholds | None = None) -> Responder:
        """Load, validate and prepare; raises KnowledgeError naming file, line and fix."""
        return cls(load_knowledge(intents_path, corpus_dir), thresholds)

    def respond(self, question: str, previous: str | None = None,
                said_before: str | None = None) -> Reply:
        """The reply to ``question``: deterministic, never raises for any text.

        ``previous`` is the intent the conversation last answered: a follow-up that leans on it
        ("and who hosts it?") is read with it. ``said_before`` is the question asked before it,
        answered or not: a follow-up that asks for a crime with it ("what's the best way to hide
        it so they don't" after how police find drugs in cargo) is refused.
        """
        # (once every reading is tried: one of them may answer what the closest reading offers)
        return self._small_talk_over_closest(question, self.unsaid_over_closest(
            self._reply(question, previous, said_before)))

    def _small_talk_over_closest(self, question: str, reply: Reply) -> Reply:
        """A short message whose closest are small talk alone, answered with it: "hey whats up"
        gets the greeting, not "The closest I have: Hello!" (it gives no fact either way). Not a
        longer message, which asks something else, nor one naming what the knowledge base
        never does ("how does blockchain work?" is not asking what the bot can do)."""
        if reply.decision is not Decision.CLARIFY or not reply.suggestions \
                or len(question.split()) > SMALL_TALK_WORDS \
                or any(self.kb.intents[s.intent].kind != "smalltalk" for s in reply.suggestions) \
                or self.matcher.match(question, limit=1).unknown:
            return reply
        return replace(self.answer(self.kb.intents[reply.suggestions[0].intent], question,
                                   reply.score, reply.explanation), candidates=reply.candidates)

    def _reply(self, question: str, previous: str | None, said_before: str | None) -> Reply:
        """``respond`` before a "closest I have" to something unsaid is told so."""
        question = question[:MAX_QUESTION_CHARS]
        normalised = self.normaliser.normalise(question)  # once, for the guard and the matcher
        if self.guard.is_harmful(question, normalised) or (
                previous in self._crime_answers and asks_to_do_it(question)) or (
                previous is not None and gets_past_it(question)) or (
                previous is not None and previous in self.kb.intents
                and self.guard.harmful_about(question, self.kb.intents[previous].title)) or (
                said_before is not None and self.guard.harmful_after(question, said_before)):
            # "how would i actually do that?" after how criminals use drones asks for the crime
            return self._refused(question)
        if asks_about_the_bot(question):
            return replace(self.introduction(), question=question)   # "are you an AI?"
        if asks_to_compose(question):
            return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,),
                         topics=self._topic_titles)
        if previous is not None and previous in self.kb.intents \
                and self.kb.intents[previous].kind == "content" and asks_for_source(question):
            # "which report says that?" after an answer: that answer again, with its source
            return self.answer(self.kb.intents[previous], question)
        item = self.item_by_place(question, previous) \
            if previous is not None and previous in self.kb.intents else None
        if item is not None:
            # "ok and the second priority?" after the priorities: that item's own answer
            return self.answer(self.kb.intents[item], question)
        edition = self.events.other_edition(normalised)
        if edition is None and previous is not None and previous in self.kb.intents and not (
                _ASKS_WHETHER.match(normalised) or any(
                    line.is_list_item for line in self.kb.intents[previous].answer_lines)):
            # "and the first one?" after the 2nd conference's dates (not "was it the first
            # one?", nor "explain the first one" after a list)
            edition = self.events.edition_asked_after(normalised, previous)
        if edition is not None and self._content_of.get(edition[1]):
            return self._other_edition(question, *edition)
        if previous is not None and self.events.asks_which_edition(question, normalised):
            # "which edition is the article about?" after what the AMMTC is: the 11th, as the
            # article opens (not the conference's, which an edition question alone may get)
            own = self._edition_told(question, previous)
            if own is not None:
                return self.answer(self.kb.intents[own], question)
        again = self._asked_of_the_other(question, said_before, previous) \
            if said_before is not None else None
        if again is None and said_before is not None and previous is None:
            again = self._it_as_said(question, said_before)
        if again is None and said_before is not None:
            again = completed_by_whom(question, said_before)
        if again is not None:
            # "and the other meeting?" after when the conference was: when the AMMTC was
            reply = self._respond(again, None, again)
            meant = MEANT.match(question)
            if reply.decision is not Decision.ANSWER and meant is not None:
                # "no, I meant the themes of the GSCC" asks of the themes, not of what the
                # question before asked
                alone = self._respond(meant.group("what"), None, meant.group("what"))
                reply = alone if alone.decision is Decision.ANSWER else reply
            return replace(reply, question=question)
        mentioned = (self.it_as_mentioned(question, said_before)
                     or self.they_as_asked_about(question, said_before)) \
            if said_before is not None else None
        if mentioned is not None:
            # "who uses it?" after "Does the GSCC article mention Artificial Intelligence?"
            if self.guard.is_harmful(mentioned):
                return self._refused(question)
            reply = self._respond(mentioned, previous, mentioned)
            if reply.decision is Decision.ANSWER:
                return replace(reply, question=question)
        named = self.they_as_named(question, said_before, previous) \
            if said_before is not None else None
        if named is not None:
            # "what did they talk about?" after "Did Myanmar attend the conference?": Myanmar
            reply = self._respond(named, None, f"{said_before} {named}")
            if reply.decision is Decision.ANSWER:
                return replace(reply, question=question)
        return self._respond(question, previous, question, normalised)

    def _refused(self, question: str) -> Reply:
        """The refusal, and nothing else: no snippet, source or buttons."""
        return Reply(question, Decision.DECLINE, Reason.HARMFUL, (Line(self.kb.harm.refusal),))

    def _edition_told(self, question: str, previous: str) -> str | None:
        """The answer opening the article of the event ``previous`` answers about that names
        its edition (the closest to the question of several); None when it reports none."""
        documents = self.events.documents_of(previous)
        if len(documents) != 1:
            return None
        document = next(iter(documents))
        editions = self.events.editions_of(document)
        telling = [intent for intent in sorted(self._opening_intents.get(document, ()))
                   if editions & self._answer_words.get(intent, frozenset())]
        closest = [c.intent_id for c in self._match(question, question).candidates]
        return min(telling, default=None, key=lambda intent: closest.index(intent)
                   if intent in closest else len(closest))

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
            first_asked = self._it_named(parts[0], before)
            if before.strip() and _ABOUT_WHAT_CAME.search(first_asked):
                # "I keep hearing AI makes fraud worse. Does the GSCC article talk about that
                # at all, and if so ...": "that" is what the sentences before it say
                first_asked = f"{before.strip()} {first_asked}"
            first = self._respond(first_asked, previous, before)
            # the first part names the event the second leans on ("who chaired the 11th AMMTC,
            # and where was it held?")
            asked = self._it_named(parts[1], before)
            if first.decision is not Decision.ANSWER and previous is None \
                    and not _ANY_OUTCOME.search(parts[0]):
                # "who chaired the 11th AMMTC and which country hosted *it*?": with nothing
                # answered to lean on, "it" is the event the first part names, in its words
                # (not when the first asks whether there was a plan: "... and what was it
                # called?" asks the plan's name)
                asked = self._it_as_said(asked, parts[0]) or _it_as_thing_named(asked, parts[0])
            second = self._respond(asked, first.intent or previous, f"{before} {parts[0]}",
                                   second_part=True)
            answered_parts = [r for r in (first, second) if r.decision is Decision.ANSWER
                              or r.reason is Reason.NOT_STATED]
            if one_head(parts) and first.intent and second.intent:
                # "did the 11th AMMTC say anything about training and development?": not
                # training's closest and development's, when the two together are answered surely
                whole = self.decide(tail, self._match(tail, context))
                if whole.decision is Decision.ANSWER and whole.score >= PAIR_WHOLE \
                        and whole.intent not in (first.intent, second.intent):
                    return replace(whole, question=question)
            if_so = IF_SO.match(parts[1]) is not None and first.decision is not Decision.ANSWER
            if if_so or (len(parts[1].split()) <= LEANING_WORDS and (
                    first.reason is Reason.OUT_OF_SCOPE
                    or (first.reason is Reason.NOT_STATED and refers_back(asked)) or (
                        first.decision is Decision.CLARIFY
                        and (names_unknown(parts[0], first_read := self._match(parts[0], before))
                             or names_another_gathering(parts[0], first_read)
                             or _ITS_SUBJECT.search(parts[1]))))):
                # "what happened in the 2002 bali bombings and who was responsible?", "what did
                # the 2023 SCO summit discuss, plus where was it held?": a short second part
                # leans on a first the sources know nothing of, or that names something else;
                # "if so, what does it say?" leans on a first not answered ("does it talk about
                # AI making fraud worse at all, and if so, ...?")
                answered_parts = [r for r in answered_parts if r is not second]
            if len(answered_parts) == 2 and _says_less(first, second):
                # "what did it say about AI and online fraud": the part the article says no
                # more on would quote the other part's answer again, which answers both; what
                # it doesn't say at all is still said, without that answer again ("where can I
                # find AMMTC outcomes, and is there a number I can call?")
                unsaid = next(_without_snippet(r) for r in answered_parts
                              if r.decision is not Decision.ANSWER)
                if unsaid is None:
                    answered_parts = [r for r in answered_parts if r.decision is Decision.ANSWER]
                else:
                    base = first if first.decision is Decision.ANSWER else second
                    return replace(base, question=question, parts=tuple(
                        unsaid if r.decision is not Decision.ANSWER else r
                        for r in (first, second)))
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
                and self._of_a_part(last := self.decide(
                    tail if _only_asking(question, tail) else question,
                    tail_read := self._match(tail, context))) \
                and not (reply.decision is last.decision is Decision.CLARIFY
                         and tail_read.information < LEANING_INFORMATION) \
                and not (last.decision is Decision.ANSWER and self.leans_on_another(question)) \
                and not (last.decision is Decision.ANSWER
                         and any(_ABOUT_WHAT_CAME.search(asked) for asked in (tail, *parts[:1]))
                         and tail_read.information < LEANING_INFORMATION) \
                and not _leans_on_another_gathering(last, tail_read, question, result):
            # the last sentence's reading stands for the message, unless it only offers the
            # closest to a sentence that names next to nothing ("... Which of us is right, and
            # what exactly does it say?" and "... fraudsters use AI. What exactly does the
            # conference article say about that?" lean on the sentences before it); decided on
            # its own words when no other sentence asks ("we see what drugs do to people every day.
            # What does the ASEAN article say drug trafficking causes?" does not ask which
            # drugs; "Who attended? I'd like the full list." asks for a list of who attended)
            reply = better(reply, replace(last, question=question))
        if reply.decision is not Decision.ANSWER and reply.reason is not Reason.NOT_STATED \
                and not parts:
            named = with_subject_named(tail)
            for clause in (*embedded_questions(tail), *((named,) if named else ())):
                # the asker's framing ("as someone in Bangkok, I'd love to know ...") goes;
                # the whole message still names the event
                clause_read = self._match(clause, context or question)
                inner = self.decide(clause, clause_read)
                if self._of_a_part(inner) \
                        and not _leans_on_another_gathering(inner, clause_read, question, result) \
                        and not (inner.decision is Decision.ANSWER
                                 and (self.leans_on_another(question)
                                      or self.cites_another_source(
                                          tail[:max(tail.find(clause), 0)])
                                      or (_ABOUT_WHAT_CAME.search(clause)
                                          and clause_read.information < LEANING_INFORMATION)
                                      or (inner.intent is not None
                                          and self._undocumented_year(question, inner.intent)))):
                    reply = better(reply, replace(inner, question=question))
                if reply.decision is Decision.ANSWER:
                    break
        # (a year no document speaks of names the edition asked about, not the asker: "I'm
        # writing a report on the 2017 AMMTC in Manila")
        about_asker = [token for token in self.normaliser.content_tokens(framing(question))
                       if not YEAR.fullmatch(token) or token in self._documented_years] \
            if reply.decision is not Decision.ANSWER and not parts else []
        if about_asker:
            # "I'm a policy intern at a think tank and my supervisor asked me to summarise the
            # priorities ...": words before the request that the knowledge base has never seen
            # are about the asker, not what is asked; read without them, it may be answered or
            # offered (unless the question names one: "China's position on Taiwan")
            reading = self._match(question, context, normalised=normalised,
                                  unweighed=frozenset(about_asker))
            if not names_unknown(tail, reading):
                without = self.decide(question, reading)
                if without.decision is not Decision.ANSWER and reading.unknown:
                    # ... and the names among them ("a customs agency in Yangon") name no
                    # subject: read without them, it may be answered
                    about = frozenset(about_asker)
                    unnamed = self.decide(question, replace(reading, unknown=tuple(
                        word for word in reading.unknown if word not in about)))
                    without = unnamed if unnamed.decision is Decision.ANSWER else without
                reply = better(reply, without)
        if reply.decision is Decision.CLARIFY and not parts:
            agreed = self._agreed(question, context, reply)
            if agreed is not None and not (agreed.intent is not None
                                           and self._undocumented_year(question, agreed.intent)):
                reply = agreed              # (not of "the 2017 AMMTC", which no answer dates)
        if reply.decision is not Decision.ANSWER and reply.reason is not Reason.NOT_STATED \
                and not parts:
            told = self._told_before(question, context) or self._name_asked_of(question, context)
            if told is not None:
                reply = told
        if reply.decision is not Decision.ANSWER and reply.reason is not Reason.NOT_STATED \
                and not parts:
            # "how does the conference article end regarding Myanmar?", "per the opening
            # paragraph, which region's crime was the meeting about?": of the answers quoting
            # that paragraph of the article it names (or of any)
            quoting = self._closing_intents if asks_about_ending(question) \
                else self._opening_intents if asks_about_opening(question) else None
            if quoting is not None:
                reply = better(reply, self._at_paragraph(question, context, quoting))
        if reply.decision is Decision.ANSWER and not parts and asks_about_ending(question):
            # "how does the conference article wrap up Myanmar's role?": of its closing
            # paragraph's answers, the one that says what it names
            reply = self._ending_of_subject(question, reply)
        if reply.decision is Decision.ANSWER and reply.intent in self._items_in_order \
                and not parts and (item := self._item_named(question, reply.intent)):
            # "what is the capacity-building priority?": that item's answer, not the list's
            reply = replace(self.answer(self.kb.intents[item], question, reply.score,
                                        reply.explanation), candidates=reply.candidates)
        if reply.decision is not Decision.ANSWER and answered_parts:
            reply = _answered_in_part(answered_parts[0], first, second, parts, question)
        if previous is None or previous not in self.kb.intents:
            return reply
        if reply.score < SURE and not second_part and refers_back(question):
            # "where do they come from?" after precursor chemicals: where precursor chemicals
            # come from, which the article never says (not where AI "comes up" in it)
            unsaid = self._unsaid_of_subject(question, previous)
            if unsaid is not None:
                return unsaid
        offered = [reply.intent] if reply.intent else [s.intent for s in reply.suggestions]
        if (offered and all(self.events.apart(intent, previous) for intent in offered)
                and (reply.score < SURE or asks_about_ending(question)
                     or asks_about_opening(question))
                and not self.events.named(question, normalised)):
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
        if not second_part and self._in_answer_before(question, reply, previous):
            return replace(self.answer(self.kb.intents[previous], question, reply.score,
                                       reply.explanation), candidates=reply.candidates)
        if leans_on_previous(question) or (reply.decision is not Decision.ANSWER
                                           and reply.reason is not Reason.NOT_STATED
                                           and len(question.split()) >= 3):
            # a bare keyword ("myanmar") starts a new subject; a short question may continue one
            followed = self._follow_up(question, previous, reply, second_part=second_part)
            # "what's the population of China?" after the venue stays out of scope (not "why
            # are they controlled?" after precursor chemicals: "they" are those chemicals)
            strays = not second_part and not refers_back(question) \
                and reply.reason is Reason.OUT_OF_SCOPE and followed.decision is Decision.ANSWER \
                and self._strays(question, followed.intent, previous)
            if not strays:
                reply = followed
        return reply

    def _undocumented_year(self, question: str, intent: str) -> bool:
        """Whether the question names a year that no document speaks of and the answer never
        gives: "the *2017* AMMTC" (not "the 2023 conference", whatever the answer)."""
        return self._another_year(question, intent) and any(
            year not in self._documented_years for year in YEAR.findall(question))

    def _ending_of_subject(self, question: str, reply: Reply) -> Reply:
        """``reply``, or the answer quoting the same closing paragraph that says more of the
        words the question names (not its words for the ending, the article or the event)."""
        answered = reply.intent
        closing = next((intents for intents in self._closing_intents.values()
                        if answered in intents), frozenset())
        named = " ".join(m.group("subject") or m.group("subject2")
                         for m in _SUBJECT_NAMED.finditer(question))
        asked = set(self.normaliser.content_tokens(named)) - self._position_words

        def saying(intent: str) -> int:   # (of its answer's text: a title names the event)
            return len(asked.intersection(self._answer_texts.get(intent, "").split()))

        said = saying(answered or "")
        saying_more = [intent for intent in sorted(closing) if intent != answered
                       and saying(intent) > said]
        if len(saying_more) != 1:
            return reply
        return replace(self.answer(self.kb.intents[saying_more[0]], question, reply.score,
                                   reply.explanation), candidates=reply.candidates)

    def _strays(self, question: str, answered: str | None, previous: str) -> bool:
        """Whether a follow-up names a subject (a word the sources know, not an event's name
        nor a word that only asks) that neither the answer found for it nor the answer before
        speaks of: "what's the population of China?" after where the conference was held asks
        of China's population, not of the venue."""
        subject = set(self.normaliser.content_tokens(question)) - self._asking_words \
            - self._telling - self._leading_to - self._naming_words - MORE_OF_THE_SAME \
            - ANSWER_TYPE_WORDS
        known = {word for word in subject if self.matcher.knows(word)}
        spoken = self._answer_words.get(answered or "", frozenset()) \
            | self._answer_words.get(previous, frozenset())
        return bool(known - spoken)

    def _at_paragraph(self, question: str, context: str,
                      quoting: dict[str, frozenset[str]]) -> Reply:
        """The reply to a question about how an article ends (or opens), read among the answers
        that quote that paragraph (``quoting``, by document) of the article it (or its context)
        names, or of either."""
        named = self.events.named(question) or self.events.named(context)
        quoted = sorted(frozenset().union(*(intents for document, intents in quoting.items()
                                            if not named or document in named)))
        about = _ABOUT_WHAT.search(question)
        asked = set(self.normaliser.content_tokens(about.group(1) if about else question))
        shared = {intent: len(asked & self._answer_words[intent]) for intent in quoted}
        most = max(shared.values(), default=0)
        speaking = [intent for intent, count in shared.items() if count == most]
        chosen = quoted[0] if len(quoted) == 1 else speaking[0] \
            if most and len(speaking) == 1 else None
        if chosen is None:
            return self.decide(question, self.matcher.match(question, only=frozenset(quoted)))
        # the one answer quoting it, or the one that speaks of what is asked about ("... regarding
        # Myanmar": Myanmar's commitment, not the conference's emphasis); not when the question
        # names something else it never speaks of ("the postal address listed at the end")
        reading = self.matcher.match(question)
        known = set(reading.tokens) - set(reading.unknown) - self._naming_words \
            - self._position_words - self._telling
        if known and not known & self._answer_words[chosen]:
            return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,))
        return self._answer_as_asked(self.kb.intents[chosen], question, reading.best.score
                                     if reading.best else 0.0, None)

    def _it_named(self, part: str, before: str) -> str:
        """A part of a message with its "it" as the one event the words before it name: "... an
        article about a Global Security Cooperation Conference ...: when was it, and where?"."""
        part = part.strip()
        document = self._one_event(before) if before and _IT_ALONE.search(part) else None
        if document is None:
            return part
        name = f"the {self.kb.corpus.documents[document].names[0]}"
        return _IT_ALONE.sub(lambda _: name, part, count=1)

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

    def _agreed(self, question: str, context: str, reply: Reply) -> Reply | None:
        """The answer to a message of several sentences whose closest (``reply`` offers it
        first) one of its sentences, read alone, is answered with, when no other sentence is
        answered with another: two readings agree ("... The Myanmar article said something about
        communication networks between neighbouring countries. What exactly did it
        recommend?"). None when the last sentence that asks, read alone, is not answered and
        has words the sources don't know: it asks what they don't have ("... Did the conference
        agree on any sanctions?")."""
        read = sentences_asking(without_asides(question))
        if len(read) < 2 or not reply.suggestions or self.leans_on_another(question):
            return None                      # (not what "it" stands for, named before it)
        closest = reply.suggestions[0].intent
        answered: set[str | None] = set()
        asks_elsewhere = False
        for sentence, asks in read:
            reading = self._match(sentence, context or question)
            alone = self.decide(sentence, reading)
            if alone.decision is Decision.ANSWER:
                answered.add(alone.intent)
            elif names_another_gathering(sentence, reading):
                return None                  # "... summarise the Munich Security Conference
                #                              agenda. What were the main topics discussed?"
            if asks:
                asks_elsewhere = alone.decision is not Decision.ANSWER and bool(reading.unknown)
        if answered != {closest} or asks_elsewhere:
            return None
        return replace(self._answer_as_asked(self.kb.intents[closest], question, reply.score,
                                             reply.explanation), candidates=reply.candidates)

    def _item_named(self, question: str, listing: str) -> str | None:
        """The one item of a list answer a question names by its label, asking of it alone
        ("what is the capacity-building priority?"), not whether it is on the list ("is capacity
        building one of the priorities?") nor for the list ("which priorities ...")."""
        if _OF_THE_LIST.search(question):
            return None
        asked = set(self.normaliser.content_tokens(question))
        labels = self._item_labels[listing]
        named = [item for item, label in labels.items() if set(label[-2:]) <= asked]
        touched = [item for item, label in labels.items() if not asked.isdisjoint(label)]
        # "terrorism and cybercrime - what did it say about each?" names two
        return named[0] if len(named) == 1 and touched == named else None

    def _told_before(self, question: str, context: str) -> Reply | None:
        """The answer to a message whose sentences that ask name nothing of their own ("Could
        you give the article's own explanation?") and whose one other sentence answered alone
        says what they ask of ("She wants to explain in plain words what the AMMTC is for.")."""
        read = sentences_asking(without_asides(question))
        asking = [sentence for sentence, asks in read if asks]
        if len(read) < 2 or not asking or any(
                token not in _ASKS_FOR_THE_TEXT     # content tokens are stems already
                for sentence in asking for token in self.normaliser.content_tokens(sentence)):
            return None
        answered: dict[str, Reply] = {}
        for sentence in (sentence for sentence, asks in read if not asks):
            alone = self.decide(sentence, self._match(sentence, context or question))
            if alone.decision is Decision.ANSWER and alone.intent is not None \
                    and self.kb.intents[alone.intent].kind == "content":
                answered[alone.intent] = alone
        if len(answered) != 1:
            return None
        return replace(next(iter(answered.values())), question=question)

    def _name_asked_of(self, question: str, context: str) -> Reply | None:
        """The answer to what a short name stands for, for a message that says the asker keeps
        hearing it and ends asking "What is it?" ("everyone keeps saying "AMMTC" in meetings. I'm
        too embarrassed to ask my supervisor. What is it?"), when that is answered surely."""
        read = sentences_asking(without_asides(question))
        if len(read) < 2 or not read[-1][1] or not _WHAT_IT_IS.match(read[-1][0]) \
                or sum(asks for _, asks in read) != 1:
            return None
        names = {found.group("name") for sentence, _ in read[:-1]
                 for found in _NAME_AS_A_WORD.finditer(sentence)}
        if len(names) != 1:
            return None
        asked = f"what does {names.pop()} stand for"     # a name heard as a word: what it is called
        reply = self.decide(asked, self._match(asked, context or question))
        return replace(reply, question=question) if reply.decision is Decision.ANSWER else None

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
