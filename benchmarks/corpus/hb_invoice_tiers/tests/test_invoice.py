from decimal import Decimal

import pytest

from billing import discount_rate


def test_small_order_has_no_discount(invoice):
    invoice.add("Widget", 3, "12.50")
    assert invoice.subtotal == Decimal("37.50")
    assert invoice.discount == Decimal("0.00")
    assert invoice.total == Decimal("45.00")


def test_volume_discount(invoice):
    invoice.add("Widget", 40, "12.50")
    invoice.add("Gadget", 2, "99.99")
    assert invoice.subtotal == Decimal("699.98")
    assert invoice.discount == Decimal("35.00")
    assert invoice.summary() == {"subtotal": "699.98", "discount": "35.00", "vat": "133.00", "total": "797.98"}


def test_discount_starts_at_the_tier_minimum():
    assert discount_rate(Decimal("99.99")) == Decimal("0")
    assert discount_rate(Decimal("500.00")) == Decimal("0.05")
    assert discount_rate(Decimal("1000")) == Decimal("0.08")


def test_quantity_must_be_positive(invoice):
    with pytest.raises(ValueError):
        invoice.add("Widget", 0, "1.00")
