"""Making up a kit bag from a chart: how many skeins of each colour go in.

A skein of stranded cotton worked in two strands covers about this many full
crosses, fewer on coarser fabric where each cross is bigger; we pack ten percent
over for starting and finishing threads.
"""

from __future__ import annotations

import math

from chart import KeyEntry, stitch_counts

STITCHES_PER_SKEIN = {11: 1200, 14: 1800, 16: 2100, 18: 2400}
SPARE = 1.1
SKEIN_PRICE = 95  # pence


def skeins_for(stitches: float, fabric: int) -> int:
    if fabric not in STITCHES_PER_SKEIN:
        raise ValueError(f"no thread rate for {fabric}-count fabric")
    return math.ceil(stitches * SPARE / STITCHES_PER_SKEIN[fabric])


def dmc_order(dmc: str) -> tuple[int, int, str]:
    """DMC numbers in the order of the shop's thread drawers: numbered colours by
    number, then the named ones (B5200, ecru, ...)."""
    return (0, int(dmc), "") if dmc.isdigit() else (1, 0, dmc)


def kit_list(rows: list[str], key: dict[str, KeyEntry], fabric: int, stash: dict[str, int] | None = None) -> list[tuple[str, int]]:
    """(DMC number, skeins) to pack, in drawer order.

    A customer making a design up from their own stash tells us how many skeins
    they have of each colour. A colour is left out only when the stash covers it:
    a top-up skein from another dye lot shows as a band across the work, so a
    colour the stash is short of is packed in full."""
    stash = stash or {}
    packed = []
    for dmc, stitches in sorted(stitch_counts(rows, key).items(), key=lambda item: dmc_order(item[0])):
        needed = skeins_for(stitches, fabric)
        if dmc in stash and stash[dmc] >= needed:
            continue
        packed.append((dmc, needed))
    return packed


def kit_price(packed: list[tuple[str, int]]) -> int:
    """The thread part of the kit's price, in pence."""
    return SKEIN_PRICE * sum(skeins for _dmc, skeins in packed)
