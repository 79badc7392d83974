"""String helpers for reports."""

from .strings import slugify, truncate, wrap

__all__ = ["slugify", "truncate", "wrap"]
