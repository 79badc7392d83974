from windowbox.catalogue import Plant, plants_along, trays_needed


def test_read_catalogue(catalogue):
    assert list(catalogue) == ["Trailing lobelia", "Ivy geranium", "Dwarf lavender", "Viola"]
    assert catalogue["Dwarf lavender"] == Plant("Dwarf lavender", 30, 9, 22.5)


def test_plants_along():
    assert plants_along(90, 25) == 3
    assert plants_along(120, 15) == 8
    assert plants_along(20, 25) == 1


def test_trays_needed():
    assert trays_needed(24, 24) == 1
    assert trays_needed(25, 24) == 2
