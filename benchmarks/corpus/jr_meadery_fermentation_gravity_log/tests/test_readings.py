from datetime import date

import pytest

from readings import read_log


def test_read_log_with_notes_and_blank_lines():
    text = """
2024-03-02 1.112  pitched 71B, 5 g Fermaid-O
2024-03-04 1.098

2024-03-07 1.071  degassed
"""
    assert read_log(text) == [
        (date(2024, 3, 2), 1.112),
        (date(2024, 3, 4), 1.098),
        (date(2024, 3, 7), 1.071),
    ]


def test_misread_gravity_is_refused():
    with pytest.raises(ValueError, match="line 2"):
        read_log("2024-03-02 1.112\n2024-03-04 10.98")
