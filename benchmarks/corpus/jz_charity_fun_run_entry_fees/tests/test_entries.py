from funrun.entries import poster, price_list


def test_poster():
    assert poster({"adult 5k": 1547, "junior 2k": 349}) == ["Adult 5K: £15.47", "Junior 2K: £3.49"]


def test_price_list_shares_fixed_costs_between_adults():
    expected = {"adult 10k": 200, "adult 5k": 100, "junior 2k": 50}
    assert price_list(120000, expected, 500) == {"adult 10k": 1989, "adult 5k": 1547, "junior 2k": 349}
