"""The responder's layers: prepared knowledge, replies, the decision, follow-ups (``bot.core.responder``
puts them together)."""
