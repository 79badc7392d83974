from orienteering.course import Result
from orienteering.results import format_time, ranking


def test_format_time():
    assert format_time(1500) == "25:00"
    assert format_time(3723) == "62:03"
    assert format_time(None) == "--"


def test_ranking():
    results = [
        Result("Cal Dunn", "OK", 1620, []),
        Result("Ann Booth", "OK", 1500, []),
        Result("Bea Cole", "MP", None, []),
        Result("Dee Eyre", "OK", 1620, []),
        Result("Eli Ford", "DNF", None, []),
    ]
    assert ranking(results) == [
        (1, "Ann Booth", "25:00"),
        (2, "Cal Dunn", "27:00"),
        (2, "Dee Eyre", "27:00"),
        (None, "Eli Ford", "DNF"),
        (None, "Bea Cole", "MP"),
    ]
