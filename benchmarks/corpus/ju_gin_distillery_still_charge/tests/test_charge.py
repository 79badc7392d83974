import pytest

from stillroom.charge import charge_sheet, sheet_lines


def test_spirit_cut_to_charge_strength(harbour_dry):
    sheet = charge_sheet(harbour_dry, 100)
    assert sheet["charge_litres"] == 160
    assert sheet["water_litres"] == 60


def test_spirit_already_at_charge_strength(harbour_dry):
    sheet = charge_sheet(harbour_dry, 150, spirit_abv=60)
    assert sheet["water_litres"] == 0
    assert sheet["pot"] == {"juniper": 3000, "coriander seed": 900, "angelica root": 150}


def test_botanicals_dosed_on_the_charge(harbour_dry):
    sheet = charge_sheet(harbour_dry, 100)
    assert sheet["pot"] == {"juniper": 3200, "coriander seed": 960, "angelica root": 160}
    assert sheet["basket"] == {}


def test_fresh_peel_in_the_basket(garden_gin):
    sheet = charge_sheet(garden_gin, 100, spirit_abv=60)
    assert sheet["pot"] == {"juniper": 1500}
    assert sheet["basket"] == {"lemon peel": 600, "elderflower": 50}


def test_charge_too_big_for_the_pot(harbour_dry):
    with pytest.raises(ValueError, match="300 litre pot"):
        charge_sheet(harbour_dry, 200)


def test_sheet_lines(harbour_dry):
    assert sheet_lines(harbour_dry, 150, spirit_abv=60)[0] == "Harbour Dry: 150 L spirit at 60% + 0 L water = 150 L at 60%"
