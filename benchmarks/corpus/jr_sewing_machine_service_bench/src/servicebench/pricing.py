"""The price board on the counter."""

from __future__ import annotations

SERVICES = {
    "basic": 45.00,  # clean, oil, new needle, tension check
    "full": 75.00,  # strip down, degrease, timing, feed dogs
    "overlocker": 85.00,
}
INDUSTRIAL = 1.5  # industrial and walking-foot machines take half as long again
EXPRESS = 20.00  # back within two working days


def price(service: str, industrial: bool = False, express: bool = False, parts: float = 0.0) -> float:
    """What the customer pays on collection; parts are charged at cost."""
    if service not in SERVICES:
        raise ValueError(f"no such service {service!r}")
    labour = SERVICES[service] * (INDUSTRIAL if industrial else 1)
    return round(labour + (EXPRESS if express else 0) + parts, 2)
