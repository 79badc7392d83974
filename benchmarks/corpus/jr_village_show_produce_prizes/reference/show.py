"""Results of the produce classes at the village horticultural show.

The judge scores each plate out of 20. Anyone may enter and be placed, members of
the society or not; the prize money, though, comes out of the society's funds and
is paid to members only (non-members take their prize card home).
"""

from __future__ import annotations

from dataclasses import dataclass

PRIZE_MONEY = {1: 3.00, 2: 2.00, 3: 1.00}
PLACES = 3


@dataclass(frozen=True)
class Entry:
    card: int  # the exhibitor's number for the day
    exhibitor: str
    class_no: int
    points: float
    member: bool
    disqualified: bool = False  # e.g. four shallots on a plate where the schedule says five


def placings(entries: list[Entry], class_no: int) -> list[tuple[int, int]]:
    """(place, card) for one class, best first. Equal points share a place and the
    place after them is not awarded; nothing below PLACES is placed."""
    judged = [e for e in entries if e.class_no == class_no and not e.disqualified]
    judged.sort(key=lambda e: (-e.points, e.card))
    result = []
    place = 0
    for i, entry in enumerate(judged):
        if i == 0 or entry.points != judged[i - 1].points:
            place = i + 1
        if place > PLACES:
            break
        result.append((place, entry.card))
    return result


def prize_money(entries: list[Entry]) -> dict[str, float]:
    """What each member collects from the prize table at the end of the day."""
    owed: dict[str, float] = {}
    for class_no in sorted({e.class_no for e in entries}):
        by_card = {e.card: e for e in entries if e.class_no == class_no}
        for place, card in placings(entries, class_no):
            entry = by_card[card]
            if entry.member:
                owed[entry.exhibitor] = owed.get(entry.exhibitor, 0.0) + PRIZE_MONEY[place]
    return owed


def prize_cards(entries: list[Entry], class_names: dict[int, str]) -> list[str]:
    """The cards the stewards put out on the benches, class by class."""
    words = {1: "First", 2: "Second", 3: "Third"}
    cards = []
    for class_no in sorted(class_names):
        for place, card in placings(entries, class_no):
            cards.append(f"Class {class_no} {class_names[class_no]}: {words[place]}, exhibitor {card}")
    return cards
