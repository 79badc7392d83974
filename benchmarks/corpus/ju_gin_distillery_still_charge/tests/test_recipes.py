import pytest

from stillroom.recipes import Botanical, parse_recipe


def test_parse_recipe():
    recipe = parse_recipe("Garden Gin", """
        juniper 15   # Macedonian
        lemon peel 1.5 fresh basket
        elderflower 0.5 basket
    """)
    assert recipe.botanicals == (
        Botanical("juniper", 15.0),
        Botanical("lemon peel", 1.5, fresh=True, basket=True),
        Botanical("elderflower", 0.5, basket=True),
    )


def test_line_without_dose():
    with pytest.raises(ValueError, match="orris"):
        parse_recipe("Harbour Dry", "juniper 20\norris basket")
