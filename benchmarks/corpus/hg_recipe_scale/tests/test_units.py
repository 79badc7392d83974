from recipes.units import format_quantity, normalize, to_base


def test_normalize_moves_up():
    assert normalize(1500, "g") == (1.5, "kg")
    assert normalize(250, "ml") == (250, "ml")


def test_normalize_moves_down():
    assert normalize(0.25, "l") == (250, "ml")


def test_to_base():
    assert to_base(2, "kg") == (2000, "g")
    assert to_base(3, "") == (3, "")


def test_format_quantity():
    assert format_quantity(1.5, "kg") == "1.5 kg"
    assert format_quantity(2.0, "") == "2"
    assert format_quantity(0.333333, "l") == "0.33 l"
