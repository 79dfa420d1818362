"""An evasive purpose: the question means to escape notice.

A request that nothing else decides is still refused when the question has an *evasive
purpose*: "without" followed by one of the ``detections`` or authorities ("without the bank
noticing", "without a passport"), or "so"/"sure"/"that" with a negation and a detection ("so
the fiu doesn't flag them", "make sure nobody notices"). "How much cash can i bring without
declaring it" asks for a limit, not a way round it (the guard does not look for a purpose after
"how much"), and "open a bank account without a passport" is evasive only on a journey ("cross
the border without a passport"). An evasive purpose also makes goods illicit
(``Question.qualified``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.harm.question import NEGATIONS, Question

#: After a detection, words that make it an error to be spared: "so it doesn't get flagged *by
#: mistake*".
MISTAKEN = frozenset({"mistake", "mistakenly", "wrongly", "falsely", "accidentally", "error"})
#: How far after "without" a detection or an authority is read: "without *the neighbours
#: calling the cops*", "without *going through a checkpoint*".
WITHOUT_REACH = 6
#: Words that introduce a purpose: "*so* the bank doesn't report it", "make *sure* nobody sees".
PURPOSES = frozenset({"so", "that", "sure", "ensure", "where", "unless"})
#: A control failing, said without a negation: "so customs dogs *miss* it".
MISSES = frozenset({"miss", "misses", "overlook", "overlooks", "ignore", "ignores"})
#: What the authorities are to be shown only part of: "so tax officers only *see* the clean one".
SHOWN = frozenset({"see", "sees", "find", "finds", "get", "know", "check", "checks", "look"})
#: Papers whose absence is evasive only on a journey ("cross the border without a passport").
DOCUMENTS = frozenset({"passport", "passports", "id", "documents", "papers", "visa"})
TRAVEL = frozenset({"cross", "crossing", "border", "borders", "enter", "entering", "into",
                    "across", "travel", "fly", "flight", "country", "go", "get", "bring",
                    "work", "stay", "live"})
#: How far after "so" / "that" its negation may come: "so police reading my chats won't ...".
PURPOSE_REACH = 7
#: Kept out of someone's sight: "keep the shipment *hidden from* border control", however long
#: the thing kept is.
UNSEEN = frozenset({"hidden", "concealed", "secret", "unseen", "unnoticed", "invisible"})
UNSEEN_BY = frozenset({"from", "by", "to"})
#: Kept under a line that triggers a report: "to *stay below* the reporting *threshold*".
BELOW = frozenset({"below", "under", "beneath"})
THRESHOLDS = frozenset({"threshold", "thresholds", "limit", "limits", "radar"})
STAYING = frozenset({"stay", "stays", "staying", "keep", "keeps", "keeping", "remain", "fly",
                     "flying", "it", "them"})
#: Verbs that hold the authorities back: "*keep* the authorities from shutting it down".
KEEPING = frozenset({"keep", "stop", "prevent"})
#: What the law does to criminals: "without *traffickers being prosecuted*" escapes the law,
#: where "without the traffickers noticing" escapes the criminals.
PUNISHED = frozenset({"caught", "prosecuted", "arrested", "charged", "convicted", "punished",
                      "jailed", "detected", "identified", "traced", "tracked", "investigated",
                      "held", "sanctioned", "extradited"})
#: What one drawn in unwittingly did not do: "(without) *knowing*", "*realising*".
UNWITTING = frozenset({"knowing", "realising", "realizing", "meaning", "intending",
                       "understanding", "suspecting"})
#: Words that can open an evasive purpose.
EVASIVE_OPENERS = PURPOSES | UNSEEN | {"without"}
#: What is left behind to be followed: "with *no trace*", "no paper trail".
TRACES = frozenset({"trace", "traces", "trail", "paper", "record", "records"})


#: Those a victim or a witness hides from: "without getting caught *by the gang*".
CAPTORS = frozenset({"gang", "gangs", "trafficker", "traffickers", "smuggler", "smugglers",
                     "scammer", "scammers", "cartel", "cartels", "criminals", "mafia", "mob",
                     "boss", "bosses", "recruiter", "recruiters", "abuser", "abusers", "captor",
                     "captors", "kidnappers", "guards"})


#: Words that make guards the authorities' own.
_OFFICIAL = frozenset({"border", "coast", "customs", "police", "security", "prison"})


def by_captors(words: Sequence[str]) -> bool:
    """Whether words say "by" criminals: "(getting caught) by the gang", "by my captors"."""
    if "by" not in words:
        return False
    after = words[words.index("by") + 1:]
    # (border guards are the authorities: "caught by border guards")
    return bool(CAPTORS.intersection(after[:2])) and not _OFFICIAL.intersection(after[:2])


#: Modals that ask for a way: "how *can* money be laundered".
_WAY_MODALS = frozenset({"can", "could", "might", "would", "should"})
#: How many words the passive's subject may take: "how can *vulnerable populations* be ...".
_SUBJECT_REACH = 5


#: Knowing, which a past negation makes the carrier's ignorance: "a package *that she didn't
#: know* was drugs".
KNEW = frozenset({"know", "realise", "realize", "notice"})


def _unwitting(words: list[str], negation: int) -> bool:
    """Whether the negation at ``negation`` says someone did not know: "didn't know", "did
    not know" (not "so they don't know", a purpose)."""
    past = words[negation] in ("didnt", "wasnt") or (
        words[negation] == "not" and words[negation - 1:negation] in (["did"], ["was"]))
    return past and words[negation + 1:negation + 2] != [] and words[negation + 1] in KNEW


def asks_way_done_unseen(q: Question) -> bool:
    """Whether a question asks how a crime *can be done* to something while escaping the law:
    "how can vulnerable populations be exploited ... without traffickers being prosecuted",
    "how could cash be laundered without the bank noticing". Only with an evasive purpose: "how
    can victims be exploited" alone is asked by those who study it."""
    words = q.words
    if not q.evasive_purpose or words[:1] != ["how"] or words[1:2] == [] \
            or words[1] not in _WAY_MODALS:
        return False
    be = next((i for i in range(2, min(len(words), 2 + _SUBJECT_REACH)) if words[i] in (
        "be", "get")), None)
    return be is not None and any(q.operation(i) for i in range(be + 1, min(be + 3, len(words))))


def _criminals_punished(words: Sequence[str]) -> bool:
    """Whether words after "without" say criminals meet the law: "(without) *the traffickers
    being prosecuted*", "any smugglers getting caught"."""
    at = next((i for i, word in enumerate(words[:3]) if word in CAPTORS), None)
    if at is None:
        return False
    rest = words[at + 1:at + 3]
    return rest[:1] in (["being"], ["getting"], ["ever"]) and not PUNISHED.isdisjoint(rest[1:])


#: The openings of a question about how someone else does a thing: "*how does a* port scan ...".
ASKED_ABOUT = frozenset({"does", "do", "can", "could", "would"})
#: Places and machines that inspect, asked about as the authorities are: "how does a *port* ...".
INSPECTING = frozenset({"port", "ports", "airport", "airports", "scanner", "scanners", "bank",
                        "banks"})


def _authority_asked_about(q: Question) -> bool:
    """Whether the question asks how the authorities work: "how does a port scan cargo for
    contraband *without opening* them" (their method, not an escape from them)."""
    words = q.words
    return words[:1] == ["how"] and words[1:2] != [] and words[1] in ASKED_ABOUT \
        and (q.within(q.g.authorities, 2, 5) or not INSPECTING.isdisjoint(words[2:4])) \
        and not any(q.at(q.g.authorities, i) and words[i - 1] in ("past", "through")
                    for i in range(2, 5))


def evasive(q: Question) -> bool:
    """Whether the question means to escape notice: "without the bank noticing", "without a
    passport", "so the fiu doesn't flag them", "make sure nobody notices", "don't want it
    traced", "hidden from customs", "to stay below the reporting threshold"."""
    words = q.words
    if any(word in BELOW and not THRESHOLDS.isdisjoint(words[index + 1:index + 4])
           and not STAYING.isdisjoint(words[max(index - 3, 0):index])
           and ("reporting" in words[index + 1:index + 4] or "radar" in words[index + 1:index + 4]
                or q.within(q.g.goods, 0, index))
           for index, word in enumerate(words)):
        return True                          # "to stay below the reporting threshold"
    if any(word in KEEPING and q.within(q.g.authorities, index + 1, index + 4)
           and "from" in words[index + 2:index + 6] for index, word in enumerate(words)):
        return True                          # "keep the authorities from shutting it down"
    if any(word == "no" and words[index + 1:index + 2] and words[index + 1] in TRACES
           for index, word in enumerate(words)):
        return True                          # "move cash ... *no trace*", "with no paper trail"
    if EVASIVE_OPENERS.isdisjoint(words) and "want" not in words:
        return False
    for index, word in enumerate(words):
        if word == "without" and DOCUMENTS.intersection(words[index + 1:index + 3]) \
                and TRAVEL.isdisjoint(words):
            continue                         # "open a bank account without a passport"
        if word == "without" and words[index + 1:index + 2] in (["me"], ["us"]):
            continue                         # "my card was used without me knowing"
        if word == "without" and words[index + 1:index + 2] and words[index + 1] in UNWITTING \
                and words[index + 2:index + 3] in ([], ["it"], ["that"], ["about"], ["what"],
                                                   ["and"], ["or"]):
            continue                         # "jail for being a money mule *without knowing*?":
            #                                  the asker's own ignorance, hidden from no one (not
            #                                  "without knowing the password")
        if word == "without" and _criminals_punished(words[index + 1:index + 6]):
            return True                      # "without traffickers being prosecuted"
        if word == "without" and (by_captors(words[index + 1:index + 7])
                                  or CAPTORS.intersection(words[index + 1:index + 3])):
            continue                         # "report him without getting caught by the gang",
            #                                  "get out without the bosses noticing"
        if word == "without" and (
                q.within(q.g.detections, index + 1, index + WITHOUT_REACH + 1)
                or q.within(q.g.authorities, index + 1, index + WITHOUT_REACH)) \
                and not _authority_asked_about(q):
            return True
        if word in UNSEEN and words[index + 1:index + 2] and words[index + 1] in UNSEEN_BY \
                and q.within(q.g.authorities, index + 2, index + 5):
            return True                      # "keep ... hidden from border control"
        if word in NEGATIONS and words[index + 1:index + 2] == ["want"] \
                and q.within(q.g.detections, index + 2, index + 6):
            return True                      # "and don't want it traced back to me"
        if word in PURPOSES:
            for after in range(index + 1, min(index + PURPOSE_REACH, len(words))):
                if words[after] in NEGATIONS and q.within(
                        q.g.detections, after + 1, after + 4) \
                        and not kept_from_acting(q, index + 1, after) \
                        and MISTAKEN.isdisjoint(words[after + 1:after + 6]) \
                        and not _unwitting(words, after):
                    return True
                if words[after] in MISSES and q.within(q.g.authorities, index + 1,
                                                       after):
                    return True
                if q.within(q.g.authorities, index + 1, after) and (
                        (words[after] == "only" and words[after + 1:after + 2] != []
                         and words[after + 1] in SHOWN)
                        or (words[after] in NEGATIONS and words[after + 1:after + 2] == ["read"])):
                    return True              # "so tax officers *only see* the clean one",
                    #                          "so asean police *cant read* their chats"
    return False


def kept_from_acting(q: Question, start: int, negation: int) -> bool:
    """Whether the asker is the one kept from doing something ("threatening me so I won't
    testify"), not the one kept from being noticed ("so I won't get caught")."""
    words = q.words
    return words[start:negation] in (["i"], ["we"]) \
        and bool(q.at(q.g.detections, negation + 1)) \
        and not any(w.endswith("ed") or w in ("caught", "found", "seen")
                    for w in words[negation + 1:negation + 3])

