from catcafe.billing import Visit, bill, split_evenly


def test_lines_per_guest():
    result = bill([Visit("Ada", 45, ["latte", "brownie"]), Visit("Ben", 25)])
    assert result.lines == [("Ada", 12.0, 6.35), ("Ben", 6.0, 0.0)]


def test_cover_only():
    result = bill([Visit("Ada", 45), Visit("Ben", 25)], weekend=True)
    assert result.discount == 0.0
    assert result.total == 22.5


def test_total_includes_the_cafe_order():
    result = bill([Visit("Ada", 45, ["latte", "brownie"]), Visit("Ben", 25, ["tea"])])
    assert result.total == 26.55


def test_group_discount_is_on_the_cover():
    guests = [Visit(name, 60) for name in ["Ada", "Ben", "Cy", "Di", "Ed", "Flo"]]
    result = bill(guests)
    assert result.discount == 7.2
    assert result.total == 64.8


def test_small_group_pays_full_cover():
    guests = [Visit(name, 60) for name in ["Ada", "Ben", "Cy", "Di", "Ed"]]
    assert bill(guests).discount == 0.0


def test_split_evenly():
    assert split_evenly(26.55, 2) == [13.28, 13.27]
    assert split_evenly(10.0, 3) == [3.34, 3.33, 3.33]
