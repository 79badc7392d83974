"""Importing contacts from the CSV export of the old address book."""

from __future__ import annotations

import csv
import io

from crm.contacts import Contact, normalize_email, normalize_phone

DELETED = "deleted"
DEFAULT_STATUS = "active"


def import_contacts(text: str) -> tuple[list[Contact], list[int]]:
    """The contacts of a CSV export (header: name,email,status,phone) and the line
    numbers of rows skipped for a missing name or a bad address. Rows the old app
    marked deleted are left out, and an address already imported is not added twice."""
    contacts: list[Contact] = []
    skipped: list[int] = []
    seen: set[str] = set()
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        name = (row.get("name") or "").strip()
        email = normalize_email(row.get("email") or "")
        status = (row.get("status") or "").strip().lower() or DEFAULT_STATUS
        if not name or not email:
            skipped.append(line)
        elif email not in seen:
            seen.add(email)
            contacts.append(Contact(name, email, status, normalize_phone(row.get("phone") or "")))
    return contacts, skipped
