import pytest

from juicepress.labsheet import parse_sheet
from juicepress.tank import Tank

SHEET = """\
# tank litres brix acidity
T1 400 12.5 6.2
T2 250 14.0
"""


def test_parse_sheet():
    tanks = parse_sheet(SHEET)
    assert tanks["T1"].acidity == 6.2
    assert not tanks["T2"].titrated()


def test_ratio():
    assert Tank("T1", 400, 12.5, 6.25).ratio() == 2.0
    with pytest.raises(ValueError):
        Tank("T2", 250, 14.0).ratio()


def test_diluted():
    tank = Tank("T3", 300, 15.0, 9.0).diluted(60)
    assert tank.litres == 360
    assert tank.brix == pytest.approx(12.5)
    assert tank.acidity == pytest.approx(7.5)


def test_blend_untitrated():
    mixed = Tank("A", 100, 10.0).blend(Tank("B", 100, 14.0))
    assert mixed.litres == 200
    assert mixed.brix == pytest.approx(12.0)
    assert mixed.acidity is None


def test_blend_titrated():
    mixed = Tank("Bramley", 150, 11.0, 10.0).blend(Tank("Gala", 450, 13.0, 4.0), name="house")
    assert mixed.name == "house"
    assert mixed.brix == pytest.approx(12.5)
    assert mixed.acidity == pytest.approx(5.5)
    assert mixed.ratio() == 2.3


def test_titrate_both_first():
    with pytest.raises(ValueError):
        Tank("A", 100, 10.0, 5.0).blend(Tank("B", 100, 14.0))
