from treefarm.pricing import price


def test_bands():
    assert price("Nordmann", 150) == 45.0
    assert price("Nordmann", 151) == 55.0
    assert price("Norway", 240) == 55.0


def test_big_trees_priced_by_the_foot():
    assert price("Fraser", 250) == 102.0
    assert price("Nordmann", 302) == 80.0 + 3 * 12.0
