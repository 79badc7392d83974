from regatta.race import Result, parse_elapsed, score_race


def test_parse_elapsed():
    assert parse_elapsed("42:10") == 2530
    assert parse_elapsed("1:02:10") == 3730


def test_corrected_times(boats):
    results = score_race({"2011": "55:00", "999": "1:04:00", "1450": "DNF"}, boats)
    assert results == [
        Result("999", 2813, 1),
        Result("2011", 3000, 2),
        Result("1450", None, 4),
    ]


def test_order_on_handicap(boats):
    results = score_race({"2011": "50:00", "3100": "48:00", "999": "1:02:00", "1450": "DNS"}, boats)
    assert [r.sail for r in results] == ["3100", "999", "2011", "1450"]
    assert [r.points for r in results] == [1, 2, 3, 5]


def test_nobody_finished(boats):
    assert score_race({"2011": "RET", "999": "DNF"}, boats) == [Result("2011", None, 3), Result("999", None, 3)]
