"""Contacts as the CRM keeps them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


@dataclass
class Contact:
    name: str
    email: str
    status: str = "active"
    phone: Optional[str] = None


def normalize_email(text: str) -> str:
    """The address lower-cased and stripped, or "" when it is not an address."""
    email = text.strip().lower()
    return email if EMAIL.match(email) else ""


def normalize_phone(text: str) -> Optional[str]:
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    return digits or None
