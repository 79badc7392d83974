from dinghy.forecast import read_forecast
from dinghy.sessions import Session, describe, go_ahead, windiest_hour

SESSIONS = [
    Session("Tuesday beginners", "beginner", 9, 2),
    Session("Improvers", "improver", 11, 3),
    Session("Club racing", "racing", 14, 2),
]

LIGHT = read_forecast("""
09:00 3 5 S
10:00 4 6 S
11:00 4 7 SSW
12:00 5 7 SSW
13:00 5 7 SW
14:00 4 6 SW
15:00 3 5 SW
""")

BREEZY = read_forecast("""
09:00 8 13 SW
10:00 9 13 SW
11:00 11 17 WSW
12:00 12 19 WSW
13:00 13 22 W
14:00 14 22 W
15:00 15 24 W
""")

GALE = read_forecast("""
09:00 28 40 W
10:00 30 44 W
11:00 31 46 W
12:00 30 45 W
13:00 29 42 W
14:00 27 40 WNW
15:00 25 38 WNW
""")


def decisions(result):
    return {name: decision for name, (decision, _) in result.items()}


def test_light_winds_everyone_goes():
    assert set(decisions(go_ahead(SESSIONS, LIGHT)).values()) == {"go"}


def test_gale_cancels_everything():
    assert set(decisions(go_ahead(SESSIONS, GALE)).values()) == {"off"}


def test_breezy_day():
    assert decisions(go_ahead(SESSIONS, BREEZY)) == {
        "Tuesday beginners": "go",
        "Improvers": "off",
        "Club racing": "go",
    }


def test_strongest_gust_is_given_in_knots():
    assert go_ahead(SESSIONS[:1], BREEZY) == {"Tuesday beginners": ("go", 11.3)}


def test_session_outside_the_forecast():
    evening = Session("Evening race", "racing", 18, 2)
    assert go_ahead([evening], BREEZY) == {"Evening race": ("no forecast", None)}


def test_windiest_hour():
    assert windiest_hour(BREEZY) == (15, 4)
    assert windiest_hour([]) is None


def test_describe():
    assert describe(BREEZY[0]) == "09:00 SW force 2, gusts 21 km/h"
