from datetime import date

import pytest

from firesafety.register import Register


@pytest.fixture
def register():
    reg = Register()
    reg.add("EX-01", "extinguisher", "ground floor, stairwell", date(2024, 1, 15))
    reg.add("EX-02", "extinguisher", "kitchen", date(2024, 1, 15))
    reg.add("AP-01", "alarm panel", "reception", date(2024, 3, 1))
    reg.add("FD-03", "fire door", "first floor, east", date(2023, 11, 1))
    return reg
