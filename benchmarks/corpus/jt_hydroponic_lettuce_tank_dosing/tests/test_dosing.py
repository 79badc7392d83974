from hydro.dosing import acid_ml, nutrient_ml


def test_nutrient_ml():
    assert nutrient_ml(200, 1.0, 1.4) == 80


def test_over_strength_gets_no_nutrient():
    assert nutrient_ml(200, 1.6, 1.2) == 0


def test_acid_ml():
    assert acid_ml(200, 6.4, 5.8) == 18.0
    assert acid_ml(200, 5.8, 6.4) == 0
