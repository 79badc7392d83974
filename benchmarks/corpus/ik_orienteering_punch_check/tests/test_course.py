from orienteering.cards import Card, Punch
from orienteering.course import Course, Result

YELLOW = Course("Yellow", [31, 45, 38], 2.4)


def card(punches, start=0, finish=1500, runner="Ann Booth"):
    return Card(runner, start, finish, [Punch(code, t) for code, t in punches])


def test_clean_run():
    result = YELLOW.check(card([(31, 300), (45, 700), (38, 1300)]))
    assert result == Result("Ann Booth", "OK", 1500, [300, 400, 600, 200])


def test_missed_control_is_a_mispunch():
    result = YELLOW.check(card([(31, 300), (38, 1300)]))
    assert result.status == "MP"
    assert result.seconds is None


def test_controls_out_of_order_is_a_mispunch():
    result = YELLOW.check(card([(45, 400), (31, 700), (38, 1300)]))
    assert result.status == "MP"


def test_wrong_control_on_the_way_is_fine():
    result = YELLOW.check(card([(31, 300), (52, 520), (45, 700), (38, 1300)]))
    assert result.status == "OK"
    assert result.splits == [300, 400, 600, 200]


def test_punching_the_last_control_twice():
    result = YELLOW.check(card([(31, 300), (45, 700), (38, 1300), (38, 1304)]))
    assert result.status == "OK"
    assert result.splits == [300, 400, 600, 200]


def test_did_not_finish():
    result = YELLOW.check(card([(31, 300)], finish=None))
    assert result == Result("Ann Booth", "DNF", None, [300])


def test_pace():
    result = YELLOW.check(card([(31, 300), (45, 700), (38, 1300)], finish=1440))
    assert YELLOW.pace(result) == 10.0
