"""Gatekeepers that do not look: a control chosen, or timed, for being weak or absent, and a
purpose of escaping one.

* **A gatekeeper that does not look** -- a selector ("which", "what", "best") with a negation or
  a scarcity word before a control: "which banks *don't ask questions*", "which countries *won't
  extradite* me", "the *fewest* inspections"; not "which countries don't have extradition
  *treaties*" (the system) nor "what happens if i don't declare it" (a consequence).
* **Control absent** -- the authorities' rota ("what time do the guards *change shift*"), or their
  off hours asked by someone with a plan ("is the coast guard active *at night*? i need to land").
* **The least watched choice** -- "which wallet is *least likely to get frozen*".
* **Escaping control** (for an asker) -- "so"/"that"/"unless" with a negation and a gatekeeper
  ("so they don't go to the police"), "if i don't *want* the police to know", "before the bank
  flags it" (not "before i have to declare it"), "without the bank asking" (not "without paying
  tax", nor "without the guards noticing", which a captive says too); "so he forgets what he
  saw".
* **A gatekeeper made to look away** (for an asker) -- "how do i get a bank employee to *look
  the other way* on my transactions".
"""

from __future__ import annotations

from bot.core.harm.asker.shared import (
    FIRST_PERSON,
    FLIGHT,
    HELD,
    LEVIES,
    MOVING,
    NEGATED,
    PURPOSE_OPENERS,
    SCARCITY,
    SELECTORS,
    WORST,
    control_within,
    gatekeeper_within,
    has,
)
from bot.core.harm.purpose import kept_from_acting
from bot.core.harm.question import Question

#: Nouns that make a question about gatekeepers one about the system: "extradition treaties".
INSTITUTIONAL = frozenset({"treaty", "treaties", "agreement", "agreements", "law", "laws",
                           "cooperation", "relations", "rules", "requirements", "policy",
                           "nationals", "citizens"})
#: What a selector may choose that is a response to crime, not a gatekeeper: "which *priority*
#: deals with weak border controls".
RESPONSES = frozenset({"priority", "priorities", "measure", "measures", "section", "part",
                       "step", "steps", "initiative", "initiatives", "point", "paragraph"})
#: The rota of the authorities: when they are not looking.
ROTA = frozenset({"shift", "shifts", "change", "changing", "break", "breaks", "asleep",
                  "off", "rotation", "rotate", "patrol", "patrols", "leave", "lunch"})
TIME_OPENERS = (("what", "time"), ("which", "hours"), ("what", "hours"), ("which", "days"),
                ("when", "do"), ("when", "does"), ("when", "are"), ("when", "is"))
#: Duties one means to meet: "how much cash can i bring without *declaring* it".
DUTIES = frozenset({"declare", "declaring", "declaration", "paying", "tax", "taxes", "permit",
                    "licence", "license", "registration", "register", "paperwork", "visa"})
#: Duties one means to meet, not escape: "before i *have to* declare it".
DUTY = (("have", "to"), ("need", "to"), ("must",), ("should",), ("am", "required"))
#: What an official is to do when paid or pressed: forget, look away.
OVERLOOKS = frozenset({"forget", "forgets", "ignore", "ignores", "overlook", "overlooks"})
BLIND_EYE = (("look", "the", "other"), ("looks", "the", "other"), ("turn", "a", "blind"),
             ("turns", "a", "blind"), ("look", "away"), ("looks", "away"),
             # a tip-off before the authorities come: "to *warn me before* raids"
             ("warn", "me", "before"), ("warn", "us", "before"), ("tip", "me", "off"),
             ("tip", "us", "off"), ("let", "me", "know", "before"), ("let", "us", "know", "before"))
#: Authorities at work, and the hours someone would want them not to be.
ON_DUTY = frozenset({"active", "patrolling", "patrol", "patrols", "around", "working", "duty",
                     "out", "checking"})
OFF_HOURS = (("at", "night"), ("on", "weekends"), ("on", "sundays"), ("after", "dark"),
             ("during", "holidays"), ("in", "the", "morning"), ("at", "dawn"))
#: The verbs of ``MOVING`` as an "-ing" form leaves them: "for *mov*ing a shipment through".
MOVED_STEMS = MOVING | {"mov", "smuggl", "shipp"}
#: Words that, after "what", ask about events rather than choose something: "what happens".
NOT_CHOOSING = frozenset({"happens", "happened", "happen", "if", "is", "are", "was", "were",
                          "should", "can", "could", "do", "does", "did", "will", "would"})
#: After "if ... don't": a wish, which makes the clause a purpose ("if i don't *want* the police
#: to know"), not a condition ("what happens if i don't declare it").
WISHES = frozenset({"want", "wish", "need", "like"})


#: Sending goods along a way: "so i can *route* things through them".
ROUTING = frozenset({"route", "move", "ship", "smuggle", "send", "sneak", "funnel", "channel",
                     "push", "run", "bring", "carry"})


def lax_gatekeeper(q: Question) -> bool:
    """"which banks don't ask questions", "which ports have the fewest inspections"."""
    words = q.words
    if not any(w in SELECTORS and not (w == "what" and words[i + 1:i + 2] and words[i + 1]
                                       in NOT_CHOOSING) for i, w in enumerate(words[:4])):
        return _weakest_for_moving(q)
    if not INSTITUTIONAL.isdisjoint(words) or not RESPONSES.isdisjoint(words[1:3]):
        return False                             # not "which priority deals with weak controls"
    for index, word in enumerate(words):
        if word in NEGATED and control_within(q, index + 1, index + 4, detections=True) \
                and not _unaware(words, index):
            return True
        if word in SCARCITY and control_within(q, index + 1, index + 4, detections=False) \
                and LEVIES.isdisjoint(words[index + 1:index + 6]):
            return True                          # not "least likely to charge fees"
    return False


#: The asker (or anyone) not knowing: "what's the punishment *if you didn't know*?".
_THE_UNAWARE = frozenset({"i", "you", "u", "we", "they", "he", "she"})
_KNOWING = frozenset({"know", "realise", "realize", "understand"})


def _unaware(words: list[str], index: int) -> bool:
    """Whether the negation at ``index`` is someone's not knowing, not a control's absence."""
    return index > 0 and words[index - 1] in _THE_UNAWARE \
        and words[index + 1:index + 2] != [] and words[index + 1] in _KNOWING


def chosen_to_route_through(q: Question) -> bool:
    """"which countries don't share intel with ASEAN, *so i can route things through them*":
    places chosen for the asker's goods to pass through."""
    words = q.words
    if not any(w in SELECTORS for w in words[:4]):
        return False
    for index, word in enumerate(words):
        if word == "so" and words[index + 1:index + 3] in (["i", "can"], ["we", "can"]):
            after = words[index + 3:index + 9]
            if not ROUTING.isdisjoint(after[:2]) and ("through" in after or "via" in after):
                return True
    return False


def _weakest_for_moving(q: Question) -> bool:
    """"..., which transit country has the *weakest border control for moving* a shipment
    through?": a weak control chosen, later in a message, for taking goods past it."""
    words = q.words
    for index, word in enumerate(words):
        if word in SCARCITY or word in WORST:
            if SELECTORS.isdisjoint(words[max(index - 8, 0):index]) \
                    or not control_within(q, index + 1, index + 4, detections=False):
                continue
            after = words[index + 2:index + 7]
            if any(after[i] in ("for", "to") and after[i + 1:i + 2]
                   and after[i + 1].removesuffix("ing") in MOVED_STEMS
                   for i in range(len(after))):
                return True
    return False


def absent_control(q: Question) -> bool:
    """"what time do the border guards change shift", "is the coast guard active at night? i
    need to land a boat"."""
    words = q.words
    if not FIRST_PERSON.isdisjoint(words) and not ON_DUTY.isdisjoint(words) \
            and has(words, OFF_HOURS) and q.within(q.g.authorities, 0, len(words)):
        return True
    if not any(tuple(words[i:i + 2]) in TIME_OPENERS for i in range(min(3, len(words)))):
        return False
    return ROTA.isdisjoint(words) is False and q.within(q.g.authorities, 1, len(words))


#: Ways across a border: "which *crossings* are they not watching".
PASSAGES = frozenset({"crossing", "crossings", "route", "routes", "border", "borders", "port",
                      "ports", "road", "roads", "trail", "trails", "checkpoint", "checkpoints",
                      "beach", "beaches", "gate", "gates", "pier", "piers", "entry"})
#: Watching a way: "which crossings are they not *watching*".
WATCHING = frozenset({"watching", "watched", "patrolling", "patrolled", "checking", "guarding",
                      "guarded", "monitoring", "monitored", "manning", "manned", "covering"})


def unwatched_way(q: Question) -> bool:
    """"which crossings are they NOT watching right now?": a way chosen for being unwatched."""
    words = q.words
    return not SELECTORS.isdisjoint(words[:4]) and not PASSAGES.isdisjoint(words) and any(
        word in NEGATED and not WATCHING.isdisjoint(words[index + 1:index + 3])
        for index, word in enumerate(words))


#: Asking for options in order: "*rank* the routes by how unlikely ...".
RANKING = frozenset({"rank", "order", "sort", "list"})


def least_likely_caught(q: Question) -> bool:
    """"which wallet is *least likely to get frozen*", "which bank is least likely to flag it",
    "rank the routes by *how unlikely a courier is to get caught*": a choice made to escape a
    control."""
    words = q.words
    if SELECTORS.isdisjoint(words[:4]) and RANKING.isdisjoint(words[:2]):
        return False
    for index in range(len(words) - 3):
        if words[index:index + 2] in (["least", "likely"], ["how", "unlikely"]) \
                and "to" in words[index + 2:index + 6]:
            verb = words.index("to", index + 2) + 1
            if verb >= len(words):
                break
            if words[verb] in ("get", "be", "have") or words[verb:verb + 2] == ["get", "my"]:
                verb += 2 if words[verb:verb + 2] in (["get", "my"], ["have", "my"]) else 1
                verb += words[verb] == "account"
            if q.at(q.g.detections, verb) and words[verb] not in ("charge", "ask"):
                return True
    return False


def escapes_control(q: Question) -> bool:
    """A purpose of escaping a gatekeeper: "so they don't go to the police", "before the bank
    flags it"."""
    words = q.words
    for index, word in enumerate(words):
        if word in ("so", "that") and _overlooks(words, index + 1, index + 6):
            return True                          # "so he forgets what he saw"
        if word in PURPOSE_OPENERS:
            for after in range(index + 1, min(index + 7, len(words))):
                if words[after] not in NEGATED or kept_from_acting(q, index + 1, after):
                    continue                     # "threatening me so I won't testify": a victim
                if words[after] in ("nobody", "noone") and _commits(q, after + 1):
                    continue                     # "make sure nobody hides drugs in my trailers":
                    #                              keeping the crime out
                gatekeeper = gatekeeper_within(q, index + 1, after + 6)
                detection = q.within(q.g.detections, after + 1, after + 6)
                if word != "if" and not FLIGHT.isdisjoint(words[after + 1:after + 3]) \
                        and not HELD.isdisjoint(words):
                    return True                  # "take their passports so they can't leave"
                wish = not WISHES.isdisjoint(words[after + 1:after + 3])
                if gatekeeper and (word != "if" or (detection and wish)):
                    return True
        if word == "without" and gatekeeper_within(q, index + 1, index + 4, strict=True) \
                and q.within(q.g.detections, index + 1, index + 5) \
                and DUTIES.isdisjoint(words[index + 1:index + 5]):
            return True                          # "without the bank asking questions"
        if word == "before" and not _duty_within(words, index + 1, index + 5) and \
                gatekeeper_within(q, index + 1, index + 4) and \
                q.within(q.g.detections, index + 1, index + 6):
            return True
    return False


#: Putting contraband into someone's things: what "make sure nobody ..." keeps out.
_PLANTS = frozenset({"slips", "plants", "stuffs", "slides"})


def _commits(q: Question, index: int) -> bool:
    """Whether word ``index`` is a verb of the crime itself: "nobody *hides* drugs", "nobody
    *slips* drugs into my luggage"."""
    return index < len(q.words) and bool(
        q.at(q.g.concealments, index) or q.at(q.g.dealings, index) or q.operation(index)
        or q.words[index] in _PLANTS)



#: Getting someone to do something: "how do i *get* a bank employee to ...".
PERSUADING = frozenset({"get", "make", "convince", "persuade", "pay", "bribe", "offer", "tip",
                        "corrupt"})
#: Those who watch money or goods pass: bank staff, and officials at a border or a port.
WATCHERS = frozenset({"bank", "banker", "bankers", "employee", "employees", "teller", "tellers",
                      "clerk", "staff", "manager", "compliance", "officer", "officers", "official",
                      "officials", "guard", "guards", "police", "customs", "inspector", "auditor",
                      "accountant", "port", "dockworker", "dockworkers", "docker", "dockers",
                      "stevedore", "stevedores"})


def has_a_gatekeeper_look_away(words: list[str]) -> bool:
    """"how do i get a bank employee to look the other way on my transactions": a watcher made
    to overlook the asker's dealings."""
    return any(word in PERSUADING and not WATCHERS.isdisjoint(words[index + 1:index + 5])
               and _overlooks(words, index + 2, index + 9)
               for index, word in enumerate(words))


def _overlooks(words: list[str], start: int, end: int) -> bool:
    return any(w in OVERLOOKS or any(tuple(words[i:i + len(b)]) == b for b in BLIND_EYE)
               for i, w in enumerate(words[start:end], start))


def _duty_within(words: list[str], start: int, end: int) -> bool:
    return any(tuple(words[i:i + len(d)]) == d for i in range(start, end) for d in DUTY)
