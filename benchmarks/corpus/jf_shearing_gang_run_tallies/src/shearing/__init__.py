"""Tally board and pay sheet for a contract shearing gang."""
