from datetime import date

from rescue.patients import Hedgehog


def test_weigh_returns_change():
    bramble = Hedgehog("Bramble", date(2024, 9, 2), 410)
    assert bramble.weigh(date(2024, 9, 5), 455) == 45
    assert bramble.weight == 455


def test_hoglet():
    assert Hedgehog("Pip", date(2024, 9, 2), 180).hoglet
    assert not Hedgehog("Bramble", date(2024, 9, 2), 410).hoglet


def test_ready_for_release():
    conker = Hedgehog("Conker", date(2024, 8, 1), 520)
    assert not conker.ready_for_release()
    conker.weigh(date(2024, 9, 1), 640)
    assert conker.ready_for_release()
    conker.weigh(date(2024, 9, 4), 620)
    assert not conker.ready_for_release()


def test_not_released_on_fluids():
    conker = Hedgehog("Conker", date(2024, 8, 1), 700)
    conker.on_fluids = True
    assert not conker.ready_for_release()
