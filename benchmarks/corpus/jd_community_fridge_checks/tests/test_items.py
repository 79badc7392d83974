from datetime import date

import pytest

from fridge.items import BEST_BEFORE, USE_BY, Item, parse_entry


def test_parse_chilled_use_by():
    assert parse_entry("Semi-skimmed milk 2l; Co-op Station Rd; 2070; ub 2024-03-12") == Item(
        "Semi-skimmed milk 2l", "Co-op Station Rd", 2070, USE_BY, date(2024, 3, 12)
    )


def test_parse_flags():
    item = parse_entry("Crackers; Mrs Byrne; 200; bb 2024-02-01; ambient opened")
    assert item.date_kind == BEST_BEFORE
    assert not item.chilled and item.opened


def test_bad_date_kind():
    with pytest.raises(ValueError):
        parse_entry("Crackers; Mrs Byrne; 200; exp 2024-02-01")
