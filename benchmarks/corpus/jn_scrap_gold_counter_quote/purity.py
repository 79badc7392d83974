"""Hallmarks as the jeweller reads them off scrap brought to the counter: a carat
('9ct', '22K'), a millesimal fineness ('375', '925'), or a word ('sterling', 'pt950')."""

from __future__ import annotations

CARAT_FINENESS = {9: 375, 14: 585, 18: 750, 22: 916, 24: 999}
GOLD = {375, 585, 750, 916, 990, 999}
SILVER = {800, 925, 958}
WORDS = {"sterling": ("silver", 925), "britannia": ("silver", 958), "pt950": ("platinum", 950), "plat": ("platinum", 950)}


def read_hallmark(mark: str) -> tuple[str, float]:
    """(metal, fraction of fine metal) for a hallmark."""
    text = mark.strip().lower().replace(" ", "")
    if text in WORDS:
        metal, parts = WORDS[text]
        return metal, parts / 1000
    for suffix in ("ct", "k"):
        if text.endswith(suffix) and text[: -len(suffix)].isdigit():
            carat = int(text[: -len(suffix)])
            if carat not in CARAT_FINENESS:
                raise ValueError(f"no {carat} carat gold is hallmarked: {mark!r}")
            return "gold", CARAT_FINENESS[carat] / 1000
    if text.isdigit():
        parts = int(text)
        if parts in GOLD:
            return "gold", parts / 1000
        if parts in SILVER:
            return "silver", parts / 1000
    raise ValueError(f"cannot read hallmark {mark!r}")
