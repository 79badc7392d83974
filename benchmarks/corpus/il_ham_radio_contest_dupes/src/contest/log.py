"""Reading the QSO lines of a Cabrillo contest log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Band edges in kHz for the contest bands.
BANDS = {
    "160m": (1800, 2000),
    "80m": (3500, 3800),
    "40m": (7000, 7200),
    "20m": (14000, 14350),
    "15m": (21000, 21450),
    "10m": (28000, 29700),
}
MODES = {"CW": "CW", "PH": "SSB", "SSB": "SSB", "DG": "FT8", "FT8": "FT8"}


@dataclass(frozen=True)
class Qso:
    when: datetime
    band: str
    mode: str
    call: str
    sent: str
    received: str


def band_of(khz: float) -> str:
    for band, (low, high) in BANDS.items():
        if low <= khz <= high:
            return band
    raise ValueError(f"{khz} kHz is outside the contest bands")


def parse_qso(line: str) -> Qso:
    """'QSO: 14025 CW 2024-03-02 1402 G4ABC 599 001 DL1XYZ 599 042'"""
    fields = line.split()
    if len(fields) != 11 or fields[0] != "QSO:":
        raise ValueError(f"not a QSO line: {line!r}")
    _, freq, mode, day, hhmm, _mycall, rst_sent, nr_sent, call, rst_rcvd, nr_rcvd = fields
    if mode.upper() not in MODES:
        raise ValueError(f"unknown mode {mode}")
    return Qso(
        datetime.strptime(f"{day} {hhmm}", "%Y-%m-%d %H%M"),
        band_of(float(freq)),
        MODES[mode.upper()],
        call.upper(),
        f"{rst_sent} {nr_sent}",
        f"{rst_rcvd} {nr_rcvd}",
    )


def read_log(text: str) -> list[Qso]:
    return [parse_qso(line) for line in text.splitlines() if line.startswith("QSO:")]
