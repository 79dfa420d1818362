"""The decision on one match: answer, "the closest I have", or decline, with the checks that keep an
answer on the question's subject, event and kind of fact.

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
from collections.abc import Set as AbstractSet
from dataclasses import replace

from bot import texts
from bot.core.matcher import ANSWER_TYPE_WORDS, Candidate, MatchResult
from bot.core.normalise import STOPWORDS, content_words_of, fold, stem
from bot.core.phrasing import (
    YEAR,
    sentences_asking,
    split_two,
    which_of,
)
from bot.core.reply import Decision, Explanation, Reason, Reply
from bot.core.responding.base import WORD
from bot.core.responding.replies import COUNTRY_NAMES, ReplyComposer
from bot.core.thresholds import Thresholds
from bot.knowledge.intents import Line

#: A score this high means the question is one of the examples, word for word.
EXACT = 100.0

#: A question read alone this well needs no help from the conversation it is part of.
SURE = 90.0

#: Two close candidates quoting one paragraph answer together from this score up.
SIBLING_FLOOR = 45.0

#: Question words that ask for a single fact (a date, a place, a figure) or for particulars.
FACT_TYPES = ANSWER_TYPE_WORDS - {"who", "why"}

DECLINE_MESSAGE = Line(texts.DECLINE_MESSAGE)
CLARIFY_MESSAGE = Line(texts.CLARIFY_MESSAGE)

_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z]*[A-Z][a-zA-Z]*|[A-Z][a-z]+|[A-Z]+\d+[A-Z]*)\b")
#: A run of capitalised words, joined by the small words names have ("Convention on Counter
#: Terrorism", "Ministers' Meeting").
_NAME_JOINS = frozenset({"of", "on", "and", "for", "the", "against", "to"})
_NAME_JOINED = "|".join(sorted(_NAME_JOINS))
_NAME_RUN = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{_NAME_JOINED})\s+)*[A-Z][\w'’-]*)+")

#: Words that put what follows as the source a question is asked of: "*according to* the
#: Munich Security Report, ...".
_CITING = re.compile(r"\b(?:according to|as per)\b", re.I)

#: Words that lean on something named before: "when did *it* start?".
_LEANING_ON = re.compile(r"\b(?:it|they|them|(?:that|this)(?!\s+(?:article|text|piece|report|story|"
                         r"document|page|faq|post|source)\b))\b", re.I)
#: ... unless it stands for the text: "what did *it say* about ...".
_OF_THE_TEXT = re.compile(r"\b(?:it|they)\s+(?:says?|said|mentions?|mentioned|describes?|"
                          r"described|notes?|noted|reports?|reported|claims?|claimed|writes?)\b",
                          re.I)
#: A place the asker is in or from ("a bank *in Ho Chi Minh City*"), which is not asked about.
_ASKERS_PLACE = re.compile(r"\b(?:in|from|at|near)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+")
#: Words that point at something talked about, and words that address the bot.
_SOMETHING_ELSE = frozenset("it its they them their he she his her".split())
_THE_BOT = frozenset("you u your ur bot".split())
_ASKS = frozenset("what whats wat who whos when where wheres why how hows which".split())

#: Question words that ask for particulars an answer's words alone do not show it gives.
_PARTICULARS = ANSWER_TYPE_WORDS | {"how"}

_CRIMES = frozenset(stem(w) for w in ("trafficking", "smuggling", "fraud", "scams", "scam",
                                      "laundering", "crime", "crimes", "terrorism", "poaching"))
#: Words in double or single quotes: what a question quotes ('the meeting called for
#: "victim-centered approaches"', "the aim to 'foster collaboration'").
_QUOTATION = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,300})[\"\u201d]"
                        r"|(?:^|(?<=[\s(\[]))['\u2018]([^'\u2018\u2019]{3,300}?)['\u2019](?=[\s.,;:!?)]|$)")
#: A quote of an answer has at least this many words (filler aside).
QUOTED_WORDS = 2

#: Places beyond the region the sources speak of, however typed ("and what's india's foreign
#: policy like?"): a question about one is not answered with an answer that never names it.
_PLACES = re.compile(
    r"\b(?:india|japan|korea|australia|russia|america|usa|uk|britain|england|europe|european|eu|"
    r"africa|latin\s+america|south\s+america|middle\s+east|mexico|colombia|canada|germany|"
    r"france|italy|spain|pakistan|afghanistan|iran|iraq|syria|nigeria|brazil|turkey|ukraine|"
    r"bangladesh|sri\s+lanka|nepal|taiwan|hong\s+kong|new\s+zealand)(?:['’]?s)?\b", re.I)
#: A question for the region an event was about: "which region was the 11th AMMTC focused
#: on?", "did it focus on Southeast Asia?".
_REGION_ASKED = re.compile(r"\b(?:which|what)\s+region\b|\b(?:focus|focused|focussed|centred|"
                           r"centered)\s+on\s+(?:south\s*-?\s*east\s+asia|sea)\b", re.I)
#: How far below the best an answer naming the region may score and still come first.
REGION_WINDOW = 35.0
#: The region's name among an answer's words.
_REGION_NAMED = frozenset({"southeast", "asia"})
#: Words before a place that make it the asker's own ("I'm from India, ..."), not asked about.
_ASKERS_OWN = re.compile(r"\b(?:i\s*['’]?m|i\s+am|i|we|we\s*['’]?re|my|our)\b(?:\s+\S+){0,3}\s*$",
                         re.I)
#: Words that name another edition of an event, and the events they may come before: "the
#: *next gscc*", "the *previous* asean crime *meeting*".
EDITIONS = frozenset({"next", "previous", "upcoming", "prior"})
EDITIONED = frozenset({"gscc", "ammtc", "conference", "meeting", "edition", "summit", "session",
                       "forum", "one"})

#: Facts of an edition that a question about another edition asks: "*when* is the next gscc".
EDITION_FACTS = frozenset({"when", "where", "who", "date", "dates", "held", "host", "hosts",
                           "hosted", "venue", "city", "year"})


def _edition_named(tokens: tuple[str, ...]) -> str | None:
    """The word naming another edition of an event, when the question asks a fact of it."""
    if EDITION_FACTS.isdisjoint(tokens):
        return None
    return next((token for index, token in enumerate(tokens) if token in EDITIONS
                 and not EDITIONED.isdisjoint(tokens[index + 1:index + 3])), None)


#: Question words that say what kind of answer is wanted, not what it is about.
_ASKING_TOKENS = frozenset(stem(w) for w in ("what", "which", "who", "how", "why", "when", "where",
                                             "does", "do", "did", "is", "are", "article", "say",
                                             "says", "text", "piece"))

#: Words after which a question names its subject: "what does it say *about* chemicals ...".
_ABOUT = frozenset({"about", "regarding", "concerning"})
#: A document "about" something: a description of the text, not what is asked ("who wrote the
#: *article about* the ASEAN meeting?").
_DOCUMENT_WORDS = (["article"], ["piece"], ["text"], ["report"], ["story"], ["one"], ["post"])


def names_unknown(question: str, result: MatchResult) -> bool:
    """Whether the question names something (a capitalised word or acronym, not at the start of
    a sentence) that no example or answer ever uses: "the Munich Security Conference", "FATF".
    Such a question is about something else, however well the rest of it matches."""
    if not result.unknown:
        return False
    unknown = set(result.unknown)
    return any(stem(fold(name)) in unknown for name in _NAME.findall(question.strip()))


def names_another_gathering(question: str, result: MatchResult) -> bool:
    """Whether the question names a gathering no source reports: a name no example or answer
    uses at most three words before a word for one ("the *Munich* Security Conference"), or
    joined with one into a word of its own ("ASEAN Summit": "aseansummit")."""
    unknown = set(result.unknown)
    if not unknown:
        return False
    names = {stem(fold(name)) for name in _NAME.findall(question.strip())} & unknown
    words = [stem(word) for word in result.normalised.split()]
    return any((word in unknown and any(word.endswith(g) for g in _GATHERINGS))
               or (word in names and not _GATHERINGS.isdisjoint(words[index + 1:index + 4]))
               for index, word in enumerate(words))


def _unknown_before(result: MatchResult, nouns: frozenset[str], *, after_known: bool) -> bool:
    """Whether a word no example or answer uses comes right before one of ``nouns`` (stemmed);
    unless ``after_known``, only where the word before it is not one they use."""
    unknown = set(result.unknown)
    if not unknown:
        return False
    known: AbstractSet[str] = frozenset() if after_known else set(result.tokens) - unknown
    words = ["", *(stem(word) for word in result.normalised.split())]
    return any(word in unknown and following in nouns and before not in known
               for before, word, following in zip(words, words[1:], words[2:], strict=False))


def _another_crime(result: MatchResult) -> bool:
    """Whether the question names a kind of crime the sources never speak of: a word no example
    or answer uses right before a crime ("*wildlife* trafficking", "*organ* smuggling")."""
    return _unknown_before(result, _CRIMES, after_known=True)


#: Nouns for a gathering: a word the sources never use right before one names another event
#: ("*sco* summit 2023 venue", "the *munich* conference").
_GATHERINGS = frozenset(stem(w) for w in ("summit", "summits", "conference", "conferences",
                                          "forum", "forums", "convention", "congress",
                                          "assembly", "dialogue", "meeting", "meetings"))


def _another_event(result: MatchResult) -> bool:
    """Whether the question names a gathering the sources never report: a word no example or
    answer uses right before a word for one ("sco summit 2023 venue"), and after no word they
    use (in "the global security *coop* conference" it shortens a word of the name)."""
    return _unknown_before(result, _GATHERINGS, after_known=False)


#: When or where something was: "when did the *coup* happen", "where was the *summit* held".
_WHEN_OF = re.compile(r"^(?:when|where) (?:did|does|was|were|is|will) (?:(?:the|a|an|this|that) )?"
                      r"(?P<subject>\w+)")


def _when_of_unknown(result: MatchResult) -> bool:
    """Whether the question asks when or where of a subject the sources never name: "when did
    the coup happen?" is not asked of the conference's dates, whatever else the message names."""
    asked = _WHEN_OF.match(result.normalised)
    return asked is not None and stem(asked.group("subject")) in result.unknown


#: A yes-or-no question whether a source speaks of a topic: "did the GSCC discuss *climate*
#: change ...?". A topic no example or answer uses is one the sources do not speak of.
_TOPIC_ASKED = re.compile(
    r"^(?:did|does|do|was|were|is|are|has|have)\b.*?\b(?:discuss(?:ed)?|mention(?:ed)?|"
    r"cover(?:ed)?|talk(?:ed)? about|address(?:ed)?|say anything about|said anything about|"
    r"deal(?:t)? with|bring up|brought up|raised?|touch(?:ed)? on|refer(?:red)? to|"
    r"speak (?:about|of))(?: (?:the|any|about|on))? (?P<topic>\w+)")
#: Words after such a verb that are no topic: "is extradition mentioned *anywhere*".
_NO_TOPIC = frozenset(stem(w) for w in ("anywhere", "listed", "given", "specifically",
                                        "explicitly", "directly", "all"))


def _unknown_topic(result: MatchResult) -> bool:
    """Whether the question asks if a source speaks of a topic it never uses: "did the 2nd GSCC
    discuss climate change as a security threat?" is not answered with the conference's close."""
    asked = _TOPIC_ASKED.match(result.normalised)
    if asked is None:
        return False
    topic = stem(asked.group("topic"))
    return topic in result.unknown and topic not in _NO_TOPIC


#: The asker keeping their own things or people safe: advice the sources never give ("how do I
#: protect my own laptop from hackers?", "how can we stop scammers getting into our phones").
_OWN_SAFETY = re.compile(
    r"^(?:\w+ )?how (?:do|can|should|could) (?:i|we) (?:best )?(?:protect|secure|safeguard|"
    r"keep|stop|prevent|defend)\b.*\b(?:my|our)\b")
#: A recommendation asked of the bot: advice the sources never give ("can you recommend a good
#: AI chatbot?", "what's a good antivirus for my laptop?").
_ADVICE = re.compile(
    r"^(?:\w+\s+){0,2}?(?:can|could|would)\s+you\s+(?:recommend|suggest)\b"
    r"|^(?:please\s+)?recommend\s+(?:me\s+)?(?:a|an|some|any|good)\b"
    r"|\bwhat\s*(?:s|is)\s+a\s+good\s+\w+(?:\s+\w+)?\s+for\s+(?:my|our|me|us)\b")
#: Everyday matters no source speaks of, whatever place or body the question names beside them
#: ("what's the weather like in Jakarta where the Secretariat is?", "the kyat's exchange rate").
_EVERYDAY = re.compile(
    r"\b(?:weather|forecast|exchange rates?|memes?|salary|salaries|admission requirements?|"
    r"stock prices?|recipes?)\b")

#: Countries named as people of their own, by name or adjective, beside Myanmar (the sources'
#: own): each adjective with the country it names.
_COUNTRY_OF = {"chinese": "china", "thai": "thailand", "lao": "laos", "vietnamese": "vietnam",
               "cambodian": "cambodia", "malaysian": "malaysia", "singaporean": "singapore",
               "indonesian": "indonesia", "filipino": "philippines", "philippine": "philippines",
               "indian": "india", "japanese": "japan", "korean": "korea",
               "australian": "australia", "russian": "russia", "american": "america"}
_OTHER_COUNTRIES = sorted({*COUNTRY_NAMES, *_COUNTRY_OF} - {"myanmar", "burma"},
                          key=lambda name: (-len(name), name))
#: A country's own people, as those who spoke or acted: "what did *China's own representatives*
#: say", "did *the Thai delegation* ...". Of an answer that never names that country, the
#: question asks what another country's people did.
_COUNTRYS_PEOPLE = re.compile(
    r"\b(?P<country>" + "|".join(_OTHER_COUNTRIES) + r")(?:['’]?s)?\s+(?:own\s+)?"
    r"(?:representatives|delegation|delegations|delegates|officials|ministers?|side|government|"
    r"team|speakers?|envoys?)\b", re.I)
#: Something of another country's own: "what's *Thailand's* foreign policy like?", "how did *the
#: Philippines'* war on drugs work?". Of an answer about Myanmar's own that never names that
#: country, it asks about another country.
_COUNTRYS_OWN = re.compile(r"\b(?P<country>" + "|".join(_OTHER_COUNTRIES)
                           + r")(?:['’]s\b|(?<=s)['’](?!\w))", re.I)
_MYANMAR = frozenset({"myanmar", "burma"})
#: What such people said or did at a meeting: "what did China's representatives *say*", "did
#: the Chinese delegation *pledge* anything".
_SAID_OR_DONE = re.compile(r"\b(?:say|says|said|talk|talked|spoke|speak|propose|proposed|"
                           r"pledge|pledged|promise|promised|announce|announced|offer|offered|"
                           r"commit|committed|argue|argued|discuss|discussed|state|stated|"
                           r"raise|raised|call\s+for|called\s+for|urge|urged)\b", re.I)
#: Ministers of another portfolio than crime meet in other meetings: "the ASEAN *defence*
#: ministers' meeting", "what did the *foreign* ministers agree?".
_OTHER_MINISTERS = re.compile(
    r"\b(?:defen[cs]e|foreign|finance|financial|economic|economy|health|education|labou?r|"
    r"environment|agriculture|trade|energy|tourism|transport|justice|law)"
    r" (?:ministers?|ministerial|ministries|ministry)\b")


#: Words that ask more of the same subject, however unknown to the sources: "what does the index
#: *add*", "the chemicals *side*", "what did they *suggest*".
MORE_OF_THE_SAME = frozenset(stem(w) for w in (
    "add", "adds", "side", "sides", "point", "suggest", "suggested", "say", "said", "mention",
    "mentioned", "mean", "means", "include", "includes", "involve", "involves", "part", "bit",
    "thing", "things", "stuff", "aspect", "aspects", "detail", "details", "exactly", "else",
    "more", "again", "also", "n", "k", "kind", "sort", "type", "types", "example", "examples",
    "work", "works", "end", "result", "results", "focus", "idea", "main", "key"))


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


class Decider(ReplyComposer):
    """The decision on a match result."""

    def decide(self, question: str, result: MatchResult,
               thresholds: Thresholds | None = None) -> Reply:
        """Apply the thresholds (this responder's unless given) to a match result."""
        t = thresholds or self.thresholds
        result = self._of_the_region(question, self._said_all(self._on_its_subject(
            self._without_stray_small_talk(result), t), t), t)
        explanation = _explain(result)
        ranked = tuple((c.intent_id, c.score) for c in result.candidates[:3])
        best = result.best
        if best is None or best.score < t.clarify_threshold:
            return self._out_of_scope(question, best.score if best else 0.0, explanation, ranked)
        unknown_name = names_unknown(question, result)
        if best.intent_id not in self.gaps and (
                _OTHER_MINISTERS.search(result.normalised)
                or ((_OWN_SAFETY.search(result.normalised) or _ADVICE.search(result.normalised)
                     or _EVERYDAY.search(result.normalised))
                    and not self.events.named(question)
                    and "article" not in result.normalised)
                or (unknown_name and not self.events.named(question))):
            # another ministers' meeting, or something no source names beside no event they
            # report ("What is the Bali Process?"): declined, no snippet offered as if it were
            return self._out_of_scope(question, best.score, explanation, ranked)
        runner_up = result.candidates[1].score if len(result.candidates) > 1 else 0.0
        confident = t.confidence(best.score, runner_up) >= t.answer_threshold
        specific = result.information >= t.min_information or best.score >= EXACT
        foreign = unknown_name or _another_crime(result) or _another_event(result) \
            or names_another_gathering(question, result) \
            or _when_of_unknown(result) or _unknown_topic(result) \
            or self._another_year(question, best.intent_id) \
            or self._another_place(question, best.intent_id) \
            or self._another_countrys_own(question, best.intent_id) \
            or (best.intent_id not in self.gaps and self._names_another(question))
        people = self._another_countrys_people(question, best.intent_id) \
            if best.intent_id not in self.gaps else None
        if people is not None:
            # what China's representatives said, of which the article says nothing: the gap
            # naming that country, when one is close; else, asked what they said, that the
            # article doesn't report it, with what it does say; else out of scope (no answer
            # about another country's people)
            country, who = people
            gap = next((c for c in result.candidates if c.intent_id in self.gaps
                        and country in self.normaliser.content_tokens(
                            self.gaps[c.intent_id].what)), None)
            if gap is not None and gap.score >= t.clarify_threshold:
                return replace(self.not_stated(self.gaps[gap.intent_id], question, gap.score),
                               explanation=explanation, candidates=ranked)
            if _SAID_OR_DONE.search(question):
                return replace(self._says_only(
                    self.kb.intents[best.intent_id], question,
                    texts.NOT_REPORTED_SAID_MESSAGE.format(who=who), best.score),
                    explanation=explanation, candidates=ranked)
            return self._out_of_scope(question, best.score, explanation, ranked)
        edition = _edition_named(result.tokens)
        if edition and best.intent_id not in self.gaps \
                and edition not in self.matcher.words_of(best.intent_id, answer=True) \
                and not any(c.intent_id in self._tells_frequency for c in result.candidates):
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
            return self._out_of_scope(question, best.score, explanation, ranked)
        together = self._one_paragraph(question, result, close, explanation) \
            if specific and not foreign else None
        if together is not None:
            return replace(together, candidates=ranked)
        exemplified = self._kind_exemplified(question, close) if not foreign else None
        if exemplified is not None and exemplified == best.intent_id:
            return replace(self._answer_as_asked(self.kb.intents[exemplified], question,
                                                 best.score, explanation), candidates=ranked)
        worded = self._in_its_words(result, close) if not foreign else None
        if worded is not None:
            return replace(self.answer(self.kb.intents[worded], question, best.score,
                                       explanation), candidates=ranked)
        suggestions = tuple(self._suggestion(c.intent_id) for c in close[: t.max_suggestions])
        reason = Reason.AMBIGUOUS if len(close) > 1 else Reason.UNSURE
        return Reply(question, Decision.CLARIFY, reason, (CLARIFY_MESSAGE,), score=best.score,
                     suggestions=suggestions, explanation=explanation, candidates=ranked)

    def unsaid_over_closest(self, reply: Reply) -> Reply:
        """A "closest I have" whose best reading was something the sources leave unsaid, and
        whose first offer is the answer nearest it, told instead that they don't say it, with
        that answer's fact and source and a button to it ("which drugs go through Southeast
        Asia the most?"): the offer alone would look like an answer to what was asked."""
        if reply.decision is not Decision.CLARIFY or not reply.candidates \
                or not reply.suggestions:
            return reply
        gap_id, score = reply.candidates[0]
        gap = self.gaps.get(gap_id)
        if gap is None or reply.suggestions[0].intent != gap.nearest:
            return reply
        return replace(self.not_stated(gap, reply.question, score),
                       explanation=reply.explanation, candidates=reply.candidates)

    def _out_of_scope(self, question: str, score: float, explanation: Explanation,
                      ranked: tuple[tuple[str, float], ...]) -> Reply:
        """"I don't have that", with the topics the bot does cover."""
        return Reply(question, Decision.DECLINE, Reason.OUT_OF_SCOPE, (DECLINE_MESSAGE,),
                     score=score, topics=self._topic_titles, explanation=explanation,
                     candidates=ranked)

    def _kind_exemplified(self, question: str, close: list[Candidate]) -> str | None:
        """The one close answer that names an example of the kind a "which ...?" question
        asks for ("which (advanced) technology do online fraud groups use?" of "advanced
        technologies like Artificial Intelligence"); None otherwise."""
        kinds = {stem(fold(word)) for word in which_of(question).split()}
        giving = [c.intent_id for c in close
                  if not kinds.isdisjoint(self._exemplified.get(c.intent_id, ()))]
        return giving[0] if len(giving) == 1 else None

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
        if subject not in self._rare_subjects or subject in MORE_OF_THE_SAME \
                or subject in self.matcher.words_of(best.intent_id, answer=True):
            return result
        kept = tuple(c for c in result.candidates if c.intent_id not in self.gaps
                     and subject in self.matcher.words_of(c.intent_id, answer=True))
        if not kept or kept[0].score < best.score - t.clarify_window:
            return result
        return replace(result, candidates=kept)

    def _of_the_region(self, question: str, result: MatchResult, t: Thresholds
                       ) -> MatchResult:
        """The candidate that names the region in place of the best, when the question asks
        which region, or whether the focus was on Southeast Asia, and the best never names it: "Was
        the 11th AMMTC focused on Southeast Asia?" of "... the growing threat of transnational
        crime in Southeast Asia", not of "threats to the region"."""
        best = result.best
        if best is None or best.intent_id in self.gaps or not _REGION_ASKED.search(question) \
                or self._answer_words.get(best.intent_id, frozenset()) >= _REGION_NAMED:
            return result
        naming = [c for c in result.candidates if c.intent_id not in self.gaps
                  and c.score >= max(t.clarify_threshold, best.score - REGION_WINDOW)
                  and self._answer_words.get(c.intent_id, frozenset()) >= _REGION_NAMED]
        if not naming:
            return result
        return replace(result, candidates=(naming[0], *(
            c for c in result.candidates if c is not naming[0] and c is not best)))

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
        if len(covering) != 1 or (
                self._same_paragraph(best.intent_id, covering[0].intent_id)
                and self._answer_texts[best.intent_id]
                not in self._answer_texts[covering[0].intent_id]):
            return result                    # one paragraph's sentences may answer together
            #                                  (unless one answer is the other and more)
        return replace(result, candidates=(covering[0], *(
            c for c in result.candidates if c is not covering[0])))

    def _names_another(self, question: str) -> bool:
        """Whether a sentence that asks names, in capitals, something the sources never name:
        "the Munich Security Conference", "the ASEAN Convention on Counter Terrorism" (what the
        asker says of themselves, "I work at the Ministry of Home Affairs.", is not asked)."""
        words = re.findall(r"[\w'’-]+", question)
        if not any(len(word) >= 2 and word.islower() and word not in _NAME_JOINS
                   for word in words) and not (words and words[0].islower()):
            return False  # Title Case Throughout Says Nothing ("and the ASEAN Summit?" is not)
        read = sentences_asking(question)
        asking = [sentence for sentence, asks in read if asks] or [question]
        return any(self._foreign_name(sentence) for sentence in asking) \
            or self.leans_on_another(question)

    def cites_another_source(self, before: str) -> bool:
        """Whether the words before a clause say it is asked of a source the documents are not:
        "*According to the Munich Security Report 2023*, what was the main theme?" asks that
        report's theme, not the conference's."""
        cited = _CITING.search(before)
        return cited is not None and self._foreign_name(before[cited.end():])

    def leans_on_another(self, question: str) -> bool:
        """Whether a sentence that asks leans with a pronoun on something a sentence before it
        names, in capitals, that the sources never name: "My uncle says the Bali Process is the
        main forum against people smuggling. Could you explain what it is and when it
        started?"."""
        read = sentences_asking(question)
        return any(asks and _LEANING_ON.search(sentence) and not _OF_THE_TEXT.search(sentence)
                   and not self.events.named(sentence)
                   and any(self._foreign_name(_ASKERS_PLACE.sub("", before))
                           and (not self.events.named(before)
                                or self._foreign_name(before, gathering=True))
                           for before, _ in read[:index])
                   for index, (sentence, asks) in enumerate(read))

    def _foreign_name(self, sentence: str, *, gathering: bool = False) -> bool:
        """Whether a run of capitalised words in ``sentence`` has one the sources never write
        with a capital. A sentence's first word counts only when a capitalised word follows it
        directly ("Munich Security Conference ...", not "According to the ASEAN article").
        With ``gathering``, only a run that ends in a word for a gathering or comes right before
        one: "the Shanghai Cooperation Organisation summit held in 2023" names another summit,
        though its year is the conference's."""
        sentence = sentence.strip()
        for run in _NAME_RUN.finditer(sentence):
            if gathering and not _GATHERINGS.intersection(
                    stem(fold(word)) for word in (run.group(0).split()[-1:]
                                                  + sentence[run.end():].split()[:1])):
                continue
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

    def _another_place(self, question: str, intent_id: str) -> bool:
        """Whether a sentence that asks names a place beyond the region that the answer never
        names: "what does the EU prioritise for crime?" is not asked of the AMMTC's priorities
        (the asker's own place, "I'm from India, ...", is not asked about)."""
        if intent_id in self.gaps:
            return False
        words = self.matcher.words_of(intent_id, answer=True)
        for sentence, asks in sentences_asking(question):
            if not asks:
                continue
            for place in _PLACES.finditer(sentence):
                name = re.sub(r"['’]?s$", "", place.group(0).lower())   # "india's": india
                if _ASKERS_OWN.search(sentence[:place.start()]):
                    continue
                if not all(stem(fold(w)) in words for w in name.split()):
                    return True
        return False

    def _another_countrys_people(self, question: str, intent_id: str
                                 ) -> tuple[str, str] | None:
        """The country (stemmed) whose own people the question asks about ("what did China's
        own representatives say at the conference?") when the answer never names it (Myanmar's
        representatives are not China's), with the words naming those people; None when it
        does, or the question names none."""
        words = self._answer_words.get(intent_id, frozenset())
        for found in _COUNTRYS_PEOPLE.finditer(question):
            named = found.group("country").lower()
            country = stem(_COUNTRY_OF.get(named, named))
            if country not in words and stem(named) not in words:
                return country, found.group(0)
        return None

    def _another_countrys_own(self, question: str, intent_id: str) -> bool:
        """Whether the question asks about another country's own (its foreign policy, its
        commitment) of an answer about Myanmar's that never names that country: "what's
        Thailand's foreign policy like?" is not asked of Myanmar's."""
        owners = [found.group("country").lower() for found in _COUNTRYS_OWN.finditer(question)]
        words = self._answer_words.get(intent_id, frozenset())
        if not owners or _MYANMAR.isdisjoint(words) or not _MYANMAR.isdisjoint(
                word.lower() for word in re.findall(r"\w+", question)):
            return False
        return any(stem(_COUNTRY_OF.get(named, named)) not in words and stem(named) not in words
                   for named in owners)

    def _another_year(self, question: str, intent_id: str) -> bool:
        """Whether the question names a year that an answer never gives: "gscc 2025 dates" asks
        about another edition than the 2023 one."""
        years = YEAR.findall(question)
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
        for whole, within, score in ((one, other, close[0].score), (other, one, close[1].score)):
            if self._answer_texts[within.id] in self._answer_texts[whole.id]:
                # one answer is the other and more: it alone, or the reply says a sentence twice
                return self.answer(whole, question, score, explanation)
        first = self.answer(one, question, close[0].score, explanation)
        return replace(first, parts=(first, self.answer(other, question, close[1].score)))

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
        said = set(WORD.findall(result.normalised))
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
