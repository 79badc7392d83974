from datetime import date

from worklog.entries import Entry, parse_line, read_log, report, totals_by_project


def test_parse_line_keeps_the_note():
    assert parse_line("2024-03-04 website 1:30 fixed the menu") == Entry(date(2024, 3, 4), "website", 90, "fixed the menu")


def test_read_log_skips_comments(log_text):
    entries = read_log(log_text)
    assert [e.project for e in entries] == ["website", "billing", "website", "billing"]


def test_totals_by_project(log_text):
    assert totals_by_project(read_log(log_text)) == {"website": 210, "billing": 120}


def test_report(log_text):
    assert report(read_log(log_text)) == ["website: 3h30m", "billing: 2h"]
