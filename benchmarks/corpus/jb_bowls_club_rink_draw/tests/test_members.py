from datetime import date

import pytest

from bowls.members import Member, parse_roster, subs_reminders


def test_parse_a_roster():
    roster = parse_roster(
        "# Tuesday roll-up list\n"
        "Alan Price; Skip; paid\n"
        "\n"
        "Betty Cole; lead; unpaid; 2024-06-04, 2024-06-11\n"
        "Cyril Ames; third; life\n"
    )
    assert roster == [
        Member("Alan Price", "skip", True, False, set()),
        Member("Betty Cole", "lead", False, False, {date(2024, 6, 4), date(2024, 6, 11)}),
        Member("Cyril Ames", "third", False, True, set()),
    ]


def test_unknown_position():
    with pytest.raises(ValueError):
        parse_roster("Alan Price; captain; paid")


def test_missing_status():
    with pytest.raises(ValueError):
        parse_roster("Alan Price; skip")


def test_life_members_are_not_chased_for_subs():
    roster = parse_roster("Alan Price; skip; unpaid\nCyril Ames; third; life\nDot Hill; lead; paid\n")
    assert subs_reminders(roster) == ["Alan Price"]
