import pytest

from surfschool.students import Student, read_signups


def test_read_signups():
    rows = [
        {"name": " Ella ", "age": "9", "level": "First-timer", "wetsuit": "xs", "waiver": "yes"},
        {"name": "Dan", "age": "34", "level": "improver", "wetsuit": "L", "waiver": ""},
    ]
    ella, dan = read_signups(rows)
    assert ella == Student("Ella", 9, "first-timer", "XS", True)
    assert ella.junior
    assert not dan.waiver_signed and not dan.junior


def test_unknown_level():
    with pytest.raises(ValueError):
        read_signups([{"name": "Kit", "age": "20", "level": "pro", "wetsuit": "M"}])
