import pytest

from spiceblend.recipes import parse_recipe


def test_parse_recipe():
    text = """
    # garam masala, the shop's own
    Coriander seed = 4
    cumin seed = 3     # toasted
    green cardamom = 1.5
    cumin seed = 0.5
    """
    assert parse_recipe(text) == {"coriander seed": 4, "cumin seed": 3.5, "green cardamom": 1.5}


def test_bad_lines():
    with pytest.raises(ValueError, match="line 1"):
        parse_recipe("cumin 3")
    with pytest.raises(ValueError, match="not a number"):
        parse_recipe("cumin = a pinch")
