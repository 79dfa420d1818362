"""The verbs a request may ask for that take an object, and whether their object makes them a crime.

- an ``evasion`` ("avoid", "get past", "hide from") with one of the ``authorities`` (police,
  extradition, KYC, customs, sanctions) within ``OBJECT_WINDOW`` words: refused; an evasion of
  anything else ("how to avoid scams", "how do i escape a scam compound") is fair;
- a ``dealing`` ("buy", "ship", "get") or an ``undertaking`` ("run", "start") with contraband
  within ``OBJECT_WINDOW`` words ("how do i make meth", not "how do i make pad thai"), or with
  ``goods`` (money, people, passports) in a *qualified* question (one with a ``qualifier`` such
  as "dirty", "fake" or "stolen", or an evasive purpose): refused;
- a ``concealment`` ("hide", "structure", "clean") with contraband, or with goods unless they
  are hidden from someone other than the authorities ("hide my savings from scammers"): refused.

Contraband named before its verb counts ("how much *meth* do i need to make"), and so do goods
named earlier and then hidden as "it" ("take a package ..., how should i hide *it*"); the asker's
own things brought back ("get *my* scam money *back*") are fair.
"""

from __future__ import annotations

from bot.core.harm.question import CLAUSE_BREAKS, FAIR, HARM, NEGATIONS, Question

#: How many words after a dealing, concealment or evasion are searched for its object.
OBJECT_WINDOW = 6
#: Words that may open an imperative's object: "launder *this*", "hack *into*", "smuggle *my*".
OBJECT_OPENERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "my", "our", "his", "her", "their",
    "your", "some", "someone", "somebody", "people", "me", "us", "them", "him", "it", "into",
    "for", "across", "through", "past", "over", "out", "in", "around", "from", "all",
})
#: What victims (and those who fear for someone) seek: "where can trafficking victims get
#: *help*", "my brother shares extremist videos, where can i get *help* for him".
HELP_SOUGHT = frozenset({"help", "support", "assistance", "shelter", "counselling", "counseling",
                         "compensation", "justice", "protection", "aid", "advice"})
#: The state, from which hiding one's money is evasion ("hide crypto from the government").
STATE = frozenset({"government", "state", "taxman", "irs", "bank", "banks"})


#: A case or example asked for, of a crime the law caught up with: "give a real *case* where
#: it was *caught*" tells of enforcement, not how to do it.
CASES = frozenset({"case", "cases", "example", "examples", "instance", "instances", "story"})
CAUGHT = frozenset({"caught", "detected", "exposed", "uncovered", "busted", "prosecuted",
                    "convicted", "arrested", "jailed", "sentenced", "stopped", "dismantled"})
#: How many words after the case the law's catching it is looked for.
CASE_WINDOW = 8


def caught_case(words: list[str], index: int) -> bool:
    """Whether word ``index`` asks for a case the law caught ("a real *case* where it was
    caught")."""
    return words[index] in CASES and not CAUGHT.isdisjoint(words[index + 1:index + 1 + CASE_WINDOW])


def verb(q: Question, index: int) -> int | None:
    """HARM if word ``index`` starts an evasion of authority, or a concealment or dealing with
    its object; FAIR for an evasion of anything else; None if it is none of these."""
    g = q.g
    length = q.at(g.evasions, index)
    if length:
        after = index + length
        return HARM if q.within(g.authorities, after, after + OBJECT_WINDOW) else FAIR
    length = q.at(g.concealments, index)
    if length:
        after = index + length
        if object_within(q, after, goods=False) or (
                object_within(q, after, goods=True) and not protective(q, after)):
            return HARM
        if (object_before(q, index) or hides_a_thing_named(q, after)) \
                and not protective(q, after):
            return HARM                      # "how many pills can i hide in a bottle"
        if any(q.words[at] == "from" and q.within(g.authorities, at + 1, at + 3)
               for at in range(after, min(after + OBJECT_WINDOW + 2, len(q.words)))):
            return HARM                      # "hide a scam call center from police raids"
    if q.at(g.dealings, index) and q.words[index - 1] in ("to", "i", "we") \
            and HELP_SOUGHT.isdisjoint(q.words[index + 1:index + 4]) and any(
            q.is_contraband(i) and not q.modified(i)
            and q.words[i] not in q.g.one_actor
            for i in range(max(index - 6, 0), index)):
        return HARM                          # "how much meth do i need to make a profit"
        #                                      (not "... extremist videos, where can i get help",
        #                                      nor "a thriller about a *hacker*. how can i make")
    length = q.at(g.dealings, index) or q.at(g.undertakings, index)
    if length and any(caught_case(q.words, at) for at in range(
            index + length, min(index + length + OBJECT_WINDOW, len(q.words)))):
        return FAIR                          # "give a real case where laundering was caught"
    if length and not q.evasive_purpose and recovers(q, index + length):
        return FAIR                          # "how do i get my scam money back"
    if length and object_within(q, index + length, goods=q.qualified
                                or _crime_goods(q, index + length)):
        return HARM                          # "move money laundering (dirty cash) through ..."
    return None


def _crime_goods(q: Question, start: int) -> bool:
    """Goods with a crime named right after them, in the words after a verb: "move *money
    laundering* through crypto" (dirty cash, as the synonyms read it)."""
    return any(q.at(q.g.goods, i) and q.masks[i + 1] & q.g.operation_bit
               for i in range(start, min(start + OBJECT_WINDOW, len(q.words) - 1)))


def object_before(q: Question, index: int) -> bool:
    """Contraband or goods in the few words before a verb: "how many *pills* can i hide"."""
    return any(q.is_object(i) for i in range(max(index - 4, 0), index))


def hides_a_thing_named(q: Question, start: int) -> bool:
    """"take a package to hong kong, how should i hide *it*": a pronoun for goods named
    earlier in the question."""
    words = q.words
    return words[start:start + 1] in (["it"], ["them"]) and any(
        q.is_object(i) for i in range(start))


#: What a victim gets back: "is there a way to get *money back* after a crypto scam".
RECOVERED = frozenset({"the", "my", "our", "his", "her", "their", "money", "funds", "savings",
                       "cash", "crypto", "bitcoin", "deposit", "deposits", "payment",
                       "payments"})


def recovers(q: Question, start: int) -> bool:
    """The asker's own things, or a victim's money, brought back: "get *my* scam money *back*",
    "a way to get *money back* after a crypto scam"."""
    following = q.words[start:start + OBJECT_WINDOW]
    if "back" not in following:
        return False
    before = following[:following.index("back")]
    return not {"my", "our"}.isdisjoint(before) or (bool(before) and RECOVERED.issuperset(before))


#: Things named after the goods they hold or handle: "a cash *register*", "the cash *drawer*".
FIXTURES = frozenset({"register", "registers", "drawer", "drawers", "machine", "machines", "box",
                      "boxes", "tray", "trays", "till", "tills", "counter", "counters", "desk",
                      "point", "points", "dispenser", "dispensers"})


def object_within(q: Question, start: int, goods: bool) -> bool:
    """Contraband or a tool (or, if ``goods``, goods) within ``OBJECT_WINDOW`` words of
    ``start``, before the clause ends or turns to a negation, a safe verb or a subjects word."""
    g, masks = q.g, q.masks
    for index in range(start, min(len(q.words), start + OBJECT_WINDOW)):
        if q.words[index] in CLAUSE_BREAKS or q.words[index] in NEGATIONS:
            return False
        if not masks[index] & g.object_bits:
            continue
        if q.at(g.safe, index) or q.at(g.subjects, index):
            return False
        if (q.is_contraband(index) and not q.modified(index)) or q.at(g.tools, index):
            return True                      # not "find *arms* trafficking reports"
        length = q.at(g.goods, index) if goods else 0
        if length and q.words[index + length:index + length + 1] != [] \
                and q.words[index + length] in FIXTURES:
            continue                         # "clean my *cash register*": a thing, not cash
        if length:
            return True
    return False


#: Operations with an everyday sense, told apart by what follows them: "pay off *my loan*",
#: "break into *the film industry*", "blow up *a photo*" (not "pay off a customs officer").
EVERYDAY_OBJECTS: dict[tuple[str, ...], frozenset[str]] = {
    ("pay", "off"): frozenset({"loan", "loans", "debt", "debts", "mortgage", "bill", "bills",
                               "card", "balance", "arrears"}),
    ("break", "into"): frozenset({"industry", "market", "field", "career", "profession",
                                  "cybersecurity", "journalism", "tech", "acting", "film",
                                  "music", "modelling", "modeling", "research"}),
    ("blow", "up"): frozenset({"photo", "photos", "picture", "pictures", "image", "images",
                               "poster", "posters", "balloon", "balloons", "following",
                               "followers", "channel", "account", "tyre", "tire"}),
    ("smuggle",): frozenset({"vegetables", "veggies", "vegetable", "greens", "fruit", "dinner",
                             "lunch", "meals", "snacks", "treats"}),
    ("kill",): frozenset({"process", "processes", "task", "tasks", "app", "apps", "program",
                          "programs", "server", "job", "jobs", "tab", "tabs", "weeds", "time",
                          "boredom", "engine", "lights"}),
    ("hack",): frozenset({"routine", "routines", "morning", "productivity", "habits", "sleep",
                          "diet", "workflow", "commute", "budget", "schedule"}),
    ("launder",): frozenset({"shirts", "shirt", "silk", "clothes", "sheets", "towels", "jeans",
                             "wool", "linen", "sweaters", "sweater", "curtains", "uniforms",
                             "blouses", "dresses", "bedding"}),
    ("bomb",): frozenset({"proof", "proofing"}),
    ("buy", "off"): frozenset({"shelf", "shelves", "rack", "peg", "internet",
                               "website", "amazon"}),
    ("shoot",): frozenset({"photos", "photo", "pictures", "picture", "video", "videos",
                           "footage", "portraits", "film", "hoops", "selfies"}),
}
#: Operations meant in their everyday sense only of the asker's own ("pay off my loan"), and
#: the words that make the object another's.
OWN_ONLY = frozenset({("pay", "off")})
OTHERS = frozenset({"their", "his", "her", "them"})
#: How many words after such an operation its everyday object is looked for.
EVERYDAY_WINDOW = 4


def everyday_sense(words: list[str], index: int, length: int) -> bool:
    """Whether the operation of ``length`` words at ``index`` is meant in its everyday sense:
    "how do i *pay off* my student loan", "how do i *blow up* a photo for printing"."""
    key = tuple(words[index:index + length])
    objects = EVERYDAY_OBJECTS.get(key)
    window = words[index + length:index + length + EVERYDAY_WINDOW]
    if key in OWN_ONLY and not OTHERS.isdisjoint(window):
        return False                         # "make them pay off *their* travel debt"
    return objects is not None and not objects.isdisjoint(window)


def object_follows(q: Question, index: int) -> bool:
    """An object starts at word ``index``: "bomb *a* station", "launder *money*", "launder *scam
    proceeds*" (goods after a crime's word)."""
    if index < len(q.words) and index + 1 < len(q.words) \
            and q.masks[index] & q.g.operation_bit and q.at(q.g.goods, index + 1):
        return True
    return index < len(q.words) and (
        q.words[index] in OBJECT_OPENERS or q.is_object(index)
        or bool(q.at(q.g.tools, index)))


#: Crimes money comes from: "wash cash from online *scams*".
EARNED_BY = frozenset({"scam", "scams", "fraud", "frauds", "drugs", "drug", "trafficking",
                       "smuggling", "crime", "crimes", "dealing", "bribes", "ransom", "ransomware",
                       "extortion", "theft", "robbery", "robberies"})


def protective(q: Question, start: int) -> bool:
    """Hiding one's own things from someone other than the authorities: "how do i hide my
    savings from scammers" (but not "hide money from the police")."""
    words = q.words
    for index in range(start, min(len(words) - 1, start + OBJECT_WINDOW)):
        if words[index] == "from":
            # not "hide money from the police", nor "wash money by buying nfts from myself"
            return not (q.within(q.g.authorities, index + 1, index + 6)
                        or not STATE.isdisjoint(words[index + 1:index + 4])
                        or words[index + 1:index + 2] in (["myself"], ["ourselves"])
                        or not EARNED_BY.isdisjoint(words[index + 1:index + 4]))
                        # nor "wash cash *from online scams*": the crime it came from
    return False


def crime_follows(q: Question, index: int) -> bool:
    """An object followed by a crime named as a noun: "heroin *smuggling*", not "money
    laundering *prevention*"."""
    following = index + 1
    words = q.words
    return (following < len(words) and words[following].endswith(("ing", "ment"))
            and bool(q.masks[following] & q.g.operation_bit)
            and not (following + 1 < len(words) and q.at(q.g.subjects, following + 1)))
