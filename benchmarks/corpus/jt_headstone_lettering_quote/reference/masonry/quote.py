"""The lettering quote: so much a letter by finish, with a minimum charge for
setting up a job at all; fixing the stone in the churchyard is extra, and VAT
goes on the whole job."""

from __future__ import annotations

from dataclasses import dataclass

from masonry.lettering import chargeable_letters

# Pence a letter, by finish.
LETTER_RATES = {"incised": 250, "painted": 310, "gilded": 540, "lead": 720}
MINIMUM_LETTERING = 9000
FIXING = 18500
# An additional inscription is cut in the churchyard: no fixing, but a visit.
CHURCHYARD_VISIT = 6500
VAT_RATE = 0.2


@dataclass(frozen=True)
class Quote:
    letters: int
    lettering: int
    fixing: int
    vat: int
    total: int


def quote(lines: list[str], finish: str, additional: bool = False) -> Quote:
    """The quote for cutting `lines` in `finish`, all in pence. An additional
    inscription is one added to a stone already standing."""
    if finish not in LETTER_RATES:
        raise ValueError(f"we do not offer {finish!r} lettering")
    letters = sum(chargeable_letters(line) for line in lines)
    lettering = max(MINIMUM_LETTERING, letters * LETTER_RATES[finish])
    fixing = CHURCHYARD_VISIT if additional else FIXING
    vat = round((lettering + fixing) * VAT_RATE)
    return Quote(letters, lettering, fixing, vat, lettering + fixing + vat)


def quote_text(q: Quote) -> str:
    """The quote as it goes on the letter to the family."""
    rows = [
        (f"Lettering, {q.letters} letters", q.lettering),
        ("Fixing" if q.fixing == FIXING else "Churchyard visit", q.fixing),
        ("VAT at 20%", q.vat),
        ("Total", q.total),
    ]
    return "\n".join(f"{label:<28}{pence / 100:>10,.2f}" for label, pence in rows)
