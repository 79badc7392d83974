import pytest

from bloodbank.units import parse_type


def test_universal_recipient_takes_every_group(stock, today):
    codes = [unit.code for unit in stock.compatible_units("AB+", today)]
    assert codes == ["RC-1007", "RC-1002", "RC-1003", "RC-1001", "RC-1006", "RC-1004"]


def test_a_positive(stock, today):
    codes = [unit.code for unit in stock.compatible_units("A+", today)]
    assert codes == ["RC-1007", "RC-1002", "RC-1003", "RC-1001", "RC-1004"]


def test_rh_negative_patient_gets_negative_units_only(stock, today):
    codes = [unit.code for unit in stock.compatible_units("A-", today)]
    assert codes == ["RC-1007", "RC-1001", "RC-1004"]


def test_issue_soonest_expiry_first(stock, today):
    assert stock.issue("patient 17", "O+", 2, today) == ["RC-1007", "RC-1002"]
    assert stock.issue("patient 18", "O+", 1, today) == ["RC-1001"]
    with pytest.raises(LookupError):
        stock.issue("patient 19", "O+", 1, today)


def test_on_shelf(stock, today):
    assert stock.on_shelf(today) == {"O-": 2, "O+": 1, "A+": 1, "A-": 1, "AB+": 1}


def test_unknown_type():
    with pytest.raises(ValueError):
        parse_type("C+")
