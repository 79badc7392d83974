"""The advice on the swim group's noticeboard for each spot on the river."""

from __future__ import annotations

from datetime import date

from samples import Sample, by_site

ECOLI_LIMIT = 1000  # one sample at or above this and we advise against swimming
ENTEROCOCCI_LIMIT = 400
AVERAGE_LIMIT = 500  # or the E. coli average over the recent samples at or above this
RECENT = 5
STALE_DAYS = 14  # no sample for this long and we don't know


def site_advice(samples: list[Sample], today: date) -> str:
    """"swim", "avoid" or "no data" for one site; samples are oldest first."""
    if not samples or (today - samples[-1].taken).days > STALE_DAYS:
        return "no data"
    latest = samples[-1]
    if latest.ecoli >= ECOLI_LIMIT or latest.enterococci >= ENTEROCOCCI_LIMIT:
        return "avoid"
    recent = samples[-RECENT:]
    average = sum(s.ecoli for s in recent) / len(recent)
    if average >= AVERAGE_LIMIT:
        return "avoid"
    return "swim"


def noticeboard(samples: list[Sample], today: date) -> list[str]:
    """One line a site, in site order."""
    return [f"{site}: {site_advice(taken, today)}" for site, taken in by_site(samples).items()]
