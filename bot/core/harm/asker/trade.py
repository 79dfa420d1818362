"""Trade in crime: contraband priced or sold, people bought, the means named, officials paid, and
crimes or weak laws chosen for doing.

* **Pricing or selling contraband** -- "the going rate for a forged permit", "i've got 30 kilos of
  yaba, who buys" (not the price of a conviction, nor "who buys most of the meth made there").
* **People bought or sold** -- "how much to buy a wife" (not "*why* do men buy wives").
* **Crimes ranked for doing, weak laws chosen for one** -- "rank the most *profitable* drugs *to
  move*", "the *weakest* cybercrime *laws to run a scam* centre from".
* **A pretext of a role** -- "as a *researcher* i need the recipe for ..." names the asker, not a
  subject.
* **Paying officials** (for an asker) -- "how much should i *pay a border guard*" (not "pay a
  customs fee"); "how much could i make *letting* containers *through*".
* **The means by name** (for an asker) -- "*recipe* for crystal meth", "scam *script*", "a *plug*
  for coke".
* **A bribe's going rate** -- "how much would a *guard take*".
* **Making asked in detail** -- "how is yaba *made*, like *actual steps*".
"""

from __future__ import annotations

from bot.core.harm.asker.shared import EASIEST, FIRST_PERSON, LEVIES, SCARCITY, SELECTORS, has, is_crime
from bot.core.harm.purpose import evasive
from bot.core.harm.question import Question

#: Paying or bribing an official: "how much should i *pay a border guard*".
PAYMENTS = frozenset({"pay", "paying", "bribe", "bribing", "tip", "tipping"})
OFFICIALS = frozenset({"police", "cop", "cops", "officer", "officers", "guard", "guards",
                       "customs", "official", "officials", "judge", "judges", "inspector",
                       "inspectors", "immigration", "border", "policeman", "policemen",
                       "prosecutor", "agent", "agents", "soldiers", "army", "military",
                       "minister", "ministers", "politician", "politicians", "mp", "senator",
                       "governor", "mayor", "councillor", "clerk", "regulator"})
#: Names for the means of a crime.
MEANS = frozenset({"recipe", "recipes", "synthesis", "script", "scripts", "tutorial",
                   "tutorials", "template", "templates", "plug", "plugs", "blueprint",
                   "connect", "connects", "vendor", "vendors", "hookup",
                   "formula", "playbook", "cookbook"})
#: Asking a price.
PRICES = frozenset({"price", "prices", "cost", "costs", "rate", "charge", "charges", "pricing"})
#: Seeking a buyer.
MARKETS = frozenset({("who", "buys"), ("who", "would"), ("who", "will"), ("buyers", "for"),
                     ("buyer", "for"), ("to", "sell"), ("i", "sell"), ("can", "sell"),
                     ("who", "wants")})
#: Letting things through a control.
WAVES = frozenset({"let", "letting", "lets", "wave", "waving", "waves", "pass", "passing"})
MONEY_WORDS = frozenset({"make", "earn", "paid", "pay", "money", "cash", "bribe", "bribes",
                         "cut", "fee", "price", "much"})
#: Officials said to take money: "which officers at the border *take money*".
TAKING_BRIBES = (("take", "money"), ("take", "bribes"), ("accept", "bribes"),
                 ("accept", "money"), ("takes", "money"), ("takes", "bribes"),
                 ("can", "be", "bought"), ("can", "be", "paid"), ("are", "corrupt"),
                 ("is", "corrupt"))
#: Buying or selling people.
TRADES = frozenset({"buy", "buying", "sell", "selling", "purchase", "rent", "renting",
                    "resell", "reselling"})
HUMANS = frozenset({"wife", "wives", "bride", "brides", "girl", "girls", "woman", "women",
                    "child", "children", "baby", "babies", "boy", "boys", "kid", "kids",
                    "person", "human", "humans", "maid", "maids", "slave", "slaves"})
#: Rules and checks that may be chosen for their weakness.
RULES = frozenset({"laws", "law", "checks", "controls", "rules", "regulation", "regulations",
                   "enforcement", "kyc", "aml", "oversight", "screening", "patrols", "policing"})
#: Words that weigh what a crime yields.
YIELDS = frozenset({"profitable", "lucrative", "profitably", "richest"})
#: What is done with crimes weighed that way: "the most profitable drugs *to move*".
UNDERTAKEN = frozenset({"move", "run", "sell", "smuggle", "ship", "start", "traffic", "deal",
                        "get", "bring", "make", "set", "launder", "do", "commit", "import"})


def prices_contraband(q: Question) -> bool:
    """"what's the going rate for a forged work permit", "how much does a kilo of heroin cost"."""
    words = q.words
    if PRICES.isdisjoint(words) and not (words[:2] == ["how", "much"] and "for" in words[2:4]):
        return False
    if q.within(q.g.authorities, 0, len(words)) or q.within(q.g.subjects, 0, len(words)):
        return False                             # "the going rate for a trafficking conviction"
    return any(is_crime(q, i) or q.at(q.g.qualifiers, i) for i in range(len(words))
               if not q.modified(i))


#: People a buyer is sought for: "how do i find *buyers for workers* i've brought over".
WORKERS = frozenset({"workers", "worker", "labourers", "laborers", "migrants", "people"})


def finds_a_market(q: Question) -> bool:
    """"i've got 30 kilos of yaba, who buys in bulk", "how do i find buyers for workers i've
    brought over": a buyer sought for contraband or people."""
    words = q.words
    if (FIRST_PERSON.isdisjoint(words) and SELECTORS.isdisjoint(words[:2])) or not any(
            tuple(words[i:i + 2]) in MARKETS for i in range(len(words))):
        return False                             # not "who buys most of the meth made there"
    return any((q.is_contraband(i) and not q.modified(i)) or q.at(q.g.qualifiers, i)
               for i in range(len(words))) or any(
        words[i:i + 2] in (["buyers", "for"], ["buyer", "for"])
        and not (HUMANS | WORKERS).isdisjoint(words[i + 2:i + 5]) for i in range(len(words)))


def trades_people(words: list[str]) -> bool:
    """"how much to buy a wife", "how to sell a baby": people bought and sold."""
    return any(word in TRADES and not HUMANS.isdisjoint(words[index + 1:index + 4])
               and "from" not in words[max(index - 3, 0):index]
               for index, word in enumerate(words))


def names_means(q: Question) -> bool:
    """"recipe for crystal meth", "scam script", "a plug for coke"."""
    words = q.words
    if not MEANS.intersection(words):
        return False
    if not q.g.actors.isdisjoint(words) or q.within(q.g.authorities, 0, 4) or any(
            q.at(q.g.subjects, i) and not _asker_role(words, i) for i in range(len(words))):
        return False                             # "how do police find darknet vendors"
    for index, word in enumerate(words):
        if word in ("connect", "connects") and words[index + 1:index + 2] in (["to"], ["with"]):
            continue                             # "how does laundering *connect to* drugs"
        if word in MEANS and not q.within(q.g.authorities, index + 1, index + 8):
            # not "patterns in scam scripts that *detection* systems can look for"
            for near in range(max(index - 3, 0), min(index + 4, len(words))):
                if near != index and (is_crime(q, near) or q.at(q.g.qualifiers, near)):
                    return True
    return False


def _asker_role(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is the asker's own description ("as a terrorism
    *researcher* i need the recipe"), a pretext rather than what is asked about."""
    before = words[max(index - 3, 0):index]
    return any(w in ("as", "im", "am") and before[i + 1:i + 2] in (["a"], ["an"])
               for i, w in enumerate(before))


#: An official paid regularly by the asker: "get an immigration officer *on my payroll*".
ON_THE_PAYROLL = (("on", "my", "payroll"), ("on", "our", "payroll"), ("on", "the", "payroll"))


def pays_officials(q: Question) -> bool:
    """"how much should i pay a border guard", "how do i bribe the police", "how do i get an
    immigration officer on my payroll"."""
    words = q.words
    if has(words, ON_THE_PAYROLL) and not OFFICIALS.isdisjoint(words):
        return True
    for index, word in enumerate(words):
        if word not in PAYMENTS:
            continue
        reach = [w for w in words[index + 1:index + 4] if w not in ("a", "the", "an", "some")]
        for position, target in enumerate(reach[:2]):
            if target in OFFICIALS:
                rest = reach[position + 1:position + 3]
                if LEVIES.isdisjoint(rest):
                    return True
    return False


#: Someone else's offer to the asker, which the asker asks about: "someone *offered to pay me*
#: to let money pass through my account. what happens if i say yes?" (a money mule's question).
OFFERED = frozenset({"offered", "offering", "offers"})


def lets_through_for_money(words: list[str]) -> bool:
    """"how much could i make letting certain containers through": a control waved aside for
    money (not an offer to the asker to let money through their account)."""
    return not MONEY_WORDS.isdisjoint(words) and any(
        word in WAVES and "through" in words[index + 1:index + 6]
        and not any(w in OFFERED and words[j + 1:j + 4].count("me") for j, w in
                    enumerate(words[:index]))
        for index, word in enumerate(words))


#: What an official would take to be paid off: "how much would a guard *take*".
ASKING_PRICE = frozenset({"take", "charge", "accept", "ask", "cost"})


#: What the asker would hand an official: "how much do i *offer* the guard".
OFFERING = frozenset({"offer", "slip", "tip", "bribe"})


def prices_an_official(words: list[str]) -> bool:
    """"how much would a guard take", "how much does a customs officer charge to ...", "how much
    do i offer the guard": the going rate of a bribe (not "how much does a customs officer
    earn")."""
    return any(words[at:at + 2] == ["how", "much"] and any(
        (word in OFFICIALS and not ASKING_PRICE.isdisjoint(words[index + 1:index + 3]))
        or (word in OFFERING and not OFFICIALS.isdisjoint(words[index + 1:index + 4]))
        for index, word in enumerate(words[at + 2:at + 7], at + 2)) for at in range(len(words)))


#: Contraband being made: "how is yaba *made*".
MADE = frozenset({"made", "produced", "cooked", "synthesized", "synthesised", "manufactured",
                  "processed", "refined", "extracted", "brewed", "mixed"})


#: Making contraband: "how do they *cook* meth, step by step".
COOKING = frozenset({"cook", "cooks", "make", "makes", "synthesize", "synthesise", "produce",
                     "produces", "manufacture", "brew", "refine"})


def made_in_detail(q: Question) -> bool:
    """"how is yaba made, like actual steps", "how is meth made step by step", "how do they cook
    meth, step by step": how contraband is made, asked in detail (not "how is yaba made" alone,
    nor "which drugs are made there")."""
    words = q.words
    return q.detailed and any(
        q.is_contraband(index) and ((words[index + 1:index + 2] != [] and words[index + 1] in MADE)
                                    or (index > 0 and words[index - 1] in COOKING))
        for index in range(len(words)))


def corrupt_official_sought(words: list[str]) -> bool:
    """"which officers at the border take money"."""
    return not SELECTORS.isdisjoint(words[:4]) and any(
        word in OFFICIALS and has(words[index + 1:index + 6], TAKING_BRIBES)
        for index, word in enumerate(words))


def ranks_crimes_to_commit(q: Question) -> bool:
    """"rank the most profitable drugs *to move* into thailand", "the most lucrative scams *to run*
    from here": crimes weighed by their yield, for doing (not "which crimes are most profitable
    for cartels")."""
    words = q.words
    for index, word in enumerate(words):
        if word in YIELDS or (word in EASIEST and words[index + 1:index + 2] == ["ways"]):
            for at in range(index + 1, min(index + 5, len(words) - 2)):
                if (is_crime(q, at) or words[at] in ("ways", "way")) \
                        and words[at + 1] == "to" and words[at + 2] in UNDERTAKEN:
                    return is_crime(q, at) or q.qualified or evasive(q)
    return False


#: The asker's own crime, unnamed: "weakest for running *my operation*".
OPERATIONS = frozenset({"operation", "operations", "racket", "scheme", "schemes"})


def weak_laws_for_a_crime(q: Question) -> bool:
    """"which countries have the *weakest* cybercrime laws *to host a scam* call centre": laws or
    checks chosen for their weakness, for a crime (not "which countries have the weakest laws
    against trafficking"); or for "my operation"."""
    words = q.words
    if SELECTORS.isdisjoint(words[:4]) or SCARCITY.isdisjoint(words) \
            or RULES.isdisjoint(words):
        return False
    return any(word in ("to", "for") and index > 0
               and not SCARCITY.isdisjoint(words[max(index - 6, 0):index])
               and not RULES.isdisjoint(words[max(index - 3, 0):index])
               and any(is_crime(q, i) or words[i] == "opening"
                       or (words[i] in OPERATIONS and words[i - 1] in ("my", "our"))
                       for i in range(index + 1, min(index + 4, len(words))))
               for index, word in enumerate(words))
