import pytest

from contest import Contest


@pytest.fixture
def fourth_section():
    contest = Contest("Fourth")
    for band in ("Ripley", "Hebden Bridge", "Marsden", "Clayton West"):
        contest.enter(band)
    contest.add_marks(
        """
        Mr Childs: Ripley = 84
        Ms Sykes: Ripley = 86
        Mr Childs: Hebden Bridge = 88
        Ms Sykes: Hebden Bridge = 89
        Mr Childs: Marsden = 85
        Ms Sykes: Marsden = 85
        """
    )
    return contest


def test_placings_by_average_mark(fourth_section):
    assert fourth_section.results() == [
        (1, "Hebden Bridge", 88.5),
        (2, "Marsden", 85.0),
        (2, "Ripley", 85.0),
    ]


def test_band_not_yet_marked_is_left_out(fourth_section):
    assert "Clayton West" not in [band for _, band, _ in fourth_section.results()]


def test_entering_twice():
    contest = Contest("Fourth")
    contest.enter("Ripley")
    with pytest.raises(ValueError):
        contest.enter("Ripley")


def test_marks_for_a_band_not_entered(fourth_section):
    with pytest.raises(KeyError):
        fourth_section.add_marks("Mr Childs: Slaithwaite = 80")


def test_within_time_no_penalty(fourth_section):
    fourth_section.record_time("Hebden Bridge", "14:40")
    fourth_section.record_time("Ripley", "15:00")
    assert fourth_section.results()[0] == (1, "Hebden Bridge", 88.5)
    assert (2, "Ripley", 85.0) in fourth_section.results()


def test_overtime_penalty(fourth_section):
    fourth_section.record_time("Hebden Bridge", "17:10")
    assert fourth_section.results() == [
        (1, "Marsden", 85.0),
        (1, "Ripley", 85.0),
        (3, "Hebden Bridge", 82.5),
    ]


def test_part_of_a_minute_over_counts(fourth_section):
    fourth_section.record_time("Marsden", "15:20")
    assert fourth_section.results()[-1] == (3, "Marsden", 83.0)


def test_withdrawn_band(fourth_section):
    fourth_section.record_time("Ripley", "16:30")
    fourth_section.withdraw("Ripley")
    assert [band for _, band, _ in fourth_section.results()] == ["Hebden Bridge", "Marsden"]
