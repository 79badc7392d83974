from pizzeria.recipes import parse_recipes


def test_parse_recipes():
    recipes = parse_recipes("""
    # name: dough per ball, hydration
    neapolitan: 250, 65%
    romana: 180, 70%
    """)
    assert recipes["romana"].dough_grams == 180
    assert recipes["neapolitan"].hydration == 0.65


def test_flour_in_dough():
    recipes = parse_recipes("pan: 400, 70%")
    assert recipes["pan"].flour_grams(1720) == 1000
