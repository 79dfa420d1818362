"""How a question is put, read from its shape: two questions in one, a question after some
context, a follow-up that leans on the previous answer. Pure string work, no matching."""

from __future__ import annotations

import re

_WH = (r"(?:when|where|who|whom|what|why|how(?:\s+(?:often|many|much|long))?|which|is|are|does|do|"
       r"did|was|were|can|whats|what's|wat|wats|hows|how's|whos|who's|wheres|where's|whens|wen|wer)")
#: "when and where was the gscc": two question words sharing one rest.
_SHARED_REST = re.compile(rf"^\s*({_WH})\s*(?:,?\s*(?:and|&|n|\+)\s+|/)({_WH})\b(.*)$", re.I)
#: "gscc 2023 where n when": bare words of a subject, then two question words asking of it.
_REST_SHARED = re.compile(r"^\s*(?P<subject>\w[^?]*?)\s+(?P<first>when|where|who)\s*"
                          r"(?:,?\s*(?:and|&|n|\+)\s+|/)(?P<second>when|where|who)\W*$", re.I)
#: "how often is the AMMTC held and who hosts it": a second question after "and" / ", and" / "also".
_SECOND = re.compile(r"(?:\?\s*|,\s*|;\s*|\s+)(?:and\s+(?:also\s+)?|also\s+|plus\s+|\+\s*|&\s*|n\s+|"
                     r"as\s+well\s+as\s+|"
                     r"along\s+with\s+)?"
                     r"(?=(?:and\s+)?(?:when|where|who|whom|what|why|how|which|whats|what's|wat|"
                     r"wats|hows|whos|who's|wen|wer)\b)"
                     # a yes/no question after ", and": "what does X stress, and does it ..."
                     r"|,\s*and\s+(?=(?:does|did|do|is|was|are|were|can|has|have)\b)"
                     # ... or after "and" alone, asked of a subject: "what is X and did it ..."
                     r"|\s+and\s+(?=(?:does|did|is|was|are|were|has|have)\s+(?:it|they|the|this|"
                     r"that|any|myanmar|china|asean)\b)", re.I)
#: (a sentence may end inside the quotation marks of one it quotes: "... in drug production.'")
_SENTENCES = re.compile(r"(?<=[.!?:;])\s+|(?<=[.!?]['\"\u2019\u201d])\s+|\s+[-\u2013\u2014]\s+")
#: A last sentence this short ("What does the article recommend?") leans on the one before.
_SHORT = 5
#: One this short that points back ("What does the piece say on that?") leans on it too.
_LEANING = 8
_FOLLOW_UP_START = re.compile(r"^\s*(?:and|but|so|also|then|what about|how about|and what about|"
                              r"why|why not|really|ok(?:ay)?|what else|anything else|"
                              r"for what(?: purpose| reason)?(?=\W*$)|to what end)\b", re.I)
#: "when?", "how often?": a question of question words alone asks about the last subject.
_QUESTION_WORDS = frozenset("when where who whom why how often what which many much long is was are "
                            "were did does do".split())
#: A thing named as "the X of the Y": "summarize *the themes of the GSCC* for tomorrow's seminar".
_THE_X_OF_THE_Y = re.compile(r"\bthe\s+[a-z]+s\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?"
                             r"(?:[A-Z][\w'’-]*|[a-z]+\s+[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,4}")
#: A short question about "they" alone: "*What were they* again?".
_THEY_ASKED = re.compile(r"^\W*((?:so\s+|and\s+)?(?:what|which)\s+(?:were|are))\s+(?:they|those|"
                         r"these)\b", re.I)
_PRONOUN = re.compile(r"\b(?:it|its|it's|that|this|they|them|their|there|those|these|he|she|"
                      r"one|same|such)\b", re.I)


#: Words that join a second question or subject to a first (chat's "n" too).
_JOINS = re.compile(r"\b(?:and|also|plus|as well as|along with|n)\b|[&;+]", re.I)
#: "what did the ministers say about cybercrime plus terrorism": two subjects of one question.
_TWO_SUBJECTS = re.compile(r"^(?P<head>.*?\b(?:about|on|regarding|concerning)\s+)(?P<first>[^,;?]+?)"
                           r"\s*,?\s+(?:and|plus|as\s+well\s+as|along\s+with|&)\s+"
                           r"(?P<second>[^,;?]+?)\W*$", re.I)
#: Two things each of its owner, after one question: "what's the gscc's primary aim and the
#: ammtc's purpose?".
_TWO_OWNED = re.compile(r"^(?P<head>\W*(?:what['’]?s|what\s+(?:is|are|was|were)|tell\s+me)\s+)"
                        r"(?:the\s+)?(?P<first>[\w-]+['’]s\s+[^,;?]+?)\s*,?\s+(?:and|plus|&)\s+"
                        r"(?:the\s+)?(?P<second>[\w-]+['’]s\s+[^,;?]+?)\W*$", re.I)
#: "cooperation between law enforcement and NGOs" is one subject: what is between the two.
_BETWEEN = re.compile(r"\b(?:between|both)\b", re.I)
#: Each of two subjects has at most this many words (longer ones are clauses, not subjects).
_SUBJECT_WORDS = 4


#: A first part that ends on the condition of the second: "..., and if so".
_IF_SO_AT_END = re.compile(r",?\s*(?:and\s+|but\s+)?if\s+so\W*$", re.I)
#: A year: one no document speaks of names another time ("gscc 2025 dates", "the 2017 AMMTC").
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A part asked only if the one before it is so: "if so, what was it called?".
IF_SO = re.compile(r"^\W*(?:and\s+)?if\s+(?:so|yes|they\s+did|it\s+did)\b", re.I)


def split_two(question: str) -> list[str]:
    """The parts of a question that asks two things, or [] when it asks one."""
    shared = _SHARED_REST.match(question)
    if shared and shared.group(1).lower() != shared.group(2).lower():
        rest = shared.group(3)
        return [f"{shared.group(1)}{rest}".strip(), f"{shared.group(2)}{rest}".strip()]
    trailing = _REST_SHARED.match(question)
    if trailing and trailing.group("first").lower() != trailing.group("second").lower() \
            and not _asks(trailing.group("subject")):
        subject = trailing.group("subject").rstrip(" ,;:")
        return [f"{trailing.group('first')} {subject}", f"{trailing.group('second')} {subject}"]
    if not _JOINS.search(question) and question.count("?") < 2:
        return []
    # a cut that a comma, "and" or a question mark marks comes before one that only a question
    # word does: "is the AMMTC a place where ..., and how often ..." cuts at ", and how"
    cuts = sorted(_SECOND.finditer(question), key=lambda cut: not cut.group().strip())
    for cut in cuts:
        first, second = question[:cut.start()].strip(" ,;?"), question[cut.end():].strip()
        second = re.sub(r"^and\s+", "", second, flags=re.I)
        condition = _IF_SO_AT_END.search(first)
        if condition:
            # "did it adopt an agreement, and if so | what was it called?": the condition is
            # the second part's
            first, second = first[:condition.start()].strip(" ,;?"), f"if so, {second}"
        if not _asks(first):
            # "With crime getting more sophisticated, what did the meeting highlight, and ...":
            # the question starts after the opening clause
            first = next((clause.strip() for clause in reversed(first.split(","))
                          if _asks(clause)), first)
        alone = second.strip(" ?.!").lower()
        clause = re.split(r"[:;,]", first)[-1].strip()
        asked_first = _LEADING_WH.match(clause)
        if alone in _BARE_WH and asked_first and len(clause.split()) >= 3:
            # "when was it, and where?": the second asks the first's question of another fact
            return [clause, f"{alone} {clause[asked_first.end():].strip()}"]
        if len(first.split()) >= 3 and len(second.split()) >= 2 and _asks(first):
            return [first, second]
    owned = _TWO_OWNED.match(question)
    if owned and len(owned.group("first").split()) <= _SUBJECT_WORDS \
            and len(owned.group("second").split()) <= _SUBJECT_WORDS:
        head = owned.group("head")
        return [f"{head}{owned.group('first')}", f"{head}{owned.group('second')}"]
    subjects = _TWO_SUBJECTS.match(question)
    if subjects and (_asks(question) or question.lower().startswith("tell me")):
        head = subjects.group("head")
        first, second = subjects.group("first"), subjects.group("second")
        if len(first.split()) <= _SUBJECT_WORDS and len(second.split()) <= _SUBJECT_WORDS \
                and not _asks(second) and not _BETWEEN.search(first):
            return [f"{head}{first}", f"{head}{second}"]
    return []


def one_head(parts: list[str]) -> bool:
    """Whether two parts differ only in their last words: one question about two subjects."""
    first, second = parts[0].split(), parts[1].split()
    shared = 0
    for a, b in zip(first, second, strict=False):
        if a.lower() != b.lower():
            break
        shared += 1
    return shared >= 3


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones left out."""
    return [s.strip() for s in _SENTENCES.split(text.strip()) if s.strip()]


def sentences_of(text: str) -> list[str]:
    """The sentences of a message, stripped, empty ones left out."""
    return _sentences(text)


def sentences_asking(text: str) -> list[tuple[str, bool]]:
    """The sentences of a message, each with whether it asks something ("?" or a question
    word or verb first)."""
    return [(sentence, "?" in sentence or _asks(sentence)) for sentence in _sentences(text)]


def two_sentences(question: str) -> list[str]:
    """The last two sentences when both ask something of their own ("Where was the conference
    held? Who attended?", "Did Myanmar attend? And if so, what did it say?"), else []."""
    sentences = _sentences(question)
    if len(sentences) < 2:
        return []
    first = sentences[-2]
    second = re.sub(r"^(?:(?:and|also|plus)\b[\s,]+)?(?:if\s+so|if\s+yes|if\s+not)\b[\s,]+|"
                    r"^(?:and|also|plus)\b[\s,]+", "", sentences[-1], flags=re.I)
    if re.match(r"about\b", second, re.I):
        second = f"what {second}"          # "... about terrorism? And about trafficking?"
    if _asks(first) and _asks(second) and len(first.split()) >= 3 and len(second.split()) >= 2:
        return [first.rstrip(" ?;:"), second]
    return []


#: A question word alone, and one opening a question: "when was it, and *where*?".
_BARE_WH = frozenset({"when", "where", "who", "why", "how"})
_LEADING_WH = re.compile(r"^\s*(?:when|where|who|why|how)\b", re.I)
#: A numbered item of a list of questions: "1. ", "2) ", "(3) ", or lettered: "(a) ", "b) ".
_NUMBER = re.compile(r"(?:^|(?<=\s))\(?(?:(\d)[.)]|([a-e])\))\s+")
#: A list of more questions than this is read as one message.
MAX_LISTED = 5


def numbered_questions(question: str) -> list[str]:
    """The items of a numbered list of questions ("1. dates of the gscc 2. its primary aim 3.
    one of its themes", "(a) ... (b) ..."), numbered from 1 (or a) in order; [] when the message
    is no such list."""
    marks = list(_NUMBER.finditer(question))
    places = [int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("a") + 1 for m in marks]
    if not 2 <= len(marks) <= MAX_LISTED or places != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(question)]
    items = [question[m.end():end].strip(" ,;\n") for m, end in zip(marks, ends, strict=True)]
    return items if all(items) else []


#: A preposition before a question word: "*On which* dates did the conference run".
_PREPOSITION_WH = re.compile(r"^\s*(?:on|in|at|for|from|by|with|to|since|until|during|under)\s+"
                             r"(?:which|what|whom|when|where)\b", re.I)


def _asks(text: str) -> bool:
    """Whether text reads as a question of its own (starts with a question word or verb, or a
    preposition and a question word)."""
    return re.match(rf"^\s*{_WH}\b", text, re.I) is not None \
        or _PREPOSITION_WH.match(text) is not None


def last_sentence(question: str) -> str:
    """The last sentence that asks something, when context comes first ("I'm writing a piece on
    X. What did ...?"); the question itself otherwise."""
    sentences = [s for s in _SENTENCES.split(question.strip()) if s.strip()]
    if len(sentences) < 2:
        return question
    asking = [i for i, s in enumerate(sentences) if "?" in s or _asks(s)]
    last = asking[-1] if asking else len(sentences) - 1
    words = len(sentences[last].split())
    if last > 0 and (words <= _SHORT or (words <= _LEANING and _PRONOUN.search(sentences[last]))
                     or _only_asks_to_be_told(sentences[last])):
        # "... what these meetings do for people like me. Does the article say?": the sentence
        # before carries the subject.
        named = _THE_X_OF_THE_Y.search(sentences[last - 1])
        if named is not None and _THEY_ASKED.match(sentences[last]):
            # "My professor asked us to summarize the themes of the GSCC for tomorrow's seminar
            # ... What were they again?": they are the themes of the GSCC (not the seminar)
            return _THEY_ASKED.sub(lambda m: f"{m.group(1)} {named.group()}", sentences[last],
                                   count=1)
        return " ".join(sentences[last - 1:last + 1])
    return sentences[last]


#: Words of a request to be told, naming no subject: "Can you summarize the reasoning the
#: article gives?".
_TELL_ME = frozenset("can could would will you u please pls kindly just briefly summarize summarise "
                     "summary explain tell me give us the a an its it this that reasoning reasons "
                     "reason article text piece document gives give says say said does do what "
                     "is are was in simple plain words short for to".split())


#: A document named by what it is about: "the *Myanmar-focused* article".
_DOCUMENT_LABEL = re.compile(r"[\w-]+-(?:focused|centred|centered|based|related)")


def _only_asks_to_be_told(sentence: str) -> bool:
    """Whether a sentence only asks to be told, its subject left to the one before it ("What
    does the Myanmar-focused article say?")."""
    words = [w.strip("?!.,;:'\"").lower() for w in sentence.split()]
    return bool(words) and all(w in _TELL_ME or _DOCUMENT_LABEL.fullmatch(w)
                               for w in words if w)


def leans_on_previous(question: str) -> bool:
    """A short question that needs the previous one to make sense ("and who hosts it?",
    "solutions?")."""
    words = question.split()
    if len(words) > 10:
        return False
    bare = [w.strip("?!.,").lower() for w in words]
    return bool(_FOLLOW_UP_START.match(question) or _PRONOUN.search(question)
                or (len(words) <= 3 and all(w in _QUESTION_WORDS for w in bare))
                or (len(words) <= 6 and _MEASURES.match(question) is not None)
                or (len(words) <= 2 and bare[0] in _QUESTION_WORDS))  # "what dates?"


#: How a follow-up may open before it asks: "and ...", "ok so ...".
_OPENING = r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)?"
#: A follow-up asking why, or what something is for: "why?", "why does that matter so much",
#: "what's that meant to achieve?", "what's that crucial for?".
_REASON = re.compile(_OPENING + r"(?:why\b|what\s+for\b|for\s+what\b|to\s+what\s+end\b|"
                     r"what(?:'s|s|\s+is|\s+are|\s+was|\s+were)?\s+(?:that|this|it|they|those|"
                     r"these)\s+(?:\w+\s+){1,2}for\W*$|"
                     r"what(?:'s|s|\s+is|\s+was)?\b.*\b(?:meant|supposed|trying)\s+to\s+achieve\b|"
                     r"what(?:'s|s|\s+is)?\s+the\s+(?:point|purpose|reason)\b)", re.I)
#: A follow-up asking what is to be done: "how to deal with it?", "what measures did they
#: suggest?", "solutions?".
_MEASURES = re.compile(_OPENING + r"(?:how\b.*\b(?:(?:fight|deal|counter|tackle|combat|stop|"
                       r"address|solve|handle|disrupt|curb|prevent)(?:s|d|ed|ing|ped)?|fought|"
                       r"dealt)\b|what\s+(?:measures|steps|solutions|actions|action)\b|(?:any\s+)?solutions?\W*$|"
                       r"what\s+can\s+(?:be|they|we)\s+do(?:ne)?\b|"
                       r"what\b.*\b(?:propose|suggest|recommend)|"
                       r"(?:did|do|does)\s+(?:they|it)\s+(?:propose|suggest|recommend)|"
                       r"what(?:'s|s|\s+is)?\s+(?:being|to\s+be)\s+done\b|"
                       r"what\b.*\bwant(?:s|ed)?\s+done\b|"
                       # "what did they say should be done about it?"
                       r"what\b.*\b(?:should|must|needs?\s+to)\s+be\s+done\b|what\s+should\s+"
                       r"(?:be|they|countries|we)\s+do|what\b.*\b(?:is|are)\s+(?:needed|required|"
                       r"necessary)\s+to\s+(?:fight|deal|counter|tackle|combat|stop|address)|"
                       r"what(?:'s|’s|s|\s+is|\s+are)\s+(?:needed|required|necessary)\b|"
                       r"what\s+needs\s+to\s+be\s+done\b|"
                       r"what(?:'s|’s|s|\s+is)\s+the\s+(?:fix|remedy|solution|cure|response)\b)", re.I)


#: A follow-up asking what something leads to: "what does it lead to?", "what does it fuel?",
#: "what are the effects?".
_CONSEQUENCE = re.compile(_OPENING + r"(?:what\s+(?:does|did|do|can|could|will|would)\s+(?:it|that|"
                          r"this|they)\s+(?:lead\s+to|fuel|cause|result\s+in|bring\s+about)\b|"
                          r"what\s+(?:are|were)\s+(?:the\s+|its\s+)?(?:effects|consequences|impacts|"
                          r"results)\b|what(?:'s|’s|s|\s+is)\s+(?:the\s+|its\s+)?(?:effect|impact|"
                          r"consequence)\b)", re.I)


def asks_consequence(question: str) -> bool:
    """Whether a question asks what something leads to."""
    return _CONSEQUENCE.search(question) is not None


#: A question about how an article ends: "how does the conference article *end* regarding
#: Myanmar?", "what does its *conclusion* say?", "the *final paragraph*".
_ENDING = re.compile(r"\b(?:conclusion|concluding|closing|(?:final|last)\s+(?:paragraph|part|"
                     r"section|sentence|words?|message|point|line|bit))\b", re.I)
#: ... or of how the article itself ends ("how does the piece *wrap up*", not "the conference
#: wrapped up on the 21st", nor "they always *end up* ...").
_ARTICLE_ENDS = re.compile(r"\b(?:end(?!\s+up\b)|ends(?!\s+up\b)|ending|wrap(?:s|ped)?\s+up)\b",
                           re.I)
_ARTICLE = re.compile(r"\b(?:article|piece|text|story|report|write-?up|it)\b", re.I)


#: A question about how an article opens: "per the *opening paragraph*", "the *introduction*".
_OPENING_PART = re.compile(r"\b(?:opening|first|1st|introductory)\s+(?:paragraph|sentence|lines?|"
                           r"section|part)\b|\bintro(?:duction)?\b(?!\s+to\b)|\b(?:beginning|start)"
                           r"\s+of\s+the\s+(?:article|piece|text|story|write-?up)\b", re.I)


def asks_about_opening(question: str) -> bool:
    """Whether a question asks what an article says at its start."""
    return _OPENING_PART.search(question) is not None


def asks_about_ending(question: str) -> bool:
    """Whether a question asks what an article says at its end."""
    return _ENDING.search(question) is not None or (
        _ARTICLE_ENDS.search(question) is not None and _ARTICLE.search(question) is not None)


def asks_reason(question: str) -> bool:
    """Whether a question asks why, or what something is for."""
    return _REASON.search(question) is not None


#: A follow-up asking only how many, of what the answer it follows counts: "how many?", "how
#: many of them were there?".
_BARE_COUNT = re.compile(_OPENING + r"how\s+many(?:\s+(?:of\s+them|were\s+there|were\s+they|"
                         r"in\s+total|exactly|then))*\W*$", re.I)


def asks_count_only(question: str) -> bool:
    """Whether a question asks "how many?" and names nothing to count."""
    return _BARE_COUNT.search(question) is not None


def asks_measures(question: str) -> bool:
    """Whether a question asks what is to be done about something."""
    return _MEASURES.search(question) is not None


#: "what is ransomware?", "deepfake meaning", "what does extradition mean": a term to define.
_DEFINE = re.compile(
    r"^\W*(?:so\s+|and\s+)?(?:what\s+(?:even\s+)?(?:is|are|r)(?:\s+even)?|what'?s|"
    r"wat\s+(?:even\s+)?(?:is|are)|wat'?s|define|definition\s+of|meaning\s+of)\s+"
    r"(?P<term>[^?!.]+?)\W*$"
    r"|^\W*(?P<named>[^?!.]+?)\s+(?:meaning|definition)\W*$"
    r"|^\W*what\s+does\s+(?P<meant>[^?!.]+?)\s+mean\W*$"
    # "what does the article mean by 'victim-centered approaches'?", "what is meant by ..."
    r"|^\W*(?:what\s+(?:does|do|did)\s+(?:the\s+(?:article|text|piece|faq|author|report)|it|"
    r"they)\s+mean\s+by|what\s+is\s+meant\s+by)\s+(?P<by>[^?!.]+?)\W*$"
    # "how does ransomware work", "how does AI actually work tho"
    r"|^\W*(?:so\s+|and\s+)?how\s+(?:does|do)\s+(?P<works>[^?!.,]+?)\s+"
    r"(?:actually\s+|even\s+|really\s+)?work\b[^?!.]*\W*$", re.I)
#: Quotation marks around a term: "what does it mean by 'economic crimes'?".
_QUOTES = re.compile("[\"'\u2018\u2019\u201c\u201d]")
#: A term to define is a few words; more is a question about something ("what is the purpose of
#: the AMMTC").
_TERM_WORDS = 3
#: Words no term to define has: it is a question about something ("what are they used for?",
#: "what is the role of ...").
_NOT_A_TERM = frozenset("i you he she it its we they them this that these those there used for "
                        "about of on to in with by from said say says done doing going".split())
#: Words after a term that ask no more of it ("what is extradition, in general?").
_TERM_FILLER = re.compile(r"[\s,]+(?:exactly|actually|really|anyway|in\s+general|in\s+short|"
                          r"again|then|though)$", re.I)


def term_to_define(question: str) -> str | None:
    """The term a question asks to have defined ("what is a deepfake?" -> "a deepfake"), if any;
    "the" is kept ("what is the global security plan?" -> "the global security plan"): such a
    term is one the text itself speaks of."""
    found = _DEFINE.match(question.replace("\u2019", "'"))
    if found is None:
        return None
    term = (found.group("term") or found.group("named") or found.group("meant")
            or found.group("works") or _QUOTES.sub("", found.group("by") or "").strip())
    term = _TERM_FILLER.sub("", term)
    if not _NOT_A_TERM.isdisjoint(term.lower().split()):
        return None                              # "what are they used for?" asks about them
    words = term.split()
    return term if 0 < len(words) - (words[0].lower() in ("the", "a", "an")) <= _TERM_WORDS \
        else None


#: A follow-up asking only who did what the question before asks of: "by whom?", "who by?".
_BY_WHOM = re.compile(r"^\W*(?:(?:and|ok|so)\W+)?(?:by\s+(?:whom|who)|who\s+by)\W*$", re.I)


def completed_by_whom(question: str, said_before: str) -> str | None:
    """The question before asked again of who did it, when the follow-up asks only that:
    "by whom?" after "How often is the AMMTC held?" asks by whom it is held. None otherwise."""
    if not _BY_WHOM.match(question):
        return None
    return f"{said_before.strip().rstrip('?.! ')} by whom?"


#: A follow-up asking only where the answer before it comes from: "which report says that?",
#: "where does it say that?", "source?".
_ASKS_FOR_SOURCE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but|sorry)\W+)*(?:"
    r"(?:which|what)\s+(?:report|source|article|document|text|piece|study|paper)"
    r"(?:\s+(?:(?:says?|said)(?:\s+(?:that|this|so))?|(?:is|was)\s+(?:that|it|this)\s+from|(?:is|was)\s+(?:that|it|this)"
    r"|(?:does|did)\s+(?:that|it|this)\s+come\s+from))?"
    r"|where\s+(?:does|did)\s+(?:it|the\s+article|the\s+text|the\s+piece)\s+say\s+(?:that|this|so)"
    r"|where\s+(?:is|was|does)\s+(?:that|this)\s+(?:from|come\s+from)"
    r"|(?:what(?:'s|s|\s+is)\s+(?:the|your)\s+)?sources?(?:\s+for\s+(?:that|this))?"
    r")\W*$", re.I)


def asks_for_source(question: str) -> bool:
    """Whether a follow-up asks only where the answer before it comes from (the answer again,
    with its source, tells it)."""
    return _ASKS_FOR_SOURCE.match(question) is not None


def refers_back(question: str) -> bool:
    """Whether a question points back at what was said ("what approach did *they* want?")."""
    return _PRONOUN.search(question) is not None


#: A question word that opens a question inside a longer sentence ("I'd love to know *what* the
#: ministers agreed about cybercrime", "I wondered *whether* the conference talked about drones").
_EMBEDDED = re.compile(r"(?<=\s)(?:what|which|how|why|when(?!\s+\w+ing\b)|where|who|whether)\b", re.I)
#: An embedded question needs this many words to stand on its own.
_EMBEDDED_WORDS = 4


#: A request for something made up ("write me a poem about ASEAN unity"): the bot only quotes.
_COMPOSE = re.compile(r"\b(?:write|compose|make\s+up|create|draft|sing|tell)\b(?:\s+\w+){0,3}?"
                      r"\s+(?:poem|poems|song|songs|story|stories|joke|jokes|limerick|haiku|rap|"
                      r"lyrics|novel|screenplay|sonnet)\b", re.I)


#: "which criminal groups were ...", "what companies must ...": the things to be named.
_WHICH = re.compile(r"\b(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|the|a|"
                    r"an|this|that|it|they|r|u|kind|kinds|sort|type|types|part|role|exactly|"
                    r"to|for|from|with|by|in|on|of)\b)"
                    r"((?:[a-z'-]+\s+){0,2}[a-z'-]+)", re.I)


#: Words after "which" / "what" that start no name of things ("what about ...", "what *stops*
#: drug networks").
_NOT_NAMED = frozenset("about if else happened happens will would should could can must may might "
                        "need needs shouldnt shouldn't cant can't couldnt couldn't mustnt mustn't "
                        "wont won't wouldnt wouldn't stops causes helps makes drives keeps "
                        "prevents allows enables fuels explains shows says leads".split())


def which_of(question: str) -> str:
    """The words a "which ..." question asks to name ("which criminal groups were using
    drones" -> "criminal groups were"), or "" when it asks for no particular things."""
    found = _WHICH.search(question)
    if found is None or found.group(1).split()[0].lower() in _NOT_NAMED:
        return ""
    if found.group(0).lower().startswith("what") and not _NOT_NAMED.isdisjoint(
            word.lower() for word in found.group(1).split()[1:]):
        return ""           # "what nations *should* avoid", "what dialogue partners *can* do"
    return found.group(1)


#: What a bot might be asked whether it is.
_BOT_KINDS = (r"(?:an?\s+)?(?:ai|a\.i\.?|bot|robot|chatbot|chat\s*bot|human|real(?:\s+person|\s+human)?|"
              r"person|machine|computer|program|llm|language\s+model)")
#: A question about the bot itself: "are you an AI?", "r u a real person?", "bot or human?".
_ABOUT_THE_BOT = re.compile(
    rf"^\W*(?:(?:hey|hi|hello|so|ok|okay|wait)\W+)*(?:are|r)\s+(?:you|u)\s+"
    rf"(?:just\s+|really\s+|actually\s+)?{_BOT_KINDS}(?:\s+or\s+{_BOT_KINDS})?\W*$", re.I)


def asks_about_the_bot(question: str) -> bool:
    """Whether the question asks what the bot is ("are you an AI?"): the bot's introduction
    answers it, not the snippet on AI in online fraud."""
    return _ABOUT_THE_BOT.match(question) is not None


def asks_to_compose(question: str) -> bool:
    """Whether the question asks for a poem, a song, a story or a joke: nothing the sources
    can be quoted for."""
    return _COMPOSE.search(question) is not None


#: Where a wordy message starts asking: a question word, or a verb asking to be told.
_REQUEST = re.compile(r"\b(?:what|which|how|why|when|where|who|whether|know|tell|explain|"
                      r"summari[sz]e|describe|understand|find\s+out|curious|wonder(?:ing)?)\b",
                      re.I)
#: Framing this short is no framing ("So what ...").
_FRAMING_WORDS = 4


def framing(question: str) -> str:
    """What a message says before it starts asking ("I'm a policy intern at a think tank and my
    supervisor asked me to summarise ..." -> "I'm a policy intern at a think tank and my
    supervisor asked me to"): the asker's own story; empty when it asks from the start."""
    found = _REQUEST.search(question)
    before = question[:found.start()] if found else ""
    return before if len(before.split()) >= _FRAMING_WORDS else ""


def embedded_questions(question: str) -> list[str]:
    """The questions inside a wordy sentence, from the first question word after its start and
    from the last (when they differ): what is left when the asker's framing goes."""
    starts = [m.start() for m in _EMBEDDED.finditer(question)]
    clauses = [question[i:].strip(" ?!.") for i in dict.fromkeys(starts[:1] + starts[-1:])]
    return [c for c in clauses if len(c.split()) >= _EMBEDDED_WORDS]


#: Words that ask for more than a summary sentence gives: particulars, names ("specifically
#: regarding drones" only narrows the subject).
_DETAIL = re.compile(r"\b(?:specific|specifically(?!\s+(?:regarding|about|on|concerning|"
                     r"with\s+regard\s+to|in\s+relation\s+to|relating\s+to|related\s+to|"
                     r"in\s+terms\s+of|when\s+it\s+comes\s+to)\b)|in detail|in more detail|"
                     r"which\s+\w+\s+exactly|\w+s\s+exactly(?=\W*$)|"
                     r"actually\s+(?:are|were)(?=\W*$)|"
                     r"names of|the names|their names|(?:actual|exact|official|real)\s+name|"
                     r"(?:exact|precise|actual)\s+(?:figure|number|count|total)|"
                     r"(?:what|which)\s+exact\b|"
                     r"(?:were|was|are|is|been)\s+named|named(?!\s+as\b))\b",
                     re.I)


#: What came of something, which the articles never report: "did any of those mechanisms
#: actually get adopted?", "did they sign any new treaty?", "what happened after that?", "any
#: numbers on that?".
_OUTCOME = re.compile(
    r"\b(?:(?:get|got|gets|getting|been|were|was)\s+(?:actually\s+|really\s+|ever\s+|"
    r"finally\s+)?(?:adopted|implemented|signed|ratified|enacted|approved|caught|arrested|"
    r"prosecuted|convicted|funded|carried\s+out|put\s+in(?:to)?\s+(?:place|practice|effect))|"
    r"did\s+(?:they|it|anyone|anybody|the\s+\w+|any\s+\w+)\s+(?:actually\s+|ever\s+|really\s+)?"
    r"(?:sign|adopt|implement|ratify|enact|pass|achieve|deliver|follow\s+through|"
    r"settle\s+(?:on|upon)|opt\s+for|work|succeed|pay\s+off)\b|"
    r"what\s+(?:has|have)\s+(?:\w+\s+){1,3}?done\s+since\b|"
    r"what\s+(?:happened|came)\s+(?:of\s+(?:it|that|this|them)|after(?:wards)?|next|since|then)|"
    r"what\s+did\s+(?:they|it|the\s+\w+)\s+(?:actually\s+)?decide\b(?!\s+to\b)|"
    r"any\s+(?:numbers|figures|statistics|stats|data)\b)", re.I)
#: What a meeting put out: "the outcome documents", "a joint statement" (asked what it says, not
#: where such things are published).
_OUTCOME_DOCUMENT = re.compile(r"\boutcome\s+documents?\b|\b(?:final|joint)\s+(?:document|"
                               r"declaration|communiqu[eé]|statement)s?\b", re.I)
_WHERE = re.compile(r"\bwhere\b", re.I)


def asks_about_outcome(question: str) -> bool:
    """Whether the question asks what came of something (adopted, signed, caught, figures on
    it, the outcome documents), which the articles never report."""
    return _OUTCOME.search(question) is not None or (
        _OUTCOME_DOCUMENT.search(question) is not None and _WHERE.search(question) is None)


#: "Specifically" after "what about X" narrows the subject ("what about cybercrime specifically?",
#: "what about terrorism specifically, what's the worry", "what did it say about terrorism
#: specifically?").
_NARROWING = re.compile(r"^\W*(?:and\s+|so\s+|ok\s+)?(?:(?:what|how)\s+about|what\s+(?:did|does|do)\s+"
                        r"(?:it|they)\s+(?:say|said)\s+(?:about|on))\b[^,;.?]*"
                        r"\bspecifically\b(?:\W*$|,)", re.I)


#: "were NGOs named among those who should ...?": whether the answer names them among others,
#: asked yes or no (not "were the companies named?": what their names are).
_NAMED_WHETHER = re.compile(r"^\W*(?:were|was|is|are)\s+(?P<what>[^,;?]+?)\s+(?:both\s+|all\s+|also\s+)?"
                            r"(?:named|mentioned|listed)\s+(?:among|alongside|as\s+one\s+of|with)\b",
                            re.I)


def named_whether(question: str) -> str | None:
    """What a yes-or-no question asks whether the article names ("NGOs" in "were NGOs named
    among ...?"), or None."""
    found = _NAMED_WHETHER.match(question)
    return found.group("what") if found else None


#: A yes-or-no question: "*were* economic crimes discussed at the 11th AMMTC specifically?"
#: asks whether a subject came up, which "specifically" only singles out.
_YES_NO = re.compile(r"^\W*(?:were|was|is|are|did|does|do|has|have)\b", re.I)


#: What someone said or put forward: "what did *the Chinese hosts* say at the GSCC?", "wat did
#: china propose" (not what the article or "they" say: that asks what the text says).
_SAID_BY = re.compile(r"^\W*(?:according\s+to\s+the\s+(?:article|text|piece)\W+)?"
                      r"wh?at\s+(?:did|does|do|has|have)\s+(?P<who>(?:\w+\W+){0,3}?\w+)\s+"
                      r"(?:say|said|propose|proposed|announce|announced|suggest|suggested|"
                      r"state|stated|tell|told|put\s+forward|argue|argued)\b"
                      # (not "what did the ministers say *about cybercrime*": of a subject)
                      r"(?!\s+(?:about|abt|bout|on|regarding|concerning|of|in\s+(?:regard|relation)\s+"
                      r"to)\b)",
                      re.I)
#: Who "says" in a question about the text itself.
_TEXTS = frozenset({"article", "articles", "text", "piece", "report", "document", "it", "they",
                    "source", "sources", "author", "faq", "page", "section", "conclusion",
                    "paragraph", "index", "he", "she", "we", "you", "u", "this", "that",
                    "story", "post", "site", "website", "writer", "summary", "intro",
                    "introduction", "one", "first", "second", "other",
                    # the meetings and those the articles report as speaking
                    "asean", "ammtc", "meeting", "ministers", "minister", "ministerial",
                    "conference", "gscc", "myanmar", "burma", "myanmars", "member", "states",
                    "participants", "delegates", "nations", "countries"})


def speaker_asked(question: str) -> str | None:
    """Who a question asks what they said ("the Chinese hosts"), or None when it asks what a
    text says."""
    found = _SAID_BY.search(question)
    if found is None:
        return None
    who = found.group("who")
    return None if not _TEXTS.isdisjoint(re.findall(r"\w+", who.lower())) else who


#: "exactly how many organizations ...?": a precise count, which a figure given only roughly
#: ("over 50") does not answer.
_EXACT_COUNT = re.compile(r"\b(?:(?:exactly|precisely)\s+how\s+(?:many|much)|how\s+many\s+"
                          r"(?:\w+\s+){0,3}?(?:exactly|precisely)|(?:the\s+)?(?:exact|precise)\s+"
                          r"(?:figure|number|count|total|attendance))\b", re.I)


#: A person or office asked for by name: "who represented Myanmar?", "which Myanmar ministry
#: sent people?", "the name of the Myanmar official", "did Myanmar send a minister?", "did its
#: home affairs minister lead the delegation?" (not "which approaches *the* ministers
#: emphasised"). The sources name no one.
_PERSON = re.compile(
    r"\bwho\s+(?:represented|led|headed|chaired|spoke\s+(?:for|on\s+behalf\s+of)|"
    r"(?:was|were)\s+in\s+(?:the|their|its|[\w-]+['’]?s)\s+delegation)\b|"
    r"\bwhich\s+(?:(?!(?:the|a|an|their|its)\s)[\w-]+\s+){0,2}(?:ministry|ministries|minister|"
    r"ministers)\b|"
    r"\bnames?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:official|officials|minister|ministers|"
    r"delegates?|representatives?|speakers?)\b|"
    r"\bsend\s+(?:a|any|its|their)\s+(?:[\w-]+\s+)?(?:minister|ministers)\b|"
    r"\b(?:minister|official|president|secretary|chief)s?\s+(?:lead|led|head|headed|chair|"
    r"chaired)\b", re.I)


def asks_for_person(question: str) -> bool:
    """Whether the question asks who someone was by name or office, which no answer gives."""
    return _PERSON.search(question) is not None


def asks_exact_count(question: str) -> bool:
    """Whether the question asks for a precise count ("exactly how many ...?")."""
    return _EXACT_COUNT.search(question) is not None


def asks_for_detail(question: str) -> bool:
    """Whether the question asks for particulars ("what specific mechanisms ...", "the names
    of the officials"), which a one-sentence snippet answers only in outline."""
    for found in _DETAIL.finditer(question):
        if found.group().lower() != "specifically" or not (
                _NARROWING.search(question) or _YES_NO.search(question)):
            return True
    return False


#: Words that ask for the items of a list: "list the organisations", "what are the five
#: principles", "name all the countries", "participants list", "the full list", "list of
#: organizations at gscc" (not "does it list?").
_LIST = re.compile(r"^\W*(?:(?:give|show|send)\s+(?:me|us)\s+)?(?:a\s+|the\s+)?list\s+of\b|"
                   r"\b(?:list(?:\s+(?:all|the|every|each))\b|(?:full|complete|whole|entire)\s+list|"
                   r"enumerate|name\s+(?:all|the|every|each)|"
                   r"what\s+(?:are|were)\s+(?:the|all\s+the|those|these|all\s+those)\s+(?:\d+|two|three|"
                   r"four|five|six|seven|eight|nine|ten|fifty)\b|every\s+one\s+of|"
                   r"what\s+(?:are|were)\s+(?:those|these)\s+[a-z]+s\W*$|"
                   r"\b(?!(?:it|that|this|the|a|an|pls|please|plz|to|you|u|me|them|does|do|on|can|"
                   r"could|they|article|articles|text|report|piece|document|source)\b)"
                   r"[a-z]+\s+list\W*$|"
                   r"^(?!.*\b(?:does|do|did|will|would|can|could)\b)[a-z\s]*?"
                   r"\b(?!(?:its|his|this|has|was|is|as|us|ours|theirs|yours)\b)[a-z]+s\s+list\b)", re.I)


def asks_for_list(question: str) -> bool:
    """Whether the question asks for the items of a list, which an answer without one can
    only point to ("list the 50 organisations that attended")."""
    return _LIST.search(question) is not None


#: "how many delegates ...", "how much money ...": what is counted; "how big is ASEAN's
#: *economy*", "how big a *problem* are ...": what is measured.
_COUNTED = re.compile(r"\bhow\s+(?:many|much)\s+([a-z]+)|\bhow\s+(?:big|large)\s+(?:(?:is|are|was|"
                      r"were)\s+)?(?:(?:an?|the|its|their)\s+)?(?:[a-z]+['’]s\s+)?([a-z]+)", re.I)
#: Words that are numbers in an answer.
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen "
                         "twenty thirty forty fifty hundred hundreds thousand thousands million "
                         "millions billion billions dozen dozens".split())
#: Counted things any figure answers ("how many days did it last": "from 19 to 21 September").
_ANY_FIGURE = frozenset("days years months weeks hours times".split())
#: Words after "how many" that name nothing counted: "how many *were* there", "how many of them".
_NO_NOUN = frozenset("were was are is did do does have has had will would can could came attended "
                     "took went joined of in at there it this that they them".split())


#: A count asked in keywords: "gscc *total participants*", "*number of* delegates", "gscc
#: *attendance total*".
_COUNTED_WORDS = re.compile(r"\b(?:total(?:\s+number\s+of)?|number\s+of|no\s+of|count\s+of)\s+"
                            r"([a-z]+)\b"
                            r"|\b([a-z]+)\s+(?:total|number|count)\W*$", re.I)


def counted(question: str) -> str | None:
    """The thing a "how many" / "how much" question (or "total X", "number of X", "X total")
    counts, or None when it counts nothing (or time, which any figure in an answer speaks to)."""
    found = _COUNTED.search(question)
    thing = (found.group(1) or found.group(2)) if found else None
    if found is None and (words := _COUNTED_WORDS.search(question)):
        thing = words.group(1) or words.group(2)
    if thing is None or thing.lower() in _ANY_FIGURE | _NO_NOUN:
        return None
    return thing.lower()


_ASKER = r"\b(?:i|i'm|im|i've|i'd|me|my|we|we're|we've|us|our)\b"
#: A trailing aside about the asker, not part of what is asked: ", since that's what matters most
#: to us", "so we can line up our agenda with theirs", "because some of that touches on our work",
#: ", im just a tricycle driver in davao".
_ASIDE = re.compile(rf"[,;]?\s+(?:(?:since|because)\s+(?=[^.?!]*{_ASKER})|(?:as|so|so\s+that)\s+"
                    r"(?=(?:i|we)\b))[^.?!]*(?=[.?!]|$)|"
                    r"[,;]\s+(?=(?:i'm|i’m|im|i\s+am|we're|we’re|we\s+are)\s+(?:just|only|a|an|not)\b)"
                    r"[^.?!]*(?=[.?!]|$)", re.I)
#: A closing request that only asks for the answer: "Can you tell me?", "Could you help?".
_CLOSING_REQUEST = re.compile(r"(?<=[.?!])\s+(?:can|could|would)\s+you\s+(?:please\s+)?"
                              r"(?:tell|help|say|explain|give|remind)(?:\s+(?:me|us))?"
                              r"(?:\s+(?:those|that|this|them|it))?(?:\s+please)?\s*[?.!]*\s*$",
                              re.I)


def without_asides(question: str) -> str:
    """The question less what it says about the asker after it asks ("..., since that's what
    matters to us", "Can you tell me?"): words that are no part of what is asked."""
    return _ASIDE.sub("", _CLOSING_REQUEST.sub("", question)).strip()


#: "... about that?": a question whose subject is a pronoun after "about".
_ABOUT_PRONOUN = re.compile(r"\b(?:about|on|regarding|concerning)\s+(that|it|this|them|those)\b",
                            re.I)
#: A pronoun asked to be listed or explained: "Could you *list them* for me?".
_TOLD_PRONOUN = re.compile(r"\b(?:list|explain|summari[sz]e|describe|outline|clarify|name)\s+"
                           r"(that|it|this|them|those)\b", re.I)
#: What a sentence is about: the words after its last "about", to a comma or the asker's own
#: next clause ("... about the chemicals used to make drugs, but I ...").
_ABOUT_WHAT = re.compile(r"\b(?:about|regarding|concerning)\s+(?:something\s+about\s+)?"
                         r"([^,;.!?]+?)(?=\s*[,;.!?]|\s+but\b|\s+and\s+(?:i|we)\b|\s*$)", re.I)


#: A bare question about a pronoun: "what were they?", "who was it?".
_BARE_PRONOUN = re.compile(r"^(?:so\s+|and\s+)?(?:what|who|which)\s+(?:were|are|was|is)\s+"
                           r"(they|them|it|those|these)\s*[?.!]*\s*$", re.I)
#: What the sentence before asked to be told: "my boss asked me to *list the conference
#: themes* for a briefing note".
_ASKED_FOR = re.compile(r"\b(?:list|name|summari[sz]e|describe|explain|outline)\s+"
                        r"((?:all\s+)?(?:the|its|their)\s+[^,;.!?]+?)"
                        r"(?=\s+(?:for|to|in|so)\b|\s*[,;.!?]|\s+but\b|\s+and\b|\s*$)", re.I)


def with_subject_named(question: str) -> str | None:
    """The last sentence with the subject the sentence before it named in place of its pronoun
    ("a colleague said the article mentions something about the chemicals used to make drugs.
    What was said about that?" asks what was said about those chemicals; "I'm confused about the
    crimes the AMMTC covers. Could you list them?", "my boss asked me to list the conference
    themes for a briefing note; what were they?"), or None."""
    sentences = _sentences(question)
    if len(sentences) < 2:
        return None
    back = _ABOUT_PRONOUN.search(sentences[-1]) or _TOLD_PRONOUN.search(sentences[-1]) \
        or _BARE_PRONOUN.search(sentences[-1])
    named = list(_ABOUT_WHAT.finditer(sentences[-2])) or list(_ASKED_FOR.finditer(sentences[-2]))
    if back is None or not named:
        return None
    last = sentences[-1]
    return f"{last[:back.start(1)]}{named[-1].group(1).strip()}{last[back.end(1):]}"
