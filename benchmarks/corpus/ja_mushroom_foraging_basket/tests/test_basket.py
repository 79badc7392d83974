from foraging.basket import Find, basket_report, by_forager


def test_safe_species_go_straight_in():
    report = basket_report([Find("Ines", "Penny Bun", 340), Find("Tom", "shaggy ink cap", 120)])
    assert report["basket"] == ["penny bun", "shaggy ink cap"]
    assert report["basket_grams"] == 460


def test_poisonous_and_unknown_are_thrown_away():
    report = basket_report([Find("Tom", "fly agaric", 80), Find("Tom", "little brown one", 15)])
    assert report["discard"] == ["fly agaric", "little brown one"]
    assert report["basket_grams"] == 0


def test_chanterelles_wait_for_a_second_look():
    report = basket_report([Find("Ines", "chanterelle", 210)])
    assert report["check"] == ["chanterelle"]
    assert report["basket"] == []


def test_confirmed_chanterelles_go_in_the_basket():
    report = basket_report([Find("Ines", "chanterelle", 210, confirmed=True), Find("Ines", "penny bun", 90)])
    assert report["basket"] == ["chanterelle", "penny bun"]
    assert report["basket_grams"] == 300


def test_grams_by_forager():
    finds = [Find("Ines", "chanterelle", 210), Find("Tom", "death cap", 60), Find("Ines", "penny bun", 90)]
    assert by_forager(finds) == {"Ines": 300, "Tom": 60}
