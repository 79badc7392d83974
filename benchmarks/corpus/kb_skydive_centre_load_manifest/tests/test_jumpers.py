import pytest

from dropzone.jumpers import Group, read_call_sheet


def test_read_call_sheet():
    text = """
    # Saturday, first call
    Okafor, tandem, 78 92
    Silva, AFF, 70 85 90

    Red 2-way, fun, 80 82
    """
    assert read_call_sheet(text) == [
        Group("Okafor", "tandem", (78, 92)),
        Group("Silva", "aff", (70, 85, 90)),
        Group("Red 2-way", "fun", (80, 82)),
    ]


def test_unknown_jump():
    with pytest.raises(ValueError, match="Okafor"):
        read_call_sheet("Okafor, wingsuit, 80")


def test_tandem_is_two_or_three_people():
    with pytest.raises(ValueError):
        read_call_sheet("Okafor, tandem, 80")
