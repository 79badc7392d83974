"""Claimed scores of small hand-made logs (dupes, portable calls, other bands), then random contest weekends."""

import random
from datetime import datetime, timedelta

from observing import attempt
from contest.log import Qso, read_log
from contest.scoring import by_band, claimed_score, prefix

START = datetime(2024, 3, 30, 0, 0)
CALLS = ["DL1XYZ", "DL1ABC", "9A2AA", "N8BJQ", "2E0XYZ", "G4ABC", "EA3AAA", "OK1RR", "W1AW", "JA1XYZ", "DL1XYZ/P", "LY2000X"]
BANDS = ["160m", "80m", "40m", "20m", "15m", "10m"]
MODES = ["CW", "SSB", "FT8"]


def qso(minutes, band, mode, call):
    return Qso(START + timedelta(minutes=minutes), band, mode, call, "599 001", "599 002")


def observe():
    rng = random.Random(7391)
    results = []
    for call in CALLS + ["", "A", "K", "3DA0XYZ", "VP2EAA/M", "1A0KM"]:
        results.append(attempt(prefix, call))
    cases = [
        [],
        [qso(0, "20m", "CW", "DL1XYZ")],
        [qso(0, "20m", "CW", "DL1XYZ"), qso(5, "20m", "CW", "DL1XYZ")],
        [qso(0, "20m", "CW", "DL1XYZ"), qso(5, "20m", "SSB", "DL1XYZ")],
        [qso(0, "20m", "CW", "DL1XYZ"), qso(5, "40m", "CW", "DL1XYZ")],
        [qso(0, "20m", "CW", "DL1XYZ"), qso(5, "20m", "CW", "DL1XYZ/P")],
        [qso(9, "20m", "FT8", "W1AW"), qso(1, "20m", "CW", "W1AW"), qso(4, "20m", "SSB", "W1AW")],
        [qso(0, "10m", "SSB", "N8BJQ"), qso(1, "10m", "SSB", "N8BJQ"), qso(2, "10m", "SSB", "N8BJQ")],
    ]
    for case in cases:
        results.append(attempt(claimed_score, case))
        results.append(attempt(by_band, case))
    for _ in range(120):
        log = []
        minutes = 0
        for _ in range(rng.randint(0, 40)):
            minutes += rng.randint(0, 30)
            log.append(qso(minutes, rng.choice(BANDS[:rng.randint(1, 6)]), rng.choice(MODES), rng.choice(CALLS[:rng.randint(2, len(CALLS))])))
        rng.shuffle(log)
        results.append(attempt(claimed_score, log))
        results.append(attempt(by_band, log))
    text = "QSO: 14025 CW 2024-03-02 1402 G4ABC 599 001 DL1XYZ 599 042\nQSO: 14030 CW 2024-03-02 1410 G4ABC 599 002 DL1XYZ 599 049\n"
    results.append(attempt(lambda: claimed_score(read_log(text))))
    return results
