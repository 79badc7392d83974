import pytest

from spiceblend.weighing import batch_weight, jar_label, weigh_sheet

GARAM_MASALA = {"coriander seed": 4, "cumin seed": 3, "green cardamom": 1.5, "black pepper": 1, "cinnamon": 1, "cloves": 0.5}
PAELLA = {"smoked paprika": 6, "turmeric": 2, "garlic": 2, "saffron": 0.02}


def test_weigh_sheet():
    sheet, notes = weigh_sheet(GARAM_MASALA, 250)
    assert sheet == [
        ("coriander seed", 90.9),
        ("cumin seed", 68.2),
        ("green cardamom", 34.1),
        ("black pepper", 22.7),
        ("cinnamon", 22.7),
        ("cloves", 11.4),
    ]
    assert notes == []
    assert batch_weight(sheet) == 250.0


def test_spice_left_out_of_a_batch():
    sheet, _ = weigh_sheet({**GARAM_MASALA, "nutmeg": 0}, 250)
    assert "nutmeg" not in dict(sheet)


def test_too_little_to_weigh_is_made_up():
    sheet, notes = weigh_sheet(PAELLA, 50)
    assert notes == ["saffron: 0.10 g is too little to weigh, made up to 0.5 g"]
    assert sheet[-1] == ("saffron", 0.5)


def test_empty_recipe():
    with pytest.raises(ValueError):
        weigh_sheet({"cumin seed": 0}, 100)


def test_jar_label():
    sheet, _ = weigh_sheet(PAELLA, 500)
    assert jar_label("Paella blend", sheet) == "PAELLA BLEND. Ingredients: smoked paprika, garlic, turmeric, saffron."
