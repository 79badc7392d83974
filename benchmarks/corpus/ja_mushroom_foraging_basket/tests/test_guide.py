from foraging.guide import lookup


def test_lookup_ignores_case_and_spaces():
    assert lookup("  Penny Bun ").name == "penny bun"


def test_unknown_species():
    assert lookup("purple thing") is None


def test_death_cap_is_not_edible():
    assert not lookup("death cap").edible
