"""The quote letter sent to the customer."""

from __future__ import annotations

from treework.jobs import Job, Site
from treework.quote import quote


def quote_letter(site: Site, jobs: list[Job]) -> str:
    q = quote(site, jobs)
    lines = [f"Dear {site.customer},", "", "Thank you for asking us to look at your trees. We propose:"]
    for job in jobs:
        lines.append(f"  - {job.work.replace('-', ' ')}: {job.tree.species} ({job.tree.height_m:g} m)")
    lines += [
        "",
        f"Labour      £{q.labour}",
        f"Disposal    £{q.disposal}",
        f"Fees        £{q.fees}",
        f"VAT         £{q.vat}",
        f"Total       £{q.total}",
    ]
    return "\n".join(lines)
