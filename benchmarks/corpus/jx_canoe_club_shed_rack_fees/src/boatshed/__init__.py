"""Boat shed register and rack fees for the canoe club."""
