from tempering.check import day_summary, verdict
from tempering.curves import CURVES

DARK = CURVES["dark"]


def minutes(*temps):
    """Readings a minute apart."""
    return [(60 * i, temp) for i, temp in enumerate(temps)]


def test_dark_tempered():
    assert verdict(minutes(20.0, 35.0, 46.5, 40.0, 30.0, 27.5, 29.0, 31.5), DARK) == "tempered"


def test_scorched():
    assert verdict(minutes(20.0, 38.0, 51.0, 40.0, 27.0, 31.5), DARK) == "scorched"


def test_never_melted():
    assert verdict(minutes(20.0, 38.0, 43.0, 35.0, 27.0, 31.5), DARK) == "not melted"


def test_not_cooled_enough_after_melting():
    # straight out of the cold store, melted, but only brought down to 29.5 before reheating
    assert verdict(minutes(18.0, 35.0, 46.0, 38.0, 29.5, 31.5), DARK) == "not cooled"


def test_finishing_at_the_top_of_the_range_is_tempered():
    assert verdict(minutes(20.0, 46.0, 27.0, 30.0, 32.0), DARK) == "tempered"


def test_reheated_too_far():
    assert verdict(minutes(20.0, 46.0, 27.0, 30.0, 32.5), DARK) == "lost temper"


def test_too_thick():
    assert verdict(minutes(20.0, 46.0, 27.0, 30.5), DARK) == "too thick"


def test_readings_out_of_order_are_sorted():
    readings = [(240, 31.2), (0, 21.0), (120, 26.5), (60, 45.5), (180, 29.0)]
    assert verdict(readings, DARK) == "tempered"


def test_day_summary():
    logs = [
        ("dark", "00:00 20.0\n05:00 46.0\n10:00 27.5\n12:00 31.0"),
        ("milk", "00:00 20.0\n05:00 41.0\n10:00 26.5\n12:00 29.5"),
        ("white", "00:00 20.0\n05:00 46.0\n10:00 26.0\n12:00 28.5"),
        ("dark", ""),
    ]
    assert day_summary(logs) == {"tempered": 2, "scorched": 1, "no readings": 1}
