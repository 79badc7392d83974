"""Water samples from the river swimming spots, as the lab sends them back."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

BELOW_DETECTION = 5  # the lab writes "<10"; count it as half the detection limit


@dataclass(frozen=True)
class Sample:
    site: str
    taken: date
    ecoli: int  # cfu per 100 ml
    enterococci: int  # cfu per 100 ml


def count(text: str) -> int:
    text = text.strip()
    return BELOW_DETECTION if text.startswith("<") else int(text)


def read_lab_csv(text: str) -> list[Sample]:
    """The lab's CSV: site,date,ecoli,enterococci."""
    return [
        Sample(row["site"].strip(), date.fromisoformat(row["date"].strip()), count(row["ecoli"]), count(row["enterococci"]))
        for row in csv.DictReader(io.StringIO(text.strip()))
    ]


def by_site(samples: list[Sample]) -> dict[str, list[Sample]]:
    """Each site's samples, oldest first."""
    sites: dict[str, list[Sample]] = {}
    for sample in sorted(samples, key=lambda s: (s.site, s.taken)):
        sites.setdefault(sample.site, []).append(sample)
    return sites
