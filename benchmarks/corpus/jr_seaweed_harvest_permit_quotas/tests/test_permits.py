from datetime import date


def test_closed_months(permits):
    ceiriad = permits[0]
    assert ceiriad.is_closed("sugar kelp", date(2024, 4, 10))
    assert not ceiriad.is_closed("sugar kelp", date(2024, 6, 1))
    assert not ceiriad.is_closed("dulse", date(2024, 4, 10))


def test_closed_over_the_new_year(permits):
    penllech = permits[1]
    assert penllech.is_closed("laver", date(2024, 12, 20))
    assert penllech.is_closed("laver", date(2025, 2, 28))
    assert not penllech.is_closed("laver", date(2025, 3, 1))
