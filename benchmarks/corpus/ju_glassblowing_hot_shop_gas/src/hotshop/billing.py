"""Month-end bills: bench hire by the session, and gas at cost. The studio's overnight
idling is shared out between the members in proportion to the gas they burnt."""

from __future__ import annotations

from hotshop.gas import STUDIO, GasLog

BENCH_PENCE = 3500  # a session
GAS_PENCE_PER_M3 = 80


def bills(log: GasLog) -> dict[str, int]:
    """Each member's bill for the month, in pence."""
    own = {member: log.used[member] for member in log.members()}
    total = sum(own.values())
    idle = log.used.get(STUDIO, 0.0)
    result = {}
    for member, burnt in own.items():
        share = idle * burnt / total if total else 0.0
        result[member] = log.sessions[member] * BENCH_PENCE + round((burnt + share) * GAS_PENCE_PER_M3)
    return result
