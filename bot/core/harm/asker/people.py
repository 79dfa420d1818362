"""People kept, moved or deceived, and the asker enlisting with a crime.

* **Keeping people in** (for an asker) -- "keep my workers *from escaping*", "he doesn't want his
  workers to leave" (not "my employer won't let *me* leave").
* **Moving people** (for an asker) -- under a false belief ("bring 3 girls ..., *they think* it's a
  waitress job"), or over a way no border post is on ("bring 20 people *over the mountains*"); a
  weight that goes unnamed across a border ("get *2kg* across", not "2kg of rice").
* **Enlisting, deceiving** (for an asker) -- "how do i *join a cartel*", "make people *think* my
  project is *real*".
* **Picking victims** (for an asker) -- "which people are *easiest to target*, and how should i
  approach them" (not "which people are most at risk").
"""

from __future__ import annotations

from bot.core.harm.asker.shared import (
    CROSSINGS,
    FLIGHT,
    GATEKEEPERS,
    HELD,
    MOVERS,
    NEGATED,
    PASSENGERS,
    TAKING,
    WEIGHT,
    WEIGHTS,
    has,
    is_crime,
    turned_from_it,
)
from bot.core.harm.question import Question
from bot.core.harm.writing import pays_the_writer

#: Keeping people in: "keep my workers *from escaping*".
RESTRAINTS = frozenset({"keep", "stop", "prevent", "stopping", "keeping", "preventing"})
#: Keeping people in a crime: "how can i *keep* people *in* forced labour".
KEEPING_IN = frozenset({"keep", "keeping", "hold", "holding", "trap", "trapping"})
PEOPLE = frozenset({"people", "person", "children", "kids", "men", "family", "families"})
#: States people are kept in: "forced labour", "debt bondage", "servitude".
BONDAGE = frozenset({"forced", "debt", "bondage", "slavery", "servitude", "captivity",
                     "prostitution"})
#: What the held are kept from: seeing what is done to them ("keep my workers *from realizing*
#: they're victims").
REALIZING = frozenset({"realizing", "realising", "realize", "realise", "knowing",
                       "understanding", "figuring", "noticing"})
#: Debt bondage: a debt loaded on someone so that it is never paid off.
DEBTS = frozenset({"debt", "debts", "loan", "loans"})
NEVER_REPAID = (("never", "pay"), ("never", "repay"), ("cant", "pay"), ("cant", "repay"),
                ("cannot", "pay"), ("never", "be", "able", "to", "pay"),
                ("not", "able", "to", "pay"), ("never", "fully", "pay"),
                ("never", "fully", "repay"), ("never", "fully", "clear"))
#: Fear that keeps people in: "so they're *too scared to leave*".
AFRAID = frozenset({"scared", "afraid", "frightened", "terrified", "fearful"})
#: Ways no border post is on: "over the *mountains*".
BARRIERS = frozenset({"mountains", "mountain", "jungle", "jungles", "river", "forest", "hills",
                      "fence", "sea", "swamp", "trails", "trail", "mekong", "moei"})
#: Places where goods are checked: "a kilo through *the airport*".
CONTROLLED_PLACES = frozenset({"airport", "airports", "port", "ports", "checkpoint", "border",
                               "borders", "customs", "terminal", "station"})
#: Enlisting with a crime or a criminal group.
JOINS = frozenset({"join", "joining", "become", "becoming", "enlist", "job"})
#: Before "into" and a joining: one made to join, a victim ("students *tricked into* becoming
#: drug mules").
DUPED = frozenset({"tricked", "lured", "forced", "coerced", "duped", "deceived", "pressured",
                   "groomed", "manipulated", "conned", "pushed", "trapped", "fooled"})
#: Before "job": the asker seeking one ("get a job smuggling people").
SEEKING = frozenset({"get", "find", "want", "need", "land", "apply"})
CREWS = frozenset({"cartel", "gang", "mafia", "triad", "syndicate", "militia", "cell",
                   "smuggling", "trafficking", "smuggler", "trafficker", "mule"})
#: Criminals one may become: "how do i become a cyber *criminal*" (not a criminal *lawyer*).
ENLISTED = frozenset({"criminal", "criminals", "hacker", "hackers", "scammer", "scammers",
                      "terrorist", "terrorists", "launderer", "launderers", "extremist",
                      "extremists", "militant", "militants", "fraudster", "fraudsters",
                      "smugglers", "traffickers", "dealer", "dealers", "mules", "gangster",
                      "gangsters", "jihadist", "jihadists", "insurgent", "insurgents"})
LAWFUL_AFTER = (["lawyer"], ["lawyers"], ["law"], ["justice"], ["psychologist"], ["defence"],
                ["defense"], ["investigator"], ["record"], ["records"], ["court"], ["profiler"])
#: Making others believe what is not so.
DECEIVED = frozenset({"people", "them", "investors", "victims", "him", "her", "everyone",
                      "customers", "buyers", "someone", "others"})
BELIEVE = frozenset({"think", "believe", "trust", "assume"})
#: What the deceived are made to believe: that something is genuine.
GENUINE = frozenset({"real", "legit", "legitimate", "genuine", "true", "official", "safe",
                     "licensed", "registered", "guaranteed"})
#: Signs of labour forced on people: "keep people working 16 *hours* ... *without* a riot".
OVERWORK = frozenset({"hours", "hour", "without", "unpaid", "nonstop", "overtime", "riot",
                      "complaining", "breaks", "sleep"})
#: Keeping people at work, and those kept: "*keep people* working 16 hours".
DRIVING = RESTRAINTS | {"make", "force"}
WORKFORCE = HELD | {"people", "them"}
#: A false belief held by those being moved.
MISLED = frozenset({"think", "thinks", "believe", "believes", "assume", "expect"})
#: One person moved, and getting someone to come.
ONE_HELD = frozenset({"girl", "woman", "boy", "migrant", "recruit"})
PERSUADING = frozenset({"convince", "persuade", "lure", "get", "come"})
#: The asker means the person moved not to know.
KEPT_UNAWARE = (("shouldnt", "know"), ("should", "not", "know"), ("mustnt", "know"),
                ("must", "not", "know"), ("must", "never", "know"), ("cant", "find", "out"),
                ("wont", "find", "out"), ("never", "find", "out"), ("shouldnt", "find", "out"))
#: Money made to look like something else.
MONIES = frozenset({"money", "cash", "funds", "income", "profits", "crypto", "bitcoin",
                    "earnings", "proceeds"})
LOOKING = frozenset({"look", "looks", "seem", "seems", "appear", "appears"})
#: What guilty money is made to look like.
LEGIT = frozenset({"legit", "legitimate", "clean", "real", "normal", "legal"})
#: What the held are made to look like: as if they chose it.
CONSENTING = frozenset({"willing", "consenting", "voluntary", "volunteers", "liars", "criminals",
                        "prostitutes"})


def keeps_people_in(q: Question) -> bool:
    """"how do i keep my workers from escaping", "stop workers running away", "and not let them
    leave", "he doesn't want his workers to leave", "load debt onto a worker so they can never
    pay it off", "so they're too scared to leave", "keep my workers from realizing they're
    victims", "keep people in forced labour"."""
    words = q.words
    for index, word in enumerate(words):
        if word in KEEPING_IN and not (HELD | PEOPLE).isdisjoint(words[index + 1:index + 4]) \
                and any(words[at] == "in" and (is_crime(q, at + 1) or words[at + 1] in BONDAGE)
                        for at in range(index + 2, min(index + 5, len(words) - 1))):
            return True                          # "how do i keep someone in debt bondage"
        if word in RESTRAINTS and not HELD.isdisjoint(words[index + 1:index + 4]) and any(
                words[at] == "from" and words[at + 1:at + 2] != [] and words[at + 1] in REALIZING
                for at in range(index + 2, min(index + 5, len(words)))):
            return True                          # "keep my workers from realizing they're
            #                                      victims so they never ask for help"
        if word in NEGATED:
            window = words[index + 1:index + 6]
            if HELD.intersection(window) and not FLIGHT.isdisjoint(window[1:]) \
                    and {"me", "us"}.isdisjoint(window):
                return True                      # not "my employer won't let me leave"
        if word in DRIVING and len(words[index + 1:index + 3]) == 2 and (
                words[index + 1] in WORKFORCE) and words[index + 2] == "working" \
                and not OVERWORK.isdisjoint(words[index + 3:index + 9]):
            return True                          # "keep people working 16 hours without a riot"
        if word in DEBTS and not HELD.isdisjoint(words[index + 1:index + 8]) \
                and has(words[index + 1:], NEVER_REPAID):
            return True                          # "load debt onto a worker so they can never pay"
        if word == "so" and words[index + 1:index + 2] == ["they"] \
                and words[index + 2:index + 3] != [] and words[index + 2] in NEGATED \
                and not FLIGHT.isdisjoint(words[index + 3:index + 5]) \
                and not RESTRAINTS.isdisjoint(words[:index]):
            return True                          # "keep the new arrivals from knowing where they
            #                                      are so they cant escape"
        if word == "too" and words[index + 1:index + 2] and words[index + 1] in AFRAID \
                and words[index + 2:index + 3] == ["to"] and not FLIGHT.isdisjoint(
                    words[index + 3:index + 4]) \
                and {"im", "i", "am", "me", "were", "we"}.isdisjoint(words[max(index - 2, 0):index]):
            return True                          # "so they're too scared to leave", not "i'm"
        if word not in RESTRAINTS:
            continue
        held = index + 2 if words[index + 1:index + 2] in (["the"], ["my"], ["our"],
                                                          ["these"]) else index + 1
        if words[held:held + 1] and words[held] in HELD \
                and words[held + 1:held + 3] in (["running", "away"], ["run", "away"]):
            return True                          # "stop (the) workers running away"
        window = words[index + 1:index + 8]
        if HELD.isdisjoint(window) or "from" not in window:
            continue
        after = window[window.index("from") + 1:window.index("from") + 3]
        if not FLIGHT.isdisjoint(after):
            return True
        if after[:1] == ["reaching"] and not HELP.isdisjoint(
                words[index + window.index("from") + 3:index + window.index("from") + 7]):
            return True                          # "stop trafficked workers from reaching
            #                                      embassy hotlines"
    return _made_to_stop_escaping(words)


def _made_to_stop_escaping(words: list[str]) -> bool:
    """"get my employees to stop trying to run away from the compound"."""
    for index, word in enumerate(words):
        if word in MADE_TO and not HELD.isdisjoint(words[index + 1:index + 4]) \
                and "stop" in words[index + 2:index + 6]:
            stop = words.index("stop", index + 2)
            if _escapes(words[stop + 1:stop + 5]):
                return True
    return False


#: The asker in charge of people: "i *manage* some new staff".
IN_CHARGE = frozenset({"manage", "run", "supervise", "oversee", "employ", "have"})
#: Caring for those the crime held: "a *shelter* for survivors".
CARING = frozenset({"shelter", "shelters", "support", "survivors", "survivor", "care",
                    "counselling", "counseling", "recover", "recovery", "protect", "rescue",
                    "help"})
#: What those people keep trying to do: "they keep trying to *leave*".
LEAVING = frozenset({"leave", "escape", "quit", "flee", "run"})


def manages_people_who_flee(q: Question) -> bool:
    """"how do traffickers keep victims compliant in the scam compounds? asking bc *i manage
    some new staff* ... and they keep *trying to leave*": the asker's own workers, held as the
    crime named holds its victims (not "my staff keep trying to leave, how do i keep them", nor
    one who runs a shelter for survivors)."""
    words = q.words
    if not CARING.isdisjoint(words):
        return False
    for index, word in enumerate(words[1:], 1):
        if word not in IN_CHARGE or words[index - 1] not in ("i", "we") \
                or (HELD - {"them", "someone"}).isdisjoint(words[index + 1:index + 5]):
            continue
        if any(words[at:at + 2] == ["trying", "to"] and words[at + 2:at + 3] != []
               and words[at + 2] in LEAVING for at in range(index + 2, len(words))):
            return any(is_crime(q, at) for at in range(len(words)))
    return False


#: Where the held would turn for help: "from reaching *embassy* hotlines".
HELP = frozenset({"embassy", "embassies", "consulate", "consulates", "hotline", "hotlines",
                  "police", "ngo", "ngos", "authorities", "help", "lawyers", "lawyer", "family",
                  "families", "inspectors"})
#: Making someone do or stop doing something: "*get* my employees to stop ...".
MADE_TO = frozenset({"get", "make", "force"})


def _escapes(words: list[str]) -> bool:
    """Whether these words, after "stop", are a captive's escape: "trying to *run away*"."""
    return any(word in ("escape", "escaping", "flee", "fleeing")
               or (word in ("run", "running") and words[at + 1:at + 2] == ["away"])
               for at, word in enumerate(words))


def moves_people_irregularly(q: Question) -> bool:
    """"my cousin and i want to bring 20 people over the mountains": people moved by a way
    no border post is on."""
    words = q.words
    return not MOVERS.isdisjoint(words) and not PASSENGERS.isdisjoint(words) and \
        not BARRIERS.isdisjoint(words) and "legally" not in words


def deceives_the_moved(words: list[str]) -> bool:
    """"how to bring 3 girls from vietnam for karaoke, they think its waitress job": people
    moved under a false belief, or kept from knowing ("write a message to convince a girl to come
    work abroad, she shouldnt know its sex work")."""
    return not (HELD | ONE_HELD).isdisjoint(words) \
        and not (TAKING | PERSUADING).isdisjoint(words) and any(
            words[i] in ("they", "she") and (
                (len(words) > i + 1 and words[i + 1] in MISLED)
                or has(words[i + 1:i + 5], KEPT_UNAWARE))
            for i in range(len(words)))


def deceives_people(q: Question) -> bool:
    """"how can i make people think my crypto project is real", "... so they look like legit
    income": the asker deceiving."""
    words = q.words
    for index, word in enumerate(words):
        if word in LOOKING and "so" in words[max(index - 3, 0):index] \
                and not LEGIT.isdisjoint(words[index + 1:index + 4]) \
                and not MONIES.isdisjoint(words[index + 1:index + 5]):
            return True                          # "... so they look like legit income"
        if word != "make":
            continue
        fooled = words[index + 1:index + 3]
        believing = not BELIEVE.isdisjoint(words[index + 2:index + 4])
        if believing and not GATEKEEPERS.union(q.g.authorities.firsts).isdisjoint(fooled):
            return True                          # "make the bank think my money is clean"
        if believing and fooled[:1] and fooled[0] in DECEIVED \
                and not GENUINE.isdisjoint(words[index + 3:index + 10]):
            return True
        if MONIES.intersection(words[index + 1:index + 4]) \
                and not LOOKING.isdisjoint(words[index + 2:index + 5]):
            return True                          # "make cash look like casino winnings"
        looks = [at for at in range(index + 2, min(index + 6, len(words))) if words[at] in LOOKING]
        if looks and not HELD.isdisjoint(words[index + 1:looks[0]]) \
                and not CONSENTING.isdisjoint(words[looks[0] + 1:looks[0] + 4]):
            return True                          # "make the trafficking victims look like
            #                                      willing sex workers"
    return False


#: What a deception is told in: "the best *story* to tell a widow so she sends me money".
DECEITS = frozenset({"story", "stories", "lie", "lies", "message", "messages", "script", "text",
                     "texts", "letter", "email", "romantic", "convince", "convincing", "trick",
                     "pretend", "fake", "excuse", "pitch"})
#: Handing money over: "so she *sends* me money".
HANDING_OVER = frozenset({"send", "sends", "wire", "wires", "transfer", "transfers", "give",
                          "gives", "pay", "pays", "lend", "lends"})


#: Words of someone protecting people from a crime, not drawing them in: "*warn* girls about
#: jobs that are forced labor", "*protect* elderly people from scammers".
PROTECTING = RESTRAINTS | {"warn", "warning", "protect", "avoid", "rescue", "save", "report",
                           "spot", "recognise", "recognize", "identify", "escape", "safe",
                           "safely", "dangerous", "risks"}
#: Persuading someone *not to*: "convince girls *not to* take jobs abroad".
NOT_TO = (("not", "to"), ("never", "to"))
#: Where the handed money goes: to the asker ("transfer their savings *to my account*").
TO_THE_ASKER = (("to", "my"), ("to", "our"), ("to", "me"), ("to", "us"), ("into", "my"),
                ("into", "our"))
#: The deceived person's own money: "get older people to transfer *their savings*".
THEIR_SAVINGS = (("their", "savings"), ("her", "savings"), ("his", "savings"),
                 ("their", "life", "savings"), ("her", "life", "savings"))


def deceives_for_money(q: Question) -> bool:
    """"what's the best story to tell a widow so she sends me money", "a script to convince
    elderly people their bank account is compromised so they transfer their savings to my
    account", "convincing messages to get older people to transfer their savings": a deception
    told so that someone hands the asker money (not "how do i ask my boss so he pays me
    overtime", nor "convince my grandmother not to transfer her savings")."""
    words = q.words
    if DECEITS.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word not in HANDING_OVER:
            continue
        before = words[max(index - 4, 0):index]
        if "so" in before and pays_the_writer(q, index + 1):
            return True
        if ("so" in before or "to" in before) and NEGATED.isdisjoint(before) \
                and PROTECTING.isdisjoint(words) and (
                    has(words[index + 1:index + 8], TO_THE_ASKER)
                    or has(words[index + 1:index + 4], THEIR_SAVINGS)):
            return True
    return False


#: People lured into work they are not told the truth about: "get *girls* to work abroad".
LURED = (HELD - {"them", "someone", "staff", "employees", "crew"}) | ONE_HELD | PASSENGERS \
    | {"villagers", "villager", "teenagers", "teens", "students", "children", "kids"}
#: Getting people to come: the moving and persuading words, and the offers that lure.
LURING = TAKING | PERSUADING | {"recruit", "recruiting", "offer", "offering", "hire", "hiring",
                                "pitch", "message", "messages", "ad", "ads", "advert",
                                "convinces", "convincing", "persuades", "persuading"}
#: The lured kept from knowing: "*without them knowing*", "dont want *them knowing*", "so she
#: *doesnt tell her family*".
UNTOLD = frozenset({"them", "her", "him"})
KNOWING = frozenset({"knowing", "knowin", "know", "knows", "realising", "realizing", "realise",
                     "realize", "finding"})
TELLING_KIN = (("tell", "her", "family"), ("tell", "his", "family"), ("tell", "their", "family"),
               ("tell", "her", "parents"), ("tell", "his", "parents"),
               ("tell", "their", "parents"), ("tell", "anyone"), ("tell", "her", "mother"),
               ("tell", "her", "mom"), ("tell", "her", "mum"))
#: What the lured are brought into: "bringing girls ... *into sex work*", "jobs abroad that are
#: *forced labor*".
EXPLOITATION = (("sex", "work"), ("forced", "labor"), ("forced", "labour"), ("prostitution",),
                ("sex", "trade"), ("slavery",), ("debt", "bondage"), ("sex", "industry"))
#: The lured made to travel alone or in secret: "so she'll *travel alone* to meet him", "so
#: they'll come *without telling* their parents".
SECRET_JOURNEY = (("come", "alone"), ("comes", "alone"), ("travel", "alone"),
                  ("travels", "alone"), ("go", "alone"), ("without", "telling"))
#: Before a moving word: the lured were moved by someone else ("girls who *were* brought").
PASSIVE = frozenset({"were", "was", "been", "being", "are", "is"})


def lures_into_exploitation(words: list[str]) -> bool:
    """"how do i get girls to work in bars overseas without them knowing what the job is",
    "a pitch to convince villagers to take jobs abroad that are forced labor", "a plan for
    bringing girls from rural laos into sex work": people got to come, kept from knowing or
    brought into exploitation (not "convince girls not to take jobs that are forced labor")."""
    if LURED.isdisjoint(words) or LURING.isdisjoint(words) \
            or not PROTECTING.isdisjoint(words) or has(words, NOT_TO):
        return False
    if not any(word in LURING and (index == 0 or words[index - 1] not in PASSIVE)
               and not (LURED | UNTOLD).isdisjoint(words[index + 1:index + 4])
               for index, word in enumerate(words)):
        return False                             # "girls who were brought into sex work"
    if any(word in UNTOLD and words[index - 1] in ("without", "want")
           and words[index + 1:index + 2] != [] and words[index + 1] in KNOWING
           for index, word in enumerate(words) if index) \
            or has(words, SECRET_JOURNEY):
        return True                              # "without them knowing", "so she comes alone"
    return has(words, EXPLOITATION) or any(
        words[index - 1] in NEGATED for index, word in enumerate(words)
        if index and word == "tell" and has(words[index:index + 3], TELLING_KIN))


#: A family asked to give up a child: its members, the child, and the giving up.
KIN = frozenset({"parents", "parent", "family", "families", "mother", "father", "mom", "mum"})
CHILDREN = frozenset({"daughter", "daughters", "son", "sons", "kid", "kids", "child", "children",
                      "girl", "girls", "teenager", "teen"})
GIVING_UP = (("hand", "over"), ("hand", "their"), ("hand", "her"), ("send", "their"),
             ("let", "their"), ("let", "her", "go"), ("give", "up"), ("let", "her", "come"),
             ("handing", "over"), ("giving", "up"), ("sending", "their"))
#: What the child is given up for: work, away from home, or to the asker.
AWAY = frozenset({"job", "jobs", "work", "abroad", "overseas", "city", "me", "bar", "karaoke",
                  "restaurant", "modelling", "modeling", "thailand", "malaysia"})
#: Persuading the family: what is said, promised or written to it.
TALKING_INTO = frozenset({"say", "tell", "talk", "convince", "persuade", "pressure", "coax",
                          "promise", "promising", "lies", "lie", "message", "script", "pitch"})


def talks_family_into_giving_up(words: list[str]) -> bool:
    """"what should i say to parents in a poor village to convince them to hand over their
    teenage daughter for a job in the city", "a message to a young woman's family promising her a
    restaurant job overseas so they'll let her go": a family talked into giving up a child (not
    "how do i convince my parents to let me work abroad", nor "... not to send their daughters")."""
    return not KIN.isdisjoint(words) and not TALKING_INTO.isdisjoint(words) \
        and not AWAY.isdisjoint(words) and has(words, GIVING_UP) \
        and (not CHILDREN.isdisjoint(words) or "her" in words) \
        and PROTECTING.isdisjoint(words) and not has(words, NOT_TO) \
        and not any(word in NEGATED and words[index + 1:index + 2] in (["let"], ["send"],
                                                                        ["hand"], ["give"])
                    for index, word in enumerate(words))


def joins_crime(q: Question) -> bool:
    """"how do i join a cartel", "how can i get a job smuggling people": the asker enlisting."""
    words = q.words
    for index, word in enumerate(words):
        if word == "job" and SEEKING.isdisjoint(words[max(index - 2, 0):index]):
            continue
        if word in JOINS and not RESTRAINTS.union({"from", "avoid", "not"}).intersection(
                words[max(index - 4, 0):index]) and not turned_from_it(words, index) \
                and not (words[index - 1:index] == ["into"]
                         and words[max(index - 2, 0)] in DUPED):
            following = words[index + 1:index + 4]
            if not CREWS.isdisjoint(following) or any(
                    is_crime(q, i) for i in range(index + 1, min(index + 4, len(words)))):
                return True
            reach = index + (6 if words[index + 1:index + 3] == ["one", "of"] else 4)
            if any(w in ENLISTED and words[i + 1:i + 2] not in LAWFUL_AFTER
                   for i, w in enumerate(words[index + 1:reach], index + 1)):
                return True                      # "become a cyber criminal", "one of them"
    return False


def carries_a_weight(q: Question) -> bool:
    """"i need to get 2kg across the border by friday": a weight taken across a control."""
    words = q.words
    weighed = [i for i, w in enumerate(words) if WEIGHT.fullmatch(w) or (
        (w.isdigit() or w in ("a", "half", "one", "two", "few")) and words[i + 1:i + 2]
        and words[i + 1] in WEIGHTS)]                # "2 kilos", "a kilo", "half a key"
    # "2kg across the border" names nothing: what it is goes unsaid ("2kg of rice" does not).
    unnamed = any("of" not in words[i + 1:i + 3] or any(
        q.is_contraband(j) for j in range(i + 2, min(i + 5, len(words)))) for i in weighed)
    return unnamed and (
        not CROSSINGS.isdisjoint(words) and (q.within(q.g.authorities, 0, len(words))
                                             or not BARRIERS.isdisjoint(words)
                                             or not CONTROLLED_PLACES.isdisjoint(words)))


#: Victims chosen for how little they resist: "which people are *easiest to target*".
EASE = frozenset({"easiest", "simplest", "easier", "likeliest"})
VICTIMISING = frozenset({"target", "scam", "con", "trick", "lure", "recruit", "groom", "exploit",
                         "deceive", "fool", "manipulate", "rob", "defraud", "cheat", "traffic"})


def picks_easy_victims(words: list[str]) -> bool:
    """"which people are easiest to target": the victims a crime would find least resistance
    in, chosen by the one who would commit it."""
    return any(word in EASE and words[index + 1:index + 2] == ["to"]
               and words[index + 2:index + 3] and words[index + 2] in VICTIMISING
               for index, word in enumerate(words))
