import pytest

from shearing.tally import TallyBoard


def board():
    return TallyBoard("Glenrock", ["Aroha", "Hemi", "Jock"])


def test_one_run():
    b = board()
    b.count("Aroha", 3)
    b.count("Hemi")
    b.count("Aroha")
    b.end_run()
    assert b.run_tallies("Aroha") == [4]
    assert b.run_tallies("Hemi") == [1]
    assert b.run_tallies("Jock") == [0]


def test_tallies_run_by_run():
    b = board()
    b.count("Hemi", 52)
    b.end_run()
    b.count("Hemi", 48)
    b.count("Jock", 40)
    b.end_run()
    assert b.run_tallies("Hemi") == [52, 48]
    assert b.run_tallies("Jock") == [0, 40]
    assert b.day_total("Hemi") == 100


def test_rained_off_run_is_not_written_up():
    b = board()
    b.end_run()
    assert b.runs == []
    assert b.ringer() is None


def test_shearer_not_on_the_stand():
    with pytest.raises(KeyError):
        board().count("Mack")


def test_whole_sheep_only():
    with pytest.raises(ValueError):
        board().count("Hemi", 0)


def test_ringer_ties_go_to_the_lower_stand():
    b = board()
    b.count("Jock", 60)
    b.count("Hemi", 60)
    b.count("Aroha", 58)
    assert b.ringer() == "Hemi"
