from datetime import date

from bowls.draw import available, draw
from bowls.members import parse_roster

TUESDAY = date(2024, 6, 4)

ROSTER = """\
Alan Price; skip; paid
Joan Fry; skip; paid
Betty Cole; third; paid; 2024-06-04
Cyril Ames; third; paid
Ken Moss; third; paid
Dot Hill; second; paid
Eric Lane; second; paid
Fay Reed; lead; paid
Gwen Shaw; lead; paid
Hugh Todd; lead; unpaid
"""


def names(members):
    return [m.name for m in members]


def test_members_away_are_not_drawn():
    assert "Betty Cole" not in names(available(parse_roster(ROSTER), TUESDAY))
    assert "Betty Cole" in names(available(parse_roster(ROSTER), date(2024, 6, 5)))


def test_unpaid_members_are_not_drawn():
    assert "Hugh Todd" not in names(available(parse_roster(ROSTER), TUESDAY))


def test_two_rinks_with_a_skip_each():
    rinks, reserves = draw(parse_roster(ROSTER), TUESDAY)
    assert rinks == [
        ["Alan Price", "Cyril Ames", "Dot Hill", "Fay Reed"],
        ["Joan Fry", "Ken Moss", "Eric Lane", "Gwen Shaw"],
    ]
    assert reserves == []


def test_too_few_for_a_rink():
    rinks, reserves = draw(parse_roster("Alan Price; skip; paid\nDot Hill; lead; paid\n"), TUESDAY)
    assert rinks == []
    assert reserves == ["Alan Price", "Dot Hill"]


def test_life_members_play_without_subs():
    roster = parse_roster(ROSTER + "Ivy West; lead; life\n")
    rinks, reserves = draw(roster, TUESDAY)
    assert reserves == ["Ivy West"]
