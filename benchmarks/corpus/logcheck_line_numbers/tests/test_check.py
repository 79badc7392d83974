from logcheck.check import Finding, check_lines, summary
from logcheck.rules import parse_line, problems

GOOD = "2024-05-01T10:00:00 INFO service started"


def test_parse_line():
    assert parse_line(GOOD) == ("2024-05-01T10:00:00", "INFO", "service started")
    assert parse_line("garbage") is None


def test_problems():
    assert problems(GOOD) == []
    assert problems("2024-05-01T10:00:00 LOUD hello") == ["unknown level LOUD"]


def test_clean_log():
    assert check_lines([GOOD, "", GOOD]) == []
    assert summary([]) == "ok"


def test_line_numbers_count_from_one():
    findings = check_lines([GOOD, "oops", GOOD])
    assert findings == [Finding(2, "not a log line")]


def test_summary():
    findings = check_lines(["bad", GOOD, "2024-05-01T10:00:00 NOTE x" + "y" * 200])
    assert summary(findings) == "3 problem(s) on 2 line(s), first on line 1"
