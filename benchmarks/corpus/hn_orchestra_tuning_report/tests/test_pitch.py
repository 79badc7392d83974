import pytest

from tuning.pitch import cents_off, note_frequency


def test_note_frequency():
    assert note_frequency("A4") == 440.0
    assert note_frequency("A5") == 880.0
    assert note_frequency("C4") == pytest.approx(261.626, abs=1e-3)
    assert note_frequency("Bb3", a4=442.0) == pytest.approx(234.141, abs=1e-3)


def test_cents_off():
    assert cents_off(880.0, 440.0) == pytest.approx(1200.0)
    assert cents_off(440.0, 440.0) == 0.0
    assert cents_off(437.0, 440.0) < 0
