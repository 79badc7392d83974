"""The season statement for the committee: what came in on the door each night,
what the distributor is owed, and what the society kept.

The distributor takes the greater of its guarantee and its percentage of the box
office, rounded up to the penny. Members pay a reduced price on the door, having
paid their subscription; guests pay the full price or the concession price.
"""

from __future__ import annotations

from filmsoc.screenings import Screening

MEMBER_PENCE = 400
GUEST_PENCE = 650
CONCESSION_PENCE = 500


def season_statement(
    screenings: list[Screening],
    member_pence: int = MEMBER_PENCE,
    guest_pence: int = GUEST_PENCE,
    concession_pence: int = CONCESSION_PENCE,
) -> tuple[list[tuple[str, int, int, int]], tuple[int, int, int]]:
    """(title, box office, licence fee, kept) a night in date order, and the totals
    of the last three, all in pence."""

    def box_office(screening: Screening) -> int:
        full_price = screening.guests - screening.concessions
        return (
            screening.members * member_pence
            + screening.guests * guest_pence
            + screening.concessions * concession_pence
        )

    def licence_fee(screening: Screening) -> int:
        share = -(-box_office(screening) * screening.percent // 100)
        return max(screening.guarantee_pence, share)

    nights = []
    for screening in sorted(screenings, key=lambda s: s.day):
        takings, fee = box_office(screening), licence_fee(screening)
        nights.append((screening.title, takings, fee, takings - fee))
    totals = (sum(n[1] for n in nights), sum(n[2] for n in nights), sum(n[3] for n in nights))
    return nights, totals
