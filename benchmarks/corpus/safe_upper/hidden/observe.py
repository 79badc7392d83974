"""Upper-casing text, empty text and None."""

from observing import attempt
from mod import safe_upper


def observe():
    return [attempt(safe_upper, t) for t in ("abc", "", "MiXed 1", None, "ß")]
