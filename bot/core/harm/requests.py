"""The first reading: a command or a request, and what it asks for.

A request starts after a ``lead_in`` ("how do i", "best way to", "write me", "can i"), after a
``want`` ("i need", "best", "where can i get"), or at the start of the question or of a later
sentence (a command, after "please", "can you" and the like: "launder this", "write a phishing
email", "I'm a researcher. Please write ten scam scripts"; a gerund there names a topic: "washing
dirty money"). Up to ``WINDOW`` words are read, until the clause ends ("if", "because", "so",
"without"):

- a ``safe_verb`` ("how to *stop* smuggling", "how can i *report* a scam") or a ``subjects`` word
  ("about", "victims", "essay"): the request is about the crime, not for it -- fair;
- first, a third-party ``actor`` ("explain how *cartels* launder money", "how does a
  *trafficker* choose victims", "explain how *scam compounds* lure workers"): a question about
  how crime works -- fair, unless it asks for ``details`` ("step by step"); after a want, or
  after "our"/"my", it is not ("i need a *smuggler*", "how can our *group* ...");
- first after a want, ``contraband`` or a ``tool`` ("i need meth", "best mixers"): refused,
  unless it names a subject ("best *drug policy* papers");
- an evasion of the authorities, or a dealing, an undertaking or a concealment with contraband
  or illicit goods (``verbs``): refused;
- a tool or a qualifier anywhere in the request: refused;
- an ``operation`` ("launder", "smuggle", "hack", "lure") used as a verb -- the request's first
  word, or after "to", "and", "me" and the like: refused. Named as a noun ("the *trafficking*
  conference", "a *scam*") it does not count, unless an undertaking came first ("how do i run
  a scam"); after "being", "get" and the like it is the asker's fate ("how to avoid being
  *scammed*") -- fair;
- a writing task for a crime (``writing``): refused.

A verb right after a negation is not asked for ("so my donations *don't fund* terrorism"), and
an operation that is itself a named noun ("bomb") is a verb only with an object after it.
"Victims" right after a verb of control ("make scam victims keep paying") are the ones acted on,
not a subject asked about.

Within a request a few more things decide: a qualifier that ends the clause ("make my maid work
*without pay*") is refused, and so is "avoid *being detected*" (evading detection, not "avoid
being scammed"); the authorities as the subject ("the technique *customs uses* to find drugs")
make it fair; a verb after "keep ... from" is someone else's ("keep my children from getting
into drugs").
"""

from __future__ import annotations

from bot.core.harm.asker.shared import CRIMINALS, PROOF, WANTING, turned_from_it
from bot.core.harm.lexicon import FILLER, compound_adjective
from bot.core.harm.question import CLAUSE_BREAKS, FAIR, HARM, NEGATIONS, OPEN, Question
from bot.core.harm.verbs import (
    HELP_SOUGHT,
    OBJECT_OPENERS,
    crime_follows,
    everyday_sense,
    object_follows,
    verb,
)
from bot.core.harm.writing import pays_the_writer, writing

#: How many words after a lead-in are searched for an operation.
WINDOW = 10
#: Words after which an operation word is a verb ("how *to* smuggle", "help me *and* launder").
VERB_BEFORE = frozenset({
    "to", "and", "or", "then", "me", "us", "you", "them", "him", "her", "i", "we", "they",
    "someone", "somebody", "let", "lets", "can", "could", "should", "would", "will", "must",
    "not", "also", "easily", "safely", "secretly", "successfully", "quietly", "cheaply", "fast",
    "illegally", "still", "ever", "best", "better", "properly", "effectively", "anonymously",
    "remotely", "help", "helping",
})
#: Words before an operation word that make it a victim's ("how to avoid *being* scammed").
PASSIVE_BEFORE = frozenset({"being", "been", "was", "were", "is", "am", "are", "get", "gets",
                            "getting", "got"})
#: A question's first word that, before a subject rather than an object, asks yes or no.
AUXILIARIES = frozenset({"do", "does", "did"})
#: "want" and "need" as someone's wish, after an auxiliary and its subject ("did the meeting
#: want"); the subject is looked for this many words back.
SOMEONE_WANTS = frozenset({"want", "need"})
WISH_AUXILIARIES = AUXILIARIES | {"would", "will"}
AUXILIARY_REACH = 4
FIRST_OR_SECOND = frozenset({"i", "me", "my", "we", "our", "us", "you", "your", "u", "ya", "im",
                             "ive", "id"})
#: The asker as the one acted on: "someone is trying to hack *my* account".
_THE_ASKERS = frozenset({"my", "our", "me", "us"})
#: Words that may open a request before its verb: "please", "can you", "could you".
REQUEST_OPENERS = frozenset({
    "can", "could", "would", "will", "you", "u", "now", "so", "go", "and", "then", "pls",
    "please", "kindly", "help", "me", "for", "i", "want", "need", "to",
})
#: Modals that make a question about an actor a plan: "how *could* a gang get arms to them
#: without it being traced" (against "how do gangs get arms", a question about the crime).
PLANNING = frozenset({"could", "would", "might"})
#: After "how" and what is named: how something works, not how to do it ("explain how scams
#: work").
WORKINGS = frozenset({"work", "works", "happen", "happens", "operate", "operates", "spread",
                      "spreads", "fuel", "fuels", "feed", "feeds", "affect", "affects", "harm",
                      "harms", "damage", "damages", "impact", "impacts", "unfold", "unfolds",
                      "evolve", "evolves", "develop", "develops", "start", "starts", "begin",
                      "begins", "end", "ends"})
#: Verbs that put something to a use: "how to *use* ai for fraud".
USING = frozenset({"use", "leverage", "exploit", "employ", "harness", "utilize", "utilise",
                   "apply"})
#: Words that may follow the crime a thing is used for ("for fraud *on* a large scale"): not a
#: noun it names ("for scam *protection*").
AFTER_USE = frozenset({"on", "in", "at", "and", "or", "against", "with", "without", "so", "more",
                       "like", "to", "then", "purposes", "schemes", "operations"})
#: What makes a crime "harder to" commit is protection against it.
HARDER = frozenset({"harder", "difficult", "tougher", "impossible"})
#: Running that is flight, not a racket ("run away from", "run after they beat me"), unless
#: the authorities are what is fled within this many words ("run from police").
RUNNING = frozenset({"run", "runs", "running", "ran"})
FLIGHT_WINDOW = 4
#: Operations that a business does lawfully every day, and the words that ask for the lawful
#: way: "my company wants to *recruit* workers from abroad, how do we do it *ethically and
#: legally*?" (not "how do i recruit girls from villages").
DONE_LAWFULLY = frozenset({"recruit", "recruitment", "recruiting", "recruits"})
LAWFUL_MANNER = frozenset({"ethically", "legally", "lawfully", "legitimately", "responsibly"})
#: People held in a crime, before "in" and it: "how can *someone in* debt bondage get out".
HELD_IN = frozenset({"someone", "somebody", "people", "person", "those", "anyone", "workers",
                     "victims", "children", "kids", "women", "men", "girls", "family"})
#: Taking a crime's means out of use, which the authorities do: "*take* phishing sites *down*".
TAKING_DOWN = frozenset({"take", "taking", "shut", "shutting"})
#: Verbs that keep someone else from doing something ("keep my children *from* getting").
RESTRAINED = frozenset({"keep", "stop", "prevent", "protect", "save", "discourage", "ban"})
#: Verbs whose subject, right before them, is the authorities: "what *police use* to ...".
AUTHORITY_ACTS = frozenset({"use", "uses", "used", "do", "does", "did", "can", "could", "find",
                            "finds", "detect", "detects", "catch", "catches", "spot", "spots",
                            "search", "searches", "look", "looks", "check", "checks"})
#: Wants that are adjectives: the word after one is a noun ("best spot"), not a verb.
SUPERLATIVES = frozenset({"best", "top", "good", "cheapest", "safest", "easiest", "fastest",
                          "quickest", "simplest", "ideal", "decent", "reliable"})
#: Words that make a want after them a judgement of something: "the pay is *too* good".
DEGREES = frozenset({"too", "so", "very", "really", "pretty", "quite", "seems", "looks",
                     "sounds", "suspiciously", "not", "no"})
#: Whether something is allowed, asked of it: "is hiring someone to ... *illegal*".
LEGALITY = frozenset({"illegal", "legal", "crime", "offence", "offense", "allowed", "punishable",
                      "lawful", "unlawful"})


def _names_a_kind_of_crime(q: Question, index: int) -> bool:
    """Whether the subject word at ``index`` only names a kind of the crime after it: "run a
    *recovery* scam" (on those who lost money before) is the scam, not recovery."""
    return q.words[index - 1] in DETERMINERS and index + 1 < len(q.words) \
        and bool(q.operation(index + 1))


def _kept_from_harm(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is what something is kept from, or the thing kept from it:
    "how do i keep my crypto wallet from being *hacked*"."""
    kept_from = words[max(index - 2, 0):index] in (["from", "being"], ["from", "getting"]) or any(
        words[at] == "from" and words[at + 1:at + 2] in (["being"], ["getting"])
        for at in range(index + 1, min(index + 5, len(words))))
    return kept_from and not RESTRAINED.isdisjoint(words[max(index - 8, 0):index])


#: Words that tell someone's state: "my sister *is* locked in a compound".
BEING = frozenset({"is", "are", "was", "were", "shes", "hes", "theyre", "been", "im"})
#: Words before it of making sure someone stays held: "make *sure* they are locked in".
KEEPING_THERE = frozenset({"sure", "ensure", "keep", "make", "force", "stay", "stays"})


def _held_as_told(words: list[str], index: int) -> bool:
    """Whether "locked in" / "locked up" at ``index`` tells where someone is ("need help, my
    sister *is locked in* a compound"), not how to keep them there."""
    return words[index] == "locked" and index > 0 and words[index - 1] in BEING \
        and KEEPING_THERE.isdisjoint(words[max(index - 5, 0):index])


#: What the law does to one who did it: "can i *be charged* for ...".
CONSEQUENCES = frozenset({"charged", "arrested", "prosecuted", "jailed", "punished", "fined",
                          "sued", "convicted", "deported", "sentenced"})
#: Words after "go" that do not end a request: "how would one go *about* laundering".
GO = frozenset({"go", "going", "goes", "went"})
#: Words before a noun: "how can *a* scam victim ..." names the victim, not a scam to run.
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "my", "our", "your", "his", "her",
                         "their"})
#: Parts of a story, which a crime named before them describes: "a bank breach *scene*".
STORY_PARTS = frozenset({"scene", "scenes", "plot", "subplot", "storyline", "episode",
                         "character", "backstory"})
#: Lead-ins that end on making something, whose object is what is made: "for *making* meth".
MADE = frozenset({"making", "cooking", "producing", "manufacturing", "synthesizing",
                  "synthesising"})
#: A substitute sought for what is hard to get: "what can *replace* ephedrine".
SUBSTITUTES = frozenset({"replace", "swap", "substitute", "substitutes", "instead",
                         "alternative", "alternatives"})
#: Words that make the "victims" after them the ones acted on, not the subject asked about.
CONTROLLING = frozenset({"make", "keep", "trick", "force", "scare", "threaten", "pressure",
                         "lure", "hook", "my", "our"})


#: What telling a thing "is" asks to judge: "tell a deepfake call *is fake*".
GENUINE_OR_NOT = frozenset({"fake", "real", "genuine", "legit", "legitimate", "authentic",
                            "fraudulent", "false", "true"})


#: A crime's past participle before a person names its victim, not an act: "a *trafficked*
#: girl", "*smuggled* migrants".
DONE_TO = frozenset({"trafficked", "smuggled", "exploited", "scammed", "defrauded", "enslaved",
                     "kidnapped", "abducted", "groomed", "recruited"})
#: People a crime may be done to.
PERSONS = frozenset({"girl", "girls", "boy", "boys", "woman", "women", "man", "men", "child",
                     "children", "kid", "kids", "person", "persons", "people", "worker",
                     "workers", "migrant", "migrants", "victim", "victims", "teen", "teens",
                     "teenager", "teenagers", "minor", "minors", "relative", "relatives"})


def request(q: Question, start: int, want: bool, asks_how: bool = False) -> int:
    """What the request starting at word ``start`` asks for: HARM, FAIR or OPEN."""
    g, words, masks = q.g, q.words, q.masks
    working = next((i for i in range(start + 1, min(start + 4, len(words)))
                    if words[i] in WORKINGS), None)
    if asks_how and working is not None and not q.detailed \
            and FIRST_OR_SECOND.isdisjoint(words[start:working + 1]):
        return FAIR                          # "explain how scams work": what it is
    if words[0] in ("is", "are", "was", "would") and any(
            word in LEGALITY and words[i + 1:i + 2] in ([], ["and"], ["or"], ["in"], ["if"])
            for i, word in enumerate(words[start:start + WINDOW], start)):
        return FAIR                          # "is hiring someone to do a ddos attack illegal"
    if (words[start:start + 1] in (["be"], ["get"]) and words[start + 1:start + 2]
            and words[start + 1] in CONSEQUENCES and "for" in words[start + 2:start + 4]) \
            or words[start:start + 3] in (["go", "to", "jail"], ["go", "to", "prison"]):
        return FAIR                          # "can i be charged for being a money mule": what
        #                                      the law does to it, not how to do it
    first = True
    opened_at = -1
    undertaking = False
    using = not USING.isdisjoint(words[start:start + WINDOW])
    if words[start:start + 1] == ["legally"] and not (
            start + 1 < len(words) and masks[start + 1] & g.operation_bit):
        return FAIR                          # "how do i legally get a gun licence"
    for index in range(start, min(len(words), start + WINDOW)):
        word, mask = words[index], masks[index]
        if word in CLAUSE_BREAKS:
            # "make my maid work without pay": the qualifier is the clause's last words.
            return HARM if mask & g.qualifiers.bit and q.at(g.qualifiers, index) else OPEN
        length = q.at(g.safe, index) if mask & g.safe.bit else 0
        if length and index == start and words[index - 1] in SUPERLATIVES:
            length = 0                       # "the best *spot* to land drugs": a noun
        if length and "support" in words[index:index + length] and any(
                words[at] == "to" and not CRIMINALS.isdisjoint(words[at + 1:at + 4])
                for at in range(index + length, min(index + length + 8, len(words)))):
            length = 0                       # "provide support ... *to* such *criminal* entities"
        if length:
            if words[index + length - 1] in PASSIVE_BEFORE and q.within(
                    g.detections, index + length, index + length + 1) \
                    and not q.by_criminals(index + length + 1):
                return HARM                  # "avoid being detected", not "avoid being scammed"
            return FAIR
        if word == "tell" and (words[index + 1:index + 2] in (["if"], ["whether"]) or not {
                "from", "apart"}.isdisjoint(words[index + 2:index + 12]) or any(
                words[after] in ("is", "are", "was") and words[after + 1] in GENUINE_OR_NOT
                for after in range(index + 2, min(index + 8, len(words) - 1)))):
            return FAIR                      # "how can i tell a real email from a fake one",
            #                                  "how can i tell a deepfake call is fake"
        if mask & g.authorities.bit and words[index + 1:index + 2] \
                and words[index + 1] in AUTHORITY_ACTS and q.at(g.authorities, index):
            return FAIR                      # "the technique customs uses to find drugs"
        if word in TAKING_DOWN and "down" in words[index + 1:index + 5] \
                and FIRST_OR_SECOND.isdisjoint(words[:index]):
            return FAIR                      # "why is it hard to take phishing sites down" (not
            #                                  "how do i take the police website down")
        if word in HARDER and words[index + 1:index + 2] == ["for"] \
                and q.within(g.authorities, index + 2, index + 4) \
                and q.within(g.detections, index + 3, index + 6):
            return HARM                      # "make it harder for police to detect my drugs"
        if compound_adjective(words[index:index + 3]):
            continue                         # "how *cross*-border cooperation helps"
        if words[index + 1:index + 2] != [] and words[index + 1] in PROOF and q.operation(index):
            return FAIR                      # "how do i *clone-proof* my card": guarded
            #                                  against it (not "sniff-proof packaging")
        if word in DONE_TO and words[index + 1:index + 2] and words[index + 1] in PERSONS:
            continue                         # "how can a *trafficked girl* contact an NGO"
        if word in FILLER:
            if mask & g.qualifiers.bit and q.at(g.qualifiers, index):
                return HARM                  # "someone elses account"
            continue
        if first:
            first, opened_at = False, index
            verdict = opening(q, index, want, asks_how)
            if verdict is not None:
                return verdict
        if not mask & g.request_bits:
            continue                         # most words: none of the guard's
        if words[index - 1] in NEGATIONS:
            continue                         # "so my donations don't fund terrorism"
        if index + 1 < len(words) and q.at(g.subjects, index + 1) and (
                words[index - 1] in DETERMINERS or (index == start and not HELP_SOUGHT.isdisjoint(
                    words[index + 2:index + 6]))):
            continue                         # "how can a scam victim get their money back",
            #                                  "where can trafficking victims get help"
        if words[index + 1:index + 2] != [] and words[index + 1] in STORY_PARTS \
                and not DETERMINERS.isdisjoint(words[max(index - 2, 0):index]):
            continue                         # "make a bank breach scene feel realistic"
        if word.endswith("ed") and words[index - 1] in DETERMINERS \
                and not HELP_SOUGHT.isdisjoint(words[index + 2:index + 6]):
            continue                         # "how can a trafficked worker's family get help"
        if words[index - 1] == "from" and word.endswith("ing") and not RESTRAINED.isdisjoint(
                words[max(index - 6, 0):index]):
            continue                         # "keep my children from getting into drugs"
        if q.at(g.subjects, index) and words[index - 1] not in GO \
                and CONTROLLING.isdisjoint(words[max(index - 2, 0):index]) \
                and not _names_a_kind_of_crime(q, index):
            return FAIR                      # not "make scam victims keep paying"
        length = q.at(g.writing, index)
        if length and words[index + 1:index + 2] in (["word"], ["words"]):
            continue                         # "agree a *code word* to beat it": a password
        if length:
            return writing(q, index + length)
        if word in RUNNING and words[index + 1:index + 2] in (["away"], ["from"], ["after"]) \
                and not q.within(g.authorities, index + 1, index + 1 + FLIGHT_WINDOW):
            return FAIR                      # "where can i *run after* the guards beat me",
            #                                  "run away from a scam compound": fleeing them
        verdict = verb(q, index)
        if verdict is not None:
            return verdict
        if (q.at(g.tools, index) or q.at(g.qualifiers, index)) \
                and not _kept_from_harm(words, index) and not _held_as_told(words, index):
            return HARM
        if q.at(g.dealings, index) and pays_the_writer(q, index + 1):
            return HARM                      # "convince a widow to send me her savings"
        if (operation := q.operation(index)) and not everyday_sense(words, index, operation):
            previous = words[index - 1]
            if previous == "to" and words[index - 2] in HARDER:
                return FAIR                  # "make our cctv system harder to hack"
            if previous == "in" and words[index - 2] in HELD_IN:
                return FAIR                  # "how can someone in debt bondage get out"
            if using and "for" in words[index - 2:index] \
                    and (index + 1 == len(words) or words[index + 1] in AFTER_USE):
                return HARM                  # "use ai for (online) fraud", not "fraud detection"
            if previous in PASSIVE_BEFORE:
                return FAIR                  # "how do i avoid being scammed"
            if word in DONE_LAWFULLY and not LAWFUL_MANNER.isdisjoint(words):
                return FAIR                  # "recruit workers from abroad ... legally"
            as_verb = index == opened_at or undertaking or (
                previous in VERB_BEFORE and not word.endswith("ing")) or (
                word.endswith("ed") and q.is_object(index - 1))
            if undertaking or (as_verb and (word not in g.nouns
                                            or object_follows(q, index + operation))):
                return HARM                  # used as a verb, not named as a noun ("how do i
                #                              *blow up a* bridge": "blow" is also cocaine)
            if want and previous == "for" and word.endswith("ing") \
                    and object_follows(q, index + operation):
                return HARM                  # "the best drone for smuggling drugs"
        if q.at(g.undertakings, index):
            undertaking = True
    return OPEN


def opening(q: Question, index: int, want: bool, asks_how: bool) -> int | None:
    """What the first telling word of a request decides, if anything."""
    g, words = q.g, q.words
    word = words[index]
    if words[index - 1] in ("our", "my"):
        actor = False                        # "how can our group ..." asks for us
    elif want:
        actor = word in g.actors             # "i need a smuggler" asks for a service
    else:
        actor = word in g.one_actor or (asks_how and any(
            w in g.one_actor for w in words[index + 1:index + 4]))
    if actor and not q.detailed and not (     # "how could a gang ...", "how a cartel could ..."
            q.evasive_purpose and not PLANNING.isdisjoint(words[max(index - 3, 0):index + 3])):
        return FAIR                          # "explain how (scam) compounds lure workers"
    if want and (q.is_contraband(index) or q.at(g.tools, index)):
        return FAIR if q.modified(index) else HARM
    if words[index - 1] in MADE and q.is_contraband(index) and not q.modified(index) \
            and not (SUBSTITUTES | FIRST_OR_SECOND).isdisjoint(words):
        return HARM                          # "what can replace ephedrine for making *meth*"
    if not want and not asks_how and q.is_object(index) and crime_follows(q, index):
        return HARM                          # "how to heroin smuggling"
    return None


def command(q: Question, index: int) -> int:
    """The question opens with a command: "launder this", "write a phishing email"."""
    g, words = q.g, q.words
    word = words[index]
    if word not in g.commands or q.at(g.authorities, index) \
            or words[index + 1:index + 2] == ["based"] or q.at(g.safe, index):
        # "washing dirty money" names a topic; "police dogs smell drugs ..." the authorities;
        # "trade based money laundering" a kind of it; "(could i) get in trouble" a consequence
        return FAIR
    if word in AUXILIARIES and words[index + 1:index + 2] \
            and words[index + 1] not in OBJECT_OPENERS:
        return FAIR                          # "do scammers use ai ...?" asks yes or no
    length = q.at(g.writing, index)
    if length:
        return writing(q, index + length)
    length = q.operation(index)
    if length and object_follows(q, index + length) and not everyday_sense(words, index, length):
        return HARM
    verdict = verb(q, index)
    return verdict if verdict is not None else FAIR


def opens_with_command(q: Question) -> bool:
    """Whether the question opens with a command for an operation ("write a phishing
    email")."""
    start = next((i for i, w in enumerate(q.words) if w not in REQUEST_OPENERS),
                 len(q.words))
    return start < len(q.words) and command(q, start) == HARM


#: Those who watch for crime without being the authorities: "what red flags do *banks* look for".
WATCHFUL = frozenset({"bank", "banks", "auditors", "auditor", "compliance", "regulators",
                      "investigators", "analysts", "insurers", "exchanges"})


def someone_elses_want(q: Question, index: int, length: int) -> bool:
    """Whether a want at ``index`` is not the asker's: what someone else wants ("how did the
    meeting want trafficking victims treated", "what do the ministers need", "my friend wants
    to join ..., how can i talk him out of it"), or a judgement of something ("the pay is too
    good")."""
    words = q.words
    if index and (q.within(q.g.authorities, index - 2, index)
                  or not WATCHFUL.isdisjoint(words[max(index - 2, 0):index])):
        return True                          # "what signs do *police look for*", "what red
        #                                      flags do *banks look for*": theirs
    if length == 1 and words[index] in ("needs", "wants") and index \
            and words[index - 1] in ("and", "it", "that", "which", "this") \
            and words[index + 1:index + 2] != ["to"]:
        return True                          # "a parcel is held and *needs* a fee": a thing's
    if words[index] in ("needed", "required") and index \
            and words[index - 1] in ("is", "are", "was", "were", "be", "been") \
            and words[index + 1:index + 2] not in (["to"], ["for"]):
        return True                          # "what networks *are needed* and what do fraud
        #                                      groups use": what a task needs, no one's want
        #                                      (not "what is needed *to* smuggle meth")
    if words[index] in ("suggest", "suggests") and (
            words[index + 1:index + 2] == ["that"] or words[index - 1] in ("that", "which")
            or words[index - 1] in ("signs", "indicators", "flags", "patterns", "clues")
            or (words[index - 1] in ("might", "may", "could", "would")
                and words[index - 2] not in ("you", "u"))):
        return True                          # "what signs *suggest that* a worker is ...",
        #                                      "red flags *that suggest* trafficking",
        #                                      "what red flags *suggest* illegal remittance"
    if words[index] in SUPERLATIVES and index and words[index - 1] in DEGREES:
        return True                          # "pay *too good*, is it a scam": a judgement
    if words[index] == "trying" and index >= 2 and words[index - 1] in ("is", "are", "was", "were") \
            and words[index - 2] not in FIRST_OR_SECOND \
            and not _THE_ASKERS.isdisjoint(words[index + 2:index + 6]):
        return True                          # "*a former employee is trying to* break into our
        #                                      email, what should i do?": theirs, against the
        #                                      asker (not "my brother is trying to smuggle meth")
    if words[index] == "who" and words[:2] in (["what", "happens"], ["what", "happened"]):
        return True                          # "what happens to people *who sell* their bank
        #                                      accounts to scammers": the consequences asked
    if words[index] in ("want", "wants") and index and words[index - 1] in ("they", "he", "she") \
            and words[index + 1:index + 2] != ["to"]:
        return True                          # "he can't leave and *they want* ransom": a demand
        #                                      made of the asker's family (not "they want to ...")
    if words[index] in WANTING and turned_from_it(words, index):
        return True                          # "*my friend wants to* join ..., how can i
        #                                          talk him out of it" (not "... how should he")
    if length != 1 or words[index] not in SOMEONE_WANTS:
        return False
    before = words[max(index - AUXILIARY_REACH, 0):index]
    auxiliary = next((i for i in range(len(before) - 1, -1, -1)
                      if before[i] in WISH_AUXILIARIES), None)
    between = before[auxiliary + 1:] if auxiliary is not None else []
    return bool(between) and FIRST_OR_SECOND.isdisjoint(between)
