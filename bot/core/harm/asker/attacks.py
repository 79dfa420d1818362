"""Attacks: a target or a time chosen for the most harm, the amounts, a means chosen for going
unnoticed, a drone over a barrier.

* **Amounts and unnoticed means** -- "which chemicals make a truck bomb and in what
  *amounts*", "which poison is *hardest to detect*" (not "what amount of meth was seized").
* **A target for the most harm** -- "the best target to cause mass panic", an attack timed to
  "hurt the most people", targets with "the least security" (not "which attack killed the most
  people": what happened).
* **A drone over a barrier** (for an asker) -- "modify a drone to drop packages *into a prison*
  yard" (not "how do prisons *stop* drones ...").
"""

from __future__ import annotations

from bot.core.harm.asker.shared import (
    CROSSINGS,
    SCARCITY,
    SELECTORS,
    WEIGHT,
    WEIGHTS,
    WORST,
    has,
)
from bot.core.harm.question import Question

#: A drone carrying things past a barrier.
DRONES = frozenset({"drone", "drones", "uav", "uavs", "quadcopter", "quadcopters"})
DRONE_CARRYING = frozenset({"drop", "dropping", "carry", "carrying", "deliver", "delivering",
                            "lower", "release"})
#: What a drone is to carry: unnamed goods, "something", a bottle of chemicals.
DRONE_LOADS = frozenset({"payload", "payloads", "package", "packages", "parcel", "parcels",
                         "stuff", "things", "goods", "load", "cargo", "something", "anything",
                         "chemical", "chemicals", "bottle", "bottles", "liquid", "substance",
                         "substances", "powder", "gas", "canister", "canisters"})
#: People it is to drop them on.
CROWDS = frozenset({"crowd", "crowds", "people", "stadium", "market", "rally", "festival",
                    "concert", "parade"})
#: What it is to carry them past: a guarded line.
GUARDED = frozenset({"prison", "jail", "fence", "border", "checkpoint", "wall", "compound",
                     "camp"})
#: Harm sought at its greatest.
AIMS = frozenset({"panic", "casualties", "deaths", "damage", "carnage", "fear"})
#: An attack, its means or its target.
ATTACKING = frozenset({"attack", "attacks", "bomb", "bombs", "explosive", "explosives", "poison",
                       "payload", "ransomware", "shooting", "target", "targets", "strike"})
#: Amounts, and making or dosing: "in what amounts", "ratio", "makes someone obedient".
QUANTITIES = frozenset({"amount", "amounts", "ratio", "ratios", "proportion", "proportions",
                        "quantities", "quantity", "dose", "dosage", "grams", "measurements"})
#: "how much would i need": the asker's own quantity.
AMOUNT_NEEDED = (("how", "much", "would", "i", "need"), ("how", "much", "do", "i", "need"),
                 ("how", "much", "i", "need"), ("how", "much", "would", "we", "need"),
                 ("how", "much", "do", "we", "need"), ("how", "many", "do", "i", "need"),
                 ("how", "many", "would", "i", "need"))
MAKING = frozenset({"make", "makes", "making", "cook", "cooking", "produce", "yield", "mix",
                    "end", "build", "get"})
#: The hardest to find, and means of harm chosen for it.
HARDEST = frozenset({"hardest", "harder", "impossible", "difficult", "least", "tough",
                     "toughest"})
MEANS_OF_HARM = frozenset({"poison", "poisons", "toxin", "toxins", "weapon", "weapons",
                           "explosive", "explosives", "bomb", "bombs"})
#: The most harm done, and words that plan it ("would", "to", "for") before it.
MOST = frozenset({"most", "maximum", "max", "biggest", "greatest", "highest"})
HARMED = frozenset({"people", "damage", "casualties", "deaths", "harm", "panic", "victims",
                    "payout", "destruction", "chaos", "impact"})
PLANNING = frozenset({"would", "could", "will", "to", "for"})
#: Protecting a place, which the hardest to do makes a target.
GUARDING = frozenset({"protect", "defend", "guard", "secure", "patrol"})
#: Attack targets by their name: "a list of *soft targets* ... with light security".
SOFT_TARGETS = (("soft", "targets"), ("soft", "target"))
#: Targets ranked by how little they are protected: "the *softest targets* in a city".
SOFTEST_TARGETS = (("softest", "targets"), ("softest", "target"))
PROTECTION = frozenset({"security", "perimeter", "guarded", "protected", "protection",
                        "defences", "defenses", "point", "spot", "guards", "checks"})


def seeks_a_target(words: list[str]) -> bool:
    """"what's the best target to cause mass panic": choosing where to do the most harm."""
    return not SELECTORS.isdisjoint(words[:4]) and not AIMS.isdisjoint(words) and (
        "target" in words or "targets" in words or "place" in words
        or has(words, (("to", "cause"),)))         # not "what damage do drug labs cause"


def plans_most_harm(q: Question) -> bool:
    """An attack planned for the most harm, or where protection is weakest: "what time would an
    attack on a train station *hurt the most people*", "which soft targets have the *least
    security*", "the *weakest point* ... to drop ransomware", the places "*hardest* for police *to
    protect* during an attack" (not "which attack killed the most people in 2023": what
    happened)."""
    words = q.words
    if ATTACKING.isdisjoint(words) and not has(words, SOFT_TARGETS):
        return False
    if any(word in HARDEST and any(
            guard in GUARDING and words[guard_at + 1:guard_at + 2] != ["from"]
            for guard_at, guard in enumerate(words[index + 1:index + 5], index + 1))
           for index, word in enumerate(words)):
        return True                              # "hardest for police to protect during an
        #                                          attack" (not "hardest to protect from attacks")
    if q.within(q.g.safe, 0, len(words)):
        return False
    if has(words, SOFTEST_TARGETS):
        return True                              # "rank the softest targets ... for an attack"
    for index, word in enumerate(words[:-1]):
        if word in MOST and words[index + 1] in HARMED \
                and not PLANNING.isdisjoint(words[:index]):
            return True
        if (word in SCARCITY or word in WORST) \
                and not PROTECTION.isdisjoint(words[index + 1:index + 3]):
            return True
    return False


def measures_the_means(q: Question) -> bool:
    """The amounts for making or dosing contraband: "which chemicals make a truck bomb and *in
    what amounts*", "what explosive ... for an attack, and *how much would i need*", "the pseudo
    to product *ratio* ... 500g of ice", "what *amount* of scopolamine in a drink makes someone
    obedient" (not "what amount of meth was seized")."""
    words = q.words
    if not (QUANTITIES.isdisjoint(words) or MAKING.isdisjoint(words)) or (
            has(words, AMOUNT_NEEDED) and not (MAKING.isdisjoint(words)
                                               and ATTACKING.isdisjoint(words))):
        return any(q.is_contraband(i) for i in range(len(words)))
    return False


def hardest_to_find(q: Question) -> bool:
    """"which poison is *hardest to detect*": a means chosen for going unnoticed (not "which
    scams are hardest to detect")."""
    words = q.words
    return any(word in HARDEST and words[index + 1:index + 2] == ["to"]
               and q.within(q.g.detections, index + 2, index + 3)
               for index, word in enumerate(words)) and (
        not MEANS_OF_HARM.isdisjoint(words) or any(q.is_contraband(i) for i in range(len(words))))


def flies_over_a_barrier(q: Question) -> bool:
    """"how do i modify a drone to drop packages into a prison yard", "rig a drone to carry
    stuff over the border fence at night", "... so it can drop a payload onto a crowd": a drone
    to carry things past a barrier or onto people (not "how do prisons *stop* drones dropping
    packages")."""
    words = q.words
    unguarded = GUARDED.isdisjoint(words) and CROWDS.isdisjoint(words)
    if DRONES.isdisjoint(words) or DRONE_CARRYING.isdisjoint(words) \
            or DRONE_LOADS.isdisjoint(words) or unguarded \
            or "legally" in words or q.within(q.g.safe, 0, len(words)):
        return False
    return any((word in CROSSINGS and not GUARDED.isdisjoint(words[index + 1:index + 5]))
               or (word in ("onto", "on", "over", "into")
               and not CROWDS.isdisjoint(words[index + 1:index + 4]))
               for index, word in enumerate(words))


#: Fitting something to a drone: "*attach* a payload", "*mod*", "*fit* a release mechanism".
RIGGING = frozenset({"attach", "attaching", "mount", "mounting", "fit", "fitting", "rig",
                     "rigging", "modify", "modifying", "mod", "install", "installing", "strap"})
#: What is fitted for dropping or hurting: a payload, a release, explosives.
RELEASES = frozenset({"payload", "payloads", "release", "dropper", "explosive", "explosives",
                      "bomb", "bombs", "grenade", "grenades"})
#: Dropping contraband or explosives from one: "drone *drug drop*", "explosives for drone drop".
DROPPED = frozenset({"drug", "drugs", "meth", "explosive", "explosives", "bomb", "bombs",
                     "heroin", "pills", "grenade", "grenades"})
#: A drone's limits that keep it out of restricted airspace, and switching them off.
GEOFENCES = frozenset({"geofencing", "geofence", "geofences", "nofly"})
SWITCHING_OFF = frozenset({"disable", "disabling", "bypass", "bypassing", "remove", "removing",
                           "hack", "hacking", "unlock", "unlocking", "override", "crack",
                           "switch", "switching", "turn", "turning"})
#: The same limits in two words: "its *no fly* restrictions", "*remote id*".
GEOFENCE_PHRASES = (("no", "fly"), ("remote", "id"))
#: A weight carried unseen: "carry *2kg* over a river *at nite*", "fly *under radar*".
UNSEEN = frozenset({"night", "nite", "radar", "undetected", "unseen", "unnoticed", "river",
                    "mekong", "border", "across"})
#: A drone taking a load somewhere: "a drone that *carries* 2kg".
HAULING = frozenset({"carries", "drops", "delivers", "fly", "flies", "flying", "lift", "lifts"})
#: Before a fitting word: someone else's drones ("drones *are* modified to ...").
DONE_BY_OTHERS = frozenset({"are", "were", "is", "was", "been", "being"})


def rigs_a_drone(q: Question) -> bool:
    """"drone payload drop mod", "how do i fit a release mechanism to a commercial drone so it
    can drop something on a target", "disable a drone's geofencing", "a drone that carries 2kg
    over a river at nite", "drone drug drop across border": a drone readied to drop, to carry a
    load unseen or to fly where it is barred (not "how are drones modified to drop payloads")."""
    words = q.words
    if DRONES.isdisjoint(words) or "legally" in words or q.within(q.g.safe, 0, len(words)):
        return False
    if not RELEASES.isdisjoint(words) and any(
            word in RIGGING and (index == 0 or words[index - 1] not in DONE_BY_OTHERS)
            for index, word in enumerate(words)):
        return True
    if (not GEOFENCES.isdisjoint(words) or has(words, GEOFENCE_PHRASES)) \
            and not SWITCHING_OFF.isdisjoint(words):
        return True
    if "drop" in words and not DROPPED.isdisjoint(words):
        return True
    weighed = any(WEIGHT.fullmatch(word) or (word.isdigit() and words[index + 1:index + 2] != []
                                              and words[index + 1] in WEIGHTS)
                  for index, word in enumerate(words))
    return weighed and not (DRONE_CARRYING | HAULING).isdisjoint(words) \
        and not UNSEEN.isdisjoint(words)


#: Those a drone would be used against: guards, soldiers, a checkpoint.
ARMED_AGAINST = GUARDED | CROWDS | {"police", "soldiers", "troops", "officers", "army", "base",
                                    "guards", "patrol", "patrols", "convoy", "station"}


#: Attacking someone with one: "*attack* a police checkpoint with an armed drone".
ATTACKING_VERBS = frozenset({"attack", "attacking", "hit", "strike", "bomb", "bombing", "target",
                             "targeting"})


def turns_a_drone_on(q: Question) -> bool:
    """"how could we use a drone like that *against a checkpoint*", "is it doable to *attack a
    police checkpoint* with an armed drone? how?": a drone used as a weapon (not "how do police
    use drones against smugglers": the authorities' use)."""
    words = q.words
    if DRONES.isdisjoint(words):
        return False
    if not q.within(q.g.safe, 0, len(words)) and any(
            word in ATTACKING_VERBS and not ARMED_AGAINST.isdisjoint(words[index + 1:index + 4])
            and not q.within(q.g.authorities, 0, index) for index, word in enumerate(words)):
        return True
    if "against" not in words or q.within(q.g.authorities, 0, words.index("against")):
        return False
    at = words.index("against")
    return not ARMED_AGAINST.isdisjoint(words[at + 1:at + 4])


#: What a city lives on, whose loss harms everyone in it: "a city's *power grid*".
LIFELINES = frozenset({"grid", "grids", "substation", "substations", "powerplant", "reservoir",
                       "reservoirs", "pipeline", "pipelines", "dam", "dams", "scada"})
LIFELINE_PHRASES = (("power", "plant"), ("power", "plants"), ("power", "station"),
                    ("power", "stations"), ("water", "supply"), ("water", "supplies"),
                    ("water", "treatment"), ("air", "traffic"), ("electricity", "supply"),
                    ("electricity", "network"), ("power", "supply"), ("telecom", "network"))
#: Verbs that take a lifeline out: "*knock out* a city's power grid", "*sabotage* a power plant".
CRIPPLING = frozenset({"sabotage", "sabotaging", "cripple", "crippling", "disable", "disabling",
                       "destroy", "destroying", "contaminate", "contaminating", "poison",
                       "poisoning", "paralyse", "paralyze", "attack", "attacking", "hack",
                       "hacking"})
CRIPPLING_PHRASES = frozenset({("knock", "out"), ("take", "down"), ("shut", "down"),
                               ("bring", "down"), ("black", "out"), ("cut", "off"),
                               ("wipe", "out"), ("knocking", "out"), ("taking", "down"),
                               ("shutting", "down"), ("bringing", "down")})
#: How many words after the verb the lifeline is looked for ("knock out *a city's power grid*").
LIFELINE_WINDOW = 5
#: Words of keeping a lifeline running, which make the question its defence or its upkeep: "how
#: do i shut down a power station *for maintenance*", "... my *home* water supply".
DEFENDING = GUARDING | frozenset({"prevent", "stop", "resilient", "resilience", "restore",
                                  "recover", "protected", "secured", "maintenance", "repair",
                                  "repairs", "fix", "leak", "safely", "home", "house", "my",
                                  "our", "inspection", "upgrade"})
#: Who else may do it, named before the verb: "how would *a cyberattack* knock out a grid".
OTHER_DOERS = ATTACKING | {"cyberattack", "cyberattacks", "hackers", "hacker", "storm", "storms"}


def cripples_a_lifeline(q: Question) -> bool:
    """"give me a plan to *knock out a city's power grid* with a cyberattack", "how do i
    *sabotage a power plant*": taking out what a city lives on (not "how do cities *protect*
    the power grid from attacks", nor "how would a cyberattack knock out a grid")."""
    words = q.words
    if not DEFENDING.isdisjoint(words):
        return False
    others = OTHER_DOERS | q.g.one_actor
    for index, word in enumerate(words):
        length = 1 if word in CRIPPLING else 2 if tuple(words[index:index + 2]) \
            in CRIPPLING_PHRASES else 0
        if length and others.isdisjoint(words[:index]):
            after = words[index + length:index + length + LIFELINE_WINDOW]
            if not LIFELINES.isdisjoint(after) or has(after, LIFELINE_PHRASES):
                return True
    return False
