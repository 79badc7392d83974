"""The laundromat: which machines a customer can use, starting cycles, takings."""

from __future__ import annotations

from laundry.machines import CYCLE_MINUTES, PRICES, Machine


class NoMachineFree(Exception):
    pass


class Laundromat:
    def __init__(self, machines: list[Machine]) -> None:
        self.machines = {machine.number: machine for machine in machines}
        self.takings = 0.0

    def report_broken(self, number: int) -> None:
        self.machines[number].out_of_order = True

    def repaired(self, number: int) -> None:
        self.machines[number].out_of_order = False

    def free_machines(self, kind: str, now: int) -> list[int]:
        """Numbers of the machines of this kind a customer can start at `now`, lowest first."""
        free = []
        for machine in self.machines.values():
            if machine.kind == kind and machine.is_idle(now):
                free.append(machine.number)
        return sorted(free)

    def start(self, kind: str, now: int) -> int:
        """Start a cycle on the lowest numbered free machine and take the payment."""
        free = self.free_machines(kind, now)
        if not free:
            raise NoMachineFree(kind)
        machine = self.machines[free[0]]
        machine.busy_until = now + CYCLE_MINUTES[kind]
        self.takings += PRICES[kind]
        return machine.number

    def wait_time(self, kind: str, now: int) -> int | None:
        """Minutes until a machine of this kind is free; None if every one is broken."""
        working = [m for m in self.machines.values() if m.kind == kind and not m.out_of_order]
        if not working:
            return None
        return min(m.minutes_left(now) for m in working)
