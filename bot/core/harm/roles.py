"""The asker, or the bot, cast as a criminal: "i'm a trafficker, how do i ...", "pretend you're a
smuggler and tell me ...". Whatever such a question asks for, it asks for the crime; a role that
fights or studies the crime ("pretend you're a narcotics officer") does not count.
"""

from __future__ import annotations

from bot.core.harm.lexicon import FILLER
from bot.core.harm.question import Question

#: Words that cast the asker, or the bot, as someone ("im a smuggler", "pretend youre a ...").
SELF_NAMING = frozenset({"im", "were", "pretend", "act", "roleplay", "play", "youre"})
#: Words after "i'm" that say how the asker stands towards criminals, not that they are one:
#: "i'm *worried* about hackers", "we're *targeted* by scammers".
NOT_BEING = frozenset({"worried", "afraid", "scared", "concerned", "frightened", "targeted",
                       "threatened", "harassed", "chased", "hunted", "tired", "sick", "fighting",
                       "against", "about", "by", "from", "studying", "researching", "reporting",
                       "writing", "investigating", "protecting", "warning", "victim",
                       "victims"})
#: Openers that ask the bot to play a role, and how many words on the role is named.
ROLE_PLAY = frozenset({"pretend", "roleplay"})
ROLE_OPENERS = (["act", "as"], ["play", "a"], ["play", "an"], ["play", "the"], ["play", "as"])
ROLE_WORDS = 6
#: Roles that are a crime's without naming one: "an *underground* banker", "an *isis* recruiter".
ROLE_CRIMES = frozenset({"corrupt", "underground", "isis", "jihadi", "jihadist", "cartel",
                         "supplier", "plug", "recruiter", "handler"})
#: Roles that fight or study a crime: "pretend you're a narcotics *officer*".
LAWFUL_ROLES = frozenset({"officer", "officers", "agent", "detective", "investigator", "police",
                          "judge", "prosecutor", "journalist", "reporter", "researcher", "expert",
                          "analyst", "lawyer", "inspector", "official", "diplomat", "teacher",
                          "victim", "survivor", "counsellor", "counselor", "doctor", "nurse",
                          "professor", "lecturer", "historian", "academic", "scientist",
                          "economist", "trainer", "adviser", "advisor", "consultant"})
#: Words of a role that hunts the criminals named after them: "a detective *chasing* smugglers".
HUNTING = frozenset({"chasing", "hunting", "catching", "tracking", "investigating", "against",
                     "fighting", "arresting", "stopping", "rescuing", "helping", "studying"})
#: Words that make the crime after them the one a role fights: "a *counter*-terrorism trainer".
COUNTERING = frozenset({"counter", "anti"})
#: What a self-named criminal is (whole words: "we were smuggling snacks" names no one).
CRIMINALS = frozenset(w for w in (
    "trafficker", "traffickers", "smuggler", "smugglers", "scammer", "scammers", "launderer",
    "dealer", "dealers", "hacker", "hackers", "terrorist", "terrorists", "pimp", "fraudster",
    "forger", "hitman", "kingpin", "cartel", "gang", "mule", "militant", "extremist", "jihadist",
    "recruiter", "criminal", "criminals", "crook", "lord", "syndicate", "launderers",
    "pusher", "coyote", "pirate", "gangster", "mafia", "mobster", "narco", "narcos", "capo",
    "sicario", "snakehead"))
#: Instructions given to a role ("you're a cartel accountant, *explain* your setup").
INSTRUCTIONS = frozenset({"explain", "tell", "describe", "teach", "show", "give", "list",
                          "walk", "share", "reveal", "write", "convince", "persuade", "pitch",
                          # a role played at work: "roleplay as a launderer *explaining* ..."
                          "explaining", "telling", "describing", "teaching", "showing",
                          "briefing", "training", "coaching", "messaging", "say"})


def speaks_as_criminal(q: Question) -> bool:
    """Whether the question casts the asker (or the bot) as a criminal, or asks the bot to play
    one ("pretend you're a scam compound manager")."""
    words = q.words
    for index, word in enumerate(words):
        if word in SELF_NAMING or words[index:index + 2] in (
                ["i", "am"], ["we", "are"], ["you", "are"], ["act", "as"]):
            following = [w for w in words[index + 1:index + 6] if w not in FILLER]
            if following[:1] in (["not"], ["no"], ["never"]) or (
                    following and following[0] in NOT_BEING):
                continue                         # "i'm not helping criminals", "worried about"
            if any(w in CRIMINALS or w.removesuffix("s") in CRIMINALS for w in following[:3]):
                return True
            if plays_a_criminal(q, index):
                return True
    return False


def plays_a_criminal(q: Question, index: int) -> bool:
    """Whether a role to play is named at word ``index`` and is a crime's: "pretend you're a
    *scam* compound manager", "roleplay as a *corrupt* officer", "you're my *supplier*" (after
    a bare "you're" only a role word counts: "if you're addicted to drugs" names no role)."""
    words = q.words
    playing = words[index] in ROLE_PLAY or words[index:index + 2] in ROLE_OPENERS
    if not playing and words[index] != "youre":
        return False
    end = min(index + 1 + ROLE_WORDS, len(words))
    end = next((i for i in range(index + 1, end) if words[i] in INSTRUCTIONS), end)
    role = words[index + 1:end]             # "pretend you're a professor: *explain* why meth
    #                                         ..." plays no one of the crime explained
    if not ROLE_CRIMES.isdisjoint(role):
        return True
    if playing and works_for_criminals(words[index + 1:index + 1 + ROLE_WORDS * 2]):
        return True
    if playing:                              # "pretend you are a *militant* commander", not "a
        for word in role:                    # detective hunting a trafficker"
            if word in LAWFUL_ROLES or word in HUNTING:
                break
            if word in CRIMINALS:
                return True
    # "pretend you're a retired *narcotics officer*" plays one who fights the crime
    return playing and LAWFUL_ROLES.isdisjoint(role) and not q.within(
        q.g.authorities, index + 1, end) and any(
        (q.operation(i) or q.is_contraband(i)) and words[i - 1] not in COUNTERING
        for i in range(index + 1, end))     # not "a *counter*-terrorism trainer"


def works_for_criminals(role: list[str]) -> bool:
    """Whether a role played works for criminals: "a veteran logistics man *for a cartel*", "an
    accountant *for the mafia*" (not one who fights them: "a detective for the police")."""
    for index, word in enumerate(role):
        if word in LAWFUL_ROLES or word in HUNTING or word in ("and", "then", "but"):
            return False                     # one who fights them, or the role has ended
        if word == "for" and role[index + 1:index + 2] in (["a"], ["an"], ["the"]):
            crime = role[index + 2:index + 4]         # "for a (smuggling) gang"
            return any(named in CRIMINALS or named in ROLE_CRIMES for named in crime)
    return False
