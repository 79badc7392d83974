from decimal import Decimal

from fleamarket.takings import TakingsSheet


def sheet(plan, text):
    s = TakingsSheet(plan)
    s.read(text)
    return s


def test_read_takings(plan):
    s = sheet(plan, "1, Mrs Barker, £64.50\n3, Len, 210")
    assert s.takings == {1: ("Mrs Barker", Decimal("64.50")), 3: ("Len", Decimal("210"))}
    assert s.problems == []


def test_pitch_fee_is_the_minimum(plan):
    s = sheet(plan, "1, Mrs Barker, 64.50\n3, Len, 210\n5, Vintage Vera, 380")
    assert s.due(1) == Decimal("8.00")
    assert s.due(3) == Decimal("21.00")
    assert s.due(5) == Decimal("38.00")
    assert s.roof_fund() == Decimal("67.00")


def test_commission_rounds_to_the_penny(plan):
    s = sheet(plan, "4, Jo, 123.45")
    assert s.due(4) == Decimal("12.35")


def test_no_shows(plan):
    assert sheet(plan, "1, Mrs Barker, 64.50\n3, Len, 210").no_shows() == [2, 4, 5]


def test_unknown_pitch_and_second_entry_set_aside(plan):
    s = sheet(plan, "9, Ghost, 10\n2, Sid, 40\n2, Sid again, 45")
    assert s.problems == [(1, "9, Ghost, 10"), (3, "2, Sid again, 45")]
    assert s.takings == {2: ("Sid", Decimal("40"))}


def test_unreadable_lines_set_aside(plan):
    s = sheet(plan, "1, Mrs Barker\n2, Sid, about forty\n3, Len, 210")
    assert s.problems == [(1, "1, Mrs Barker"), (2, "2, Sid, about forty")]
    assert list(s.takings) == [3]
