import pytest

from leadlight.quote import Panel, quote


def test_single_plain_panel():
    q = quote([Panel(500, 800, "clear")])
    assert q["came_lengths"] == 2
    assert q["glass"] == 20.7
    assert q["solder"] == 1.6
    assert q["labour"] == 14.0


def test_unknown_glass():
    with pytest.raises(ValueError, match="flashed"):
        quote([Panel(500, 800, "flashed")])


def test_pair_of_sidelights():
    q = quote([Panel(300, 1400, "seedy", horizontal_bars=3), Panel(300, 1400, "seedy", horizontal_bars=3)])
    assert q["came_lengths"] == 5
    assert q["total"] == 175.27
