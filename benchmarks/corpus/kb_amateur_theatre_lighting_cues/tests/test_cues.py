import pytest

from cuestack.cues import Cue, read_cue_sheet


def test_read_cue_sheet():
    text = """
    Q1 | Preshow | 0
    Q2 | House to half | 5

    Q2.5 | Sunrise | 12 | F
    Q3 | Kitchen | 3 | cut
    """
    assert read_cue_sheet(text) == [
        Cue("Q1", "Preshow", 0),
        Cue("Q2", "House to half", 5),
        Cue("Q2.5", "Sunrise", 12, follow=True),
        Cue("Q3", "Kitchen", 3, cut=True),
    ]


def test_unknown_flag():
    with pytest.raises(ValueError, match="Q7"):
        read_cue_sheet("Q7 | Storm | 2 | FLASH")
