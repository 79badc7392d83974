"""What the shop offers for a pile of records brought in over the counter."""

from __future__ import annotations

from dataclasses import dataclass

from crate.grading import RESALE_FACTOR, worse

CASH_SHARE = 0.35
CREDIT_SHARE = 0.5  # store credit comes back to the shop, so it pays better
MIN_OFFER = 0.25  # below that a record goes in the 50p bin and we pay a token amount


@dataclass(frozen=True)
class Record:
    artist: str
    title: str
    mint_price: float  # what a mint copy sells for in the shop
    vinyl: str
    sleeve: str


def trade_in_offer(records: list[Record], store_credit: bool = False) -> dict:
    """The offer for each record, by 'artist - title', and the total."""
    share = CREDIT_SHARE if store_credit else CASH_SHARE

    def offer(record: Record) -> float:
        grade = worse(record.vinyl, record.sleeve)
        resale = record.mint_price * RESALE_FACTOR[grade]
        return round(max(resale * share, MIN_OFFER), 2)

    offers = {f"{r.artist} - {r.title}": offer(r) for r in records}
    return {"offers": offers, "total": round(sum(offers.values()), 2)}
