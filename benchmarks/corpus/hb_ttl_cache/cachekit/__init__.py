from cachekit.clock import ManualClock
from cachekit.ttl import TTLCache

__all__ = ["ManualClock", "TTLCache"]
