from boreholes.quote import BoreholeQuote


def test_shallow_hole_all_in_the_first_band():
    # 25 m at £95, 10 m of casing at £42, 15 m of screen at £58
    assert BoreholeQuote(depth=25, rock_head=10).works() == 3665.0


def test_each_band_charged_for_its_own_metres():
    # 30 m at £95, 30 m at £120, 15 m at £150; 18 m cased, 57 m screened
    assert BoreholeQuote(depth=75, rock_head=18).works() == 2850 + 3600 + 2250 + 756 + 3306


def test_rock_deeper_than_the_hole_is_cased_all_the_way():
    assert BoreholeQuote(depth=20, rock_head=26).works() == 1900 + 840


def test_total_includes_rig_test_pumping_and_vat():
    assert BoreholeQuote(depth=25, rock_head=10).total() == 6858.0


def test_total_without_test_pumping():
    assert BoreholeQuote(depth=20, rock_head=26, test_pumping=False).total() == 4308.0
