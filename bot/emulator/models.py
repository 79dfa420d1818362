"""Plain data for the simulated Telegram world: users, chats and JSON helpers.

Nothing here knows python-telegram-bot: every object renders itself as the raw
Bot API JSON dict that Telegram would send.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

JsonDict = dict[str, Any]

ChatType = Literal["private", "group", "supergroup", "channel"]
MemberStatus = Literal["creator", "administrator", "member", "restricted", "left", "kicked"]

MEMBER_STATUSES: frozenset[str] = frozenset(
    {"creator", "administrator", "member", "restricted", "left", "kicked"}
)
PRESENT_STATUSES: frozenset[str] = frozenset({"creator", "administrator", "member", "restricted"})


@dataclass(frozen=True)
class User:
    """A Telegram user (or bot) account."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    is_bot: bool = False
    language_code: str | None = "en"

    def to_dict(self) -> JsonDict:
        """The Bot API ``User`` object."""
        data: JsonDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass(eq=False)
class Chat:
    """A chat and who is in it (``members`` maps user id to status)."""

    id: int
    type: ChatType
    title: str | None = None
    user: User | None = None
    username: str | None = None
    members: dict[int, str] = field(default_factory=dict)
    migrated_to: int | None = None

    def to_dict(self) -> JsonDict:
        """The Bot API ``Chat`` object (as embedded in messages)."""
        data: JsonDict = {"id": self.id, "type": self.type}
        if self.type == "private" and self.user is not None:
            data["first_name"] = self.user.first_name
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
        else:
            data["title"] = self.title or ""
            if self.username:
                data["username"] = self.username
        return data

    def status_of(self, user_id: int) -> str:
        """The member status of ``user_id`` ("left" when never seen)."""
        if self.type == "private":
            return "member"
        return self.members.get(user_id, "left")


def chat_member_dict(user: User, status: str, *, until_date: int = 0) -> JsonDict:
    """The Bot API ``ChatMember`` object for ``user`` with ``status``."""
    data: JsonDict = {"status": status, "user": user.to_dict()}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "administrator":
        data.update(
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=True,
            can_manage_video_chats=True,
            can_restrict_members=True,
            can_promote_members=False,
            can_change_info=True,
            can_invite_users=True,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_pin_messages=True,
        )
    elif status == "restricted":
        data.update(
            is_member=True,
            can_change_info=False,
            can_invite_users=False,
            can_pin_messages=False,
            can_send_messages=False,
            can_send_polls=False,
            can_send_other_messages=False,
            can_add_web_page_previews=False,
            can_manage_topics=False,
            until_date=until_date,
            can_send_audios=False,
            can_send_documents=False,
            can_send_photos=False,
            can_send_videos=False,
            can_send_video_notes=False,
            can_send_voice_notes=False,
            can_edit_tag=False,
            can_react_to_messages=False,
        )
    elif status == "kicked":
        data["until_date"] = until_date
    return data


def message_text_and_entities(message: JsonDict) -> tuple[str, list[JsonDict]]:
    """The text (or caption) of a message JSON with its entities."""
    if "text" in message:
        return str(message["text"]), list(message.get("entities", []))
    return str(message.get("caption", "")), list(message.get("caption_entities", []))
