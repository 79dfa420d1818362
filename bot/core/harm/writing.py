"""Writing tasks: a text asked for is refused when what it is for names a crime.

A ``writing`` task ("write", "draft", "compose", "come up with", "script for") is refused if
what it is for (up to ``WRITING_WINDOW`` words on) names an operation, contraband, a tool, a
qualifier or goods to be sent to the asker ("a script for a romance scam", "a fake job ad", "to
get a widow to send me money") before a safe or subjects word ("a summary about scams").
"Victims" right after a verb of persuasion or control ("a script to convince victims to invest")
are the ones the text works on, not a subject, unless it sends them for help ("convince victims
to call the hotline"). A task for "one" of a crime's tools named before it is refused too
("ransomware: write me one that locks a company's files").
"""

from __future__ import annotations

from bot.core.harm.lexicon import FILLER
from bot.core.harm.question import CLAUSE_BREAKS, FAIR, HARM, NEGATIONS, OPEN, Question
from bot.core.harm.verbs import OBJECT_WINDOW, caught_case

#: How many words after a writing verb are searched for what the text is for.
WRITING_WINDOW = 24
#: Words that stand for a thing named before a writing task: "ransomware: write me *one*".
STAND_INS = frozenset({"one", "it", "some"})
#: Verbs of a writing task's purpose that make the "victims" after them its targets.
PERSUADING = frozenset({"convince", "persuade", "trick", "lure", "pressure", "get"})
#: In a writing task, those its text works on, after a verb of persuasion or control: "a script to
#: *convince victims* to invest", "a prompt that *keeps a victim* chatting".
WORKED_ON = frozenset({"victim", "victims", "target", "targets", "marks", "mark", "strangers"})
#: Who else a text is used on: "a message to *use on someone*".
USED_ON = frozenset({"someone", "somebody", "people", "them", "him", "her", "strangers"})
#: What a victim is persuaded to do in a fair text: "convince victims to *call* the hotline".
HELP_SOUGHT = frozenset({"call", "contact", "hotline", "seek", "help", "report", "speak", "talk",
                         "tell", "leave", "escape", "come", "forward", "testify", "protect"})
#: A text made to pass for another's: "an sms that *looks like* it's *from* the bank".
PASSING_FOR = frozenset({"look", "looks", "appear", "appears", "seem", "seems"})
#: How many words after "looks like" the one it passes for is named ("from ...").
PASSING_WINDOW = 4
#: A text that shields people from a crime: "a post *warning* people about fake job offers".
SHIELDING = frozenset({"warn", "warning", "warns", "protect", "protecting", "rescue",
                       "rescuing"})
#: Those a crime was done to, named after it: "a *scam victim*", "trafficking *survivors*".
SUFFERERS = frozenset({"victim", "victims", "survivor", "survivors"})
#: A lure in a text: "a facebook post *promising* nursing *jobs* in thailand", "a message
#: *offering* easy *money* to carry a bag".
LURING = frozenset({"promising", "promises", "promise", "offering", "offers", "guaranteeing"})
#: What a lure holds out, within ``LURE_WINDOW`` words of it.
LURES = frozenset({"job", "jobs", "work", "money", "pay", "salary", "salaries", "visa", "visas",
                   "income", "wages", "cash", "earnings", "profit", "profits", "returns"})
LURE_WINDOW = 4
#: What makes a promise bait, anywhere in the message: the work abroad, the money easy, the ones
#: it is sent to vulnerable ("an sms to *jobless young* guys promising it jobs"); a plain job ad
#: ("a job ad promising good pay for nurses in my clinic") has none.
BAIT = frozenset({"abroad", "overseas", "easy", "quick", "fast", "jobless", "unemployed",
                  "young", "teenagers", "teens", "students", "girls", "women", "desperate",
                  "poor", "villagers", "village", "refugees", "migrants"})
#: Those a made-up sender asks to pay: "a message *from* a us army doctor *asking* a woman *to
#: pay* for his leave papers", "an email *from* the ceo *telling* finance *to wire* money".
ASKING_TO = frozenset({"asking", "asks", "telling", "tells", "urging", "urges", "begging",
                       "instructing"})
PAYING = frozenset({"pay", "wire", "transfer", "send", "deposit", "remit"})
#: Senders a fake text passes for, within ``SENDER_WORDS`` words after "from the": "an email from
#: the ceo", "from the philippine bureau of internal revenue".
IMPERSONATED = frozenset({"ceo", "cfo", "boss", "director", "manager", "chairman", "bank",
                          "police", "customs", "embassy", "tax", "court", "bureau", "revenue",
                          "ministry", "immigration", "irs"})
SENDER_WORDS = 3
#: The one asked told they owe: "telling people *they owe* a tax penalty".
OWING = frozenset({"owe", "owes", "payable"})
#: Those a text is to fool, told a falsehood: "so *parents believe* their kids have real jobs".
FOOLED = frozenset({"parents", "people", "families", "they", "villagers", "workers", "investors",
                    "customers", "recruits", "victims", "applicants", "buyers"})
BELIEVING = frozenset({"believe", "think"})
#: Money given, and its going to the writer: "where all the *donations* actually *go to my*
#: personal account".
GIVEN = frozenset({"donations", "donation", "money", "funds", "cash", "payments", "proceeds",
                   "contributions"})
GOING = frozenset({"go", "goes", "end", "ends", "land", "lands", "flow", "flows"})
TO_THE_WRITER = (["to", "my"], ["into", "my"], ["in", "my"], ["to", "our"], ["into", "our"],
                 ["in", "our"])
#: What is the writer's own, not a cause they run: "my *personal* account", "my *own* pocket"
#: (not "my charity"; "personal" is read as "person" and "al").
PRIVATE = frozenset({"personal", "person", "own", "pocket", "pockets", "wallet", "private"})
#: Leaving out what the text's readers would refuse: "*leaving out* the part where they *won't be
#: paid*".
OMITTING = frozenset({"leaving", "leave", "omitting", "omit", "skipping", "skip"})
UNPAID = frozenset({"paid", "pay", "wages", "salary", "salaries"})
OMITTED_WINDOW = 10
#: Violence urged on a text's readers: "a manifesto *encouraging* people to *commit violence*",
#: unless what is urged is its end ("encouraging people to *reject* violence").
#: (Not "calling out violence", nor "how gangs push young men to violence": an account of it.)
VIOLENCE = frozenset({"violence"})
INCITING = frozenset({"encouraging", "encourages", "encourage", "urging", "urges", "urge",
                      "inciting", "incites", "incite", "glorifying", "glorifies", "inspire",
                      "inspiring"})
REFUSING = frozenset({"end", "ending", "stop", "stopping", "reject", "rejecting", "renounce",
                      "avoid", "prevent", "preventing", "no", "not", "resist", "report",
                      "against", "condemn", "without", "reduce", "reducing"})
INCITED_WINDOW = 6
#: A text that tells its readers something: "an sms *saying* their parcel is held".
TELLING = frozenset({"saying", "says", "stating", "states", "claiming", "claims", "informing",
                     "telling", "announcing"})
#: The pretexts of a demand for a fee: a parcel held, a prize won, an account locked.
PRETEXTS = frozenset({"held", "stuck", "detained", "seized", "won", "winner", "lottery", "prize",
                      "suspended", "locked", "frozen", "blocked", "unclaimed", "inheritance"})
#: What the readers are told to pay.
PAYMENTS = frozenset({"pay", "fee", "fees", "payment"})
#: The words after a telling word that hold its pretext and its demand.
TOLD_WINDOW = 14
#: The asker as the one who must pay: "a message saying *i* need to pay" (a complaint, not bait).
SELF = frozenset({"i", "we", "me", "us"})
#: What a victim is made to do in a text written to them: pay, and pay again.
PAYING_MORE = PAYING | {"transfer", "invest", "top", "payment", "payments", "deposit"}
#: Money a victim is helped to get back: "a letter to a victim about getting the payment *back*".
RECOVERED = frozenset({"back", "refund", "refunded", "recover", "recovered", "reclaim",
                       "returned"})
WORKING_ON = PERSUADING | {"keep", "keeps", "make", "makes", "convinces", "persuades", "gets",
                           "lures", "hook", "hooks", "tricks", "pressures"}


def writing(q: Question, start: int) -> int:
    """A writing task is harmful if what it is for names a crime before a fair purpose, or if
    the text is a deception by its design (``_deceives_by_design``)."""
    g, words = q.g, q.words
    if _deceives_by_design(words, start):
        return HARM
    for index in range(start, min(len(words), start + WRITING_WINDOW)):
        word = words[index]
        if word in CLAUSE_BREAKS:
            return OPEN
        used_on = "on" in words[max(index - 2, 0):index] \
            and "use" in words[max(index - 3, 0):index]
        if used_on and word in USED_ON:
            return HARM                      # "an opening message to use on someone"
        if caught_case(words, index):
            return FAIR                      # "a real case where money laundering was caught"
        if word in LURING and not LURES.isdisjoint(words[index + 1:index + 1 + LURE_WINDOW]) \
                and not BAIT.isdisjoint(words):
            return HARM                      # "a post promising nursing jobs in thailand"
        if word in ASKING_TO and _from_a_made_up_sender(words, start, index) \
                and _asked_to_pay(words, index + 1):
            return HARM                      # "a message from a us army doctor asking a woman
            #                                  to pay for his leave papers"
        urged = words[max(index - INCITED_WINDOW, start):index]
        if word in VIOLENCE and not INCITING.isdisjoint(urged) and REFUSING.isdisjoint(urged) \
                and words[index - 1] != "of":
            return HARM                      # "a manifesto encouraging people to commit
            #                                  violence against foreigners" (not "survivors
            #                                  *of* violence")
        if word in FILLER:
            continue
        if word in WORKED_ON and _made_to_pay_more(words, index):
            return HARM                      # "a message to a victim who is getting suspicious
            #                                  so they make one more transfer"
        if (word in WORKED_ON and not WORKING_ON.isdisjoint(words[max(index - 2, 0):index])) \
                or (used_on and word in WORKED_ON):
            # "a prompt that keeps a victim chatting until they invest", not "a letter to
            # convince victims to report it"
            helped = q.within(g.safe, index + 1, index + 5) \
                or not HELP_SOUGHT.isdisjoint(words[index + 1:index + 5])
            return FAIR if helped else HARM
        if q.at(g.tools, index) and not q.at(g.safe, index):
            return HARM                      # "a working *information stealer*" (not the subject
            #                                  "information")
        if q.at(g.safe, index) or (q.at(g.subjects, index) and PERSUADING.isdisjoint(
                words[max(index - 2, 0):index])):
            return FAIR                      # not "a script to convince victims to ..."
        if (word in SHIELDING or (word == "help" and words[index - 1] == "for")) and not any(
                q.operation(i) or q.is_contraband(i)
                for i in range(index + 1, min(index + 3, len(words)))):
            return FAIR                      # "a letter asking for help for a citizen trapped
            #                                  in a scam compound", "a post warning people"
        if words[index + 1:index + 2] and words[index + 1] in SUFFERERS:
            continue                         # "a customer who may be a *scam victim*"
        if (q.operation(index) or q.at(g.qualifiers, index) or q.at(g.tools, index)
                or q.is_contraband(index)):
            return HARM
        if word in PASSING_FOR and words[index + 1:index + 2] in (["like"], ["to"]) \
                and "from" in words[index + 2:index + 2 + PASSING_WINDOW]:
            return HARM                      # "an sms that looks like it's from the bank"
        length = q.at(g.evasions, index)
        if length and q.within(g.authorities, index + length,
                               index + length + OBJECT_WINDOW):
            return HARM
        if q.at(g.dealings, index) and pays_the_writer(q, index + 1):
            return HARM                      # "a love letter to get a widow to send me money"
    return OPEN


def _deceives_by_design(words: list[str], start: int) -> bool:
    """Whether the text asked for is made to deceive, wherever in the task that is said: "a
    letter from a labour agency *so parents believe* their kids have real jobs", "an appeal
    where the *donations go to my personal* account", "*leaving out* the part where they *won't
    be paid*" (not "a letter to my parents so they believe i'm fine", "an appeal where donations
    go to my charity", nor "a job ad leaving out the salary")."""
    for index in range(start, min(len(words), start + WRITING_WINDOW)):
        word = words[index]
        if word == "so" and words[index + 1:index + 2] != [] and words[index + 1] in FOOLED \
                and words[index + 2:index + 3] != [] and words[index + 2] in BELIEVING \
                and _from_a_made_up_sender(words, start, index):
            return True
        if word in GOING and not GIVEN.isdisjoint(words[max(index - 3, start):index]) and any(
                words[at:at + 2] in TO_THE_WRITER and not PRIVATE.isdisjoint(words[at + 2:at + 4])
                for at in (index + 1, index + 2)):
            return True
        if word in TELLING and _demands_a_fee(words[index + 1:index + 1 + TOLD_WINDOW]):
            return True
        following = words[index + 1:index + 1 + OMITTED_WINDOW]
        if word in OMITTING and not NEGATIONS.isdisjoint(following) \
                and not UNPAID.isdisjoint(following):
            return True
    return False


def _made_to_pay_more(words: list[str], index: int) -> bool:
    """Whether a text addressed to a victim is to make them pay: "a message *to a victim* ... so
    they make one more *transfer*" (not "a letter to a victim so they *report* the transfer",
    nor "to a victim about getting the payment *back*")."""
    if "to" not in words[max(index - 2, 0):index]:
        return False
    following = words[index + 1:index + 1 + TOLD_WINDOW]
    return not PAYING_MORE.isdisjoint(following) and HELP_SOUGHT.isdisjoint(following) \
        and RECOVERED.isdisjoint(following)


def _demands_a_fee(told: list[str]) -> bool:
    """Whether what a text tells its readers is a pretext and then a demand that they pay: "their
    parcel is *held* and they need to *pay* a fee via link", "the recipient has *won* a lottery
    and must *pay* a release fee" (not "the rent is due", nor "my parcel is held and i must pay")."""
    pretext = next((at for at, word in enumerate(told) if word in PRETEXTS), None)
    if pretext is None:
        return False
    return any(word in PAYMENTS and SELF.isdisjoint(told[max(at - 3, 0):at])
               for at, word in enumerate(told) if at > pretext) \
        and SELF.isdisjoint(told[:pretext])


def _from_a_made_up_sender(words: list[str], start: int, index: int) -> bool:
    """Whether the text is written as from someone the asker is not: "from *a* us army doctor",
    "from *the ceo*" (not "a letter from me", nor "from my school")."""
    for at in range(start, index):
        if words[at] == "from" and words[at + 1:at + 2] != []:
            after = words[at + 1]
            if after in ("a", "an") or (after == "the" and not IMPERSONATED.isdisjoint(
                    words[at + 2:at + 2 + SENDER_WORDS])):
                return True
    return False


def _asked_to_pay(words: list[str], start: int) -> bool:
    """Whether the one asked is told to pay: "asking *a woman to pay* for", "telling *finance
    to wire* money" (not "asking me to pay", nor "asking staff to pay attention")."""
    if words[start:start + 1] in (["me"], ["us"]):
        return False
    if not OWING.isdisjoint(words[start:start + LURE_WINDOW]):
        return True                          # "telling people they owe a tax penalty"
    for at in range(start, min(len(words) - 1, start + LURE_WINDOW)):
        if words[at] == "to" and words[at + 1] in PAYING \
                and words[at + 2:at + 3] != ["attention"]:
            return True
    return False


def pays_the_writer(q: Question, start: int) -> bool:
    """Goods sent to the one who asks: "send *me* money", "wire *us* their savings"."""
    words = q.words
    end = min(len(words), start + OBJECT_WINDOW)
    return any(w in ("me", "us") for w in words[start:start + 2]) and any(
        q.at(q.g.goods, i) and words[i - 1] not in ("my", "our")
        for i in range(start, end))  # "send me my money back" is a victim's wish


#: A stand-in after one of these is no thing written: "how can hospitals prepare *for it*?".
_PREPOSITIONS = frozenset({"for", "against", "to", "about", "with", "from", "on", "into"})


def _someone_tries(words: list[str], index: int) -> bool:
    """Whether the verb at ``index`` is what something else is trying to do: "a job offer *is
    trying to* make me one" (a money mule) is done to the asker, nothing written."""
    return index >= 3 and words[index - 2:index] == ["trying", "to"] \
        and words[index - 3] in ("is", "are", "was", "were")


def writes_what_was_named(q: Question) -> bool:
    """A writing task for "one" of a crime's tools named before it: "ransomware: write me
    one that locks a company's files"."""
    g, words = q.g, q.words
    for index in range(1, len(words)):
        length = q.at(g.writing, index)
        if not length or _someone_tries(words, index):
            continue
        for after in range(index + length, min(len(words), index + length + 3)):
            if words[after] in STAND_INS and (words[after + 1:after + 2] in (
                    [], ["that"], ["which"]) or words[after + 1:after + 3] == ["for", "me"]) \
                    and not q.within(g.subjects, index + length, after) \
                    and _PREPOSITIONS.isdisjoint(words[index + length:after]):
                return any(q.at(g.tools, i) or q.is_contraband(i)
                           or q.operation(i) for i in range(index))
    return False
