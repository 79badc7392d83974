import pytest

from crate.grading import normalise_grade, worse


def test_normalise():
    assert normalise_grade(" vg+ ") == "VG+"
    assert normalise_grade("ex") == "VG+"
    with pytest.raises(ValueError):
        normalise_grade("decent")


def test_worse_grade():
    assert worse("NM", "VG") == "VG"
    assert worse("G", "M") == "G"
    assert worse("VG+", "VG+") == "VG+"
