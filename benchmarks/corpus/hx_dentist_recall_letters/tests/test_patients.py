from datetime import date

import pytest

from dental.patients import add_months, load_patients


def test_add_months_keeps_the_day():
    assert add_months(date(2024, 3, 15), 6) == date(2024, 9, 15)
    assert add_months(date(2023, 11, 2), 3) == date(2024, 2, 2)


def test_add_months_at_the_end_of_a_month():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)


def test_load_patients():
    lines = [
        "number,name,last_checkup,interval_months,next_appointment,status,email",
        "D7,  Jo Bell ,2024-02-01,,2024-08-01,Registered,",
    ]
    [patient] = load_patients(lines)
    assert patient.name == "Jo Bell"
    assert patient.interval_months == 6
    assert patient.next_appointment == date(2024, 8, 1)
    assert patient.registered


def test_interval_out_of_range():
    lines = ["number,name,last_checkup,interval_months,next_appointment,status,email",
             "D8,Al Moss,2024-02-01,36,,registered,"]
    with pytest.raises(ValueError):
        load_patients(lines)
