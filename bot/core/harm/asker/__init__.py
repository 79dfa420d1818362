"""The harm boundary's second reading: the asker as the one who would commit the crime.

The first reading (``bot.core.harm.requests``) finds a request and reads the verb it asks for. Many
operational questions never put the crime in that verb; they give themselves away by their
structure instead. Each rule here ties one such structure to a crime goal; the rules are kept by
family: gatekeepers that do not look (``gatekeepers``), ways past a control (``controls``), trade
in contraband, people and officials (``trade``), people kept, moved or deceived (``people``),
hiding from justice (``concealment``), attacks (``attacks``) and the asker's own word that it is
for them (``own``). Word sets and lookups that several families use are in ``shared``.

A question about the documents ("according to", "the article") or whose main clause is about
third parties ("explain how *traffickers* keep victims from escaping") is left to the first
reading -- unless the asker says it is for doing the same ("... i need to know for my own
operation"). Most rules need no request; those marked "for an asker" need a request, or "i",
"my" or "we".

Every rule reads the words the first reading already prepared (aliases expanded, stems and table
bits known) and most start with a set lookup, so the reading costs little beyond a scan.
"""

from __future__ import annotations

from bot.core.harm.asker.attacks import (
    cripples_a_lifeline,
    flies_over_a_barrier,
    hardest_to_find,
    measures_the_means,
    plans_most_harm,
    rigs_a_drone,
    seeks_a_target,
    turns_a_drone_on,
)
from bot.core.harm.asker.concealment import (
    SPEAKING_UP,
    breaks_into_systems,
    covers_story,
    evades_a_ban,
    flees_after_a_crime,
    flees_before,
    forges_papers,
    hides_from_authorities,
    holds_guilty_money,
    lies_low,
    obstructs,
    on_the_run,
    presses_to_give_up_a_case,
    seeks_a_hideout,
    shields_from_arrest,
    shields_own_people,
    silences_someone,
    spies_on_someone,
    takes_a_false_name,
    thwarts_pursuit,
    unmasks_informers,
    watched_by_authorities,
)
from bot.core.harm.asker.controls import (
    crosses_unseen,
    defeats_detection,
    easiest_way_through,
    exploits_gaps,
    own_group_evades,
    persists_despite,
    plans_sourcing,
    slips_past,
    tries_a_way_past,
    ways_for_criminals_to_evade,
    weakest_measure_to_beat,
)
from bot.core.harm.asker.gatekeepers import (
    absent_control,
    chosen_to_route_through,
    escapes_control,
    has_a_gatekeeper_look_away,
    lax_gatekeeper,
    least_likely_caught,
    unwatched_way,
)
from bot.core.harm.asker.own import (
    avoids_what_gets_caught,
    crime_as_purpose,
    has_own_victims,
    hides_the_signs,
    hides_while_committing,
    means_to_copy,
    own_crime,
)
from bot.core.harm.asker.people import (
    carries_a_weight,
    deceives_for_money,
    deceives_people,
    deceives_the_moved,
    joins_crime,
    keeps_people_in,
    lures_into_exploitation,
    manages_people_who_flee,
    moves_people_irregularly,
    picks_easy_victims,
    talks_family_into_giving_up,
)
from bot.core.harm.asker.shared import FIRST_PERSON, FLIGHT, PURPOSE_OPENERS, has
from bot.core.harm.asker.trade import (
    corrupt_official_sought,
    finds_a_market,
    lets_through_for_money,
    made_in_detail,
    names_means,
    pays_officials,
    prices_an_official,
    prices_contraband,
    ranks_crimes_to_commit,
    trades_people,
    weak_laws_for_a_crime,
)
from bot.core.harm.question import Question

#: Actors that are also places, which a captive escapes ("escaping a scam compound").
PLACES = frozenset({"compound", "compounds"})
#: What "what" or "which" asks for when it asks for a way: "what *tricks* get around it".
METHODS = frozenset({"tricks", "trick", "ways", "way", "methods", "method", "techniques",
                     "technique", "tactics", "tips", "hacks"})
#: Openers that put a way to the test: "*would* vacuum sealing stop sniffer dogs".
TRYING = frozenset({"would", "could", "will"})
#: Subjects after "can" that put a way to the test for anyone: "can *a* drone carry cash across
#: the river without the police noticing".
ANYONE = frozenset({"a", "an", "one", "someone", "somebody", "you", "u", "people"})
#: Openings that ask for a reason, not a way: "*why* do some men buy wives".
EXPLAINING = frozenset({"why", "is", "are", "was", "were"})
#: Words that tie a question to the documents or to research about crime.
ABOUT_SOURCES = frozenset({"according", "article", "articles", "document", "documents", "sources",
                           "ammtc", "gscc", "conference", "ministers",
                           "studies", "researchers", "journalists"})
#: A report as a source ("the report says"), not one filed ("so they don't file a *report*").
SOURCE_REPORTS = (("the", "report"), ("this", "report"), ("that", "report"), ("report", "says"),
                  ("report", "said"), ("reports", "say"), ("reports", "said"), ("the", "reports"))
#: Words that put what follows as a place: "keep victims *in* a scam compound".
WITHIN = frozenset({"in", "inside", "at", "within", "into"})
#: Words before "i" or "we" that make the asker the subject of the request: "how *do i*".
ASKING = frozenset({"do", "can", "could", "should", "would", "will", "shall", "might", "must"})


def asks_as_actor(q: Question, requested: bool) -> bool:
    """Whether the question's structure shows the asker means to commit the crime.

    ``requested`` says whether the first reading found a request (a lead-in or a want)."""
    words = q.words
    if means_to_copy(q) or avoids_what_gets_caught(words) or seeks_a_hideout(q) \
            or flees_after_a_crime(q) \
            or forges_papers(words) \
            or crime_as_purpose(q) \
            or ranks_crimes_to_commit(q) or weak_laws_for_a_crime(q) or own_group_evades(q) \
            or made_in_detail(q) or prices_an_official(words) \
            or (keeps_people_in(q) and has(words, FOR_MY_BUSINESS)) \
            or manages_people_who_flee(q):
        return True                              # a question about others, to do the same
    tested = words[0] in TRYING or (words[0] in ("which", "what") and "would" in words[1:6]
                                    and not FIRST_PERSON.isdisjoint(words)) or (
        words[:1] == ["can"] and words[1:2] != [] and words[1] in ANYONE)
    if tested and (tries_a_way_past(q) or pays_officials(q)):
        return True                              # a way past the controls, put to the test
    if unmasks_informers(q) or least_likely_caught(q) or ways_for_criminals_to_evade(q) \
            or exploits_gaps(q) or weakest_measure_to_beat(q):
        return True
    if words[0] not in EXPLAINING and (plans_most_harm(q) or measures_the_means(q)
                                       or hardest_to_find(q) or easiest_way_through(q)
                                       or shields_from_arrest(words)):
        return True                              # whoever is named, the harm is planned
    first_person = not FIRST_PERSON.isdisjoint(words) or _for_a_friend(words) \
        or _a_stand_ins_steps(words)
    sourced = not ABOUT_SOURCES.isdisjoint(words) or has(words, SOURCE_REPORTS)
    if (sourced and not (first_person and requested)) or _third_party(q):
        return False
    asks = requested or first_person or (words[0] in ("what", "which")
                                         and words[1:2] != [] and words[1] in METHODS) \
        or _asks_if_doable(words)
    return (lax_gatekeeper(q) or absent_control(q) or defeats_detection(q) or plans_sourcing(q)
            or chosen_to_route_through(q) or unwatched_way(q)
            or prices_contraband(q) or finds_a_market(q)
            or (asks and slips_past(q)) or (asks and crosses_unseen(q))
            or (asks and persists_despite(q))
            or (first_person and hides_from_authorities(q))
            or (first_person and watched_by_authorities(q))
            or (asks and escapes_control(q))
            or (asks and own_crime(q))
            or (first_person and (pays_officials(q) or has_a_gatekeeper_look_away(words)))
            or names_means(q)
            or (asks and keeps_people_in(q))
            or (first_person and requested and holds_guilty_money(q))
            or (first_person and lets_through_for_money(words))
            or (asks and lies_low(q))
            or (first_person and covers_story(q))
            or (asks and (silences_someone(q) or flees_before(q)))
            or (first_person and (on_the_run(words) or takes_a_false_name(words)))
            or corrupt_official_sought(words)
            or (asks and (spies_on_someone(words) or evades_a_ban(q)
                          or breaks_into_systems(words)))
            or (requested and deceives_the_moved(words))
            or (asks and (lures_into_exploitation(words)
                          or talks_family_into_giving_up(words)))
            or (words[0] not in EXPLAINING and (trades_people(words) or seeks_a_target(words)))
            or (first_person and (moves_people_irregularly(q) or carries_a_weight(q)
                                  or joins_crime(q) or picks_easy_victims(words)))
            or (asks and (deceives_people(q) or deceives_for_money(q)))
            or (asks and (flies_over_a_barrier(q) or turns_a_drone_on(q)
                          or cripples_a_lifeline(q)))
            or (words[0] not in EXPLAINING and rigs_a_drone(q))
            or (asks and (obstructs(q) or presses_to_give_up_a_case(words)))
            or (asks and thwarts_pursuit(q))
            or (first_person and (hides_the_signs(q) or shields_own_people(q)
                                  or has_own_victims(words)))
            or (asks and hides_while_committing(q)))


#: The asker's own business, which a question about keeping workers in is for: "how do
#: traffickers stop the workers from escaping? *asking for my business*".
FOR_MY_BUSINESS = (("for", "my", "business"), ("for", "our", "business"), ("for", "my", "company"),
                   ("for", "my", "factory"), ("for", "my", "farm"), ("for", "my", "boat"),
                   ("for", "my", "site"), ("for", "my", "compound"), ("for", "my", "workers"))


def _third_party(q: Question) -> bool:
    """Whether the main clause (before any purpose) is about what others do: "explain how
    *traffickers* keep victims from escaping"."""
    words = q.words
    for index, word in enumerate(words):
        if word in PURPOSE_OPENERS or word == "before":
            return False
        if word in ("i", "we") and index and words[index - 1] in ASKING:
            return False                         # "how do i keep victims in the scam compound"
        # not "my criminal record", nor a place fled or kept in ("keep workers from escaping a scam
        # compound", "keep victims in a scam compound"), nor the one told ("stop victims talking
        # to an ngo")
        fled = word in PLACES and not (FLIGHT | WITHIN).isdisjoint(words[max(index - 3, 0):index])
        told = any(words[j] in ("to", "with") and words[j - 1] in SPEAKING_UP
                   for j in range(max(index - 5, 1), index))
        if word in q.g.one_actor and word not in ("they", "he", "she") \
                and words[index - 1] not in ("my", "our") and not fled and not told:
            return True
    return False


#: "is it *doable* to ...": whether a way works, which asks for it.
DOABLE = frozenset({"possible", "doable", "feasible", "easy", "realistic", "practical"})


def _asks_if_doable(words: list[str]) -> bool:
    """"is it doable to attack a checkpoint with a drone?": asking whether a way works."""
    return words[:2] == ["is", "it"] and words[2:3] != [] and words[2] in DOABLE \
        and words[3:4] == ["to"]


def _for_a_friend(words: list[str]) -> bool:
    return any(words[i:i + 3] == ["for", "a", "friend"] for i in range(len(words)))


#: A stand-in for the asker, whose steps are asked for: "what would *a person have to do* to
#: move $1 million out ...", "what would someone need to do to ...".
STAND_INS = frozenset({"a person", "someone", "somebody", "one", "a guy", "a man", "a woman"})
STEPS_NEEDED = (("have", "to", "do", "to"), ("need", "to", "do", "to"), ("have", "to", "do", "so"))


def _a_stand_ins_steps(words: list[str]) -> bool:
    """"what would a person have to do to ...": the asker's steps, asked of a stand-in."""
    if words[:2] != ["what", "would"]:
        return False
    for length in (1, 2):
        if " ".join(words[2:2 + length]) in STAND_INS \
                and tuple(words[2 + length:6 + length]) in STEPS_NEEDED:
            return True
    return False
