from datetime import date

from archery.badges import badge_for, new_claims
from archery.scoresheet import read_sheet

DAY = date(2024, 6, 9)


def full_round(archer, bow, end, witnessed=True, ends=10):
    return read_sheet(archer, bow, DAY, "\n".join([end] * ends), witnessed)


def test_badge_for_a_score():
    assert badge_for("recurve", 349) is None
    assert badge_for("recurve", 350) == "White"
    assert badge_for("recurve", 480) == "Blue"
    assert badge_for("longbow", 480) == "Gold"
    assert badge_for("compound", 480) == "White"


def test_claims_the_best_badge_for_each_bow():
    sheets = [
        full_round("Ada", "recurve", "9 9 8 8 7 7"),  # 480
        full_round("Ada", "recurve", "9 8 7 7 6 6"),  # 430
        full_round("Ada", "longbow", "7 7 6 6 5 5"),  # 360
        full_round("Ben", "barebow", "8 7 7 6 6 5"),  # 390
    ]
    assert new_claims(sheets, {}) == [
        ("Ada", "longbow", "Blue"),
        ("Ada", "recurve", "Blue"),
        ("Ben", "barebow", "Black"),
    ]


def test_no_claim_for_a_badge_already_awarded():
    sheets = [full_round("Ada", "recurve", "9 9 8 8 7 7"), full_round("Ben", "recurve", "10 9 9 9 9 9")]
    awarded = {("Ada", "recurve"): "Blue", ("Ben", "recurve"): "Blue"}
    assert new_claims(sheets, awarded) == [("Ben", "recurve", "Gold")]


def test_an_unfinished_round_does_not_count():
    sheets = [full_round("Cal", "recurve", "10 10 10 9 9 9", ends=9)]
    assert new_claims(sheets, {}) == []


def test_practice_rounds_do_not_count():
    sheets = [
        full_round("Dee", "compound", "10 10 10 10 9 9", witnessed=False),  # 580
        full_round("Dee", "compound", "10 9 9 9 9 9"),  # 550
    ]
    assert new_claims(sheets, {}) == [("Dee", "compound", "Red")]
