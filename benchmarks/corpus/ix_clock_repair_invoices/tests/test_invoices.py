import pytest

from invoices import Invoice, parts_margin


def test_labour_only(carriage_clock):
    invoice = Invoice(carriage_clock)
    assert invoice.lines() == [("Labour, 2 h at £48.00", 96.0)]
    assert invoice.vat() == pytest.approx(19.2)
    assert invoice.total() == pytest.approx(115.2)


def test_over_estimate(carriage_clock):
    assert Invoice(carriage_clock).over_estimate() == pytest.approx(15.2)
    carriage_clock.estimate = 150.0
    assert Invoice(carriage_clock).over_estimate() == 0.0


def test_no_estimate_given(carriage_clock):
    carriage_clock.estimate = None
    assert Invoice(carriage_clock).over_estimate() == 0.0


def test_lines_with_parts(longcase):
    assert Invoice(longcase).lines() == [
        ("Labour, 3.5 h at £48.00", 168.0),
        ("Gut line x2", 19.0),
        ("Pendulum suspension spring", 14.0),
    ]


def test_longcase_total(longcase):
    invoice = Invoice(longcase)
    assert invoice.net() == pytest.approx(201.0)
    assert invoice.total() == pytest.approx(241.2)


def test_parts_margin(longcase, carriage_clock):
    assert parts_margin([longcase, carriage_clock]) == pytest.approx(17.8)
