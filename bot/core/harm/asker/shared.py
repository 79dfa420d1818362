"""Word sets and lookups that several rule families of the second reading use."""

from __future__ import annotations

import re

from bot.core.harm.question import Question

#: Words that open a question asking to choose a place, institution, route or person.
SELECTORS = frozenset({"which", "what", "where", "any", "best", "good", "recommend", "whats"})
#: Words that, before a control, say it is weak or absent.
SCARCITY = frozenset({"fewest", "least", "fewer", "less", "weakest", "weak", "laxest", "lax",
                      "barely", "rarely", "seldom",
                      "laziest", "lazy", "slackest", "sloppiest",
                      "loosest", "loose", "lowest", "minimal", "zero"})
#: Gatekeepers beyond the boundary's authorities that a purpose may mean to escape.
GATEKEEPERS = frozenset({"bank", "banks", "government", "cops", "cop", "feds", "officials",
                         "official", "anyone", "nobody", "someone"})
#: Guards, whom a captive escapes as well as a criminal.
CAPTORS = frozenset({"guard", "guards", "security", "boss", "bosses", "owner", "employer"})
#: Purpose words that can carry a negated control after them.
PURPOSE_OPENERS = frozenset({"so", "that", "if", "unless", "sure", "ensure"})
#: Negations: of a control ("so they *don't* go to the police"), of leaving, of explaining.
NEGATED = frozenset({"dont", "doesnt", "wont", "cant", "cannot", "never", "not", "no",
                     "nobody", "noone", "didnt", "isnt", "arent", "wouldnt", "couldnt"})
#: After an official: a charge they levy, not a bribe ("pay a customs fee").
LEVIES = frozenset({"fee", "fees", "fine", "fines", "duty", "duties", "tax", "taxes", "charge",
                    "bail", "deposit"})
#: People held: workers, victims, wives ("keep my *workers* from escaping").
HELD = frozenset({"workers", "worker", "victims", "girls", "girl", "women", "woman", "migrants",
                  "staff",
                  "employees", "maid", "maids", "labourers", "laborers", "recruits",
                  "them", "crew", "fishermen", "wives", "wife", "brides", "someone"})
#: Their getting away or telling: "from *escaping*", "so they can't *leave*".
FLIGHT = frozenset({"escaping", "escape", "running", "leaving", "fleeing", "going", "talking",
                    "reporting", "contacting", "calling", "quitting", "telling", "getting",
                    "run", "leave", "flee"})
#: A weight of something carried across a control: "*2kg*", "5 *kilos*".
WEIGHT = re.compile(r"\d+(?:\.\d+)?(?:kg|kgs|kilo|kilos|g|grams|lbs|keys|bricks)")
WEIGHTS = frozenset({"kg", "kgs", "kilo", "kilos", "grams", "g", "lbs", "keys", "bricks",
                     "pounds", "key", "brick", "pound", "gram"})
#: Moving people by a way no border post is on.
MOVERS = frozenset({"bring", "take", "move", "get", "transport", "guide", "lead", "carry",
                    "sneak", "send"})
TAKING = MOVERS | {"bringing", "taking", "moving", "getting", "transporting", "carrying",
                   "sneaking", "sending", "ship", "shipping"}
PASSENGERS = frozenset({"people", "migrants", "persons", "refugees", "workers", "girls",
                        "women", "men", "passengers", "others", "families"})
#: Words that take something across a control: "get 2kg *across*", "*over* the fence".
CROSSINGS = frozenset({"across", "through", "past", "over", "into", "cross"})
#: Others getting caught: what an asker who means to avoid it is after.
CAUGHT = frozenset({"caught", "traced", "found", "tracked", "detected", "busted", "arrested",
                    "flagged", "spotted", "identified", "nabbed", "exposed", "discovered"})
#: Actors who are criminals by name ("criminal networks", "scammers"), not "they" or "groups".
CRIMINALS = frozenset({"criminal", "criminals", "cartel", "cartels", "traffickers", "smugglers",
                       "launderers", "scammers", "fraudsters", "hackers", "terrorists", "gangs",
                       "gangsters", "mafia", "syndicates", "kingpins", "rackets", "dealers"})
#: The easiest place to move goods through.
EASIEST = frozenset({"easiest", "safest", "simplest", "best", "quickest"})
#: Verbs of moving goods: "easiest to *move* product through".
MOVING = frozenset({"move", "get", "ship", "bring", "smuggle", "carry", "take", "send", "sneak"})
#: Protection at its weakest: "the *weakest perimeter*", "the *least security*".
WORST = frozenset({"weakest", "laziest", "worst", "poorest", "softest", "light", "little"})
#: Second halves of a compound that guards against the crime before it: "*hack-proof*".
PROOF = frozenset({"proof", "resistant"})
#: The asker speaking of themselves.
FIRST_PERSON = frozenset({"i", "me", "my", "we", "our", "us", "im", "ive", "id", "ill"})


def has(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` occurs in ``words`` (a phrase whose first word is absent is
    never looked for)."""
    present = set(words)
    return any(phrase[0] in present and any(
        tuple(words[i:i + len(phrase)]) == phrase for i in range(len(words)))
        for phrase in phrases)


def is_crime(q: Question, index: int) -> bool:
    """Contraband, an operation or a tool at word ``index``."""
    return bool(q.is_contraband(index) or q.masks[index] & q.g.operation_bit
                or q.at(q.g.tools, index))


def control_within(q: Question, start: int, end: int, detections: bool) -> bool:
    """An authority (or, with ``detections``, a detection) in ``words[start:end]``."""
    return q.within(q.g.authorities, start, end) or (
        detections and q.within(q.g.detections, start, end))


def gatekeeper_within(q: Question, start: int, end: int, strict: bool = False) -> bool:
    """An authority or gatekeeper in ``words[start:end]``; ``strict`` leaves out guards, whom a
    captive escapes too ("leave without the guards noticing")."""
    words = q.words[start:end]
    if strict and not CAPTORS.isdisjoint(words):
        return False
    return q.within(q.g.authorities, start, end) or not GATEKEEPERS.isdisjoint(words)


#: Someone's wish, and who that someone may be: "my *friend wants to* join an armed group".
WANTING = frozenset({"want", "wants", "wanted", "plan", "plans", "planned"})
THIRD_PERSONS = frozenset({"he", "she", "they", "someone", "somebody"})
PEOPLE_AROUND = frozenset({"friend", "friends", "brother", "sister", "son", "daughter", "cousin",
                           "uncle", "aunt", "husband", "wife", "boyfriend", "girlfriend", "partner",
                           "father", "mother", "dad", "mum", "mom", "nephew", "niece", "neighbour",
                           "neighbor", "colleague", "classmate", "student", "students", "kid",
                           "kids", "child", "children", "boss"})
#: People the asker does not know: "*a man* wants to use my bank card".
STRANGERS = frozenset({"man", "guy", "woman", "lady", "stranger", "person", "recruiter", "agent",
                       "broker", "company"})
#: The asker doubting what was asked of them: "could i *get in trouble*", "is that a scam".
DOUBTING = (("get", "in", "trouble"), ("be", "in", "trouble"), ("is", "it", "legal"),
            ("is", "this", "legal"), ("is", "that", "legal"), ("is", "it", "a", "scam"),
            ("is", "this", "a", "scam"), ("is", "that", "a", "scam"), ("should", "i", "say", "no"))
#: Words between someone and what they mean to do: "my son *wants to* join".
MEANING_TO = WANTING | {"to", "is", "was", "going", "trying", "planning", "thinking", "of",
                        "about", "might", "may", "will"}
#: The asker turning someone from it: "how can i *talk him out* of it".
DISSUADING = (("talk", "him", "out"), ("talk", "her", "out"), ("talk", "them", "out"),
              ("stop", "him"), ("stop", "her"), ("stop", "them"), ("convince", "him", "not"),
              ("convince", "her", "not"), ("persuade", "him", "not"), ("persuade", "her", "not"),
              ("change", "his", "mind"), ("change", "her", "mind"), ("worried",), ("scared",),
              ("afraid",), ("warn", "him"), ("warn", "her"), ("help", "him", "leave"),
              ("help", "her", "leave"), ("get", "him", "out"), ("get", "her", "out"))


def turned_from_it(words: list[str], index: int) -> bool:
    """Whether what is wanted or done at word ``index`` is someone else's, whom the asker would
    turn from it: "*my friend wants to* join an armed group, how can i talk him out of it" (not
    "my brother wants to smuggle drugs, how should he pack them")."""
    subject = index - 1
    while subject >= 0 and words[subject] in MEANING_TO:
        subject -= 1
    if subject < 0:
        return False
    before = words[subject - 1] if subject > 0 else ""
    someone = words[subject] in THIRD_PERSONS or (
        words[subject] in PEOPLE_AROUND and before in ("my", "his", "her", "our", "their")) or (
        words[subject] in STRANGERS and before in ("a", "an", "some", "this", "the", "one"))
    return someone and (has(words, DISSUADING) or has(words, DOUBTING))
