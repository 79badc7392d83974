import pytest

from racing.results import Row, clock_seconds, loft_result, pool_winnings, race_result


def test_clock_seconds():
    assert clock_seconds("07:30:00") == 27000
    assert clock_seconds("11:02:10") == 39730


def test_winner(newbury, lofts, marked, clockings):
    winner = race_result(newbury, lofts, marked, clockings)[0]
    assert winner == Row("J Haigh", "GB24N01234", 281691, 212.17, 1327.685)


def test_velocity_is_yards_per_minute(newbury, lofts, marked, clockings):
    for row in race_result(newbury, lofts, marked, clockings):
        assert row.velocity == pytest.approx(row.yards / row.minutes, rel=1e-4)


def test_full_result(newbury, lofts, marked, clockings):
    rings = [row.ring for row in race_result(newbury, lofts, marked, clockings)]
    assert rings == ["GB24N01234", "GB24N07702", "GB24N01240", "GB24N05511", "GB24N07710"]


def test_unmarked_bird_and_wrong_clock_left_out(newbury, lofts, marked, clockings):
    clockings.append(("Firth & Son", "GB24N09999", "10:58:00"))
    clockings.append(("Firth & Son", "GB24N07702", "10:59:00"))
    rings = [row.ring for row in race_result(newbury, lofts, marked, clockings)]
    assert "GB24N09999" not in rings
    assert rings.count("GB24N07702") == 1


def test_bird_clocked_twice_counts_from_the_first_time(newbury, lofts, marked, clockings):
    clockings.append(("J Haigh", "GB24N01234", "11:30:00"))
    rows = race_result(newbury, lofts, marked, clockings)
    assert [row.minutes for row in rows if row.ring == "GB24N01234"] == [212.17]


def test_loft_result(newbury, lofts, marked, clockings):
    rows = race_result(newbury, lofts, marked, clockings)
    assert [member for member, _ in loft_result(rows)] == ["J Haigh", "K Barraclough", "Firth & Son"]


def test_pools(newbury, lofts, marked, clockings):
    rows = race_result(newbury, lofts, marked, clockings)
    assert pool_winnings(rows, marked, 1) == {"J Haigh": 2.0, "K Barraclough": 1.0}
    assert pool_winnings(rows, marked, 5) == {"J Haigh": 6.67, "K Barraclough": 3.33}
