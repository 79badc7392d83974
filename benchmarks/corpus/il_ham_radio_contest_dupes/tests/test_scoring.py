import pytest

from contest.log import read_log
from contest.scoring import Score, by_band, claimed_score, prefix

LOG = """START-OF-LOG: 3.0
CALLSIGN: G4ABC
CONTEST: CQ-WPX-CW
QSO: 14025 CW 2024-03-02 1402 G4ABC 599 001 DL1XYZ 599 042
QSO: 14027 CW 2024-03-02 1405 G4ABC 599 002 9A2AA 599 311
QSO: 14031 CW 2024-03-02 1409 G4ABC 599 003 DL1ABC 599 007
QSO: 7012 CW 2024-03-02 2210 G4ABC 599 004 DL1XYZ 599 198
QSO: 7150 PH 2024-03-03 0815 G4ABC 59 005 N8BJQ 59 1250
END-OF-LOG:
"""


@pytest.mark.parametrize(
    "call, expected",
    [("DL1XYZ", "DL1"), ("9A2AA", "9A2"), ("N8BJQ", "N8"), ("2E0XYZ", "2E0"), ("G4ABC/P", "G4"), ("LY2000X", "LY2000")],
)
def test_prefix(call, expected):
    assert prefix(call) == expected


def test_claimed_score():
    score = claimed_score(read_log(LOG))
    # 4 CW contacts at 3 points and one phone at 2; DL1 on 20m and 40m counts twice.
    assert score == Score(qsos=5, dupes=0, points=14, multipliers=4, total=56)


def test_same_station_on_another_band_is_not_a_dupe():
    score = claimed_score(read_log(LOG))
    assert score.dupes == 0


def test_working_a_station_twice_on_one_band_is_a_dupe():
    dupe = "QSO: 14040 CW 2024-03-02 1530 G4ABC 599 006 DL1XYZ 599 101\n"
    score = claimed_score(read_log(LOG + dupe))
    assert score.dupes == 1
    assert score.qsos == 5
    assert score.total == 56


def test_by_band():
    assert by_band(read_log(LOG)) == {"20m": 3, "40m": 2}
