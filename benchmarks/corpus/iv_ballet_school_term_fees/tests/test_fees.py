import pytest

from ballet.fees import balance_due, carried_forward, family_bill, statement


def test_only_child_pays_in_full():
    assert family_bill({"Maisie": ["B1"]}) == {"Maisie": 100.80}


def test_sibling_discount_on_the_cheaper_child():
    bill = family_bill({"Maisie": ["B1"], "Isla": ["B3", "T1"]})
    assert bill == {"Maisie": 90.72, "Isla": pytest.approx(204.0)}


def test_part_paid():
    assert balance_due(186.0, [100.0]) == 86.0


def test_paid_by_instalments():
    assert balance_due(294.72, [100.0, 100.0]) == 94.72


def test_paid_in_full_owes_nothing():
    assert balance_due(100.80, [100.80]) == 0.0


def test_credit_from_last_term():
    assert balance_due(100.80, [], credit=20.0) == 80.80


def test_overpayment_is_carried_forward():
    assert balance_due(100.80, [120.0]) == 0.0
    assert carried_forward(100.80, [120.0]) == 19.20


def test_statement():
    assert statement({"Maisie": ["B1"]}, [50.0]) == {
        "bill": 100.80,
        "paid": 50.0,
        "due": 50.80,
        "carried forward": 0.0,
    }
