"""The queue for the makerspace's 3D printer.

Members submit jobs from the workstation; whoever is on duty loads a spool and
starts the next job that fits. Nobody may leave a print running after closing."""

from __future__ import annotations

from dataclasses import dataclass

from members import Member, NotInducted

FILAMENTS = ("PLA", "PETG", "TPU")


@dataclass
class PrintJob:
    member: str
    filename: str
    filament: str
    hours: float
    number: int = 0  # order of submission, set by the queue


class PrintQueue:
    def __init__(self, printer: str, closing_hour: float = 21.0) -> None:
        self.printer = printer
        self.closing_hour = closing_hour
        self.waiting: list[PrintJob] = []
        self.printed: list[PrintJob] = []
        self._submitted = 0

    def submit(self, member: Member, filename: str, filament: str, hours: float) -> PrintJob:
        if not member.may_use("3d-printer"):
            raise NotInducted(member.name)
        if filament not in FILAMENTS:
            raise ValueError(f"the printer does not take {filament}")
        if hours <= 0:
            raise ValueError("a print takes some time")
        self._submitted += 1
        job = PrintJob(member.name, filename, filament, hours, self._submitted)
        self.waiting.append(job)
        return job

    def cancel(self, member_name: str, filename: str) -> bool:
        for job in self.waiting:
            if job.member == member_name and job.filename == filename:
                self.waiting.remove(job)
                return True
        return False

    def next_job(self, loaded: str, hour: float) -> PrintJob | None:
        """Take the job to start now, with spool `loaded` on the printer at `hour`:
        the earliest submitted waiting job in that filament that will be done by
        closing time. Longer jobs wait for an earlier start on another day. None
        when no waiting job fits."""
        chosen = None
        for job in self.waiting:
            if job.filament == loaded and hour + job.hours <= self.closing_hour:
                if chosen is None or job.number < chosen.number:
                    chosen = job
        if chosen is not None:
            self.waiting.remove(chosen)
            self.printed.append(chosen)
        return chosen

    def hours_waiting(self) -> dict[str, float]:
        """Queued print hours per filament, to decide which spool to load."""
        totals: dict[str, float] = {}
        for job in self.waiting:
            totals[job.filament] = totals.get(job.filament, 0.0) + job.hours
        return totals

    def position(self, member_name: str) -> list[int]:
        """Places (1 = next) of a member's waiting jobs, in submission order."""
        ordered = sorted(self.waiting, key=lambda job: job.number)
        return [k for k, job in enumerate(ordered, start=1) if job.member == member_name]
