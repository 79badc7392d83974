"""The 35 MHz frequency pegboard.

A pilot flying on 35 MHz takes the peg for their crystal's channel off the board
before switching on, and puts it back after landing. Two transmitters on one channel
means someone's model goes in, so a channel whose peg is out cannot be taken, and a
pilot flies one model at a time. 2.4 GHz sets need no peg.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldbox.clock import to_minutes, to_text

CHANNELS = range(55, 91)  # the 35 MHz "B" band channels for model aircraft


class PegTaken(Exception):
    pass


@dataclass
class Peg:
    channel: int
    pilot: str
    taken: int  # minutes after midnight
    returned: int | None = None


class PegBoard:
    def __init__(self) -> None:
        self.log: list[Peg] = []

    def take(self, pilot: str, channel: int, at: str) -> None:
        if channel not in CHANNELS:
            raise ValueError(f"{channel} is not a 35 MHz aircraft channel")
        for peg in self.log:
            if peg.channel == channel:
                raise PegTaken(f"channel {channel} is out with {peg.pilot}")
            if peg.pilot == pilot and peg.returned is None:
                raise PegTaken(f"{pilot} still has the peg for channel {peg.channel}")
        self.log.append(Peg(channel, pilot, to_minutes(at)))

    def give_back(self, pilot: str, at: str) -> None:
        for peg in self.log:
            if peg.pilot == pilot and peg.returned is None:
                returned = to_minutes(at)
                if returned < peg.taken:
                    raise ValueError(f"{pilot} cannot give back at {at}, before taking the peg")
                peg.returned = returned
                return
        raise ValueError(f"{pilot} has no peg out")

    def out(self) -> dict[int, str]:
        """The pegs off the board now: channel -> pilot."""
        return {peg.channel: peg.pilot for peg in self.log if peg.returned is None}

    def day_sheet(self) -> list[str]:
        """The log for the committee, in the order the pegs were taken."""
        lines = []
        for peg in self.log:
            back = to_text(peg.returned) if peg.returned is not None else "--:--"
            lines.append(f"{to_text(peg.taken)}-{back} ch{peg.channel} {peg.pilot}")
        return lines

    def minutes_on(self, pilot: str) -> int:
        return sum(peg.returned - peg.taken for peg in self.log if peg.pilot == pilot and peg.returned is not None)
