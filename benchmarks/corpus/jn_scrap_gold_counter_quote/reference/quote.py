"""The price offered over the counter for a customer's lot of scrap.

Each piece is worth its fine metal at today's spot price, less our margin (the buy
rate). A lot under SMALL_LOT_GRAMS on the scales pays the testing fee, once; the
offer never goes below nothing."""

from __future__ import annotations

from purity import read_hallmark

BUY_RATE = {"gold": 0.80, "silver": 0.60, "platinum": 0.70}
TESTING_FEE = 5.00
SMALL_LOT_GRAMS = 10


def quote(items: list[tuple[str, float]], spot: dict[str, float]) -> dict[str, object]:
    """items are (hallmark, grams on the scales); spot is the price of a gram of the
    pure metal. Returns the lines (hallmark, grams, metal, fine grams, value) and the offer."""
    lines = []
    lot_grams = 0.0
    for mark, grams in items:
        metal, fineness = read_hallmark(mark)
        fine = grams * fineness
        value = round(fine * spot[metal] * BUY_RATE[metal], 2)
        lines.append((mark, grams, metal, round(fine, 2), value))
        lot_grams += grams
    offer = sum(line[-1] for line in lines)
    if lot_grams < SMALL_LOT_GRAMS:
        offer -= TESTING_FEE
    return {"lines": lines, "offer": round(max(offer, 0.0), 2)}


def receipt(result: dict[str, object]) -> str:
    rows = [f"{mark:>10} {grams:7.2f} g  {metal:<8} {value:9.2f}" for mark, grams, metal, _fine, value in result["lines"]]
    rows.append(f"{'OFFER':>10} {result['offer']:30.2f}")
    return "\n".join(rows)
