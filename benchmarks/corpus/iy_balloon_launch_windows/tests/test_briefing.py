from briefing import crew_message

FORECAST = """
05 3 5 0
06 4 6 0
07 6 9 0
08 11 17 0
18 7 10 0
19 5 8 0
20 4 6 0
"""


def test_crew_message():
    assert crew_message(FORECAST, "05:30", "21:45") == (
        "Flying tomorrow: meet at the field for 06:00. Also possible: 18:00, 19:00."
    )


def test_no_flying():
    assert crew_message("06 15 22 0\n07 14 20 1.5\n", "05:30", "21:45") == "No flying tomorrow."
