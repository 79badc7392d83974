"""Gas sums for open-circuit air dives in sea water."""


def ambient_pressure(depth_m: float) -> float:
    """Absolute pressure in bar at a depth: one bar of atmosphere and one more for every 10 m."""
    if depth_m < 0:
        raise ValueError("depth cannot be negative")
    return 1 + depth_m / 10


def litres_used(start_bar: int, end_bar: int, cylinder_litres: float) -> float:
    """Free gas used, in surface litres, from the pressure drop in a cylinder."""
    if end_bar > start_bar:
        raise ValueError("the cylinder cannot end fuller than it started")
    return (start_bar - end_bar) * cylinder_litres
