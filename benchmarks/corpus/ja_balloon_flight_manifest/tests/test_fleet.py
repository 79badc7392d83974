from balloons.fleet import FLEET


def test_fleet_registrations():
    assert sorted(FLEET) == ["G-BZPL", "G-CKRN", "G-OJBW"]


def test_big_basket():
    big = FLEET["G-OJBW"]
    assert big.seats == 12
    assert big.max_load_kg - big.fuel_kg == 1050.0
