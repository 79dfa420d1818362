"""Hiding from justice: from the authorities, in a hideout, under a false name or a story, and by
silencing, obstructing or spying on others.

* **A hideout** -- "the best *place to run to*" before extradition.
* **A false name** -- a passport or account "*under a different name*".
* **Finding out who informs** -- "how do i tell if someone in my crew is a *snitch*", "how to spot
  *undercover* cops".
* **Guilty money** (for an asker) -- "cash i *couldn't explain*" (not "declare undeclared
  income").
* **A story for a gatekeeper** (for an asker) -- "a good *excuse* to tell police", "what do i tell
  the bank *when they ask*".
* **Whether the authorities are onto the asker** -- "how do i find out whether police are *sharing
  intelligence about me*".
* **Prying, bans, lying low, obstruction** (for an asker) -- "read my wife's messages", "a new
  passport after being *blacklisted*", "keep a *low profile* after a drug deal", "get rid of
  *evidence*", "get a *witness not to testify*".
"""

from __future__ import annotations

from bot.core.harm.asker.shared import (
    CRIMINALS,
    FIRST_PERSON,
    HELD,
    NEGATED,
    PURPOSE_OPENERS,
    TAKING,
    gatekeeper_within,
    has,
    is_crime,
)
from bot.core.harm.question import Question

#: Money the asker could not account for.
GUILTY = frozenset({"unreported", "undeclared", "untaxed", "unaccounted"})
#: Words of someone putting it right: "declare", "report".
COMPLYING = frozenset({"declare", "declaring", "report", "reporting", "disclose", "legalise",
                       "legalize", "amnesty", "regularise", "regularize"})
#: What the authorities do to someone they pursue, asked about the asker: "sharing intelligence
#: about me", "looking for me".
WATCHING = frozenset({"sharing", "share", "shared", "investigating", "investigate", "watching",
                      "watch", "tracking", "track", "monitoring", "monitor", "looking", "hunting",
                      "intelligence", "information", "file", "files", "records"})
KNOWING = frozenset({"find", "know", "check", "tell", "see", "learn"})
#: Hiding out.
LYING_LOW = (("low", "profile"), ("lie", "low"), ("lay", "low"), ("go", "underground"),
             ("off", "the", "grid"), ("go", "dark"), ("go", "into", "hiding"),
             ("need", "to", "disappear"), ("new", "identity"), ("new", "name"),
             ("stay", "hidden"), ("remain", "hidden"), ("stay", "undetected"),
             ("remain", "undetected"))
#: Telling a gatekeeper a story.
STORY_TELLING = frozenset({"tell", "say", "give", "show", "explain"})
COVERS = frozenset({"excuse", "excuses", "story", "lie", "lies", "alibi", "explanation"})
QUESTIONING = frozenset({"ask", "asks", "find", "check", "search", "stop", "question", "see",
                         "notice", "catch"})
#: Keeping someone from speaking.
SILENCING = (("stay", "quiet"), ("keep", "quiet"), ("stay", "silent"), ("keep", "silent"),
             ("shut", "him", "up"), ("shut", "her", "up"), ("mouth", "shut"),
             ("silence", "him"), ("silence", "her"), ("keep", "his", "mouth"), ("shut", "up"))
#: Keeping the held quiet: "*keep* a trafficking *victim quiet*", "*make* the girls *stay silent*"
#: (not "keep them quiet", "keep the workers quiet at night": anyone's, and noise).
_MAKING_QUIET = frozenset({"keep", "make", "keeping", "making"})
_QUIET = frozenset({"quiet", "silent", "shut"})
#: Kept paying into a scam: "keep victims *on the hook*", "keep them *paying*".
_STRUNG_ALONG = frozenset({"hook", "hooked", "paying", "investing", "sending"})
_SILENCED = frozenset({"victim", "victims", "witness", "witnesses", "girl", "girls", "woman",
                       "women", "maid", "maids", "wife", "wives", "brides", "recruits"})
#: Everyone outside, whom held people are kept from reaching: "from contacting *anyone*".
_ANYONE = frozenset({"anyone", "anybody", "outsiders", "family", "families", "relatives"})
#: Keeping someone from telling: "*stop* victims *talking* to police".
KEEPING_FROM = frozenset({"stop", "keep", "prevent", "stopping", "keeping", "preventing"})
SPEAKING_UP = frozenset({"talking", "talk", "speaking", "speak", "reporting", "report", "testifying",
                         "testify", "telling", "tell", "contacting", "contact"})
#: What someone would move things out before.
EVENTS = frozenset({"investigation", "raid", "trial", "audit", "arrest", "hearing", "seizure",
                    "freeze", "sentencing", "inspection", "extradition", "police", "verdict"})
#: A fugitive, and where one would go.
WANTED = (("im", "wanted"), ("i", "am", "wanted"), ("we", "are", "wanted"), ("on", "the", "run"),
          ("i", "escaped", "from", "prison"), ("im", "a", "fugitive"), ("whos", "wanted"),
          ("who", "is", "wanted"))
#: The asker named in a notice or warrant, and the travel it would stop.
PURSUING_ME = (("my", "name", "is", "on"), ("warrant", "for", "my", "arrest"),
               ("notice", "on", "me"), ("i", "have", "a", "red", "notice"),
               ("i", "have", "an", "interpol"), ("im", "on", "a", "red", "notice"),
               ("im", "on", "an", "interpol"), ("im", "under", "a", "red", "notice"))
TRAVELLING = frozenset({"cross", "travel", "fly", "board", "leave", "border", "borders"})
#: The asker asking how to do it anyway: "how can i still cross borders", "how do i travel".
HOW_I_COULD = (*(("how", verb, "i") for verb in ("can", "do", "could", "would", "should")),
               ("can", "i", "still"), ("could", "i", "still"))
HIDEOUTS = (("place", "to", "run"), ("place", "to", "hide"), ("places", "to", "hide"),
            ("country", "to", "run"), ("country", "to", "flee"), ("hiding", "spots"),
            ("hiding", "spot"), ("hiding", "places"), ("hiding", "place"), ("place", "to", "flee"),
            ("i", "can", "hide"), ("we", "can", "hide"))
REFUGES = frozenset({"country", "countries", "safest", "go", "flee", "hide", "where", "run"})
#: Prying into someone else's private accounts.
PRYING = frozenset({"read", "spy", "access", "see", "open", "hack", "view", "intercept",
                    "into"})
PRIVATE = frozenset({"messages", "whatsapp", "chats", "email", "emails", "phone", "texts",
                     "location", "account", "accounts", "inbox", "dms", "camera", "photos",
                     "instagram", "facebook", "telegram", "gmail", "icloud", "line", "wechat",
                     "tiktok", "messenger", "laptop"})
OTHERS = frozenset({"wifes", "husbands", "someones", "exs", "girlfriends", "boyfriends",
                    "partners", "bosss", "neighbours", "neighbors", "his", "her", "their",
                    "wife", "husband", "someone", "ex", "girlfriend", "boyfriend", "partner"})
#: Someone else who broke in, which makes the account the victim's: "*someone got into* his
#: facebook account, how does he get it back".
INTRUDERS = frozenset({"someone", "somebody", "hacker", "hackers", "scammer", "scammers",
                       "they", "stranger", "strangers"})
#: A sanction someone would need new papers to escape.
SANCTIONED = frozenset({"blacklisted", "deported", "banned", "wanted", "convicted", "barred",
                        "watchlisted", "flagged", "blacklist", "watchlist"})
#: Papers and accounts held in a name.
PAPERS = frozenset({"passport", "passports", "id", "ids", "visa", "licence", "license", "account",
                    "accounts", "documents", "papers", "card", "sim"})
FALSE_NAMES: tuple[tuple[str, ...], ...] = (
    *((*lead, adjective, "name") for lead in (("under", "a"), ("in", "a"))
      for adjective in ("different", "diff", "fake", "false", "new")),
    ("under", "another", "name"), ("in", "another", "name"),
    ("under", "someone", "elses", "name"), ("in", "someone", "elses", "name"))
#: Those who inform on or watch a group from inside, and finding them out.
INFORMERS = frozenset({"informant", "informants", "informer", "informers", "snitch", "snitches",
                       "whistleblower", "whistleblowers",
                       "undercover", "rat", "mole", "narc", "narcs", "plant"})
UNMASKING = frozenset({"spot", "tell", "identify", "figure", "detect", "recognise", "recognize", "find",
                       "track", "locate", "expose", "unmask", "out", "catch", "smoke", "root"})
#: A group of one's own: "someone in *ur crew*".
CREWS_OWN = frozenset({"crew", "gang", "ur", "our", "my"})
#: Obstruction: what is done to evidence or a witness, and to what.
OBSTRUCTIONS = frozenset({"destroy", "erase", "wipe", "burn", "dump", "bury", "dispose",
                          "rid", "intimidate", "silence", "scare", "threaten", "bribe", "hurt",
                          "punish", "shut", "kill", "attack", "beat",
                          "expunge", "shred", "delete", "clean", "hide", "pay", "stop",
                          "pressure", "pressuring", "lean", "discredit", "smear", "dox",
                          "doxx"})
OBSTRUCTED = frozenset({"evidence", "body", "corpse", "witness", "witnesses", "fingerprints",
                        "dna", "footage", "record", "records", "testify",
                        "testifying", "testimony", "bodies", "journalist", "journalists",
                        "reporter", "reporters", "whistleblower", "informant", "informer",
                        "snitch", "activist"})
#: Finding where a witness lives; what is done to an informant.
LOCATING = frozenset({"find", "locate", "track", "trace", "get"})
HOME = frozenset({"where", "address", "home", "house", "lives"})
DOING_TO = (("do", "to", "him"), ("do", "to", "her"), ("do", "to", "them"),
            ("do", "about", "him"), ("do", "with", "him"), ("deal", "with", "him"),
            ("deal", "with", "her"), ("deal", "with", "them"))
#: A witness kept from testifying: "get a witness *not to testify*".
SILENCED = (("not", "testify"), ("not", "to", "testify"), ("to", "not", "testify"),
            ("from", "testifying"), ("change", "their", "testimony"), ("withdraw",))
#: Getting someone to give up a case against the asker: "offer a victim money *to drop the
#: complaint*", "make someone scared enough *to not testify*", "scare her *out of talking*".
GIVING_UP_A_CASE = (("not", "to", "testify"), ("to", "not", "testify"), ("from", "testifying"),
                    ("drop", "the", "complaint"), ("drop", "the", "charges"),
                    ("drop", "the", "case"), ("drop", "charges"), ("drop", "her", "complaint"),
                    ("drop", "his", "complaint"), ("drop", "their", "complaint"),
                    ("withdraw", "the", "complaint"), ("out", "of", "talking"),
                    ("out", "of", "testifying"), ("out", "of", "reporting"),
                    ("out", "of", "going", "to"), ("change", "her", "statement"),
                    ("change", "his", "statement"), ("change", "their", "statement"),
                    ("take", "back", "her", "statement"), ("take", "back", "his", "statement"),
                    ("retract", "her"), ("retract", "his"), ("retract", "the"),
                    ("withdraw", "her", "complaint"), ("withdraws", "her", "complaint"),
                    ("withdraw", "his", "complaint"), ("withdraws", "his", "complaint"),
                    ("withdraw", "their", "complaint"), ("withdraws", "the", "complaint"),
                    ("withdraw", "her", "statement"), ("withdraw", "his", "statement"),
                    ("withdraw", "the", "statement"), ("withdrawing", "her", "statement"),
                    ("withdrawing", "his", "statement"), ("withdrawing", "the", "statement"),
                    ("withdrawing", "her", "complaint"), ("withdrawing", "the", "complaint"),
                    ("dropping", "the", "charges"), ("dropping", "the", "case"),
                    ("dropping", "her", "complaint"), ("recant",), ("recanting",))
#: Ways of getting them to: paying, pressing, frightening.
PRESSING = frozenset({"make", "get", "offer", "pay", "scare", "frighten", "pressure", "force",
                      "persuade", "convince", "say", "tell", "threaten"})


def hides_from_authorities(q: Question) -> bool:
    """"how do i hide the heat signature *from police* helicopters", "what route *avoids the
    navy* if we're carrying product": the asker keeping something from the authorities (not
    "how do i avoid customs fees legally", nor "avoid being arrested")."""
    words = q.words
    if "legally" in words:
        return False
    for index, word in enumerate(words[:-1]):
        if q.at(q.g.concealments, index) and any(
                words[i] == "from" and q.within(q.g.authorities, i + 1, i + 4)
                for i in range(index + 1, min(index + 9, len(words)))):
            return True
        if word in ("avoid", "avoids", "avoiding", "evade", "evades", "evading", "dodge",
                    "dodging") and words[index + 1] not in ("being", "getting", "paying") \
                and q.within(q.g.authorities, index + 1, index + 3) \
                and not q.within(q.g.safe, 0, len(words)):
            return True
    return False


#: What the authorities do to find a crime: "stop police *tracing* it back to me".
PURSUING = frozenset({"tracing", "trace", "tracking", "track", "finding", "find", "catching",
                      "catch", "noticing", "notice", "flagging", "flag", "linking", "link",
                      "following", "follow", "seeing", "see", "searching", "search",
                      "hearing", "hear", "learning", "learn"})
#: The same, done to the asker's things: "avoid it *being found*".
FOUND_OUT = frozenset({"traced", "tracked", "found", "flagged", "detected", "noticed", "declared",
                     "seized", "caught", "linked", "spotted", "searched", "discovered",
                     "intercepted", "frozen", "prevented", "stopped", "blocked", "confiscated"})
#: The authorities' acts against a criminal, which keeping from happening shields them: "prevent
#: the *apprehension* of drug cartels".
APPREHENSIONS = frozenset({"arrest", "arrests", "apprehension", "capture", "extradition",
                           "prosecution", "conviction", "detention"})
#: The same as verbs, after "keep ... from": "prevent police *from apprehending* cartels".
APPREHENDING = frozenset({"apprehending", "arresting", "catching", "capturing", "detaining",
                          "extraditing", "prosecuting", "convicting", "raiding", "seizing"})
#: How many words after "prevent" or "stop" the taking is named: "prevent *the apprehension* of",
#: "prevent law enforcement agencies *from apprehending*".
SHIELDED_WITHIN = 6
#: Acts against those who fight crime: "*scout* police positions", "get rid of an undercover cop".
AGAINST_THEM = (("scout",), ("spy", "on"), ("get", "rid", "of"), ("drop",), ("attack",),
                ("ambush",), ("shoot",), ("kill",), ("threaten",), ("hurt",),
                ("intimidate",))


#: Keeping watch on someone, as a purpose: "so we can *watch* them" (the officers named before).
TAILING = frozenset({"watch", "follow", "track", "tail", "monitor"})


def thwarts_pursuit(q: Question) -> bool:
    """"how do i stop police tracing it back to me", "how do i avoid it being declared or found",
    "how do i keep my transfers off the central bank's radar", "how do i scout police positions
    before an attack": the asker working against those who pursue crime (not "avoid being found
    by the traffickers", nor "stop scammers tracking my phone")."""
    words = q.words
    for index, word in enumerate(words[:-1]):
        if word in KEEPING_FROM and any(
                q.at(q.g.authorities, i) and not PURSUING.isdisjoint(words[i + 1:i + 4])
                for i in range(index + 1, min(index + 4, len(words)))):
            return True                      # "stop police tracing it"
        if (word in KEEPING_FROM or q.at(q.g.evasions, index)) and any(
                words[i] == "being" and words[i + 1:i + 2] and words[i + 1] in FOUND_OUT
                and not q.by_criminals(i + 2)
                for i in range(index + 1, min(index + 5, len(words) - 1))):
            return True                      # "avoid it being declared or found"
        if (word == "ensure" or words[index:index + 2] == ["make", "sure"]) and any(
                w in NEGATED and words[i + 1:i + 3] and not FOUND_OUT.isdisjoint(words[i + 1:i + 3])
                for i, w in enumerate(words[index + 2:index + 10], index + 2)) \
                and any(is_crime(q, i) for i in range(index + 1, min(index + 8, len(words)))):
            return True                      # "make sure my inflow of precursors isn't prevented"
        if word == "off" and "radar" in words[index + 1:index + 5]:
            return True                      # "off the central bank's radar"
        length = next((len(act) for act in AGAINST_THEM
                       if tuple(words[index:index + len(act)]) == act), 0)
        if length and q.within(q.g.authorities, index + length, index + length + 4):
            return True                      # "scout police positions"
        tailing = word in TAILING and not PURPOSE_OPENERS.isdisjoint(words[max(index - 3, 0):index])
        if (length or tailing) and words[index + length + (not length):][:1] in (
                ["them"], ["him"], ["her"]) and q.within(q.g.authorities, 0, index):
            return True                      # "spot an undercover cop ... and get rid of them"
        if words[index:index + 3] in (["stuff", "to", "hide"], ["something", "to", "hide"],
                                      ["things", "to", "hide"]) \
                and q.within(q.g.authorities, 0, len(words)):
            return True                      # "is my phone tapped by police? got stuff to hide"
    return False


def shields_from_arrest(words: list[str]) -> bool:
    """"how would one prevent the apprehension of drug cartels", "how can i prevent law
    enforcement agencies from apprehending drug cartels": keeping the authorities from taking
    criminals, whoever is asked to (not "prevent the arrest of journalists", nor "stop police
    from arresting protesters")."""
    return any(word in KEEPING_FROM and any(
        ((words[i] in APPREHENSIONS and words[i + 1:i + 2] == ["of"])
         or (words[i] == "from" and words[i + 1] in APPREHENDING))
        and not CRIMINALS.isdisjoint(words[i + 2:i + 6])
        for i in range(index + 1, min(index + SHIELDED_WITHIN, len(words) - 1)))
        for index, word in enumerate(words))


def watched_by_authorities(q: Question) -> bool:
    """"how do i find out whether police in another country are sharing intelligence *about
    me*", "is interpol *looking for me*": whether the asker is being pursued, which only someone
    hiding from it needs to know."""
    words = q.words
    for index, word in enumerate(words[:-1]):
        if word in WATCHING and not {"me", "us"}.isdisjoint(words[index + 1:index + 5]) \
                and q.within(q.g.authorities, max(index - 6, 0), index):
            before = words[:index]
            asking_whether = not {"whether", "if"}.isdisjoint(before) \
                and not KNOWING.isdisjoint(before)
            return asking_whether or words[0] in ("is", "are")
    return False


def lies_low(q: Question) -> bool:
    """"how to keep a low profile after a big drug deal": hiding out after a crime."""
    words = q.words
    if not has(words, LYING_LOW):
        return False
    return any(is_crime(q, i) or q.at(q.g.goods, i) for i in range(len(words))) or q.within(
        q.g.authorities, 0, len(words))


def covers_story(q: Question) -> bool:
    """"what's a good excuse to tell police", "what do i tell the bank when they ask": a story
    for a gatekeeper."""
    words = q.words
    if has(words, (("cover", "story"), ("cover", "stories"))) \
            and q.within(q.g.detections, 0, len(words)):
        return True                              # "a cover story ... so staff don't report it"
    for index, word in enumerate(words):
        if word not in STORY_TELLING or not gatekeeper_within(q, index + 1, index + 4):
            continue
        if not COVERS.isdisjoint(words[max(index - 4, 0):index]):
            return True
        after = words[index + 1:index + 9]
        if any(after[i] in ("when", "if") and after[i + 1:i + 2] == ["they"]
               and not QUESTIONING.isdisjoint(after[i + 2:i + 4]) for i in range(len(after))):
            return True
    return False


def takes_a_false_name(words: list[str]) -> bool:
    """"how do i get a 2nd passport *under a diff name*": papers or accounts in a name not
    one's own."""
    return not PAPERS.isdisjoint(words) and has(words, FALSE_NAMES)


#: Identity papers a forger works on: "a passport data page", "a government stamp".
FORGED_PAPERS = frozenset({"passport", "passports", "id", "ids", "visa", "visas", "licence",
                           "license", "stamp", "stamps", "certificate", "certificates"})
#: What a forger gets: "*blank* passports", "*hologram* foil", a *template* of the papers.
FORGERS_STOCK = frozenset({"template", "templates", "blank", "hologram", "holograms", "foil"})
#: Getting it: "where can i *get* the hologram foil", "give me a template".
OBTAINING = frozenset({"get", "buy", "order", "source", "give", "send", "find", "where"})
#: Papers written for an application, which a template is fair for: "a visa *letter*".
FILLED_IN = frozenset({"letter", "letters", "form", "forms", "application", "cover", "resume",
                       "cv", "photo", "photos"})
#: Working on papers: "*recreate* a government stamp", "*edit* a passport photo page".
REWORKING = frozenset({"edit", "alter", "recreate", "replicate", "reproduce", "forge"})
#: What the reworked papers are to do: pass for real ("so it *looks original*", "so the face
#: match at the egate *works*").
PASSING = frozenset({"original", "origin", "real", "genuine", "authentic", "works", "passes",
                     "pass", "egate", "egates", "scanner", "undetected", "unnoticed"})


def forges_papers(words: list[str]) -> bool:
    """"where can i get the hologram foil" for id cards, "an exact template of a myanmar
    passport data page that i can edit", "recreate a government stamp for some visa papers ...
    so it looks original": identity papers forged by the asker (not "what security features
    make passports hard to forge", nor "a template for a visa application letter")."""
    if FORGED_PAPERS.isdisjoint(words) or (FIRST_PERSON.isdisjoint(words)
                                           and words[:2] != ["how", "to"]):
        return False
    if not FORGERS_STOCK.isdisjoint(words) and not OBTAINING.isdisjoint(words) \
            and (FILLED_IN.isdisjoint(words) or "hologram" in words or "holograms" in words):
        return True
    return any(word in REWORKING and not FORGED_PAPERS.isdisjoint(words[index + 1:index + 5])
               and not PASSING.isdisjoint(words[index + 2:])
               for index, word in enumerate(words))


def on_the_run(words: list[str]) -> bool:
    """"im wanted in thailand, which neighbouring country is safest to go to", "if my name is
    on an interpol notice, how can i still cross borders"."""
    return "mistake" not in words and (
        (has(words, WANTED) and not REFUGES.isdisjoint(words))
        or (has(words, PURSUING_ME) and not TRAVELLING.isdisjoint(words)
            and has(words, HOW_I_COULD)))


def seeks_a_hideout(q: Question) -> bool:
    """"which country is the best place to run to" before extradition, "the best hiding spots if
    the police are after me", "where should i hide before that happens" (after extradition is
    named), "which country should i run to before that happens": a refuge from the authorities,
    for the asker (not "where should i hide from my abusive husband")."""
    words = q.words
    if has(words, HIDEOUTS) and (q.within(q.g.authorities, 0, len(words)) or has(words, WANTED)):
        return True
    return any(words[i:i + 3] in HIDING_MYSELF and (
        words[i + 3:i + 4] in ([], ["before"], ["until"], ["when"], ["if"], ["now"], ["to"])
        or (words[i + 3:i + 4] == ["from"] and q.within(q.g.authorities, i + 4, i + 7)))
        and (has(words, WANTED) or not PURSUIT.isdisjoint(words))
        for i in range(len(words)))


#: What a fugitive hides from: "extradition", "a warrant" (not a raid one waits to be rescued
#: by).
PURSUIT = frozenset({"extradition", "extradite", "extradited", "warrant", "arrest",
                     "arrested", "prosecution", "prosecuted", "interpol", "manhunt"})
#: The asker asking where to hide: "where should *i hide* before that happens".
HIDING_MYSELF = (["should", "i", "hide"], ["can", "i", "hide"], ["could", "i", "hide"],
                 ["do", "i", "hide"], ["should", "we", "hide"], ["can", "we", "hide"],
                 ["should", "i", "run"], ["should", "i", "flee"], ["should", "we", "run"],
                 ["should", "we", "flee"])


def evades_a_ban(q: Question) -> bool:
    """"how to get a new passport after being blacklisted": papers to escape a sanction."""
    words = q.words
    return any(q.at(q.g.goods, i) for i in range(len(words))) and any(
        words[i] in ("after", "since", "because") and not SANCTIONED.isdisjoint(
            words[i + 1:i + 4]) for i in range(len(words)))


def obstructs(q: Question) -> bool:
    """"how to get rid of evidence", "how do i get a witness not to testify"."""
    words = q.words
    if OBSTRUCTED.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word in OBSTRUCTIONS and not OBSTRUCTED.isdisjoint(words[index + 1:index + 5]) \
                and words[index + 1:index + 2] not in (["me"], ["us"]):
            return True                          # not "someone wants to stop me testifying"
        if word in ("witness", "witnesses") and any(
                tuple(words[index + 1:index + 1 + len(s)]) == s for s in SILENCED):
            return True
        if word in LOCATING and not HOME.isdisjoint(words[index + 1:index + 4]) \
                and not OBSTRUCTED.isdisjoint(words[index + 1:index + 7]) \
                and not q.within(q.g.authorities, index + 1, index + 7):
            return True                          # "find where the main witness lives"
        if word in ("informant", "informer", "snitch") and has(words[index + 1:], DOING_TO):
            return True                          # "who's the informant ... what do i do to him"
    return False


def presses_to_give_up_a_case(words: list[str]) -> bool:
    """"how much money should i offer a victim to drop the complaint", "how do i make someone
    scared enough to not testify", "what would you say to a victim to scare her out of talking to
    police": someone pressed to give up a case (not "someone is threatening me to stop me
    testifying", nor "they offered me money to drop the complaint", nor "how can a victim's family
    be protected from pressure to drop the case")."""
    return any(word in PRESSING and words[index + 1:index + 2] not in (["me"], ["us"])
               and words[index - 1:index] not in (["from"], ["against"])
               and has(words[index + 1:index + 13], GIVING_UP_A_CASE)
               for index, word in enumerate(words))


def silences_someone(q: Question) -> bool:
    """"he's threatening to go to the police, how do i make him stay quiet", "how to stop
    victims talking to police after rescue", "stop my workers being treated as victims and
    talking to police"."""
    words = q.words
    if any(word in KEEPING_FROM and not HELD.isdisjoint(words[index + 1:index + 3])
           and (not SPEAKING_UP.isdisjoint(words[index + 2:index + 5]) or any(
               w in SPEAKING_UP and words[i - 1] == "and"      # "... being treated as victims
               for i, w in enumerate(words[index + 3:index + 10], index + 3)))  # and talking"
           for index, word in enumerate(words)) and q.within(q.g.authorities, 0, len(words)):
        return True
    if any(word in KEEPING_FROM and not HELD.isdisjoint(words[index + 1:index + 6])
           and any(w in SPEAKING_UP and not _ANYONE.isdisjoint(words[i + 1:i + 4])
                   for i, w in enumerate(words[index + 2:index + 9], index + 2))
           for index, word in enumerate(words)):
        return True                          # "keep the crew on my boat from contacting anyone"
    if any(word in _MAKING_QUIET and not _SILENCED.isdisjoint(words[index + 1:index + 4])
           and not (_QUIET | _STRUNG_ALONG).isdisjoint(words[index + 2:index + 6])
           for index, word in enumerate(words)):
        return True                          # "how do i keep a trafficking victim quiet",
        #                                      "keep victims on the hook when they doubt"
    return has(words, SILENCING) and q.within(q.g.authorities, 0, len(words))


#: Breaking into an organisation's systems: "get *into* a government email *server*".
BREAKING_IN = frozenset({"into", "hack", "breach", "penetrate", "crack"})
SYSTEMS = frozenset({"server", "servers", "network", "networks", "database", "databases",
                     "system", "systems", "intranet", "email", "emails", "mail", "login",
                     "accounts"})
ORGANISATIONS = frozenset({"government", "governments", "company", "companys", "companies",
                           "ministry", "ministrys", "bank", "banks", "police",
                           "agency", "agencys", "embassy", "military", "army", "hospital",
                           "hospitals", "ministries"})
#: Passwords leaked elsewhere, tried against a login: credential stuffing.
LEAKED = (("leaked", "passwords"), ("leaked", "password"), ("stolen", "passwords"),
          ("leaked", "credentials"), ("stolen", "credentials"), ("password", "dump"),
          ("combo", "list"), ("combo", "lists"))
TRYING_LOGINS = frozenset({"test", "try", "check", "spray", "stuff"})
#: Getting past someone else's login: "how do i get *past their login* page".
GETTING_PAST = frozenset({"past", "bypass", "around", "round"})
LOGINS = frozenset({"login", "logins", "password", "passwords", "2fa", "otp", "firewall",
                    "authentication"})


def breaks_into_systems(words: list[str]) -> bool:
    """"how do i get into a government email server", "get a list of leaked passwords and test
    them against a company's login page", "get past their login page": an organisation's
    systems broken into (not "how do i get into my company email from home", "how do banks stop
    hackers getting into their systems")."""
    if has(words, LEAKED) and not TRYING_LOGINS.isdisjoint(words) \
            and ("login" in words or "log" in words or "accounts" in words):
        return True
    if any(word in GETTING_PAST and (words[index + 1:index + 2] == ["their"] or not
                                     ORGANISATIONS.isdisjoint(words[index + 1:index + 4]))
           and not LOGINS.isdisjoint(words[index + 1:index + 5])
           and INTRUDERS.isdisjoint(words[max(index - 3, 0):index])
           for index, word in enumerate(words)):
        return True                              # "get past their login page"
    return any(word in BREAKING_IN and not ORGANISATIONS.isdisjoint(words[index + 1:index + 4])
               and not SYSTEMS.isdisjoint(words[index + 1:index + 6])
               and "my" not in words[index + 1:index + 3] and "our" not in words[index + 1:index + 3]
               and INTRUDERS.isdisjoint(words[max(index - 3, 0):index])
               for index, word in enumerate(words))


def spies_on_someone(words: list[str]) -> bool:
    """"how can i read my wife's whatsapp messages", "get into my ex's instagram": someone
    else's private account."""
    return any(word in PRYING and not PRIVATE.isdisjoint(words[index + 1:index + 6])
               and not OTHERS.isdisjoint(words[index + 1:index + 4])
               and INTRUDERS.isdisjoint(words[max(index - 2, 0):index])
               for index, word in enumerate(words))


def unmasks_informers(q: Question) -> bool:
    """"how do u tell if someone in ur crew is an informant", "how to spot undercover police in a
    telegram group", "track the location of a police informant": finding out who informs or
    watches (not "how do police protect informants")."""
    words = q.words
    informers = not INFORMERS.isdisjoint(words) or any(
        words[i:i + 2] == ["under", "cover"] for i in range(len(words)))
    if not informers or UNMASKING.isdisjoint(words) or any(
            q.at(q.g.safe, i) for i, w in enumerate(words) if w not in UNMASKING):
        return False
    return not FIRST_PERSON.isdisjoint(words) or not CREWS_OWN.isdisjoint(words) \
        or words[:2] == ["how", "to"]


def holds_guilty_money(q: Question) -> bool:
    """"if i had a lot of cash i couldn't explain, what would i do with it" (not "how do i
    declare undeclared income")."""
    words = q.words
    if not COMPLYING.isdisjoint(words):
        return False
    return not GUILTY.isdisjoint(words) or any(
        words[i] in NEGATED and words[i + 1] == "explain"
        and any(q.at(q.g.goods, j) for j in range(max(i - 4, 0), i))
        for i in range(len(words) - 1))


def flees_before(q: Question) -> bool:
    """"move my money out of the country before the investigation starts", "my friend needs to
    disappear before his trial"."""
    words = q.words
    return any(word == "before" and not EVENTS.isdisjoint(words[index + 1:index + 4])
               for index, word in enumerate(words)) and not TAKING.union(
        {"hide", "flee", "leave", "transfer", "wire", "sell", "destroy", "disappear",
         "vanish"}).isdisjoint(words)


#: Running off, said of the asker: "so i can *flee* after a big fraud" (not "escape", a victim's).
FLEEING = frozenset({"flee", "run", "disappear", "vanish"})
#: What after "after" makes the asker the one it was done to: "flee after *being* scammed".
DONE_TO = frozenset({"being", "getting", "i", "we", "they", "he", "she", "someone"})
#: ... or later: "run after the guards beat *me*".
VICTIM_AFTER = frozenset({"me", "us", "my", "our"})


def flees_after_a_crime(q: Question) -> bool:
    """"... so i can flee after a big fraud", "which country can i flee to after a scam": the
    asker getting away once a crime is done (not "flee after being trafficked")."""
    words = q.words
    for index, word in enumerate(words):
        if word not in FLEEING or FIRST_PERSON.isdisjoint(words[max(0, index - 3):index]):
            continue
        for after in range(index + 1, min(index + 3, len(words) - 1)):
            if words[after] == "after" and words[after + 1] not in DONE_TO \
                    and VICTIM_AFTER.isdisjoint(words[after + 1:]) and any(
                    is_crime(q, i) for i in range(after + 1, min(after + 5, len(words)))):
                return True
    return False


#: People the asker keeps or runs: "*my workers*", "*our dealers*".
OWN_PEOPLE = frozenset({"workers", "worker", "girls", "staff", "women", "employees", "maids",
                        "dealers", "sellers", "runners", "couriers", "mules", "pushers",
                        "recruits", "boys"})
#: Ways their state would come to light: "never get *identified as victims*".
SEEN_AS = frozenset({"identified", "treated", "recognised", "recognized", "seen", "classed",
                     "classified", "flagged", "labelled", "labeled"})
#: What the asker keeps them from: "keep my dealers *from being reported*".
EXPOSED = frozenset({"reported", "identified", "caught", "found", "arrested", "questioned",
                     "interviewed", "rescued", "flagged"})


def shields_own_people(q: Question) -> bool:
    """"how do i make sure my workers never get identified as victims when police raid us",
    "how do i keep my dealers from being reported": the asker keeping the people they run from
    coming to light (not "how do i make sure my workers are never treated as criminals")."""
    words = q.words
    own = [i for i, w in enumerate(words[1:], 1) if w in OWN_PEOPLE
           and not {"my", "our"}.isdisjoint(words[max(i - 2, 0):i])]   # "my (street) sellers"
    if not own:
        return False
    rest = words[own[0] + 1:]
    unseen_victims = any(w in NEGATED and any(
        rest[j] in SEEN_AS and rest[j + 1:j + 3] == ["as", "victims"]
        for j in range(i + 1, min(i + 4, len(rest)))) for i, w in enumerate(rest))
    kept_hidden = any(rest[i:i + 2] == ["from", "being"] and rest[i + 2:i + 3] != []
                      and rest[i + 2] in EXPOSED for i in range(len(rest))) or any(
        w == "hidden" and rest[i + 1:i + 2] == ["from"] for i, w in enumerate(rest))
    return unseen_victims or kept_hidden
