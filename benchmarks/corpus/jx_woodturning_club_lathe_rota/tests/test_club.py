from datetime import date

from lathe_rota.club import Lathe, Member, read_lathes, read_members


def test_read_members():
    text = """
name,inducted,bowl,paid_until
Gwen,yes,yes,2025-03-31
Tomasz,yes,no,2024-09-30
,,,
Priya,no,no,2025-03-31
"""
    assert read_members(text) == [
        Member("Gwen", True, True, date(2025, 3, 31)),
        Member("Tomasz", True, False, date(2024, 9, 30)),
        Member("Priya", False, False, date(2025, 3, 31)),
    ]


def test_read_lathes():
    text = "Axminster spindle\nRecord bowl repair\n\nJet spindle\n"
    assert read_lathes(text) == [
        Lathe("Axminster", "spindle"),
        Lathe("Record", "bowl", under_repair=True),
        Lathe("Jet", "spindle"),
    ]
