from pinball.machines import Machine, parse_machines, search

MACHINES = """\
# code | title | maker | year
AFM | Attack from Mars | Bally | 1995
MM | Medieval Madness | Williams | 1997
TAF | The Addams Family | Bally | 1992
TZ | Twilight Zone | Bally | 1993
"""


def test_parse_machines():
    machines = parse_machines(MACHINES)
    assert len(machines) == 4
    assert machines["MM"] == Machine("MM", "Medieval Madness", "Williams", 1997)


def test_search_all_words():
    machines = parse_machines(MACHINES)
    assert search(machines, "bally") == ["AFM", "TAF", "TZ"]
    assert search(machines, "Bally the") == ["TAF"]
