"""Bookkeeping for small shops."""
