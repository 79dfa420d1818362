"""Composing the reply for an intent: the snippet as asked (a count, a definition, what it names
only in general), "the article doesn't say", and the suggestions offered with it."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import OSA

from bot import texts
from bot.core.normalise import stem
from bot.core.phrasing import (
    asks_about_outcome,
    asks_exact_count,
    asks_for_detail,
    asks_for_list,
    asks_for_person,
    counted,
    named_whether,
    speaker_asked,
    term_to_define,
    which_of,
)
from bot.core.reply import Decision, Explanation, Reason, Reply, Suggestion
from bot.core.responding.base import NAMEABLE_UNMENTIONED, ResponderBase
from bot.knowledge.corpus import NotStated
from bot.knowledge.intents import Intent, Line

#: The small-talk intent whose answer introduces the bot.
HELP_INTENT = "help"

#: "which countries ...", "which nations ...": of an answer that speaks of no country, nor names
#: one ("held in the People's Republic of China", "hosted by different ASEAN member states"),
#: there is none to name.
_WHICH_STATES = re.compile(r"\bwhich\s+(?:[\w-]+\s+)?(?:countries|country|nations|nation|states)\b",
                           re.I)
#: Countries a question may name.
COUNTRY_NAMES = ("myanmar", "burma", "china", "thailand", "laos", "lao", "vietnam", "cambodia",
                 "malaysia", "singapore", "indonesia", "philippines", "brunei", "india", "japan",
                 "korea", "australia", "russia", "america")
#: ... and words that name some: "ASEAN member states" ("nations" alone names none).
_COUNTRIES = frozenset(stem(w) for w in ("member", "asean", *COUNTRY_NAMES))

#: "which drugs ...", "wat drugs go thru SE asia": of an answer that neither speaks of drugs (not
#: "drug trafficking") nor names one, there is none to name.
_WHICH_DRUGS = re.compile(r"\b(?:which|what|wat|wich)\s+(?:(?!(?:about|of|on|regarding)\b)[\w-]+\s+)?"
                          r"(?:drugs|narcotics)\b", re.I)
_DRUGS = frozenset({"drugs", "narcotics", "heroin", "methamphetamine", "meth", "opium", "cocaine",
                    "yaba", "ketamine", "fentanyl", "cannabis", "ecstasy"})

#: "Did China take part in the 11th AMMTC?": whether a country attended, which an answer that
#: never names it does not say.
_COUNTRY_ATTENDED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:did|was|were|has|have|had)\s+(?P<who>" + "|".join(COUNTRY_NAMES)
    + r")\s+(?:(?:also|even|actually|really|ever)\s+)?(?:take\s+part|taken\s+part|took\s+part|"
    r"attend|attended|participate|participated|join|joined|go|gone|send|sent|present|there|at)\b",
    re.I)

#: Double quotes around the words a question quotes.
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
_WHICH_KIND = re.compile(r"\b(?:which|who\s+(?:were|are|was|is)\s+the)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)",
                         re.I)
#: "who were the officials ... *representing*?" asks what they stood for, which the answer
#: gives ("representing over 50 ... organizations"), not their names.
_STOOD_FOR = re.compile(r"\b(?:representing|represent|there\s+for|on\s+behalf\s+of)\W*$", re.I)
#: "what kind of X" asks which X, too: "wat *kind of drones* did the criminals use" of an answer
#: that speaks of drones only in general.
_KIND_OF = re.compile(r"\b(?:what|which|wat|wich)\s+(?:kinds?|types?|sorts?)\s+of\s+"
                      r"((?:[\w'-]+\s+){0,2}[\w'-]+)", re.I)
#: "specific X": the things asked for in particular.
_SPECIFIC = re.compile(r"\bspecific\s+([\w'-]+)", re.I)
#: "what were the X" asks to name them too, when nothing but "that were shared" and the like
#: follows: "what were the successful security restoration strategies that were shared?" (not
#: "what are the unscrupulous groups *using* ...").
_WHAT_WERE_THE = re.compile(r"\bwhat\s+(?:were|are)\s+the\s+((?:[\w'-]+\s+){0,4}[\w'-]+?)"
                            r"(?=\s*(?:[?.!]|$|\s(?:that|which)\s+(?:were|are|was)\b|(?<!ing)\sto\b|"
                            r"\s(?:shared|mentioned|discussed|named|listed|cited|referred|"
                            r"meant|in\s+question|(?:that|which)\s+(?:need|needs|capacity|"
                            r"training|officers|law|the|they|it|ASEAN|member)|"
                            r"(?:it|the\s+article|they)\s+(?:mentions|means|refers|lists|"
                            r"talks|speaks))\b))", re.I)

#: "what X did ...", "what X to ...": "what *mechanisms* to improve information sharing did the
#: meeting explore?", "what *training programs* were launched?" ask to name them too.
_WHAT_KIND = re.compile(r"^\W*(?:according\s+to\s+the\s+(?:article|text|piece)\W+)?what\s+"
                        r"(?!(?:must|can|could|should|would|will|do|does|did|is|are|was|were|has|"
                        r"have|had|kind|kinds|sort|sorts|type|types)\b)"
                        r"((?:(?!(?:about|of|on|in|for|from|with|by|at)\b)[\w'-]+\s+){0,3}?"
                        r"[\w'-]+s)\s+(?:to|for|did|do|does|were|was|are|has|have|had|will)\b",
                        re.I)

#: A counted word this long or longer may be misspelt ("hw many *organisatons*"); a third of its
#: letters may differ from the answer's spelling.
_MISSPELT_FROM = 5
_LETTERS_PER_SLIP = 3


def _misspells(word: str, known: str) -> bool:
    """Whether a (stemmed) word is a misspelling of a known one: "organisaton" of "organizat"."""
    return len(word) >= _MISSPELT_FROM and word[0] == known[0] \
        and OSA.distance(word, known) <= len(word) // _LETTERS_PER_SLIP


class ReplyComposer(ResponderBase):
    """Replies for intents and not-stated entries."""

    def _answer_as_asked(self, intent: Intent, question: str, score: float,
                         explanation: Explanation | None) -> Reply:
        """The answer with ``intent``, or "the article doesn't say ..." before it when the
        question asks what came of it, what someone said that it does not report, for more
        detail, a list, a count or names it does not give, or what a term it only mentions is."""
        if intent.kind != "content":
            return self.answer(intent, question, score, explanation)
        # 'Which "public awareness campaigns" ...?', "wat r the 5 principles" (what are they)
        asked = self.normaliser.spelled_out(_QUOTE_MARKS.sub("", question))
        named = named_whether(asked)
        if named is not None and set(self.normaliser.content_tokens(named)) \
                <= self._answer_words[intent.id]:
            # "were NGOs named among those who should fight cyber criminals?": the answer
            # names them, so it answers yes
            return self.answer(intent, question, score, explanation)
        speaker = speaker_asked(asked) if intent.id not in self._reports_speech else None
        if asks_about_outcome(asked):
            reply = self._says_only(intent, question, texts.NO_OUTCOME_MESSAGE, score)
        elif speaker is not None:               # "what did the Chinese hosts say?" of the venue
            reply = self._says_only(intent, question, texts.NOT_REPORTED_SAID_MESSAGE.format(
                who=speaker), score)
        elif (asks_for_detail(asked) and not self._names_the_specific(intent, asked)) or (
                asks_for_list(asked)
                and not any(line.is_list_item for line in intent.answer_lines)
                and self._enumerated_in[intent.id].isdisjoint(
                    self.normaliser.content_tokens(asked))) \
                or not self._counts(intent, asked) or self._names_none_of(intent, asked) \
                or (asks_exact_count(asked) and intent.id in self._rough_figures) \
                or asks_for_person(asked) or self._attendance_unsaid(intent, asked):
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

    def _names_the_specific(self, intent: Intent, question: str) -> bool:
        """Whether "specific X" asks for the very things the answer names one by one: "any
        specific themes?" of the conference's themes, which it enumerates."""
        asked = _SPECIFIC.search(question)
        return asked is not None and not self._enumerated_in[intent.id].isdisjoint(
            self.normaliser.content_tokens(asked.group(1)))

    def _counts(self, intent: Intent, question: str) -> bool:
        """Whether the answer gives a figure for what a "how many" question counts: "over 50 ...
        organizations" answers how many organisations took part, not how many delegates."""
        thing = counted(question)
        if thing is None:
            return True
        word = stem(self.normaliser.normalise(thing))
        counts = self._counts_of[intent.id]
        return word in counts or any(_misspells(word, known) for known in counts)

    def _attendance_unsaid(self, intent: Intent, question: str) -> bool:
        """Whether the question asks if a country attended, and the answer never names it."""
        asked = _COUNTRY_ATTENDED.search(question)
        return asked is not None and not set(self.normaliser.content_tokens(
            asked.group("who"))) <= self._answer_words[intent.id]   # "burma": myanmar

    def _names_none_of(self, intent: Intent, question: str) -> bool:
        """Whether a "which ..." question asks to name things the answer speaks of only in
        general: "which criminal groups use drones?" of "these unscrupulous groups", "who were
        the prominent officials?" of "prominent officials ... were in attendance"."""
        asked = which_of(question)
        if asked and not self._unnamed_in[intent.id].isdisjoint(
                self.normaliser.content_tokens(asked)):
            return True
        # "which countries supply drones to criminal groups?" of an answer naming no country;
        # "which drugs go through SE Asia?" of "a major transit route for illicit drug trafficking"
        if _WHICH_STATES.search(question) and _COUNTRIES.isdisjoint(self._answer_words[intent.id]):
            return True
        if _WHICH_DRUGS.search(question) and _DRUGS.isdisjoint(self._answer_spelling[intent.id]):
            return True
        sort = _KIND_OF.search(question)
        if sort is not None and not any(line.is_list_item for line in intent.answer_lines) \
                and not self._sorts_unnamed_in[intent.id].isdisjoint(
                self.normaliser.content_tokens(sort.group(1))):
            return True                         # "what kind of drones did the criminals use?"
        named = None if _STOOD_FOR.search(question) else (
            _WHICH_KIND.search(question) or _WHAT_WERE_THE.search(question)
            or _WHAT_KIND.search(question))
        if named is None:                       # up to four words: "which successful security
            return False                        # restoration strategies"
        kinds = set(self.normaliser.content_tokens(named.group(1)))
        asked_kinds = kinds & NAMEABLE_UNMENTIONED
        if asked_kinds and asked_kinds.isdisjoint(self._answer_words[intent.id]) \
                and asked_kinds.isdisjoint(self._exemplified.get(intent.id, ())):
            return True                         # "which training programmes were launched?"
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

    def _suggestion(self, intent_id: str) -> Suggestion:
        return Suggestion(intent_id, self.kb.intents[intent_id].title)

    def _fill(self, line: Line) -> Line:
        topics = ", ".join(self._topic_titles)
        documents = "; ".join(d.title for d in self.kb.corpus.documents.values())
        text = line.text.replace("{topics}", topics).replace("{documents}", documents)
        return replace(line, text=text)
