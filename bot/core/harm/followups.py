"""Short follow-ups that ask for the crime the answer before them spoke of.

In a conversation, a short follow-up asking how the asker, or someone unnamed, would do it ("how
would i actually do that?") after an answer on a crime alone asks for that crime
(``asks_to_do_it``), and so does one that means to get past what the answer spoke of, or to do the
same (``gets_past_it``). The responder knows what was answered, so it decides; these only read
the follow-up.
"""

from __future__ import annotations

import re

#: "how would i actually do that?", "how could a group pull it off": the asker (or someone
#: unnamed) doing what the conversation's last answer spoke of.
_DOING_IT = re.compile(
    r"(?:^\W*(?:(?:and|so|but|ok|okay|then|right|cool|great|nice|alright|interesting|wow|hmm|"
    r"good|now|fine|perfect)\W+)*"
    # "which drone would be best for that and how do i mod it?": its second part asks it
    r"|\b(?:and|then)\s+)"
    r"(?:how|what\s+steps|what\s+would)\s+"
    r"(?:would|could|do|does|can|should|might|will)\s+"
    r"(?:i|we|someone|somebody|one|a\s+(?:group|gang|person|guy|network)|people|u|you|"
    r"(?:one\s+of\s+)?(?:those|these|such|the)\s+(?:groups|gangs|networks|criminals|terrorists))\s+"
    r"(?:actually\s+|really\s+|even\s+|go\s+about\s+)?"
    r"(?:do|doing|pull|carry|get\s+away|modify|mod|adapt|rig|build|make|set|start|run|copy|replicate|"
    r"try|need|attach|mount|fit|arm)\b"
    # "show me how to set one up myself"
    r"|^\W*(?:(?:and|so|ok|okay|cool|great|nice|alright)\W+)*(?:show|teach|tell)\s+(?:me|us)\s+"
    r"how\s+to\s+(?:set\s+(?:one|it)\s+up|do\s+(?:it|that|this)|make\s+(?:one|it)|"
    r"build\s+(?:one|it)|run\s+(?:one|it)|start\s+(?:one|it))\b"
    r"(?!.*\b(?:stop|prevent|report|protect|avoid\s+being|help|fight|combat|counter|detect)\b)",
    re.I)
#: "write some for me in python", "write the email, the target is ...": the thing the question
#: before named, written to order (not a warning about it).
_WRITING_IT = re.compile(
    r"^(?!.*\b(?:warn|alert|report|awareness|protect|spot|recogni[sz]e|avoid|train)\w*)"
    r"\W*(?:(?:and|so|ok|okay|now|then|cool|great|alright)\W+)*(?:write|code|draft)\s+"
    r"(?:(?:(?:me\s+)?(?:some|one|it)(?:\s+for\s+(?:me|us))?(?:\s+in\s+\w+)?"
    r"|the\s+(?:email|message|script|code|text))\s*(?:[,.!?]|$)"
    # "write me some I can use on my old employer"
    r"|(?:me\s+)?(?:some|one)\s+(?:i|we)\s+(?:can|could)\s+use\b)", re.I)
#: "write the email I'd send to the finance team", "make me a page like that", "give me the
#: exact messages for the first week": the crime's own words or pages, composed to order.
_COMPOSED = r"(?:(?:email|message|text|script|page|site|letter)s?\b|list\s+of\s+what\s+to\s+say\b)"
_COMPOSING_IT = re.compile(
    r"^(?!.*\b(?:warn|alert|report|awareness|protect|spot|recogni[sz]e|avoid|train|block|teach|"
    r"educat|detect|flag|safe|explain|becom|fall\w*\s+for)\w*)"
    r"\W*(?:(?:and|so|ok|okay|now|then|cool|great|alright)\W+)*"
    r"(?:(?:write|draft|make|build|create)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|an\s+)?(?:exact\s+)?"
    + _COMPOSED +
    # ... for the crime: a copy of its own, sent by the asker, or to be believed
    r"(?=.*\b(?:like\s+(?:that|this|theirs|those)|(?:i|we)(?:['’]?d|\s+would|['’]?ll|\s+will)\s+"
    r"(?:send|use)|"
    r"trusts?\s+(?:me|us)|believes?\s+(?:me|us)|(?:i|we)\s+(?:can|could)\s+send\s+to\s+(?:a|an|some)\s+"
    r"(?:guy|girl|man|woman|lady|boy|stranger|victim|target|mark)s?)\b)"
    r"|give\s+(?:me|us)\s+(?:the\s+)?exact\s+" + _COMPOSED +
    # "write me the first five messages then": the opening of the crime itself
    r"|(?:write|draft|make|create)\s+(?:me\s+|us\s+)?the\s+(?:first|opening)\s+(?:few\s+|\w+\s+)?"
    r"(?:messages|texts|emails|lines)\b)", re.I)
#: "which route is safest for moving the stuff then?", "... for moving my shipment then?": a
#: way to carry out what the answer spoke of, the goods unnamed.
_DOING_IT_SAFELY = re.compile(
    r"\b(?:safest|best|easiest|quickest|cheapest|smartest)\b.*\b(?:mov|ship|send|smuggl|bring|"
    r"get|carr|transport|us)\w*\s+(?:with\s+|for\s+)?(?:the\s+|my\s+|our\s+|a\s+)?"
    # "which of those routes would be safest for me to use with a small shipment?"
    r"(?:small\s+|little\s+|big\s+|large\s+|first\s+)?(?:stuff|it|them|product|goods|package|packages|"
    r"load|shipment)\b", re.I)
#: At most this many words: a long question says what it asks for itself.
DOING_IT_WORDS = 16


#: "how do i get around those", "i want to do the same": a follow-up that means to get past what
#: the answer it follows spoke of, to copy it, or to use its weak points.
_GETTING_PAST_IT = re.compile(
    # ("how do you get around them": "you" as anyone, the asker among them)
    r"\b(?:i|we|me|us|you|u)\b.*\b(?:get\s+around|get\s+past|bypass|evade|slip\s+(?:past|through)|"
    r"beat|dodge|circumvent|sidestep)\s+(?:those|them|that|it|these|this|all\s+that)\b"
    r"|\b(?:i|we)\s+(?:want|wanna|need|plan|would\s+like)\s+to\s+(?:do|try)\s+"
    r"(?:the\s+same|that|it\s+too|this\s+too)\b"
    r"|\b(?:recommend|suggest|best)\b.*\bfor\s+(?:a\s+new|my|our)\s+"
    r"(?:network|group|gang|operation|crew|cell|ring)\b"
    # "what's the easiest way to get a truck of pills through it?"
    r"|\b(?:easiest|best|quickest|safest|simplest)\s+way\s+to\s+(?:get|move|sneak|bring|take|"
    r"slip|ship|smuggle)\b.*\b(?:through|past)\s+(?:it|them|that|those|this|these)\b"
    # "how do I keep my shipments out of that information exchange?": the asker's goods kept
    # from what was answered (not "my kids away from them": no goods)
    r"|\b(?:keep|get)\s+(?:my|our)\s+(?:\w+\s+)?(?:shipments?|goods|cargo|packages?|parcels?|"
    r"money|funds|cash|transfers?|transactions?|product|stuff|loads?|containers?|trucks?|boats?)\s+"
    r"(?:out\s+of|off|away\s+from|clear\s+of|past|through)\s+(?:that|those|it|them|this|these)\b"
    # "what mistakes do the newly trained officers make that i could use?", "which crime is it
    # weakest on, so i can focus on that?": the weaknesses of what was answered, for the asker
    r"|\b(?:weak\w*|mistakes?|gaps?|loopholes?|flaws?|blind\s+spots?)\b.*\b(?:i|we)\s+"
    r"(?:could|can)\s+(?:use|exploit|focus|take\s+advantage)\b", re.I)
#: "how do i find a dock worker who'd do it for me": someone to do it for the asker.
_SOMEONE_TO_DO_IT = re.compile(
    r"\b(?:i|we)\s+(?:find|get|hire|recruit|pay)\s+(?:a|an|some|someone|somebody|people)\b"
    r"(?!.*\b(?:lawyer|attorney|doctor|counsell?or|therapist|translator|interpreter|journalist|"
    r"ngo|volunteer)s?\b)"
    r"(?:\s+\w+){0,2}?\s+(?:who|that)(?:['’]?d|\s+would|\s+will|['’]?ll|\s+could)\s+do\s+"
    r"(?:it|this|that)\b", re.I)


def asks_to_do_it(question: str) -> bool:
    """Whether a short follow-up asks how the asker, or someone unnamed, would do it ("how would
    i do that", "how would a group actually modify a drone to do that", "which route is safest
    for moving the stuff then?"); after an answer on a crime, that asks for the crime."""
    return len(question.split()) <= DOING_IT_WORDS and (
        _DOING_IT.search(question) is not None or _DOING_IT_SAFELY.search(question) is not None
        or _WRITING_IT.search(question) is not None)


def writes_it(question: str) -> bool:
    """Whether a short follow-up asks for the thing the question before it named, written to
    order ("write some for me in python" after what ransomware is)."""
    return len(question.split()) <= DOING_IT_WORDS and (
        _WRITING_IT.search(question) is not None or _COMPOSING_IT.search(question) is not None)


def finds_someone_to_do_it(question: str) -> bool:
    """Whether a short follow-up looks for someone to do what the answer spoke of for the asker
    ("how do i find a dock worker who'd do it for me" after the rip-on/rip-off method)."""
    return len(question.split()) <= DOING_IT_WORDS and _SOMEONE_TO_DO_IT.search(question) is not None


def gets_past_it(question: str) -> bool:
    """Whether a short follow-up means to get past what the answer it follows spoke of ("how do i
    get around those" after the measures against drug trafficking), or to do the same ("i want to
    do the same" after how traffickers find victims)."""
    return len(question.split()) <= DOING_IT_WORDS and _GETTING_PAST_IT.search(question) is not None
