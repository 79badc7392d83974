from scale import scale


def test_scale_by_the_fixture_factor(factor):
    assert scale(5, factor) == 10
