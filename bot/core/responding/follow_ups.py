"""Questions read with the conversation: a follow-up leaning on the answer before it, "it" as the
event the question before named, and "no, I meant the other one"."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.matcher import ANSWER_TYPE_WORDS, MatchResult
from bot.core.normalise import fold, stem
from bot.core.phrasing import (
    asks_consequence,
    asks_count_only,
    asks_measures,
    asks_reason,
    leans_on_previous,
    refers_back,
    sentences_of,
)
from bot.core.reply import Decision, Reason, Reply
from bot.core.responding.deciding import CLARIFY_MESSAGE, MORE_OF_THE_SAME, SIBLING_FLOOR, SURE, Decider
from bot.core.responding.replies import COUNTRY_NAMES

#: Scores this close are a tie: the order between them says nothing.
TIE = 2.0

#: How good a reply is, for choosing between readings of one question.
_RANK = {Reason.MATCHED: 4, Reason.SMALLTALK: 4, Reason.NOT_STATED: 3, Reason.AMBIGUOUS: 2,
         Reason.UNSURE: 2}

#: "It" in a follow-up, or "the 11th one": the event the answer before it is from. Only "it"
#: after "was", "is" (or "what's"), "does" or "did" ("what was it for?", "what's it for?", "what
#: crimes does it deal with?"), "its" ("what's its purpose?") or "the 11th one": after a
#: preposition ("Southeast Asia's role *in it*") it is what the answer spoke of.
_IT = re.compile(r"\bits\b|(?<=\bwas )it\b|(?<=\bis )it\b|(?<=\bdoes )it\b|(?<=\bdid )it\b"
                 r"|(?<=\bwhat['’]s )it\b|(?<=\bwhats )it\b"
                 r"|\b(the\s+(?:\w+\s+)?)one\b", re.I)
#: A follow-up asking what was said or discussed: "what did they talk about?".
_ASKS_WHAT_WAS_SAID = re.compile(r"\b(?:talk(?:ed)?|say|said|discuss(?:ed)?|spoke|speak|"
                                 r"focus(?:ed)?|mention(?:ed)?)\b", re.I)

#: "what does it say?": what the thing just answered about (an index, a report) says, which
#: its answer gives (not "what did they talk about?", of people).
_IT_SAYS = re.compile(r"\bwhat\s+(?:does|did)\s+(?:it|that|this)\s+(?:say|said|show|find)\b",
                      re.I)
#: ... of someone it names, not "they", "it" or the document: "what did *Myanmar* talk about
#: there?".
_SAID_BY_NAMED = re.compile(
    r"\b(?:what|how)\s+(?:did|does|do)\s+(?!(?:they|it|he|she|we|you|the|this|that|its|their)\b)"
    r"[\w'’]+(?:\s+[\w'’]+)?\s+(?:talk|say|discuss|speak|focus|mention)", re.I)
#: A follow-up asking the last question again of the other event: "and the other meeting?".
_THE_OTHER = re.compile(r"^\W*(?:(?:and|what\s+about|how\s+about|same\s+for)\s+)?(?:the\s+|for\s+the\s+)?"
                        r"other\s+(?:meeting|article|conference|event|one|piece|report|text)"
                        # "and the other one, the conference in China?"
                        r"(?:\s*,\s*(?:i\s+mean\s+)?the\s+[\w\s'’-]{3,60}?)?\W*$",
                        re.I)
#: "what is it?": what the thing just mentioned is.
_WHAT_IS_IT = re.compile(r"^\W*(?:and\s+|so\s+|ok\s+)?what(?:\s+is|'s|s)\s+it\W*$", re.I)
#: "next" right before an event's name: "when is the *next* AMMTC".
_NEXT_BEFORE = re.compile(r"\bnext\s+$", re.I)
#: A year right before the event's name: "the *2024* GSCC" is another edition than the sources'.
_YEAR_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+$")
#: A follow-up that asks on from the question before: "what country *then*?".
_THEN = re.compile(r"\bthen\W*$|^\W*(?:and|so)\s+(?:what|which|who|where|when)\b", re.I)
#: "it" in a follow-up.
IT_WORD = re.compile(r"\bit\b", re.I)
#: What a question asks the article to mention, ending it: "Does the GSCC article mention
#: *Artificial Intelligence*?".
_MENTIONED = re.compile(r"\b(?:mention|mentions|mentioned|discuss|discusses|discussed|"
                        r"talk\s+about|say\s+anything\s+about)\s+(?P<thing>[^?.,;]{3,40}?)\W*$",
                        re.I)
#: A question about what was said of things: "What did the Global Terrorism Index say about
#: *drones*?"; a short follow-up's "they" are those things.
_SAID_ABOUT = re.compile(r"\b(?:say|said|says|mention|mentions|mentioned)\s+(?:anything\s+)?"
                         r"about\s+(?P<thing>[^?.,;]{2,40}?s)\W*$", re.I)
#: "they" or "them" in a follow-up.
_THEY_OR_THEM = re.compile(r"\b(?:they|them)\b", re.I)
#: A question whether a thing is among a list: "Was human trafficking one of the focus areas at
#: the AMMTC?"; a follow-up's "it" is that thing, not the list.
_ONE_OF = re.compile(r"^\W*(?:was|is|were|are)\s+(?P<thing>[^?.,;]{3,40}?)\s+(?:one\s+of|among)"
                     r"\s+(?:the|its|their|his|her)\b", re.I)
#: A follow-up about "it" this short leans on what was mentioned before.
IT_MENTIONED_WORDS = 6
#: ... and this short on the thing asked to be one of a list.
IT_LISTED_WORDS = 8
#: "it" or "its" in a question after the event it stands for: "I meant X. what was *its* aim?".
_ITS_WORD = re.compile(r"\bits\b", re.I)
#: "what about X?" (or "same for X?"), X being only an event's name: the question before, of
#: that event.
_WHAT_ABOUT = re.compile(r"^\W*(?:(?:ok|okay|and|so)\W+)*(?:(?:what|how)\s+about|(?:the\s+)?same\s+"
                         r"(?:for|with|about|goes\s+for))\s+(?P<what>.+?)\W*$", re.I)
#: "and the traffickers?": a subject asked of in the same breath as the answer before.
_AND_THE = re.compile(r"^\W*(?:(?:ok|okay|so)\W+)*and\s+(?P<what>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)"
                      r"\W*$", re.I)
#: "and the second priority?", "explain the first one", "what's the last item on that list?":
#: an item of the list just answered (or the list of the item just answered), by its place.
_NTH_ITEM = re.compile(r"\bthe\s+(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last"
                       r"|final|next)\s+(?:one|priority|item|area|point|bullet|theme|key\s+area)"
                       r"(?:\s+on\s+(?:the|that)\s+list)?\b", re.I)
_PLACES = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
           "4th": 3, "fifth": 4, "5th": 4, "last": -1, "final": -1}
#: A follow-up asking for an item by its place has at most this many words.
NTH_ITEM_WORDS = 8
#: A country a question names as a party, not as a place ("Did *Myanmar* attend the conference
#: in China?"): what "they" in the follow-up stands for.
_PARTY = re.compile(r"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfrom )(?<!\binto )\b(?P<name>"
                    + "|".join(COUNTRY_NAMES) + r")\b(?!['’]s\b)", re.I)
#: "they" / "their" in a short follow-up, and "its" before the people a country sends ("what
#: did *its* delegates talk about?" after whether Myanmar attended; not "its themes").
_THEY = re.compile(r"\b(?:they|their)\b|\bits(?=\s+(?:delegates?|delegation|representatives?|"
                   r"officials?|ministers?|government|leaders?|envoys?)\b)", re.I)
#: A follow-up about "they" has at most this many words.
THEY_WORDS = 12
#: A correction naming the event meant: "no, I meant the ASEAN meeting".
MEANT = re.compile(r"^\W*(?:no\W+|sorry\W+)?i\s+meant\s+(?P<what>.+?)\W*$", re.I)


def _rank(reply: Reply) -> tuple[int, float]:
    return (_RANK.get(reply.reason, 0), reply.score)


def better(first: Reply, second: Reply) -> Reply:
    """The more useful of two readings of one question (an answer, then what isn't stated...)."""
    return second if _rank(second) > _rank(first) else first


#: A question read as asking of the answer before it, in that answer's words, has at most this
#: many words.
IN_ANSWER_WORDS = 8

#: A question asking who: "who should be trained?", "training for whom?".
_ASKS_WHO = re.compile(r"^\W*(?:and\s+|so\s+)?who\b|\bfor\s+whom?\W*$", re.I)
#: "push for", "called for" closing a question: what was urged, not a purpose.
_URGED_FOR = re.compile(r"\b(?P<urged>(?:push|call|advocat|argu|ask)\w*)\s+for(?=\W*$)", re.I)

#: A follow-up of at most this many content words that names something no example or answer
#: uses is about that new thing.
NEW_SUBJECT_WORDS = 3


def _subject_of(title: str) -> str:
    """What a title is about without the kind of answer it gives: "When was the 2023 security
    conference held?" lends a follow-up ("and where?") its conference, not its "when"."""
    return " ".join(w for w in title.split() if fold(w).strip("?,.!'") not in ANSWER_TYPE_WORDS)


class FollowUpReader(Decider):
    """Readings of a question in its conversation."""

    def _respond(self, question: str, previous: str | None, context: str,
                 normalised: str | None = None, *, second_part: bool = False) -> Reply:
        """A whole question read again (``Responder._respond``)."""
        raise NotImplementedError

    def _it_as_said(self, question: str, said_before: str) -> str | None:
        """A short follow-up about "it" after a question that named an event and was not
        answered, with "it" as that event in the words the question used: "and who hosted it?"
        after "When was the 11th AMMTC?" asks who hosted the 11th AMMTC."""
        if len(question.split()) > NEW_SUBJECT_WORDS + 3 or _WHAT_IS_IT.match(question):
            return None                      # "what is it?" asks what was just mentioned
        document = self._one_event(said_before)
        names = self._name_patterns[document] if document else None
        first = names.search(said_before) if names else None
        if names is None or first is None:
            return None
        said = names.findall(said_before)
        if _NEXT_BEFORE.search(said_before, 0, first.start()):
            said = ["next", *said]           # "when is the next AMMTC and who will host it?"
        elif year := _YEAR_BEFORE.search(said_before, 0, first.start()):
            said = [year.group("year"), *said]   # "what did the 2024 GSCC discuss and where
            #                                       was it held?": where the 2024 one was
        if IT_WORD.search(question) is None:
            # "what country then?" after "which city hosted the GSCC?": of the GSCC
            return f"{question.rstrip(' ?')} of the {' '.join(said)}?" \
                if _THEN.search(question) and not self.events.named(question) else None
        return IT_WORD.sub(" ".join(said), question, count=1)

    def _asked_of_the_other(self, question: str, said_before: str, previous: str | None
                            ) -> str | None:
        """The question asked before, of the other event: "and the other meeting?", "no, I
        meant the ASEAN meeting" or "what about the one in China?" after a question about the
        other event; None otherwise."""
        other = _THE_OTHER.match(question)
        meant = MEANT.match(question) if other is None else None
        if other is None and meant is None:
            # "ok, what about the one in China?": only the other event named
            meant = _WHAT_ABOUT.match(question)
            if meant is None or not set(self.normaliser.content_tokens(meant.group("what"))) \
                    <= self._naming_words | {"one"}:
                return None
        if meant is not None and len(pieces := sentences_of(meant.group("what"))) > 1:
            # "no, I meant the conference in China. what was its aim?": its question, of that
            named, rest = pieces[0], " ".join(pieces[1:])
            if _ITS_WORD.search(rest):
                return _ITS_WORD.sub(lambda _: f"{named}'s", rest, count=1)
            return IT_WORD.sub(lambda _: named, rest, count=1) if IT_WORD.search(rest) \
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

    def they_as_named(self, question: str, said_before: str, previous: str | None
                      ) -> str | None:
        """A short follow-up about "they" with "they" as the one country the question before
        named as a party, at the event the answer before is from (or, with none, the event
        that question named): "what did they talk about there?" after "Did Myanmar attend the
        security conference in China?" asks what Myanmar talked about at the conference. None
        otherwise."""
        if len(question.split()) > THEY_WORDS or not _THEY.search(question):
            return None
        named = {m.group("name").lower() for m in _PARTY.finditer(said_before)}
        documents = self.events.documents_of(previous) if previous is not None \
            else self.events.named(said_before)
        if len(named) != 1 or len(documents) != 1:
            return None
        name = next(iter(named)).capitalize()
        event = self.kb.corpus.documents[next(iter(documents))].names[0]
        asked = _THEY.sub(lambda m: name if m.group(0).lower() == "they" else f"{name}'s",
                          question).rstrip(" ?")
        if self.events.named(question):
            return f"{asked}?"
        there = re.sub(r"\bthere\b", f"at the {event}", asked, count=1, flags=re.I)
        return f"{there}?" if there != asked else f"{asked} at the {event}?"

    def it_as_mentioned(self, question: str, said_before: str) -> str | None:
        """A short follow-up about "it" with "it" as the thing the question before asked the
        article to mention, or asked to be one of a list (not an event, which has readings of
        its own): "who uses it?" after "Does the GSCC article mention Artificial Intelligence?"
        asks who uses AI; "what did they want done about it?" after "Was human trafficking one
        of the focus areas?" asks about human trafficking. None otherwise."""
        listed = _ONE_OF.search(said_before.strip())
        return self._pronoun_as_thing(question, IT_WORD,
                                      listed or _MENTIONED.search(said_before.strip()),
                                      IT_LISTED_WORDS if listed else IT_MENTIONED_WORDS)

    def they_as_asked_about(self, question: str, said_before: str) -> str | None:
        """A short follow-up about "they" with "they" as the things the question before asked
        what was said about: "what are they used for?" after "What did the Global Terrorism
        Index say about drones?" asks what drones are used for (not what precursor chemicals
        are, whose example it all but repeats). None otherwise."""
        return self._pronoun_as_thing(question, _THEY_OR_THEM,
                                      _SAID_ABOUT.search(said_before.strip()), IT_MENTIONED_WORDS)

    def _pronoun_as_thing(self, question: str, pronoun: re.Pattern[str],
                          thing: re.Match[str] | None, most_words: int) -> str | None:
        """``question`` with its first ``pronoun`` as the ``thing`` found in the question before
        (not an event), when it is at most ``most_words`` long and does not ask what the
        pronoun is; None otherwise."""
        if len(question.split()) > most_words or _WHAT_IS_IT.match(question) \
                or not pronoun.search(question) \
                or thing is None or self.events.named(thing.group("thing")):
            return None
        asked = re.sub(r"^\W*(?:and|so|ok|okay|then)\b\W*", "", question, flags=re.I)
        meant = thing.group("thing")
        return pronoun.sub(lambda _: meant, asked, count=1)   # (now it leans on none)

    def item_by_place(self, question: str, previous: str) -> str | None:
        """The item a short follow-up asks for by its place in the list answered before it, or
        in the list the item answered before it is from ("and the next one?"); None otherwise."""
        asked = _NTH_ITEM.search(question) if len(question.split()) <= NTH_ITEM_WORDS else None
        if asked is None:
            return None
        listing = previous if previous in self._items_in_order else self._list_of.get(previous)
        if listing is None:
            return None
        order = self._items_in_order[listing]
        nth = asked.group("nth").lower()
        if nth == "next":
            if previous == listing or order.index(previous) + 1 >= len(order):
                return None
            return order[order.index(previous) + 1]
        place = _PLACES[nth]
        return order[place] if place < len(order) else None

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
            if alone.decision is not Decision.ANSWER and (
                    self._says_it_already(question, self._match(question, title,
                                                                 previous=previous), previous)
                    or (_ASKS_WHO.search(question)
                        and self._asks_again(self._match(question), previous))):
                # "what did the meeting say should be done?" after what it said about
                # trafficking, "who should be trained?" after capacity building ("training of
                # law enforcement officers"): that answer says (which details it leaves out,
                # "which mechanisms specifically?", it does not)
                return self.answer(self.kb.intents[previous], question, alone.score,
                                   alone.explanation)
            with_subject = self.decide(question, self._match(question, title, with_context=True))
            own = {intent for intent, _ in alone.candidates}
            # the title alone must not answer: the question's own words must point there too
            return with_subject if with_subject.decision is Decision.ANSWER \
                and with_subject.intent in own else alone
        reading = self._match(question, title, previous=previous)
        if not second_part and alone.decision is not Decision.ANSWER \
                and len(reading.tokens) <= NEW_SUBJECT_WORDS \
                and any(stem(w) not in MORE_OF_THE_SAME and stem(w) not in self._asking_words
                        for w in reading.unknown):
            # "what about drones in ukraine?": a short follow-up naming what the sources never
            # mention asks about that, not more of the answer it follows
            return alone
        # a question in the previous answer's own words asks about that answer again
        # ("was Myanmar one of them?" after the participants): it may repeat it
        # ... but one naming nothing, that asks what was said ("what did they talk about?"
        # after who attended), asks what the answer does not give (not "what does it say?"
        # after the index is named: what the index says is that answer). One asking what
        # someone it names said there, whose own closest is another answer ("what did Myanmar
        # talk about there?" after who attended), is read with the subject below, not as that
        # answer again.
        said = _ASKS_WHAT_WAS_SAID.search(question) is not None
        own_lead = alone.candidates[0] if alone.candidates else None
        said_by_other = said and _SAID_BY_NAMED.search(question) is not None \
            and own_lead is not None and own_lead[0] != previous \
            and own_lead[1] >= self.thresholds.answer_threshold
        again = not (said and not reading.tokens and not _IT_SAYS.search(question)) and (
            self._asks_again(reading, previous)
            or (refers_back(question) and self._asks_of_answer(reading, previous)))
        if not second_part and self._of_the_same(question, previous) and not (
                (in_it := self.decide(question, reading)).decision is Decision.ANSWER
                and in_it.intent != previous):
            # "and the traffickers?" after what the meeting said about trafficking victims:
            # that answer speaks of them too (not "and info sharing?" after the dialogue
            # partners' help with it: information sharing has an answer of its own)
            return self.answer(self.kb.intents[previous], question,
                               reading.best.score if reading.best else 0.0)
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
        if alone.decision is Decision.ANSWER and alone.score >= SURE > in_event.score \
                and not (again and in_event.decision is Decision.ANSWER
                         and in_event.intent == previous):
            # its own words all but repeat an example ("what did myanmar say about its
            # security challenges"): they say more than the conversation (unless they ask of
            # the answer before, in its words: "was capacity building one?" after the
            # conference's themes)
            return alone
        if in_event.decision is Decision.ANSWER and in_event.intent != previous \
                and again and previous not in self._items_of \
                and ANSWER_TYPE_WORDS.isdisjoint(reading.tokens):
            # "do they share intelligence there?" after what the AMMTC does, whose answer says
            # it is where member states share intelligence: that answer, not the one on
            # information sharing in general (a list's items have answers of their own; "how
            # often", "who" and the like ask for a kind of fact the answer found gives)
            return self.answer(self.kb.intents[previous], question, in_event.score,
                               in_event.explanation)
        if in_event.decision is Decision.ANSWER:
            return in_event
        if alone.decision is Decision.ANSWER and in_event.suggestions \
                and in_event.suggestions[0].intent == alone.intent:
            # "ok and where did it happen" after the conference's aim: read alone it is
            # answered, and the conversation's closest agrees
            return alone
        instead = self._in_place_of(question, previous)
        if (instead or self._in_place_of(question, previous, pattern=_AND_THE)) \
                and (lead := self._clear_lead(in_event)).decision is Decision.ANSWER:
            # "what about drugs?" (or "and training?") after cybercrime asks of drugs instead:
            # in the conversation's event its one word is enough when its closest leads clearly
            return lead
        with_subject = self._not_again(self.decide(
            question, self._match(question, title, with_context=True, previous=previous)), previous,
            again=again and not said_by_other)
        if said_by_other and with_subject.decision is Decision.CLARIFY \
                and with_subject.suggestions and own_lead is not None \
                and with_subject.suggestions[0].intent == own_lead[0] \
                and dict(with_subject.candidates).get(own_lead[0], 0.0) \
                >= self.thresholds.answer_threshold:
            # "what did Myanmar talk about there?" after who attended: not that answer again,
            # when the next closest with the conversation's subject is the question's own
            with_subject = replace(self.answer(
                self.kb.intents[own_lead[0]], question,
                dict(with_subject.candidates)[own_lead[0]], with_subject.explanation),
                candidates=with_subject.candidates)
        if instead and with_subject.intent != (in_event.candidates[:1] or [("", 0.0)])[0][0]:
            # ... and with the previous subject's words it must not read as another answer
            # (the one that lists both)
            return in_event
        event_named = self._event_for_it(question, previous)
        if with_subject.decision is Decision.ANSWER and (
                with_subject.intent != previous or again or in_event.decision is Decision.DECLINE) \
                and not (with_subject.intent == previous and in_event.reason is Reason.NOT_STATED) \
                and (event_named is None or event_named.intent == with_subject.intent
                     or not in_event.suggestions
                     or in_event.suggestions[0].intent != event_named.intent):
            return with_subject
        if event_named is not None:
            # "what crimes does it deal with?" after who hosts the AMMTC: "it" is the AMMTC,
            # not the answer's subject ("hosts the AMMTC") read into the question
            return event_named
        # "ok and training?" after legal frameworks: its own closest, not the same answer again
        return better(in_event, with_subject) if with_subject.decision is not Decision.ANSWER \
            else in_event

    def _unsaid_of_subject(self, question: str, previous: str) -> Reply | None:
        """"The article doesn't say" when a question pointing back ("where do *they* come
        from?"), read with the previous answer's subject, all but repeats a question the
        sources do not answer; None otherwise."""
        subject = _subject_of(self.kb.intents[previous].title)
        reply = self.decide(question, self._match(question, subject, with_context=True,
                                                  previous=previous))
        return reply if reply.reason is Reason.NOT_STATED and reply.score >= SURE else None

    def _clear_lead(self, reply: Reply) -> Reply:
        """An unsure reply answered with its closest when that leads as a confident answer
        would (whatever how little the question names); the reply itself otherwise."""
        if reply.decision is not Decision.CLARIFY or not reply.candidates:
            return reply
        best, score = reply.candidates[0]
        runner_up = reply.candidates[1][1] if len(reply.candidates) > 1 else 0.0
        t = self.thresholds
        if best in self.gaps or best not in self.kb.intents \
                or t.confidence(score, runner_up) < t.answer_threshold:
            return reply
        return replace(self._answer_as_asked(self.kb.intents[best], reply.question, score,
                                             reply.explanation), candidates=reply.candidates)

    def _of_the_same(self, question: str, previous: str) -> bool:
        """Whether "and the X?" / "what about X?" names only what the previous answer (not a
        list, whose items have answers of their own) itself says."""
        words = self._subject_named(_AND_THE.match(question) or _WHAT_ABOUT.match(question))
        return bool(words) and previous not in self._items_of \
            and words <= self._answer_words.get(previous, frozenset())

    def _in_place_of(self, question: str, previous: str, pattern: re.Pattern[str] = _WHAT_ABOUT
                     ) -> bool:
        """Whether a "what about X?" follow-up (or one ``pattern`` matches) names, as X, a
        subject the previous answer does not speak of (it asks of X instead)."""
        words = self._subject_named(pattern.match(question))
        return bool(words) and not words & self._answer_words.get(previous, frozenset())

    def _subject_named(self, asked: re.Match[str] | None) -> set[str]:
        """The words (stems) of the X that "and the X?" / "what about X?" names."""
        if asked is None:
            return set()
        return set(self.normaliser.content_tokens(asked.group("what"))) - ANSWER_TYPE_WORDS

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

    def _says_it_already(self, question: str, reading: MatchResult, previous: str) -> bool:
        """Whether a follow-up asks why, what is to be done, how many or what it leads to, of
        the answer it follows, naming nothing that answer does not, and that answer gives a
        reason, what must be done, a figure or a consequence."""
        if asks_reason(question):
            gives = self._gives_reason
        elif asks_measures(question):
            gives = self._gives_measures
        elif asks_count_only(question):
            gives = self._gives_figure      # "how many?" after "over 50 ... organizations"
        elif asks_consequence(question):
            gives = self._gives_consequence  # "what does it lead to?" after "fueling addiction"
        else:
            return False
        named = set(reading.tokens) - self._asking_words - self._leading_to - ANSWER_TYPE_WORDS
        # (words the sources never use may still only ask: "what measures did they *suggest*?")
        return previous in gives and set(reading.unknown) <= self._asking_words | MORE_OF_THE_SAME \
            and named - MORE_OF_THE_SAME <= self._answer_words.get(previous, frozenset())

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
        examples match "approach"; "what approach did they *push for*?" too: what they urged is
        what the answer says)."""
        words = set(own.tokens) - ANSWER_TYPE_WORDS - self._urging_words
        return bool(words) and not own.unknown and words <= self._answer_words[previous]

    def _in_answer_before(self, question: str, reply: Reply, previous: str) -> bool:
        """Whether a question answered on its own with another answer of the same event asks,
        in words all from the answer before it, what that answer says: "what approach did the
        meeting want?" after what the meeting said about trafficking, whose answer says which
        approach it wanted (not the meeting's approach in general). The event's name alone is
        not enough ("what did the meeting emphasize?")."""
        found = reply.intent
        if reply.decision is not Decision.ANSWER or found is None or found == previous \
                or reply.parts or len(question.split()) > IN_ANSWER_WORDS \
                or previous in self._items_of or found in self._items_of.get(previous, ()) \
                or self._same_paragraph(found, previous) \
                or _WHAT_ABOUT.match(question) or _AND_THE.match(question) \
                or self.events.documents_of(found) != self.events.documents_of(previous):
            # a list's items, and answers from one paragraph, have answers of their own; "what
            # about X?" asks of X instead
            return False
        # "what approach did they push for?": the "for" of what is urged asks no purpose
        own = self._match(_URGED_FOR.sub(r"\g<urged>", question))
        return self._asks_of_answer(own, previous) and bool(
            set(own.tokens) - ANSWER_TYPE_WORDS - self._urging_words - self._naming_words
            - self._any_event_words)

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
