import pytest

from glazier.quote import Quote


def test_quote_for_a_sash_window():
    quote = Quote("Mrs Hale")
    quote.add_pane("float4", 600, 400, qty=2)
    quote.add_pane("toughened6", 1000, 500)
    assert quote.glass_total() == 55.00
    assert quote.pane_count() == 3
    assert quote.net() == 154.00
    assert quote.total() == 184.80


def test_workshop_job_has_no_visit_charge():
    quote = Quote("Mr Dunn", visit=False)
    quote.add_pane("obscure", 500, 500)
    assert quote.net() == pytest.approx(11.50 + 18.00)


def test_same_pane_again_goes_on_the_same_line():
    quote = Quote("Corner Cafe")
    quote.add_pane("sealed_unit", 800, 1200)
    quote.add_pane("sealed_unit", 800, 1200)
    assert quote.lines() == ["2 x sealed_unit 800x1200mm  211.20"]


def test_same_glass_different_size_is_a_new_line():
    quote = Quote("Corner Cafe")
    quote.add_pane("sealed_unit", 800, 1200)
    quote.add_pane("sealed_unit", 800, 1000)
    assert len(quote.lines()) == 2


def test_bad_panes_are_refused():
    quote = Quote("Mrs Hale")
    with pytest.raises(KeyError):
        quote.add_pane("stained", 300, 300)
    with pytest.raises(ValueError):
        quote.add_pane("float4", 300, 300, qty=0)
    assert quote.panes == []
