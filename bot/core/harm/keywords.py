"""Bare keywords: a request with its grammar dropped.

Bare keywords with no question or request words at all ("darknet market buy precursor chemicals
anonymous"; a trailing "how to" aside) are refused when they hold an evasion of the authorities
("meth route avoid checkpoints"); a crime with a guide, details or a writing task ("money
laundering step by step guide", "pig butchering script"), unless they name the authorities
("guide to bomb detection"); or a concealment or a buying verb with contraband, a tool, or
qualified goods. A subject, a safe verb or an audience makes them a topic ("shell companies hide
money article", "human trafficking guide for teachers"; "drug trade myanmar" has no such verb).
"""

from __future__ import annotations

from bot.core.harm.question import Question
from bot.core.harm.verbs import OBJECT_WINDOW

#: A message this short, with no question or request words, is a request with its grammar dropped
#: ("darknet market buy precursor chemicals anonymous").
KEYWORD_WORDS = 10
#: Words that give a message its grammar: with one, it is read as a question or request.
GRAMMAR = frozenset({"what", "whats", "how", "why", "who", "whom", "when", "where", "which",
                     "is", "are", "was", "were", "do", "does", "did", "can", "could", "would",
                     "should", "will", "i", "we", "you", "my", "our", "please", "the", "a", "an"})
#: Money a bare verb may be done to ("launder scam *money*").
MONEY = frozenset({"money", "cash", "funds", "proceeds", "profits", "earnings"})
#: The asker's own group, which keywords may name without being a sentence ("tips for my *group*").
OWN_GROUPS = frozenset({"group", "gang", "crew", "cell", "network", "ring", "outfit", "cartel"})
#: Who keywords are for, which makes them a topic ("human trafficking guide for teachers").
AUDIENCES = frozenset({"teachers", "teacher", "students", "student", "parents", "schools",
                       "school", "beginners", "journalists", "kids", "children", "staff"})
#: Keywords that ask how a crime is done ("drug smuggling methods that work").
HOW_TO_WORDS = frozenset({"guide", "manual", "methods", "method", "techniques", "howto", "diy",
                          "steps", "setup", "template", "templates"})
#: Verbs that, last before "how to", ask how to resist or understand the crime: "phishing (how
#: to) *avoid*", "hawala how to *work*" (not "hawala avoid *reporting* how to").
ENDING_FAIR = frozenset({"avoid", "tell", "spot", "recognise", "recognize", "detect", "report",
                         "stop", "prevent", "protect", "identify", "check", "know", "work",
                         "works", "recover", "help", "fight", "counter", "define", "explain",
                         "understand", "happen", "happens", "operate", "operates"})
#: With a crime (not contraband alone: "tips for arms control"), these ask how it is done too.
TIPS = frozenset({"tips", "tricks"})
#: Words that leave out the authorities after them: "border *no* customs", "*without* police".
WITHOUT_THEM = frozenset({"no", "without", "skip", "skipping", "dodge", "dodging"})
#: Acquiring or launching verbs that keep their meaning in bare keywords (unlike "trade" or
#: "supply", which there name a topic: "drug trade myanmar"): "ransomware *deploy* small
#: business".
KEYWORD_DEALINGS = frozenset({"buy", "purchase", "order", "sell", "seller", "sellers", "shop",
                              "vendor", "vendors", "supplier", "download", "link", "rent", "send",
                              "deploy", "install"})

#: The people a crime is done to: named after it in keywords that ask to buy ("fake passport
#: supplier trafficking victims"), they are whom the goods are for, not a topic.
CRIMES_PEOPLE = frozenset({"victims", "victim", "migrants", "workers", "women", "girls",
                           "children", "kids"})


def keyword_request(q: Question) -> bool:
    """Bare keywords that ask for an operation with the grammar dropped ("darknet market buy
    precursor chemicals anonymous", "shell company structure hide money from the fiu"): a
    crime with a guide, details or a writing task ("pig butchering script english"),
    contraband with a guide or details ("drone grenade drop diy"), or a
    hiding or buying verb and contraband, a tool, or goods with a qualifier; a subject or a
    safe verb makes them a topic ("shell company hide money article")."""
    g, words = q.g, q.words
    end = len(words)
    if words[-2:] in (["how", "much"], ["how", "many"]):
        end -= 2                             # "bribe customs officer how much"
    while end and words[end - 1] in ("how", "to"):
        end -= 1                             # "hawala avoid reporting how to"
    trailing_how_to = words[end:] in (["how", "to"], ["how"])
    moved = q.how_to_moved_last()
    if moved is not None:                    # "ransomware how to deploy on company network"
        return keyword_request(moved)
    if trailing_how_to and end and words[end - 1] in ENDING_FAIR:
        return False                         # "phishing how to avoid", "deepfake how to tell"
    # "fake passport supplier bangkok trafficking victims": the victims a crime names are whom
    # the goods are bought for, not a topic, when the keywords ask to buy
    buying = not KEYWORD_DEALINGS.isdisjoint(words)
    subject = any(q.at(g.subjects, i) and not (
        buying and i and q.operation(i - 1) and words[i] in CRIMES_PEOPLE) for i in range(end))
    grammar = GRAMMAR.intersection(words[:end])
    if grammar == {"my"} and any(words[i:i + 2] == ["for", "my"] and words[i + 2] in OWN_GROUPS
                                 for i in range(end - 2)):
        grammar = frozenset()                # "radicalization tips for my group": whose, not grammar
    if end > KEYWORD_WORDS or grammar \
            or any(w in AUDIENCES and "for" in words[max(i - 2, 0):i] for i, w in enumerate(words)) \
            or subject or q.within(g.safe, 0, end):
        return False
    if any(q.at(g.evasions, i) and q.within(g.authorities, i + 1, i + 1 + OBJECT_WINDOW)
           for i in range(end)):
        return True                          # "trafficking routes avoid border patrol"
    if end > 1 and q.operation(0) and not words[0].endswith(("ing", "ery", "ion")) \
            and q.within(g.authorities, 1, 2):
        return True                          # "bribe customs officer how much"
    crime = any(q.operation(i) or q.at(g.tools, i) or q.at(g.qualifiers, i) for i in range(end))
    how_to = q.within(g.details, 0, end) or not HOW_TO_WORDS.isdisjoint(words) \
        or trailing_how_to                   # "deepfake voice clone ceo fraud how to"
    tips = not TIPS.isdisjoint(words)        # "money mule recruitment tips"
    # "precursor chemicals border *no customs* how": the authorities named to be done without
    evaded = any(word in WITHOUT_THEM and q.within(g.authorities, i + 1, i + 3)
                 for i, word in enumerate(words[:end]))
    if ((crime and (how_to or tips or q.within(g.writing, 0, end)))
            or (how_to and q.within(g.contraband, 0, end))) \
            and (evaded or not q.within(g.authorities, 0, end)) \
            and not q.within(g.subjects, 0, end):
        # "money laundering step by step guide real", "grenade drop mechanism diy"; not
        # "bomb detection guide"
        return True
    if q.qualified and not MONEY.isdisjoint(words[:end]) and any(
            q.operation(i) and not words[i].endswith(("ing", "ery", "ion", "ed"))
            for i in range(end)):
        return True                          # "hawala launder scam money": the bare verb asks it
    if not (q.within(g.concealments, 0, end) or buying):
        return False
    return q.within(g.contraband, 0, end) or q.within(g.tools, 0, end) \
        or (q.qualified and q.within(g.goods, 0, end))
