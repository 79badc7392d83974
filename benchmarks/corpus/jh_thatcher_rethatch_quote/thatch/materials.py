"""What the yard buys in, at this season's prices."""

from __future__ import annotations

# Bundles laid per square metre of roof, and pence a bundle.
MATERIALS = {
    "water reed": (10, 380),
    "long straw": (12, 260),
    "combed wheat": (11, 300),
}

# Pence per metre run of ridge, sedge or straw, with liggers and spars.
RIDGES = {
    "flush": 6500,
    "block": 9500,
}


def material(name: str) -> tuple[int, int]:
    try:
        return MATERIALS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"we don't lay {name}") from None


def ridge_price(style: str) -> int:
    try:
        return RIDGES[style]
    except KeyError:
        raise ValueError(f"no such ridge: {style}") from None
