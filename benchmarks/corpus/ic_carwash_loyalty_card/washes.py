PROGRAMS = {"basic": 8, "deluxe": 14, "ultimate": 20}


def price_of(program: str) -> int:
    try:
        return PROGRAMS[program]
    except KeyError:
        raise ValueError(f"unknown wash program {program!r}") from None
