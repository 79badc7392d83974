import pytest

from pipes import metal_needed, note_name, parse_footage, schedule, speaking_length


def test_parse_footage():
    assert parse_footage("8'") == 8
    assert parse_footage("16") == 16
    assert parse_footage("2 2/3'") == pytest.approx(8 / 3)
    assert parse_footage("1 3/5'") == pytest.approx(1.6)
    with pytest.raises(ValueError):
        parse_footage("0'")


def test_note_names():
    assert [note_name(n) for n in (1, 2, 12, 13, 25, 37, 49, 56)] == ["C", "C#", "B", "c", "c'", "c''", "c'''", "g'''"]


def test_bottom_c_of_an_8ft_stop_is_8ft():
    assert speaking_length(8, 1) == pytest.approx(2438.4)


def test_each_octave_is_half_the_length():
    assert speaking_length(8, 13) == pytest.approx(speaking_length(8, 1) / 2)
    assert speaking_length(8, 37) == pytest.approx(speaking_length(8, 25) / 2)


def test_4ft_stop_is_half_the_8ft():
    assert speaking_length(4, 10) == pytest.approx(speaking_length(8, 10) / 2)


def test_notes_start_at_one():
    with pytest.raises(ValueError):
        speaking_length(8, 0)


def test_fifteenth_cutting_list():
    rows = schedule("XV", "2'")
    assert len(rows) == 56
    assert rows[0] == ("XV/1", "C", 609.5)
    assert rows[12] == ("XV/13", "c", 305.0)


def test_stopped_pipes_are_cut_to_half():
    assert [r[2] for r in schedule("SD", "8'", stopped=True)] == [r[2] for r in schedule("P", "4'")]


def test_metal_needed():
    rows = [("P/1", "C", 1219.0), ("P/2", "C#", 1150.5)]
    assert metal_needed(rows) == 2.49
