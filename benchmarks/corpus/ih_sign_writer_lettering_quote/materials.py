"""Vinyl colours the workshop stocks, and what they cost to set up."""

STOCK_COLOURS = {
    "black",
    "white",
    "gold leaf",
    "signal red",
    "royal blue",
    "racing green",
    "silver",
}

# Gold leaf is laid by hand: it counts as two colours when setting up.
HAND_LAID = {"gold leaf"}


def check_colours(colours: list[str]) -> list[str]:
    """The colours normalised to lower case; raises on a colour not in stock or none at all."""
    if not colours:
        raise ValueError("a job needs at least one colour")
    normalised = [colour.strip().lower() for colour in colours]
    for colour in normalised:
        if colour not in STOCK_COLOURS:
            raise ValueError(f"{colour!r} is not in stock")
    return normalised


def setup_units(colours: list[str]) -> int:
    """How many colour set-ups a job takes."""
    return sum(2 if colour in HAND_LAID else 1 for colour in check_colours(colours))
