"""The Monday post run. A patient is sent packs when the cells they have left would
not last until the post after next; they get enough packs to last COVER_WEEKS, but
no more than MAX_PACKS in one envelope."""

from __future__ import annotations

import math

from batterypost.patients import Patient

PACK_SIZE = 6
COVER_WEEKS = 8
MAX_PACKS = 3
LOW_WEEKS = 2


def post_runs(patients: list[Patient], cells_in_hand: dict[str, float], weeks: int) -> list[tuple[int, str, int]]:
    """(week, patient number, packs) for every envelope over the coming weeks, week 0
    being this Monday. cells_in_hand is what each patient had at the last count."""
    left = {p.number: cells_in_hand.get(p.number, 0.0) for p in patients}
    envelopes = []

    def send(week: int, patient: Patient) -> None:
        short = COVER_WEEKS * patient.cells_per_week() - left[patient.number]
        packs = min(MAX_PACKS, math.ceil(short / PACK_SIZE))
        envelopes.append((week, patient.number, packs))

    for week in range(weeks):
        for patient in sorted(patients, key=lambda p: p.number):
            if left[patient.number] < LOW_WEEKS * patient.cells_per_week():
                send(week, patient)
            left[patient.number] = max(0.0, left[patient.number] - patient.cells_per_week())
    return envelopes


def packs_by_size(patients: list[Patient], envelopes: list[tuple[int, str, int]]) -> dict[str, int]:
    """How many packs of each size the run will take, for the order to the supplier."""
    size_of = {p.number: p.size for p in patients}
    totals: dict[str, int] = {}
    for _week, number, packs in envelopes:
        totals[size_of[number]] = totals.get(size_of[number], 0) + packs
    return totals
