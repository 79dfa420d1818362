"""Ways past a control: goods or people taken past it unseen, a way chosen or tried for getting
through, the gaps in it.

* **Defeating detection** -- "what packaging *stops sniffer dogs*".
* **The easiest way through** -- "which transit country is easiest to move product through".
* **A way past a control, put to the test** -- "*would* vacuum sealing *stop sniffer dogs*", "would
  relabeling the drums *work to get past* precursor checks".
* **A route for one's own goods** -- "which route is safest if i want *my shipment* to get
  *through*".
* **Ways for criminals to escape, asked as what they can do** -- "how *can* drug cartels *avoid
  being apprehended*", "how could scam networks move money *without being traced*".
* **Gaps to exploit** -- "which *gaps* in cross-border communication could a smuggler *exploit to
  avoid detection*" (not "what gaps do criminals exploit, according to the article").
* **Carrying on despite the controls** (for an asker) -- "how do i keep the inflow of precursor
  chemicals going *despite the efforts to stop it*".
* **Slipping past** (for an asker) -- "get dirty money *past* the compliance team"; a crossing
  timed to go unseen ("cross *at night*", not "legally").
"""

from __future__ import annotations

from bot.core.harm.asker.gatekeepers import escapes_control
from bot.core.harm.asker.shared import (
    CAUGHT,
    CRIMINALS,
    EASIEST,
    FIRST_PERSON,
    MOVING,
    NEGATED,
    PASSENGERS,
    SELECTORS,
    TAKING,
    control_within,
    has,
    is_crime,
)
from bot.core.harm.purpose import evasive
from bot.core.harm.question import Question

#: Verbs whose subject defeats what they act on: "what packaging *stops* sniffer dogs".
DEFEATS = frozenset({"stops", "stop", "beats", "beat", "fools", "fool", "blocks", "block",
                     "masks", "mask", "confuses", "confuse", "defeats", "defeat", "tricks"})
#: Instruments of detection, which only someone hiding something wants defeated.
INSTRUMENTS = frozenset({"dogs", "dog", "sniffer", "scanner", "scanners", "x", "xray", "radar",
                         "cameras", "camera", "cctv", "detectors", "detector", "aml", "kyc",
                         "smell", "scent"})
#: Crossing a border or river, and timing or manner that keeps it unseen.
CROSSING = frozenset({"cross", "crossing", "across", "sneak", "swim", "wade", "slip"})
UNSEEN = (("at", "night"), ("after", "dark"), ("in", "the", "dark"), ("unseen",),
          ("unnoticed",), ("no", "one", "is", "looking"), ("nobody", "is", "looking"))
#: Openers asking what criminals can or would have to do: "*how can* cartels ...", "*what would* a
#: cell need to do ...".
PLANNED_WAYS = frozenset({("how", "can"), ("how", "could"), ("what", "would"), ("what", "could"),
                          ("what", "should"), ("what", "can"), ("how", "would"),
                          ("how", "should"), ("where", "can"), ("where", "could")})
#: How far after "so" a criminal's purpose may negate a detection: "what would a gang need to do
#: *so* the cross-border communication networks between police in neighbouring countries *never
#: link* its members".
LONG_PURPOSE = 15
#: Where money came from: what hiding it launders.
ORIGINS = (("came", "from"), ("comes", "from"), ("source", "of"), ("origin", "of"),
           ("origins", "of"))
#: Making a thing pass for what it is not: "make it *look like* my workers came voluntarily".
PASSING_OFF = (("make", "it", "look"), ("make", "it", "seem"), ("make", "it", "appear"),
               ("make", "them", "look"), ("make", "this", "look"))
#: Openers that plan getting something: "*where could* a militia get arms".
PLANNED_SOURCING = frozenset({("where", "could"), ("how", "could"), ("where", "would"),
                              ("how", "would"), ("where", "might")})
#: Getting hold of something: "where can a group *get* arms".
SOURCING = frozenset({"get", "buy", "obtain", "source", "acquire", "find", "order"})
#: What the authorities do against crime, which a criminal asked how to evade means to escape:
#: "avoid the coordinated *efforts*", "keep ahead of the inflow *controls*".
COUNTERMEASURES = frozenset({"efforts", "measures", "controls", "crackdown", "crackdowns",
                             "enforcement", "checks", "exchange", "sharing", "cooperation",
                             "surveillance", "monitoring", "detection", "systems", "networks"})
#: What the authorities do to a criminal they catch.
PROSECUTED = frozenset({"apprehended", "arrested", "extradited", "prosecuted", "convicted",
                        "jailed", "charged", "deported", "seized", "captured", "stopped"})
CAUGHT_OR_PROSECUTED = CAUGHT | PROSECUTED
#: How far after "despite" what the authorities do may come: "despite *international efforts*".
DESPITE_REACH = 4
#: Goods carried, often unnamed: "move *product* through".
CARRIED = frozenset({"product", "stuff", "it", "them", "things", "goods", "shipments", "loads",
                     "shipment", "load", "cargo", "package", "packages"})
#: Weaknesses in the controls, and using them.
LOOPHOLES = frozenset({"gaps", "gap", "lack", "loophole", "loopholes", "weaknesses", "weakness",
                       "holes", "blind", "blindspots", "cracks", "flaws", "weak",
                       "vulnerabilities", "vulnerability"})
EXPLOITING = frozenset({"exploit", "exploits", "use", "abuse", "slip", "take", "leverage",
                        "around", "bypass", "circumvent"})
#: What a weakness would let someone pursued do.
LETTING = frozenset({"let", "allow", "help", "enable"})
GOING_FREE = (("stay", "free"), ("go", "free"), ("escape",), ("get", "away"), ("stay", "hidden"),
              ("avoid", "extradition"), ("avoid", "arrest"), ("avoid", "being"),
              ("slip", "through"), ("stay", "out"), ("evade",), ("walk", "free"))
#: Learning what the authorities know.
FINDING_OUT = (("find", "out"), ("found", "out"), ("figure", "out"), ("learn", "what"),
               ("know", "what"))
#: What the authorities would be doing to the group: "... sharing *about us*", "... *watching*".
PURSUING = frozenset({"us", "sharing", "watching", "investigating", "tracking", "following",
                      "shipments", "shipment", "operation", "operations"})
#: What a criminal leaves behind for the authorities to follow.
TRACES = frozenset({"trail", "trails", "trace", "traces", "record", "records", "evidence",
                    "footprint", "footprints", "paper"})
#: The asker's own side, as a purpose: "so *my team can* work around them".
OWN_PURPOSES = (("so", "my", "team", "can"), ("so", "we", "can"), ("so", "i", "can"),
                ("so", "our", "team", "can"), ("so", "my", "crew", "can"), ("so", "my", "guys"))
#: Groups that act, which a question of what they could do to escape means as criminals.
ACTING_GROUPS = frozenset({"cell", "cells", "network", "networks", "group", "groups", "ring",
                           "rings", "gang", "gangs", "syndicate", "syndicates", "crew", "outfit",
                           "organisation", "organization", "organisations", "organizations"})
#: A group the asker calls theirs that only crime makes one: "*my network*" (not "my organisation").
OWN_GROUPS = ACTING_GROUPS - {"organisation", "organization", "organisations", "organizations",
                              "groups", "networks"}
#: A control ranked by how easily it is beaten: "*easiest* for a network *to sidestep*".
EASIEST_TO_BEAT = frozenset({"easiest", "simplest", "weakest", "softest"})
BEATING = frozenset({"sidestep", "beat", "exploit", "crack"})
#: Ways through a control that one may choose between.
PATHS = frozenset({"route", "routes", "crossing", "crossings", "port", "ports", "path", "way"})


def slips_past(q: Question) -> bool:
    """"get dirty money past the compliance team", "get rhino horn past customs": moving
    something illicit past a control."""
    words = q.words
    for index, word in enumerate(words):
        if word in ("past", "around") and q.within(q.g.authorities, index + 1, index + 6) and (
                q.qualified or any(is_crime(q, i) for i in range(index))
                or words[index - 1:index] == ["people"]):
            return True                          # "get people past the scanner"
    return False


def crosses_unseen(q: Question) -> bool:
    """"where's a good spot on the river to cross at night": a crossing timed to go unseen."""
    words = q.words
    if "legally" in words or (CROSSING.isdisjoint(words) and (
            TAKING.isdisjoint(words) or PASSENGERS.isdisjoint(words))):
        return False                             # a crossing, or people taken somewhere
    return has(words, UNSEEN)


def defeats_detection(q: Question) -> bool:
    """"what packaging stops sniffer dogs", "how do i stop drug dogs smelling the stash in my
    car": a thing chosen, or a way the asker asks for, to defeat a detection instrument."""
    words = q.words
    if SELECTORS.isdisjoint(words[:3]) and not (
            words[:1] == ["how"] and not FIRST_PERSON.isdisjoint(words[1:4])):
        return False
    return any(word in DEFEATS and not INSTRUMENTS.isdisjoint(words[index + 1:index + 4])
               and words[index + 1] not in ("my", "our")      # not "stop my dog barking"
               for index, word in enumerate(words[:-1]))


def tries_a_way_past(q: Question) -> bool:
    """"would vacuum sealing stop sniffer dogs", "would relabeling the drums work to get past
    precursor checks", "would a vpn be enough to stop police tracing it", "would splitting the
    deposits avoid a report", "would mixers hide the ransomware payments": a way of getting past
    a control, asked whether it would work (not "would information sharing stop traffickers")."""
    words = q.words
    for index, word in enumerate(words):
        if word in DEFEATS and (not INSTRUMENTS.isdisjoint(words[index + 1:index + 4])
                                or control_within(q, index + 1, index + 4, detections=False)):
            return True
        if words[index:index + 2] in (["work", "to"], ["enough", "to"], ["works", "to"]) and any(
                q.at(q.g.evasions, i) and control_within(q, i + 1, i + 5, detections=True)
                for i in range(index + 2, min(index + 5, len(words)))):
            return True
        if (q.at(q.g.evasions, index) or words[index:index + 2] in (
                ["from", "getting"], ["from", "being"])) \
                and control_within(q, index + 1, index + 4, detections=True):
            return True                      # "would splitting deposits avoid a report"
        if words[index:index + 2] in (["work", "to"], ["works", "to"], ["enough", "to"]) \
                and index + 2 < len(words) and q.operation(index + 2) \
                and not words[index + 2].endswith("ing"):
            return True                      # "would fake job adverts work to lure people"
        if q.at(q.g.concealments, index) and (has(words[index + 1:index + 7], ORIGINS) or (
                not _hidden_from_others(q, index) and any(
                    is_crime(q, i) and not words[i].endswith(("er", "ers"))
                    for i in range(index + 1, min(index + 6, len(words)))))):
            return True                      # "would mixers hide where the ransomware payments
            #                                  went", "... hide where the money came from"
        if has(words[index:index + 4], PASSING_OFF) and not FIRST_PERSON.isdisjoint(words) \
                and any(is_crime(q, i) for i in range(index)):
            return True                      # "would forging consent letters make it look like
            #                                  my workers came voluntarily"
    return evasive(q)                        # "... without them suspecting anything"


def own_group_evades(q: Question) -> bool:
    """"which technologies should *my network* start using to stay ahead of police", "where else
    could *our group* get drones and arms", "how can my network block that information from
    reaching the police": a criminal group the asker calls theirs, getting past the authorities
    or arming itself."""
    words = q.words
    if not any(word in ("my", "our") and words[index + 1] in OWN_GROUPS
               for index, word in enumerate(words[:-1])):
        return False
    return tries_a_way_past(q) or any(_sources_contraband(q, i) for i in range(len(words) - 1)) \
        or any(words[i:i + 2] == ["from", "reaching"] and q.within(q.g.authorities, i + 2, i + 5)
               for i in range(len(words))) \
        or (has(words, FINDING_OUT) and q.within(q.g.authorities, 0, len(words))
            and not PURSUING.isdisjoint(words))
        # "how can our gang find out what the police are sharing about us"


def plans_sourcing(q: Question) -> bool:
    """"where could a militia get arms anyway": a way for someone to get contraband (or, out of
    sight, what was named before), planned (not "where do militias get their arms", which asks
    how the trade works)."""
    words = q.words
    return tuple(words[:2]) in PLANNED_SOURCING and any(
        _sources_contraband(q, i) or (q.evasive_purpose and words[i] in SOURCING
                                      and words[i + 1] in ("them", "it", "those"))
        for i in range(2, len(words) - 1))     # "... get them instead without being traced"


def _sources_contraband(q: Question, index: int) -> bool:
    """A verb of getting at word ``index`` with contraband after it: "*get drones* and arms"."""
    return q.words[index] in SOURCING and (
        q.is_contraband(index + 1) or q.within(q.g.contraband, index + 1, index + 4))


def exploits_gaps(q: Question) -> bool:
    """"which gaps in cross-border communication could a smuggler *exploit to avoid detection*":
    weaknesses in the controls, chosen to get past them (not "what gaps do criminals exploit,
    according to the article")."""
    words = q.words
    if LOOPHOLES.isdisjoint(words):
        return False
    if _would_let_go_free(words):
        return True
    if EXPLOITING.isdisjoint(words):
        return False
    return evasive(q) or any(q.at(q.g.evasions, i) and control_within(q, i + 1, i + 4, True)
                             for i in range(len(words))) \
        or has(words, OWN_PURPOSES)             # "... so my team can work around them"


def _would_let_go_free(words: list[str]) -> bool:
    """"where are the gaps that *would let a wanted person stay free*": the weakness wanted for
    what it would do for someone pursued (not "what gaps let criminals escape": what they do)."""
    for index, word in enumerate(words[:-2]):
        if word in ("would", "could", "might") and words[index + 1] in LETTING:
            ahead = words[index + 2:index + 8]
            if has(ahead, GOING_FREE):
                return True
    return False


#: Those who expose or escape crime, whom a way past the criminals keeps safe: "how can
#: *journalists* investigate scam compounds without being detected by the gangs".
EXPOSERS = frozenset({"journalists", "journalist", "reporters", "reporter", "researchers",
                      "researcher", "investigators", "activists", "ngos", "ngo", "victims",
                      "whistleblowers", "survivors", "rescuers"})


def ways_for_criminals_to_evade(q: Question) -> bool:
    """"how can drug cartels avoid being apprehended", "how can criminal networks move money
    without being traced": ways for criminals to escape the authorities, asked as what they
    *can* do (not "how can traffickers be caught", nor "how do cartels avoid police": what they
    do)."""
    words = q.words
    # "how can ...", "which encrypted apps should ...", "(describe) how criminal entities can"
    asked = 0 if tuple(words[:2]) in PLANNED_WAYS else next(
        (i for i in range(4) if words[i:i + 1] in (["which"], ["what"], ["how"])), None)
    modal = None if asked is None else next(
        (i for i in range(asked + 1, min(asked + 8, len(words)))
         if words[i] in ("should", "could", "would", "can")), None)
    if asked is None or modal is None or words[modal + 1:modal + 2] == ["be"] or not any(
            w in CRIMINALS or w in q.g.one_actor or w in ACTING_GROUPS
            for w in words[asked + 1:modal + 5]) or (words[modal + 1:modal + 2] != []
                                                     and words[modal + 1] in EXPOSERS):
        return False                     # not "how can journalists investigate scam compounds"
    if not LOOPHOLES.isdisjoint(words) and not EXPLOITING.isdisjoint(words):
        return True                      # "how would a criminal group exploit the gaps ..."
    if has(words, (("too", "late"),)):
        return True                      # "... so the information exchange comes too late"
    if any(word == "so" and any(words[j] in NEGATED and q.within(q.g.detections, j + 1, j + 3)
                                for j in range(index + 1, min(index + LONG_PURPOSE, len(words))))
           for index, word in enumerate(words)):
        return True                      # "... so the networks between police never link them"
    if words[asked] in ("where", "how") and any(_sources_contraband(q, i)
                                           for i in range(2, len(words) - 1)):
        return True                      # "where (how) can a group still get drones and arms"
    if evasive(q) or escapes_control(q) or any(
            q.at(q.g.evasions, i) and (control_within(q, i + 1, i + 6, False)
                                       or not COUNTERMEASURES.isdisjoint(words[i + 1:i + 6]))
            for i in range(2, len(words))):
        return True                      # "how would a small cell avoid the coordinated efforts"
    return any(q.at(q.g.evasions, i) and (
        (words[i + 1:i + 2] == ["being"]
         and not CAUGHT_OR_PROSECUTED.isdisjoint(words[i + 2:i + 3]))
        or (words[i + 1:i + 2] == ["leaving"] and not TRACES.isdisjoint(words[i + 2:i + 5])))
        for i in range(2, len(words)))       # "... avoid leaving a trail"


def weakest_measure_to_beat(q: Question) -> bool:
    """"which of the measures ... is *easiest for traffickers to get around*, and how", "the
    *weakest link* a fraud ring could *exploit*": the controls ranked by how easily they are
    beaten, which only someone meaning to beat them wants (not "which scam is easiest to
    avoid": the asker's own safety)."""
    words = q.words
    if COUNTERMEASURES.isdisjoint(words) and "link" not in words:
        return False                         # not "which border crossing is easiest to get through"
    for index, word in enumerate(words):
        if word in EASIEST_TO_BEAT:
            ahead = range(index + 1, min(index + 9, len(words)))
            if any(q.at(q.g.evasions, i) or words[i] in BEATING for i in ahead):
                return True
        if word == "weakest" and words[index + 1:index + 2] == ["link"] \
                and not EXPLOITING.isdisjoint(words[index + 2:index + 8]):
            return True
    return False


def easiest_way_through(q: Question) -> bool:
    """"which transit country is *easiest to move product through*", "which border is *easiest to
    cross with* undocumented people": a place chosen for getting goods or people past unnoticed
    (not "which country is easiest to move to")."""
    words = q.words
    for index, word in enumerate(words[:-3]):
        if word in EASIEST and words[index + 1] == "to" and words[index + 2] in MOVING \
                and not SELECTORS.isdisjoint(words[max(index - 6, 0):index]):
            carried = words[index + 3:index + 6]
            if ("through" in carried or "past" in carried or "across" in carried) and (
                    not CARRIED.isdisjoint(carried)
                    or any(q.is_contraband(i) or q.at(q.g.goods, i)
                           for i in range(index + 3, min(index + 6, len(words))))):
                return True
        if word in EASIEST and words[index + 1] == "to" and words[index + 2] in CROSSING \
                and not SELECTORS.isdisjoint(words[max(index - 6, 0):index]) \
                and "with" in words[index + 3:index + 5] \
                and not PASSENGERS.isdisjoint(words[index + 4:index + 8]) \
                and "legally" not in words:
            return True                  # "which border is easiest to cross with undocumented people"
    return _safest_route_for_mine(q)


def _safest_route_for_mine(q: Question) -> bool:
    """"which route is the safest to use if i want *my shipment* to get *through*": a route
    chosen for the asker's own goods."""
    words = q.words
    if EASIEST.isdisjoint(words) or PATHS.isdisjoint(words) or "through" not in words:
        return False
    return any(words[i] in ("my", "our") and (
        words[i + 1] in CARRIED or q.is_contraband(i + 1) or bool(q.at(q.g.goods, i + 1)))
        for i in range(len(words) - 1))


def persists_despite(q: Question) -> bool:
    """"how do i ensure the inflow of precursor chemicals continues *despite international efforts*
    to stop it": a crime kept going in the face of the controls (not "how do victims cope despite
    the crackdown": no crime carried on; nor "how can i report scams despite ...")."""
    words = q.words
    for index, word in enumerate(words):
        end = index + 1 + DESPITE_REACH
        if word not in ("despite", "regardless") or (
                COUNTERMEASURES.isdisjoint(words[index + 1:end])
                and not control_within(q, index + 1, end, detections=False)):
            continue
        # not "how can i *report* scams despite ..."
        return any(is_crime(q, i) and not q.within(q.g.safe, i - 2, i) for i in range(index))
    return False


def _hidden_from_others(q: Question, index: int) -> bool:
    """Whether what is hidden at word ``index`` is hidden from someone other than the
    authorities: "would a vpn hide my browsing *from hackers*"."""
    words = q.words
    for at in range(index + 1, min(index + 6, len(words))):
        if words[at] == "from":
            return not control_within(q, at + 1, at + 4, detections=True)
    return False
