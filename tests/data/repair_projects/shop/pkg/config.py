"""Settings read at import."""

RATE = int("ten")
