import pytest

from fitting.survey import Room, read_survey


def test_read_survey():
    notes = """
    Lounge 4.6 x 3.8
    Back bedroom 3.2x2.9   door bar to lino

    """
    assert read_survey(notes) == [Room("Lounge", 4.6, 3.8), Room("Back bedroom", 3.2, 2.9, "door bar to lino")]


def test_unreadable_line():
    with pytest.raises(ValueError, match="Landing"):
        read_survey("Landing 2.1 by 1.0")
