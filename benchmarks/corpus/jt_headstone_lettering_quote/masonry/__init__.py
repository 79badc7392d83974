"""Quotes for memorial lettering at the monumental masons."""
