"""Term bills for families, with the sibling discount, and what is still owed."""

from __future__ import annotations

from ballet.classes import WEEKS_PER_TERM, term_fee

SIBLING_DISCOUNT = 0.10  # off every child's fee but the dearest


def family_bill(pupils: dict[str, list[str]], weeks: int = WEEKS_PER_TERM) -> dict[str, float]:
    """Each child's fee for the term: the child with the dearest classes pays in full,
    brothers and sisters get the sibling discount."""
    fees = {name: term_fee(codes, weeks) for name, codes in pupils.items()}
    dearest = max(fees, key=lambda name: (fees[name], name), default=None)
    return {
        name: fee if name == dearest else round(fee * (1 - SIBLING_DISCOUNT), 2)
        for name, fee in fees.items()
    }


def balance_due(bill: float, payments: list[float], credit: float = 0.0) -> float:
    """What is still owed on a term's bill after the payments and any credit brought
    forward from last term. Never below zero: an overpayment is carried forward instead."""
    paid = sum(payments) + credit
    return max(0.0, round(bill - paid), 2)


def carried_forward(bill: float, payments: list[float], credit: float = 0.0) -> float:
    """Credit to bring forward to next term when a family has paid more than the bill."""
    paid = sum(payments) + credit
    return max(0.0, round(paid - bill, 2))


def statement(pupils: dict[str, list[str]], payments: list[float], credit: float = 0.0) -> dict[str, float]:
    bill = round(sum(family_bill(pupils).values()), 2)
    return {
        "bill": bill,
        "paid": round(sum(payments), 2),
        "due": balance_due(bill, payments, credit),
        "carried forward": carried_forward(bill, payments, credit),
    }
