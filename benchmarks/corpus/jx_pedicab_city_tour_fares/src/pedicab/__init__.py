"""Fares and shift takings for the pedicab tour riders."""
