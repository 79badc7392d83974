"""Which shipping zone a destination country falls in."""

from __future__ import annotations

DOMESTIC = "domestic"
EUROPE = "europe"
WORLD = "world"

_EUROPE = {"AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "PT", "SE"}


def zone_for(country: str, home: str = "NL") -> str:
    code = country.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(f"not a country code: {country!r}")
    if code == home:
        return DOMESTIC
    if code in _EUROPE:
        return EUROPE
    return WORLD
