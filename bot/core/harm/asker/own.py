"""The asker's own word: a question about others asked in order to do the same or to avoid what
got them caught, and a crime the asker calls their own.

* **For doing the same** -- "how do traffickers avoid police? i need to know for my own
  operation".
* **What gets others caught, to avoid it** -- "what mistakes get couriers caught? i want to
  *avoid them*" (not "mistakes that get people caught *in* scams": a victim's).
* **The asker's own crime** (for an asker) -- "*my* scam accounts", "*my* drug deals" (not "my
  drug addiction", "my scam losses", "my scam money back").
"""

from __future__ import annotations

from bot.core.harm.asker.people import keeps_people_in
from bot.core.harm.asker.shared import (
    CAUGHT,
    CRIMINALS,
    FIRST_PERSON,
    NEGATED,
    PROOF,
    has,
    is_crime,
)
from bot.core.harm.question import Question

#: After "my scam ...": the asker's harm or case, not the asker's crime.
OWN_HARM = frozenset({"addiction", "addicted", "use", "used",
                      "cloned", "blocked", "frozen", "habit", "problem", "test", "tests",
                      "loss", "losses", "lost", "back", "refund", "case", "cases", "report",
                      "complaint", "victim", "victims", "charge", "charges", "lawyer", "trial",
                      "history", "recovery", "rehab", "treatment", "experience", "story",
                      "details", "contract", "contracts", "agency", "agent",
                      "awareness", "research", "essay", "thesis", "class", "course", "paper",
                      "project", "article", "presentation", "dealer",
                      # something done to the asker's own thing: "my card number is being sold"
                      "being", "stolen", "leaked", "hacked", "compromised"})
#: What befalls the asker's own thing, however far on it is said: "my card number turned up in a
#: data *breach*".
SUFFERED = frozenset({"breach", "breached", "leak", "leaked", "stolen", "hacked", "compromised",
                      "skimmed", "cloned"})
#: What a crime names when the asker runs it: "my smuggling *network*", "my scam *business*".
ORGANISED = frozenset({"network", "networks", "ring", "rings", "operation", "operations",
                       "business", "businesses", "gang", "crew", "syndicate", "racket", "cartel",
                       "outfit", "cell", "empire", "enterprise"})
#: The word that makes a group one of crime: "my *criminal* network".
CRIMINAL = frozenset({"criminal", "crime"})
#: What "for my own ..." is, when it is for the asker's good: "for my own *safety*".
OWN_GOOD = frozenset({"safety", "protection", "understanding", "knowledge", "curiosity",
                      "interest", "learning", "studies", "study", "family", "parents", "kids",
                      "children", "security", "reference", "notes", "records"})
#: After "for my own", what makes it not the asker's crime: "for my own *research*".
NOT_AN_OPERATION = OWN_HARM | OWN_GOOD
#: The asker saying a question about others is for doing the same.
COPYING = (("want", "to", "try"), ("can", "try", "it"), ("so", "i", "can", "do", "it"),
           ("do", "the", "same"), ("copy", "them"), ("for", "my", "own"), ("for", "our", "own"),
           ("do", "it", "myself"), ("do", "this", "myself"), ("do", "that", "myself"),
           ("use", "it", "myself"), ("my", "own", "operation"), ("our", "own", "operation"),
           ("my", "own", "network"), ("our", "own", "network"), ("my", "own", "ring"),
           ("our", "own", "ring"), ("use", "them", "myself"), ("set", "up", "the", "same"),
           ("same", "setup"), ("same", "set", "up"), ("set", "one", "up", "for"),
           ("so", "i", "could", "do", "it"), ("so", "we", "could", "do", "it"),
           ("run", "the", "operation"), ("run", "our", "operation"), ("run", "my", "operation"),
           ("buy", "the", "same"), ("get", "the", "same"), ("use", "the", "same", "ones"),
           ("can", "replicate"), ("to", "replicate"), ("work", "the", "same", "way"),
           ("copy", "their"), ("copy", "his"))
#: What the asker wants built does what was asked about: "i want to run a server *that does it*".
DOES_IT = (("that", "does", "it"), ("that", "does", "that"), ("that", "does", "the", "same"),
           ("which", "does", "it"), ("that", "do", "the", "same"))
#: The asker's wish, in the few words before: "*i want to* run a server that does it".
WISHING = frozenset({"want", "wanna", "plan", "planning", "going", "hoping"})
#: The same, unless a lawful use follows: "so our group can use those" (not "so we can use them
#: *in* our customs training").
COPYING_UNLESS_USED = (("so", "i", "can", "use"), ("so", "we", "can", "use"),
                       ("group", "can", "use"))
#: Putting what is explained to use, with nothing lawful after it: "explain smurfing *in a way i
#: can actually use tomorrow*" (not "... in a way i can use in my essay", nor "... so i can
#: understand it").
PUT_TO_USE = frozenset({"use", "apply"})
#: Words between "i can" and the use that change nothing: "i can *actually* use".
MERELY = frozenset({"actually", "really", "easily", "then", "just"})
#: When the use comes, which makes it no more lawful: "use *tomorrow*".
WHEN_USED = frozenset({"tomorrow", "today", "tonight", "now", "asap", "immediately", "right",
                       "straight", "next", "this", "irl"})
#: What makes a use lawful: where, for what or by whom it is used.
USED_FOR = frozenset({"in", "for", "to", "at", "during", "when", "with", "as", "by", "against"})
#: The same, said at the very end with nothing after "own": "... so i can start my own", "...
#: so i can use them" (not "so i can use them in my essay"), "i want to copy it".
COPYING_AT_END = (("start", "my", "own"), ("start", "our", "own"), ("run", "my", "own"),
                  ("run", "our", "own"), ("up", "my", "own"), ("up", "our", "own"),
                  ("can", "use", "them"), ("to", "copy", "it"), ("to", "copy", "that"),
                  ("to", "copy", "this"), ("to", "copy", "them"), ("can", "copy", "it"),
                  ("can", "copy", "them"), ("can", "copy", "that"), ("could", "copy", "it"),
                  ("i", "need", "ideas"))
#: The same, for the asker's own ("... need tips *for mine*"), unless what was asked about is
#: helpers ("how do shelters help workers escaping ...? tips for mine"): criminals or their
#: crime open the question.
COPYING_FOR_MINE = (("tips", "for", "mine"), ("ideas", "for", "mine"), ("tips", "for", "ours"),
                    ("ideas", "for", "ours"))
#: What the authorities look for, and not showing it: "so i can *avoid showing them*".
SIGNS = frozenset({"signs", "indicators", "flags", "patterns", "clues", "profile", "profiles"})
NOT_SHOWING = (("avoid", "showing"), ("not", "show"), ("dont", "show"), ("never", "show"),
               ("avoid", "giving", "off"), ("hide", "them"), ("hide", "those"), ("not", "fit"),
               ("dont", "fit"), ("never", "fit"), ("doesnt", "fit"))
#: Mistakes that got others caught, which the asker means to avoid.
MISTAKES = frozenset({"mistake", "mistakes", "error", "errors", "slipups", "slip", "blunders"})
#: Criminals by their trade, whose mistakes only someone in it means to avoid.
ERRING_CRIMINALS = frozenset({"couriers", "courier", "mules", "mule", "cells", "cell", "cooks",
                              "recruiters", "brokers", "smuggler", "trafficker"})
#: The asker avoiding what was just named: "... so i can *avoid them*".
AVOIDING = (("avoid", "them"), ("avoid", "those"), ("avoid", "it"), ("avoid", "that"),
            ("avoids", "them"), ("avoids", "those"), ("what", "to", "avoid"),
            ("avoid", "making", "them"), ("avoid", "the", "same"), ("avoid", "doing", "that"))
#: People around the asker, whose acts after "my ..." are theirs: "my *boss* threatens us".
OTHERS_AROUND = frozenset({"boss", "employer", "husband", "wife", "partner", "neighbour",
                           "neighbor", "landlord", "manager", "brother", "sister", "father",
                           "mother", "son", "daughter", "friend", "cousin", "uncle", "aunt",
                           "recruiter", "broker", "supervisor", "ex", "boyfriend", "girlfriend"})
#: Words that slip something past a control, whatever it is: "so i can *slip* people through".
SLIPPING = frozenset({"slip", "sneak", "stash", "smuggle"})
#: The asker's goods, unnamed, getting through unstopped: "so *my shipment slips through*".
OWN_LOADS = frozenset({"shipment", "shipments", "cargo", "load", "loads", "package", "packages",
                       "parcel", "parcels", "consignment", "product", "stuff", "goods"})
SLIPS = frozenset({"slips", "slip", "sneaks", "sneak"})
GOES = frozenset({"gets", "get", "goes", "go", "passes", "pass", "moves", "slips", "slip"})
UNSEEN = frozenset({"unnoticed", "undetected", "unchecked", "unseen"})


def _gets_past(words: list[str]) -> bool:
    """"slips through", "gets past unnoticed" (not "gets through customs on time")."""
    return bool(words) and ((words[0] in SLIPS and words[1:2] in (["through"], ["past"]))
                            or (words[0] in GOES and not UNSEEN.isdisjoint(words[1:3])))
#: Words before the crime a purpose goes on with: "so i can *keep* trafficking workers".
CONTINUING = frozenset({"keep", "continue", "start", "begin", "resume"})
#: May-words between "so i" and what the asker means to do: "so i *can* ...".
MODALS = frozenset({"can", "could", "will", "may", "might", "would", "get", "to"})
#: How many words of a purpose are read: "so i can *go there after a fraud and not get sent*".
PURPOSE_WORDS = 10
#: What the authorities do to someone they pursue.
PURSUED = frozenset({"caught", "sent", "send", "extradited", "arrested", "traced", "tracked", "deported",
                     "jailed", "charged", "prosecuted", "convicted"})
#: Words that make the asker a victim, whose purpose is safety: "so i can escape and not get
#: caught by them".
VICTIMS = frozenset({"victim", "victims", "escape", "escaped", "trafficked", "scammed", "safe",
                     "abusive", "rescue", "rescued"})
#: Running a crime: "avoid triggering them *when running* a scam".
RUNNING = frozenset({"running", "doing", "operating", "committing", "pulling", "organising",
                     "organizing"})
#: The asker doing something now: "*i'm* selling" ("we're" folds to "were", which is past).
DOING_NOW = frozenset({"im", "am"})


def means_to_copy(q: Question) -> bool:
    """"how do traffickers avoid police? i need to know for my own operation": a question about
    others that the asker says is for doing the same."""
    words = q.words
    if not any(w in ("i", "we", "my", "our", "mine", "ours") for w in words):
        return False
    mine = tuple(words[-3:]) in COPYING_FOR_MINE and any(
        is_crime(q, i) or words[i] in CRIMINALS for i in range(1, min(4, len(words))))
    if not _copying(q, words) and tuple(words[-3:]) not in COPYING_AT_END \
            and not _used_as_is(words) and not _ours_copy(words) and not mine \
            and not _put_to_use(words) \
            and not _wants_one_that_does_it(words):
        return False
    return any(is_crime(q, i) or words[i] in CRIMINALS or _hides_goods(q, i)
               or q.at(q.g.qualifiers, i)     # "illegal remittance"
               for i in range(len(words))) or q.within(q.g.authorities, 0, len(words)) \
        or keeps_people_in(q)        # "how do they keep them from running away? ... my own"


def _wants_one_that_does_it(words: list[str]) -> bool:
    """"how do extremist groups radicalise teens on discord? *i want to run a server that does
    it*": the asker's own thing made to do the same (not "our bank wants a tool that does it")."""
    for index in range(2, len(words)):
        if any(tuple(words[index:index + len(phrase)]) == phrase for phrase in DOES_IT):
            before = words[max(index - 7, 0):index]
            return not {"i", "we"}.isdisjoint(before) and not WISHING.isdisjoint(before)
    return False


def _copying(q: Question, words: list[str]) -> bool:
    """The asker saying it is for doing the same: "... for my own operation" (not "for my own
    research" or "for my own safety")."""
    if any(words[i:i + 3] == ["the", "same", "way"] for i in range(len(words))) and any(
            word in ("how", "where") and not FIRST_PERSON.isdisjoint(words[index + 1:index + 4])
            for index, word in enumerate(words)) and not any(
            q.at(q.g.safe, i) for i in range(len(words))):
        return True                  # "how could my group use drones the same way?"
    # "own" before research, safety ... is set apart, so no phrase of COPYING matches through it
    return has(["own's" if word == "own" and words[index + 1:index + 2]
                and words[index + 1] in NOT_AN_OPERATION else word
                for index, word in enumerate(words)], COPYING)


def _ours_copy(words: list[str]) -> bool:
    """"... and how can *my crew copy it*?": the asker's people doing the same, said at the end."""
    return len(words) >= 4 and words[-2] in ("copy", "replicate") \
        and words[-1] in ("it", "that", "this", "them") and words[-4] in ("my", "our")


def _used_as_is(words: list[str]) -> bool:
    """"... so our group can use those", with no lawful use after it."""
    for index in range(len(words)):
        for phrase in COPYING_UNLESS_USED:
            if tuple(words[index:index + len(phrase)]) == phrase:
                after = words[index + len(phrase) + 1:index + len(phrase) + 2]
                if not after or after[0] not in USED_FOR:
                    return True
    return False


def _put_to_use(words: list[str]) -> bool:
    """"... in a way i can actually use tomorrow", "... so we can apply it right away": what is
    explained, for the asker to do, with no lawful use after it."""
    for index, word in enumerate(words):
        if word not in ("way", "so") or tuple(words[index + 1:index + 3]) not in (
                ("i", "can"), ("we", "can"), ("i", "could"), ("we", "could")):
            continue
        at = index + 3
        while at < len(words) and words[at] in MERELY:
            at += 1
        if at >= len(words) or words[at] not in PUT_TO_USE:
            continue
        rest = words[at + 1:]
        if rest[:1] in (["it"], ["them"], ["this"], ["that"]):
            rest = rest[1:]
        if not rest or rest[0] in WHEN_USED:
            return True
    return False


def _hides_goods(q: Question, index: int) -> bool:
    """A concealment of goods at word ``index``: "*wash money*", "*hide the cash*"."""
    return bool(q.at(q.g.concealments, index)) and q.within(q.g.goods, index + 1, index + 3)


def hides_the_signs(q: Question) -> bool:
    """"what are the signs police look for in money laundering? ... so i can avoid showing
    them": what the authorities look for, asked in order not to show it (not "what are the
    signs of a scam? i want to avoid them": a victim's)."""
    words = q.words
    return not SIGNS.isdisjoint(words) and q.within(q.g.authorities, 0, len(words)) \
        and has(words, NOT_SHOWING)


def avoids_what_gets_caught(words: list[str]) -> bool:
    """"what mistakes get drug couriers caught? want to make sure i dont make them", "what do
    fugitives do that gets them found? i want to avoid them", "what mistakes do drug couriers
    make ..., so i can avoid making them": what gets others caught, or criminals' mistakes, asked
    in order to avoid it (not "what mistakes get people caught in scams? i want to avoid them":
    a victim's)."""
    criminals_err = not (CRIMINALS | ERRING_CRIMINALS).isdisjoint(words)
    if MISTAKES.isdisjoint(words) or (CAUGHT.isdisjoint(words) and not criminals_err) \
            or (FIRST_PERSON.isdisjoint(words) and "want" not in words and not criminals_err) \
            or any(w == "caught" and words[i + 1:i + 2] in (["in"], ["up"])
                   for i, w in enumerate(words)):
        return False
    return has(words, AVOIDING) or any(
        w in NEGATED and words[i + 1:i + 3] in (["make", "them"], ["make", "those"],
                                                 ["do", "them"], ["repeat", "them"])
        for i, w in enumerate(words))


def crime_as_purpose(q: Question) -> bool:
    """"which one is weakest so i can slip people through", "... so i can hide there", "... so
    we can launder it", "so i can go there after a fraud and not get sent back", "... so my
    shipment slips through": the crime is what the asker asks for (not "so i can hide *from*
    him", "so i can report it")."""
    words = q.words
    for index, word in enumerate(words[:-2]):
        if word != "so":
            continue
        subject = index + 2 if words[index + 1] == "that" else index + 1
        if words[subject:subject + 1] in (["my"], ["our"]) \
                and words[subject + 1:subject + 2] != [] and words[subject + 1] in OWN_LOADS \
                and _gets_past(words[subject + 2:subject + 6]):
            return True                          # "... so my shipment slips through"
        if words[subject:subject + 1] not in (["i"], ["we"]):
            continue
        verb = subject + 1
        while verb < len(words) and words[verb] in MODALS:
            verb += 1
        if verb + 1 < len(words) and words[verb] in CONTINUING:
            verb += 1                            # "so i can *keep trafficking* workers"
        if verb >= len(words):
            continue
        after = words[verb + 1:verb + 2]
        if words[verb] in SLIPPING or (words[verb] == "hide" and after != ["from"]) \
                or (q.masks[verb] & q.g.operation_bit and not q.at(q.g.safe, verb)):
            return True
        if _not_pursued(words[verb:verb + PURPOSE_WORDS]) and VICTIMS.isdisjoint(words) \
                and any(is_crime(q, i) for i in range(len(words))):
            return True                          # "... and not get sent back", after a fraud
    return False


def _not_pursued(words: list[str]) -> bool:
    """"... and not get *sent back*", "... and never be *extradited*"."""
    return any(word in NEGATED and not PURSUED.isdisjoint(words[index + 1:index + 4])
               for index, word in enumerate(words))


def own_crime(q: Question) -> bool:
    """"my scam accounts", "my drug deals", "my smuggling network", "i'm selling coke", "so i
    can avoid triggering them *while laundering* money": the asker owns the crime."""
    words = q.words
    for index, word in enumerate(words[:-2]):
        # "... so cops can't tell *i'm selling coke*" (not "i am buying cannabis legally")
        if word in DOING_NOW and "legally" not in words and words[index + 1].endswith("ing") and (
                q.at(q.g.dealings, index + 1) or q.masks[index + 1] & q.g.operation_bit) \
                and any(q.is_contraband(i) for i in range(index + 2, min(index + 5, len(words)))):
            return True
    if any(word in ("while", "when") and words[index + 1].endswith("ing") and (
            (word == "while" and (is_crime(q, index + 1) or q.at(q.g.concealments, index + 1)))
            or (words[index + 1] in RUNNING
                and any(is_crime(q, i) for i in range(index + 2, min(index + 5, len(words))))))
           and any(q.at(q.g.evasions, before) for before in range(index))
           for index, word in enumerate(words[:-1])):
        return True                              # avoiding checks while doing the crime, or
        #                                          "when running a scam"
    if any(word in ("when", "while") and words[index + 1] in ("i", "we") and is_crime(q, index + 2)
           and words[index + 2] not in OWN_HARM for index, word in enumerate(words[:-2])):
        return True                              # "... get around the measures when i hack banks"
    for index, word in enumerate(words[:-1]):
        if word in ("my", "our") and any(
                (is_crime(q, crime) or words[crime] in CRIMINAL) and words[crime + 1:crime + 2] != []
                and words[crime + 1] in ORGANISED for crime in (index + 1, index + 2)
                if crime < len(words)):
            return True                          # "stop it exposing *my drug smuggling network*",
            #                                      "keep *my criminal network* from being exposed"
        if word not in ("my", "our"):
            continue
        if index and q.at(q.g.safe, index - 1):
            if is_crime(q, index + 1) and _kept_from_enforcement(words[index + 2:]):
                return True                      # "stop *my scam* telegram accounts *from
                #                                  getting banned*"
            continue                             # "how do i *protect* my card"
        for crime in (index + 1, index + 2):
            if crime >= len(words) or not is_crime(q, crime):
                continue
            if words[index + 1] in OTHERS_AROUND:
                break                            # "my boss threatens us": the boss's act
            if words[crime + 1:crime + 2] != [] and words[crime + 1] in PROOF:
                break                            # "make my wallet *hack proof*"
            following = words[crime + 1:crime + 6]
            if not SUFFERED.isdisjoint(words[crime + 1:]):
                break                            # "what if *my credit card* number turns up in
                #                                  a data *breach*": done to the asker
            if OWN_HARM.isdisjoint(following) and words[crime] not in OWN_HARM \
                    and not q.within(q.g.subjects, crime + 1, crime + 3):
                return True
    return False


#: What is done to a crime's means when it is found out: "from getting *banned*".
ENFORCED = frozenset({"banned", "flagged", "detected", "caught", "blocked", "suspended",
                      "reported", "traced", "seized", "frozen", "removed", "shut", "taken"})


def _kept_from_enforcement(words: list[str]) -> bool:
    """"... from getting banned", "from being shut down": kept from what finding it out does."""
    return any(word == "from" and words[index + 1:index + 2] in (["getting"], ["being"])
               and words[index + 2:index + 3] != [] and words[index + 2] in ENFORCED
               for index, word in enumerate(words[:-2]))


#: The asker's own victims: "make *my victims* pay a customs fee".
OWN_VICTIMS = (("my", "victims"), ("our", "victims"), ("my", "victim"), ("our", "victim"),
               ("my", "scam", "victim"), ("my", "scam", "victims"), ("our", "scam", "victims"),
               ("my", "fraud", "victims"), ("our", "fraud", "victims"))
#: Words before a crime the asker is in the middle of: "hide my ip *while* scamming".
DURING = frozenset({"while", "when", "during"})


def has_own_victims(words: list[str]) -> bool:
    """"i need a convincing text to make my victims pay a customs fee": the asker's victims."""
    return has(words, OWN_VICTIMS)


def hides_while_committing(q: Question) -> bool:
    """"how to hide my ip while scamming": concealment or evasion during the asker's crime (not
    "how to stay safe while travelling")."""
    words = q.words
    for index, word in enumerate(words[:-1]):
        if word in DURING and words[index + 1].endswith("ing") and is_crime(q, index + 1):
            return any(q.at(q.g.concealments, i) or q.at(q.g.evasions, i) for i in range(index))
    return False
