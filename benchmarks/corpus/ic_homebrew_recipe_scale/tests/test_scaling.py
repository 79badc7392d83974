import pytest

from brewing.scaling import scale_recipe


def test_same_size_is_unchanged(pale_ale):
    assert scale_recipe(pale_ale, 20) == pale_ale


def test_double_batch(pale_ale):
    double = scale_recipe(pale_ale, 40)
    assert double.batch_litres == 40
    assert double.boil_litres == 52
    assert double.boil_minutes == 60
    assert double.amount_of("pale malt") == 9.0
    assert double.amount_of("US-05") == 2


def test_half_batch_keeps_a_whole_yeast_packet(pale_ale):
    half = scale_recipe(pale_ale, 10)
    assert half.amount_of("cascade") == 20
    assert half.amount_of("US-05") == 1


def test_refuses_empty_batch(pale_ale):
    with pytest.raises(ValueError):
        scale_recipe(pale_ale, 0)
