from decimal import Decimal

import pytest

from catalogue import CatalogueError, Stamp
from importer import load_catalogue, parse_row


def test_parse_row():
    stamp = parse_row(2, ["Ireland", "1922", "2d", "Mint", "3.5"])
    assert stamp == Stamp("Ireland", 1922, "2d", "mint", Decimal("3.50"))


def test_bad_year():
    with pytest.raises(CatalogueError) as raised:
        parse_row(7, ["Ireland", "19x2", "2d", "mint", "3.50"])
    assert raised.value.line == 7


def test_unknown_condition():
    with pytest.raises(CatalogueError):
        parse_row(3, ["Ireland", "1922", "2d", "shiny", "3.50"])


def test_load_catalogue(export):
    stamps, bad_lines = load_catalogue(export)
    assert [s.country for s in stamps] == ["Great Britain", "Ireland", "Canada"]
    assert bad_lines == []


def test_load_reports_bad_lines(damaged_export):
    stamps, bad_lines = load_catalogue(damaged_export)
    assert [s.country for s in stamps] == ["Great Britain", "Malta"]
    assert bad_lines == [3, 4]
