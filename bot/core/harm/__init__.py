"""The harm boundary: requests for operational help with a crime are refused.

- ``guard``: ``HarmGuard``, which reads a message whole and in its parts (``sentences``, with
  ``disguise`` undone) and tries the readings in order;
- ``lexicon`` and ``phrases``: the boundary's lists as tables, a question's words looked up in
  them; ``question``: the prepared question both readings take;
- the first reading, the request and the verb it asks for: ``requests``, ``verbs``, ``writing``,
  ``purpose``, ``roles``, ``keywords``;
- the second reading, the asker as the one who would commit the crime: ``asker``, one module per
  rule family;
- ``followups``: short follow-ups asking for the crime the answer before them spoke of.
"""

from bot.core.harm.followups import asks_to_do_it, gets_past_it
from bot.core.harm.guard import HarmGuard

__all__ = ["HarmGuard", "asks_to_do_it", "gets_past_it"]
