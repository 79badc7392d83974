"""Who turns on which lathe on a club night.

Members write their names on the sheet as they arrive. Each gets the first lathe on
the wall list that is free and that they are allowed on; anyone allowed on a lathe
who finds none free goes on the waiting list and is called in order when one comes
free. Members not allowed on any lathe tonight are sent to the sharpening bench.
"""

from __future__ import annotations

from datetime import date

from lathe_rota.club import Lathe, Member


class NightRota:
    def __init__(self, night: date, lathes: list[Lathe]):
        self.night = night
        self.lathes = lathes

    def allowed(self, member: Member, lathe: Lathe) -> bool:
        """Inducted members with subs paid up to tonight; the bowl lathe also needs a bowl sign-off."""
        if not member.inducted or member.subs_paid_until < self.night:
            return False
        return lathe.kind != "bowl" or member.bowl_signed_off

    def allocate(self, sheet: list[Member]) -> tuple[dict[str, str], list[str]]:
        """(the lathe each member got, the waiting list), going down the sheet.
        A name written twice keeps its first place."""
        booked: dict[str, str] = {}
        waiting: list[str] = []
        for member in sheet:
            if member.name in booked or member.name in waiting:
                continue
            for lathe in self.lathes:
                if lathe.name not in booked.values() and self.allowed(member, lathe):
                    booked[member.name] = lathe.name
                    break
            else:
                if any(self.allowed(member, lathe) for lathe in self.lathes):
                    waiting.append(member.name)
        return booked, waiting

    def sharpening_bench(self, sheet: list[Member]) -> list[str]:
        """Members on the sheet who may not use any lathe tonight, in sheet order."""
        bench: list[str] = []
        for member in sheet:
            if member.name not in bench and not any(self.allowed(member, lathe) for lathe in self.lathes):
                bench.append(member.name)
        return bench
