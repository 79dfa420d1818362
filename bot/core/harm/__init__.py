"""The harm boundary: requests for operational help with a crime are refused.

``guard`` reads a question the first way (the request and the verb it asks for), ``asker`` the
second (the asker as the one who would commit the crime).
"""

from bot.core.harm.followups import asks_to_do_it, gets_past_it
from bot.core.harm.guard import HarmGuard

__all__ = ["HarmGuard", "asks_to_do_it", "gets_past_it"]
