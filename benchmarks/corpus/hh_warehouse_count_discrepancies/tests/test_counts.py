from stockcheck.counts import adjustments, discrepancies


def test_books(books):
    assert books == {"BOLT-M6": 380, "NUT-M6": 300, "WASHER": 85}


def test_count_matches(books):
    assert discrepancies(books, dict(books)) == {}


def test_discrepancies(books):
    counted = {"BOLT-M6": 380, "NUT-M6": 297, "WASHER": 90}
    assert discrepancies(books, counted) == {"NUT-M6": -3, "WASHER": 5}


def test_tolerance_and_adjustments(books):
    counted = {"BOLT-M6": 383, "NUT-M6": 300, "WASHER": 85, "HOOK": 4}
    assert adjustments(books, counted, tolerance=3) == [{"sku": "HOOK", "type": "receipt", "qty": 4}]
