from datetime import datetime

from logscan.filters import select
from logscan.parser import parse_line
from logscan.report import count_by_component, first_error


def test_parses_a_line():
    entry = parse_line("2024-03-01T12:00:05 WARNING [billing] invoice 42 is late")
    assert entry.level == "WARNING" and entry.component == "billing"
    assert entry.message == "invoice 42 is late"


def test_skips_other_lines(entries):
    assert len(entries) == 6


def test_select_since(entries):
    chosen = select(entries, "DEBUG", since=datetime(2024, 3, 1, 12, 1))
    assert [e.component for e in chosen] == ["billing", "web", "db"]


def test_select_by_component(entries):
    assert [e.level for e in select(entries, "DEBUG", {"billing"})] == ["WARNING", "ERROR"]


def test_default_level_drops_debug(entries):
    assert [e.component for e in select(entries)] == ["web", "billing", "billing", "web", "db"]


def test_count_by_component(entries):
    assert count_by_component(entries) == {"billing": 2, "db": 1}


def test_first_error(entries):
    assert first_error(entries) == "2024-03-01T12:01:00 charge failed for 42"
