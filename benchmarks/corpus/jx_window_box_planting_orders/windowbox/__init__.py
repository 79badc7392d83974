"""Seasonal window box planting for the round of cafes, pubs and offices."""
