import pytest

from inkwell.commission import Commission
from inkwell.scripts import SCRIPTS


def test_add_splits_the_address_into_lines(italic, ng):
    commission = Commission("Ng", italic)
    commission.add(ng)
    commission.add("Dr O Ade,, Rose Cottage ,Hay")
    assert commission.envelopes == [["Ms J Ng", "Flat 2", "Bath", "BA1 1AA"], ["Dr O Ade", "Rose Cottage", "Hay"]]


def test_small_jobs_pay_the_minimum(italic, ng):
    commission = Commission("Ng", italic)
    commission.add(ng)
    assert commission.quote() == 35.0


def test_characters_written_spaces_free(wedding):
    # 1.50 + 36 * 0.14 an envelope
    assert wedding.quote() == pytest.approx(130.80)


def test_gilded_capitals(italic, patel):
    commission = Commission("Hughes-Patel", italic, gilded=True)
    for _ in range(10):
        commission.add(patel)
    # 1.50 + 36 * 0.08 + 11 capitals * 0.60 an envelope
    assert commission.quote() == pytest.approx(109.80)


def test_uncial_is_never_gilded():
    with pytest.raises(ValueError):
        Commission("Ng", SCRIPTS["uncial"], [["Ms J Ng"]], gilded=True).quote()


def test_bulk_discount_from_fifty_envelopes(italic, ng):
    commission = Commission("Ng", italic)
    for _ in range(50):
        commission.add(ng)
    # 50 * (1.50 + 20 * 0.08), less 10%
    assert commission.quote() == pytest.approx(139.50)
