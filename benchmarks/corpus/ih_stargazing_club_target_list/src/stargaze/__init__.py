"""Observing lists for the astronomy club's public nights."""

__version__ = "0.4.0"
