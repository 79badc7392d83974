"""The results sheet: bib, name, category and time, tab-separated. Runners who did
not start have no time at all; the referee writes DNF or DSQ in its place."""

from __future__ import annotations


def read_entries(text: str) -> list[dict]:
    entries = []
    for line in text.splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        entry = {"bib": fields[0].strip(), "name": fields[1].strip(), "category": fields[2].strip()}
        if len(fields) > 3 and fields[3].strip():
            entry["time"] = fields[3].strip()
        entries.append(entry)
    return entries
