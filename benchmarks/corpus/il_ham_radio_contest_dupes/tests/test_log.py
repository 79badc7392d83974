from datetime import datetime

import pytest

from contest.log import band_of, parse_qso, read_log


def test_parse_a_cw_qso():
    qso = parse_qso("QSO: 14025 CW 2024-03-02 1402 G4ABC 599 001 dl1xyz 599 042")
    assert qso.when == datetime(2024, 3, 2, 14, 2)
    assert qso.band == "20m"
    assert qso.mode == "CW"
    assert qso.call == "DL1XYZ"
    assert qso.received == "599 042"


def test_phone_is_ssb():
    assert parse_qso("QSO: 7150 PH 2024-03-02 1900 G4ABC 59 017 EA3AAA 59 230").mode == "SSB"


def test_band_edges():
    assert band_of(3500) == "80m"
    assert band_of(29700) == "10m"
    with pytest.raises(ValueError):
        band_of(10110)


def test_bad_lines():
    with pytest.raises(ValueError):
        parse_qso("QSO: 14025 CW 2024-03-02 1402 G4ABC 599 001 DL1XYZ 599")
    with pytest.raises(ValueError):
        parse_qso("QSO: 14025 RTTY 2024-03-02 1402 G4ABC 599 001 DL1XYZ 599 042")


def test_read_log_skips_the_header():
    text = "START-OF-LOG: 3.0\nCALLSIGN: G4ABC\nQSO: 14025 CW 2024-03-02 1402 G4ABC 599 001 DL1XYZ 599 042\nEND-OF-LOG:\n"
    assert [q.call for q in read_log(text)] == ["DL1XYZ"]
