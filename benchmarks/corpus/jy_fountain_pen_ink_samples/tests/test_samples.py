from samples import decant, order_totals, restock_list


def test_order_filled_from_a_full_bottle():
    stock = {"Diamine Oxblood": 50.0}
    assert decant([(1001, "Diamine Oxblood", 3)], stock) == ([(1001, "Diamine Oxblood", 3)], [])


def test_reserve_stays_in_the_bottle():
    stock = {"Sailor Yama-dori": 9.0}
    assert decant([(1002, "Sailor Yama-dori", 4)], stock) == ([(1002, "Sailor Yama-dori", 2)], [(1002, "Sailor Yama-dori", 2)])


def test_ink_not_on_the_shelf_is_all_short():
    assert decant([(1003, "Kaweco Paradise Blue", 1)], {}) == ([], [(1003, "Kaweco Paradise Blue", 1)])


def test_later_order_gets_what_is_left():
    stock = {"Diamine Oxblood": 13.0}
    orders = [(1004, "Diamine Oxblood", 3), (1005, "Diamine Oxblood", 2)]
    filled, short = decant(orders, stock)
    assert filled == [(1004, "Diamine Oxblood", 3), (1005, "Diamine Oxblood", 1)]
    assert short == [(1005, "Diamine Oxblood", 1)]


def test_shelf_count_goes_down():
    stock = {"Diamine Oxblood": 50.0, "Sailor Yama-dori": 18.0}
    decant([(1006, "Sailor Yama-dori", 2), (1007, "Diamine Oxblood", 1)], stock)
    assert stock == {"Diamine Oxblood": 48.0, "Sailor Yama-dori": 14.0}


def test_order_totals():
    filled = [(1008, "Pilot Iroshizuku Kon-peki", 2), (1008, "Diamine Shimmertastic Golden Sands", 1), (1009, "Diamine Oxblood", 1)]
    assert order_totals(filled) == {1008: 5.60, 1009: 1.60}


def test_restock_list():
    short = [(1, "Diamine Oxblood", 1), (2, "Sailor Yama-dori", 3), (3, "Diamine Oxblood", 2), (4, "Kaweco Paradise Blue", 1)]
    assert restock_list(short) == ["Diamine Oxblood: 3 vials short", "Sailor Yama-dori: 3 vials short", "Kaweco Paradise Blue: 1 vials short"]
