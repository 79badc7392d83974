from datetime import date

import pytest

from lostproperty.register import claim, read_register

REGISTER = """
ref,found_on,category,description,value,claimed_on
LP-0412,2024-03-02,Umbrella,black golf umbrella,0,
LP-0413,2024-03-02,electronics,iPhone 13 in a blue case,400,2024-03-04
LP-0414,2024-03-05,Hat,red bobble hat,,
"""


def test_read_register():
    items = read_register(REGISTER)
    assert [item.ref for item in items] == ["LP-0412", "LP-0413", "LP-0414"]
    assert items[0].category == "umbrella"
    assert items[0].claimed_on is None
    assert items[1].claimed_on == date(2024, 3, 4)
    assert items[1].value == 400


def test_unknown_category_is_other():
    items = read_register(REGISTER)
    assert items[2].category == "other"
    assert items[2].value == 0


def test_claim_twice():
    items = read_register(REGISTER)
    claim(items, "LP-0412", date(2024, 3, 6))
    assert items[0].claimed_on == date(2024, 3, 6)
    with pytest.raises(ValueError):
        claim(items, "LP-0412", date(2024, 3, 7))
    with pytest.raises(KeyError):
        claim(items, "LP-9999", date(2024, 3, 7))
