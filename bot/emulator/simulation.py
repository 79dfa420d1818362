"""What people do in the emulated Telegram: create chats, talk, press buttons.

Every action stores what Telegram would store and queues the update Telegram
would send the bot (subject to group privacy mode). Helpers return raw JSON
dicts, never python-telegram-bot objects.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Literal

from .markup import callback_data_in
from .models import MEMBER_STATUSES, Chat, JsonDict, User, chat_member_dict
from .text_entities import detect_entities
from .world import (
    FIRST_USER_ID,
    GROUP_ID_BASE,
    SUPERGROUP_ID_BASE,
    ChatRef,
    MessageRef,
    World,
)


class Simulation(World):
    """:class:`World` plus the actions of the people in it."""

    # -- people and chats ---------------------------------------------------------------------

    def user(
        self,
        first_name: str,
        username: str | None = None,
        *,
        user_id: int | None = None,
        last_name: str | None = None,
        language_code: str | None = "en",
        is_bot: bool = False,
    ) -> User:
        """Create a user with a fresh id."""
        uid = user_id if user_id is not None else FIRST_USER_ID + self.next_id()
        return self.register_user(User(uid, first_name, username, last_name, is_bot, language_code))

    def private_chat(self, user: User) -> Chat:
        """The private chat of ``user`` with the bot (as if they pressed Start)."""
        self.register_user(user)
        if user.id in self.chats:
            return self.chats[user.id]
        return self.add_chat(Chat(id=user.id, type="private", user=user))

    def group_chat(
        self,
        title: str,
        members: Iterable[User] = (),
        *,
        type: Literal["group", "supergroup"] = "group",
        creator: User | None = None,
        admins: Iterable[User] = (),
        bot_status: str = "member",
        username: str | None = None,
    ) -> Chat:
        """A group/supergroup with ``members`` (first one is creator unless given)."""
        people = [self.register_user(u) for u in members]
        base = SUPERGROUP_ID_BASE if type == "supergroup" else GROUP_ID_BASE
        chat = Chat(id=-(base + self.next_id()), type=type, title=title, username=username)
        for person in people:
            chat.members[person.id] = "member"
        for admin in admins:
            chat.members[self.register_user(admin).id] = "administrator"
        owner = creator or (people[0] if people else None)
        if owner is not None:
            chat.members[self.register_user(owner).id] = "creator"
        chat.members[self.bot.id] = bot_status
        return self.add_chat(chat)

    def set_member_status(self, chat: ChatRef, user: User, status: str) -> None:
        """Set what getChatMember answers for ``user`` (creator/administrator/member/...)."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown member status {status!r}")
        self.chat_of(chat).members[self.register_user(user).id] = status

    def block_bot(self, user: User) -> None:
        """``user`` blocks the bot: sending to them now fails with 403."""
        self.blocked_by.add(user.id)

    def unblock_bot(self, user: User) -> None:
        """``user`` unblocks the bot."""
        self.blocked_by.discard(user.id)

    # -- messages -----------------------------------------------------------------------------

    def send_text(self, chat: ChatRef, user: User, text: str, reply_to: MessageRef | None = None) -> JsonDict:
        """``user`` writes ``text``; commands, mentions, hashtags and URLs become entities.

        Returns the stored message. Raises ValueError if ``user`` is not in ``chat``.
        """
        content: JsonDict = {"text": text}
        entities = detect_entities(text)
        if entities:
            content["entities"] = entities
        return self._user_message(chat, user, content, reply_to)

    def send_sticker(
        self, chat: ChatRef, user: User, emoji: str = "👍", reply_to: MessageRef | None = None
    ) -> JsonDict:
        """``user`` sends a sticker."""
        sticker = self.new_file("stickers", "webp", b"RIFF-sticker")
        sticker.update(type="regular", width=512, height=512, is_animated=False, is_video=False)
        sticker["emoji"] = emoji
        return self._user_message(chat, user, {"sticker": sticker}, reply_to)

    def send_photo(
        self,
        chat: ChatRef,
        user: User,
        caption: str | None = None,
        reply_to: MessageRef | None = None,
        data: bytes = b"\xff\xd8\xff-emulated-jpeg",
    ) -> JsonDict:
        """``user`` sends a photo (two sizes), optionally with a caption."""
        sizes = []
        for width, height in ((90, 67), (800, 600)):
            size = self.new_file("photos", "jpg", data)
            size.update(width=width, height=height)
            sizes.append(size)
        content: JsonDict = {"photo": sizes}
        if caption:
            content["caption"] = caption
            entities = detect_entities(caption)
            if entities:
                content["caption_entities"] = entities
        return self._user_message(chat, user, content, reply_to)

    def send_voice(
        self,
        chat: ChatRef,
        user: User,
        duration: int = 2,
        reply_to: MessageRef | None = None,
        data: bytes = b"OggS-emulated-voice",
    ) -> JsonDict:
        """``user`` sends a voice message."""
        voice = self.new_file("voice", "oga", data)
        voice.update(duration=duration, mime_type="audio/ogg")
        return self._user_message(chat, user, {"voice": voice}, reply_to)

    def edit_text(self, message: JsonDict, new_text: str) -> JsonDict:
        """The author edits their text message (an ``edited_message`` update)."""
        chat = self.chat_of(int(message["chat"]["id"]))
        stored = self.find_message(chat.id, int(message["message_id"]))
        if stored is None or "text" not in stored:
            raise ValueError("no such text message to edit")
        stored["text"] = new_text
        stored.pop("entities", None)
        entities = detect_entities(new_text)
        if entities:
            stored["entities"] = entities
        stored["edit_date"] = self.now()
        self.deliver(chat, stored, "edited_message")
        return copy.deepcopy(stored)

    def _user_message(
        self, chat: ChatRef, user: User, content: JsonDict, reply_to: MessageRef | None
    ) -> JsonDict:
        target = self.chat_of(chat)
        self.register_user(user)
        if target.type == "private" and target.id != user.id:
            raise ValueError(f"{user.first_name} is not the user of private chat {target.id}")
        if target.type != "private" and target.status_of(user.id) in {"left", "kicked"}:
            raise ValueError(f"{user.first_name} is not a member of {target.title!r}")
        message = self.store_message(target, user, content, reply_to)
        self.deliver(target, message)
        return copy.deepcopy(message)

    # -- membership ---------------------------------------------------------------------------

    def add_bot_to_group(self, chat: ChatRef, by_user: User, *, as_admin: bool = False) -> JsonDict:
        """``by_user`` adds the bot: a ``my_chat_member`` update and a service message."""
        target = self.chat_of(chat)
        self._bot_status_change(target, by_user, "administrator" if as_admin else "member")
        message = self.store_message(target, by_user, {"new_chat_members": [self.bot.to_dict()]}, None)
        self.deliver(target, message)
        return copy.deepcopy(message)

    def remove_bot_from_group(self, chat: ChatRef, by_user: User, *, ban: bool = False) -> None:
        """``by_user`` removes (or bans) the bot: only a ``my_chat_member`` update."""
        target = self.chat_of(chat)
        self._bot_status_change(target, by_user, "kicked" if ban else "left")
        self.store_message(target, by_user, {"left_chat_member": self.bot.to_dict()}, None)

    def user_joins(self, chat: ChatRef, user: User, by_user: User | None = None) -> JsonDict:
        """``user`` joins (or is added by ``by_user``): a ``new_chat_members`` message."""
        target = self.chat_of(chat)
        target.members[self.register_user(user).id] = "member"
        message = self.store_message(target, by_user or user, {"new_chat_members": [user.to_dict()]}, None)
        self.deliver(target, message)
        return copy.deepcopy(message)

    def user_leaves(self, chat: ChatRef, user: User) -> JsonDict:
        """``user`` leaves: a ``left_chat_member`` message."""
        target = self.chat_of(chat)
        target.members[user.id] = "left"
        message = self.store_message(target, user, {"left_chat_member": user.to_dict()}, None)
        self.deliver(target, message)
        return copy.deepcopy(message)

    def migrate_to_supergroup(self, chat: ChatRef, by_user: User | None = None) -> Chat:
        """Upgrade a basic group; returns the new supergroup (with a new id)."""
        old = self.chat_of(chat)
        if old.type != "group":
            raise ValueError("only basic groups can be migrated")
        new = self.add_chat(
            Chat(
                id=-(SUPERGROUP_ID_BASE + self.next_id()),
                type="supergroup",
                title=old.title,
                members=dict(old.members),
            )
        )
        actor = by_user or next(
            (self.users[uid] for uid, st in old.members.items() if st == "creator"), self.bot
        )
        old_note = self.store_message(old, actor, {"migrate_to_chat_id": new.id}, None)
        old.migrated_to = new.id
        new_note = self.store_message(new, actor, {"migrate_from_chat_id": old.id}, None)
        self.deliver(old, old_note)
        self.deliver(new, new_note)
        return new

    def _bot_status_change(self, chat: Chat, by_user: User, status: str) -> None:
        old_status = chat.status_of(self.bot.id)
        chat.members[self.bot.id] = status
        self.updates.push(
            "my_chat_member",
            {
                "chat": chat.to_dict(),
                "from": self.register_user(by_user).to_dict(),
                "date": self.now(),
                "old_chat_member": chat_member_dict(self.bot, old_status),
                "new_chat_member": chat_member_dict(self.bot, status),
            },
        )
        self.changed.notify()

    # -- buttons and inline mode --------------------------------------------------------------

    def press_button(self, message: JsonDict, callback_data: str, user: User, *, check: bool = True) -> str:
        """``user`` presses a button of a bot message; returns the callback query id."""
        chat_id = int(message["chat_id"] if "chat_id" in message else message["chat"]["id"])
        stored = self.find_message(chat_id, int(message["message_id"]))
        if stored is None:
            raise ValueError("the message with that button no longer exists")
        if check and callback_data not in callback_data_in(stored):
            raise ValueError(
                f"no button with callback_data {callback_data!r}; "
                f"buttons now: {sorted(callback_data_in(stored))}"
            )
        query_id = str(4_000_000_000_000_000_000 + self.next_id())
        query: JsonDict = {
            "id": query_id,
            "from": self.register_user(user).to_dict(),
            "message": copy.deepcopy(stored),
            "chat_instance": str(abs(chat_id) * 7 + 13),
            "data": callback_data,
        }
        self.callback_queries[query_id] = {"query": query, "answered": False, "answer": None}
        self.updates.push("callback_query", query)
        self.changed.notify()
        return query_id

    def inline_query(self, user: User, query: str, *, offset: str = "", chat_type: str = "sender") -> str:
        """``user`` types ``@bot query``; returns the inline query id."""
        query_id = str(5_000_000_000_000_000_000 + self.next_id())
        payload: JsonDict = {
            "id": query_id,
            "from": self.register_user(user).to_dict(),
            "query": query,
            "offset": offset,
            "chat_type": chat_type,
        }
        self.inline_queries[query_id] = {"query": payload, "answered": False, "answer": None}
        self.updates.push("inline_query", payload)
        self.changed.notify()
        return query_id
