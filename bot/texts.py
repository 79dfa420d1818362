"""Every sentence a user reads, in one place, so the wording can be reviewed and changed here.

Plain text only: constants, and small templates for the sentences that take a value. Escaping,
HTML, bullets and splitting are ``bot.render``'s. Pure data, so any layer may import it, the
core included. Problems in the knowledge files or the settings are worded beside the check that
finds them, and ``render.explain_text`` is a diagnostic record rather than sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

# --- the core's replies ----------------------------------------------------------------------

EMPTY_MESSAGE = "Please ask me a question in words, for example: what did the AMMTC agree on?"
DECLINE_MESSAGE = "I don't have that in my sources. I can brief you on:"
CLARIFY_MESSAGE = "The closest I have:"
#: The most characters of the asker's words quoted back in ``part_closest``.
MAX_PART_QUOTED = 80


def part_closest(part: str) -> str:
    """What heads the offers for the part of a two-part question that was not answered."""
    words = " ".join(part.split()).strip(" ?!.,;:")
    if len(words) > MAX_PART_QUOTED:
        words = words[:MAX_PART_QUOTED - 1].rstrip() + "\u2026"
    return f"On \u201c{words}\u201d, the closest I have:"


#: What follows "the article doesn't say ..." when the snippet it does give comes after it.
SAYS_ONLY_THIS = " It says only this:"
NOT_STATED_MESSAGE = "The article doesn't say {what}." + SAYS_ONLY_THIS
#: A question for more detail than the snippet has ("which specific challenges ...").
NO_MORE_DETAIL_MESSAGE = "The article doesn't go into more detail than this:"
#: For a question about what came of something: the articles report no outcomes.
NO_OUTCOME_MESSAGE = "The article doesn't say what came of this. It says only this:"
#: A question for what someone said ("what did the Chinese hosts say?") of a snippet that
#: reports nothing said.
NOT_REPORTED_SAID_MESSAGE = "The article doesn't report what {who} said. It says only this:"
#: A question for what a term is that the article only mentions ("what is ransomware?").
NOT_DEFINED_MESSAGE = "The article doesn't explain what {term} means. It says only this:"
#: A question about another edition of a reported event ("the 17th AMMTC").
OTHER_EDITION_MESSAGE = ("The article reports the {event}, not the {edition} one. It says only "
                         "this:")
#: The first line of the introduction when intents.yaml has no "help" intent.
INTRODUCTION = "I answer questions about transnational crime from my sources."


def topics_line(titles: Sequence[str]) -> str:
    """The second line of that introduction."""
    return "Topics: " + ", ".join(titles)


# --- briefings -------------------------------------------------------------------------------

OVERVIEW_TITLE = "transnational crime, all key areas"
BOTTOM_LINE = "Bottom line: "
BRIEFING_SOURCES = "Sources: "
WHICH_TOPIC = "Which do you mean?"


def briefing_headline(title: str) -> str:
    """The headline of a briefing."""
    return f"Briefing: {title}"


def briefing_dated(when: str | None, as_of: str | None) -> str:
    """When a document's event was, and the date its information holds for."""
    return f"{when or 'undated'}; as of {as_of or 'publication (no date given)'}"


def citation(label: str, paragraph: str) -> str:
    """A short citation: "AMMTC-11 \u00b623"."""
    number = paragraph[1:] if paragraph[:1] == "p" and paragraph[1:].isdigit() else paragraph
    return f"{label} \u00b6{number}"


def full_title(label: str, title: str) -> str:
    """A short label and the full title it stands for, at the foot of a briefing."""
    return f"{label} = {title}"


def briefing_cut(points: int) -> str:
    """Under a briefing shortened to fit: how many points were left out."""
    return f"({points} more point(s) left out for length; ask me about them.)"


def pick_a_number(count: int) -> str:
    """The command line's prompt for a numbered choice."""
    return f"Choose 1-{count}: "


# --- answers ---------------------------------------------------------------------------------

NONE_OF_THESE_BUTTON = "None of these"
#: What a "did you mean" says if the reply carries no words of its own.
TOPICS_HINT_TERMINAL = "Type 'topics' to see what I cover."


def source(label: str) -> str:
    """The line that cites a source under an answer."""
    return f"Source: {label}"


def source_label(title: str, paragraph: str, reference: str) -> str:
    """How one cited paragraph is named."""
    return f"{title}, paragraph {paragraph} ({reference})"


def sources_label(title: str, paragraphs: str, references: str) -> str:
    """How several cited paragraphs of one document are named."""
    return f"{title}, paragraphs {paragraphs} ({references})"


def as_of(day: str) -> str:
    """The date an answer holds for."""
    return f"As of {day}"


def related(titles: Sequence[str]) -> str:
    """The follow-up questions under a terminal answer."""
    return "Related: " + " | ".join(titles)


def short_decline(hint: str) -> str:
    """A decline in a group chat: one line."""
    return f"I don't have that in my sources. Try {hint}."


def browse_hint(hint: str) -> str:
    """Under a decline's list of topics."""
    return f"Send {hint} to browse them."


# --- commands ---------------------------------------------------------------------------------

#: The command menu of private chats: (command, what it does).
PRIVATE_COMMANDS = (
    ("start", "what I am and what I cover"),
    ("help", "how to ask me"),
    ("topics", "browse the topics and their questions"),
    ("brief", "a cited briefing: /brief [topic]"),
    ("sources", "the documents I quote"),
    ("why", "why I gave my last answer"),
    ("subscribe", "a scheduled briefing: /subscribe daily 08:30 [topic]"),
    ("subscriptions", "the scheduled briefings here"),
    ("unsubscribe", "stop the scheduled briefings"),
    ("privacy", "what I store"),
)
#: The command menu of groups.
GROUP_COMMANDS = (
    ("ask", "ask a question: /ask <question>"),
    ("brief", "a cited briefing: /brief [topic]"),
    ("topics", "browse the topics"),
    ("sources", "the documents I quote"),
    ("subscribe", "schedule a briefing (admins): /subscribe daily 08:30 [topic]"),
    ("subscriptions", "the scheduled briefings here"),
    ("unsubscribe", "stop the scheduled briefings (admins)"),
    ("privacy", "what I store"),
    ("help", "how to use me here"),
)

ASK_USAGE = "Ask like this: /ask when was the 2023 security conference held?"
NON_TEXT = "I can only read text. Type your question, or send /topics to browse."
NONE_OF_THESE = "Thanks. Try asking in other words, or send /topics to browse what I cover."
GONE = "That question is no longer in my knowledge base. Send /topics to browse."
GROUP_INTRO = ("Hello! I brief on transnational crime from two cited sources. Ask me with "
               "/ask <question>, get a briefing with /brief [topic], or mention me.")
FAILURE = "Sorry, something went wrong on my side. Please try again."
NOT_ALLOWED = "Sorry, this bot serves only its team's chats."
SLOW_DOWN = ("You're asking faster than I can brief. Please wait a minute; I'll answer "
             "again then.")
ADMINS_ONLY = "Only the bot's administrators can do that."
PICK_A_TOPIC = "Pick a topic:"
TOPIC_QUESTIONS = "Questions I can answer; tap one:"
MY_SOURCES = "My sources"
SOURCES_INTRO = "Every answer is quoted word for word from one of these:"
NO_DATE = "no date given in the article"
WHY_TITLE = "Why I answered that"
#: The heading of /why after a reply that was not an answer, by the reply's reason.
WHY_NOT_TITLES = {
    "not_stated": "Why I said my sources don't say that",
    "ambiguous": "Why I asked which you meant",
    "unsure": "Why I asked which you meant",
    "out_of_scope": "Why I didn't answer that",
    "harmful": "Why I refused",
    "empty": "Why I didn't answer that",
}
#: What /why says first about a reply, by its reason.
WHY_REASONS = {
    "matched": "Your question matched this example best, clearly ahead of the rest.",
    "smalltalk": "Your message matched one of my conversational examples.",
    "not_stated": ("Your question matched something my sources do not say, so I said so and "
                   "gave the nearest fact they do state."),
    "ambiguous": ("Several answers came close and none was clearly ahead, so I offered the "
                  "closest for you to choose."),
    "unsure": ("My best match was not close enough to answer outright, so I offered it for you "
               "to confirm."),
    "out_of_scope": "Nothing in my sources came close enough to your question to answer it.",
    "harmful": "It asked for operational help with a crime, which I never give.",
    "empty": "It had no words I could look up.",
}
#: /start: how to begin, after the introduction.
START_TITLE = "How to begin"
START_STEPS = (
    "Ask a question in your own words, or tap one of the questions below.",
    "/brief gives a cited briefing on everything I cover; /brief drugs (or scams, "
    "extradition...) one topic.",
    "/topics lets you browse the topics and their questions.",
)
START_MORE = "/help lists every command."
#: /help: how to ask, then the commands.
HELP_TITLE = "How to ask me"
HELP_PRIVATE = ("Ask in your own words; I answer with a quote from my sources and say where it "
                "comes from. When I'm not sure, I offer the closest questions as buttons, and "
                "/why tells you why I answered as I did.")
HELP_GROUP = ("In a group I answer only when addressed: /ask <question>, a reply to one of my "
              "messages, or a mention of me with your question.")
COMMANDS_TITLE = "Commands"
WHY_NOTHING_YET = "Ask me a question first; then /why explains my answer."


def no_such_topic(topic_ids: Sequence[str]) -> str:
    """/brief with a topic the bot does not know."""
    return f"I have no topic like that. Try one of: {', '.join(topic_ids)}."


def no_such_choice(count: int) -> str:
    """``briefbot brief`` given something other than one of the numbers offered."""
    return f"No topic chosen: answer with a number from 1 to {count}."


def dates(days: str) -> str:
    """The dates a source document gives."""
    return f"Dates: {days}"


# --- /reload (administrators) ---------------------------------------------------------------

RELOADED = "Reloaded."
RELOAD_FAILED = "Reload failed; the old knowledge is still serving."


def reloaded(intents: int, examples: int, documents: int) -> str:
    """What a successful reload serves now (also logged)."""
    return f"reloaded {intents} intents, {examples} examples, {documents} documents"


def kept_old_knowledge(problems: int) -> str:
    """Why a reload was refused (also logged)."""
    return f"kept the old knowledge: {problems} problem(s)"


def more_problems(hidden: int) -> str:
    """After the problems a reload message lists."""
    return f"\u2026and {hidden} more; run briefbot check for all of them."


# --- /privacy --------------------------------------------------------------------------------

PRIVACY_TITLE = "What I store"
PRIVACY_WITH_IDS = "with the chat and user ids (the operator turned BRIEFBOT_LOG_CHATS on)"
PRIVACY_WITHOUT_IDS = "without any user id, name or chat id"
PRIVACY_COUNTS = "How many questions I answered, asked about or declined each day (counts only)."
PRIVACY_SUBSCRIPTIONS = ("Scheduled briefings: the chat, the schedule and the topic, until "
                         "/unsubscribe or until I leave the chat.")
PRIVACY_ANSWERED = "Answered questions are not stored."


def privacy_unanswered(who: str, retention_days: int) -> str:
    """What is kept of a question the bot could not answer, and for how long."""
    return (f"Questions I could not answer (declined, \"did you mean\", \"None of these\"): the "
            f"text, the time, private or group, and my best guesses, {who}. They are deleted "
            f"after {retention_days} days and help the curators improve my answers.")


# --- scheduled briefings ---------------------------------------------------------------------

ADMINS_ONLY_HERE = "Only this group's administrators can change its subscriptions."
NONE_YET = "This chat has no subscriptions. Example: /subscribe daily 08:30 drugs"
SUBSCRIPTIONS_HERE = "Scheduled briefings here:"
SUBSCRIBE_USAGE = ("Use: /subscribe daily 08:30 [topic] or /subscribe weekly mon 08:30 [topic]; "
                   "add a time zone like Asia/Yangon if not UTC.")
SAY_WHICH_DAY = "Say which day, e.g. /subscribe weekly mon 08:30."
SAY_WHAT_TIME = "Say what time, e.g. /subscribe daily 08:30."
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAILY = "daily"
ALL_TOPICS = "overview of all topics"


def weekly_on(day_name: str) -> str:
    """How often a weekly briefing comes."""
    return f"weekly on {day_name}"


def schedule(when: str, at_time: str, timezone: str, about: str) -> str:
    """A subscription, e.g. "weekly on Monday at 08:30 (Asia/Yangon): Drugs"."""
    return f"{when} at {at_time} ({timezone}): {about}"


def subscribed(description: str) -> str:
    """The confirmation of /subscribe."""
    return f"Subscribed: {description}."


def already_subscribed(description: str) -> str:
    """/subscribe with a schedule this chat already has."""
    return f"Already subscribed: {description}."


def too_many_subscriptions(limit: int) -> str:
    """/subscribe in a chat that has as many as it may."""
    return (f"This chat already has {limit} scheduled briefings, the most it may have. "
            "Send /unsubscribe to start again.")


def unsubscribed(removed: int) -> str:
    """The confirmation of /unsubscribe."""
    return f"Unsubscribed ({removed} removed)."


def unreadable_time(quoted: str) -> str:
    """/subscribe with something that is not a time."""
    return f"I can't read the time {quoted}; write it as HH:MM, e.g. 08:30."


def not_a_time_of_day(quoted: str) -> str:
    """/subscribe with an hour or minute out of range."""
    return f"{quoted} is not a time of day; use 00:00 to 23:59."


def unknown_timezone(quoted: str) -> str:
    """/subscribe with a time zone this machine does not know."""
    return f"I don't know the time zone {quoted}; use a name like Asia/Yangon or Europe/London."


def which_topic_to_subscribe(topic_ids: Sequence[str]) -> str:
    """/subscribe with a word for several topics, when buttons cannot carry the schedule."""
    return f"Which do you mean: {' or '.join(topic_ids)}? Send /subscribe again with one of them."


def unknown_topic(quoted: str) -> str:
    """/subscribe with a topic the bot does not know."""
    return f"I have no topic like {quoted}; /topics lists them."


# --- the command line ------------------------------------------------------------------------

CHAT_GREETING = ("briefbot: ask me about transnational crime. 'topics' lists what I cover, "
                 "'quit' ends.")
LOCAL_INSTEAD = ("TELEGRAM_BOT_TOKEN is not set, so the bot runs here, in this terminal, against a "
                 "local Telegram (every command and button as in Telegram; nothing leaves this "
                 "machine). Set the token to serve the real Telegram.")


def check_more(hidden: int) -> str:
    """After the problems ``briefbot check`` shows."""
    return f"... {hidden} more; 'briefbot check --all' lists every one."


def check_passed(summary: str, warnings: int) -> str:
    """``briefbot check`` found no errors."""
    return f"OK: {summary}; {warnings} warning(s)."


def check_failed(errors: int, warnings: int) -> str:
    """``briefbot check`` found errors."""
    return f"FAILED: {errors} error(s), {warnings} warning(s)."


def no_database(path: str) -> str:
    """``briefbot review`` before the bot has written anything."""
    return (f"No database at {path} yet: the bot records questions there once it runs "
            "(set BRIEFBOT_DB or --db to read another).")


def no_database_yet(url: str) -> str:
    """``briefbot review`` on a PostgreSQL database the bot has not written to."""
    return (f"Nothing in {url} yet: the bot creates its tables and records questions there "
            "once it runs (set BRIEFBOT_DB or --db to read another).")


def not_a_database(path: str, error: str) -> str:
    """``briefbot review --db`` given a file that is not briefbot's."""
    return f"{path} is not a briefbot database ({error})."


def knowledge_problems(hidden: int) -> str:
    """After the problems a command that loads the knowledge files shows."""
    more = f" ({hidden} more not shown)" if hidden > 0 else ""
    return f"The knowledge files have problems{more}; fix them and run 'briefbot check'."


def config_error(error: str) -> str:
    """A wrong setting in the environment."""
    return f"Configuration error: {error}"


# --- the local session (``briefbot run`` without a token) -------------------------------------

NO_REPLY = "(no reply)"


def local_session(group: bool, bot_username: str) -> str:
    """The first lines of a local session: where it runs and how to use it."""
    where = (f"a group chat: address me with /ask <question>, @{bot_username} <question> or a "
             "command" if group else "a private chat")
    return (f"briefbot, locally: the whole Telegram bot in this terminal, in {where}.\n"
            "Type a message and press Enter; type a button's number to press it; try /start, "
            "/brief, /help. '!quit' or end of input ends.")


def no_such_button(count: int) -> str:
    """A number that is not one of the buttons shown."""
    if not count:
        return "(no buttons to press)"
    return f"(no such button: choose 1-{count})"
