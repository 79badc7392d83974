from datetime import date, timedelta

import pytest

from harvest import Load
from still import Still, bottles


def test_distil_plan(still, monday):
    assert still.distil_plan(monday) == {"kg": 1100.0, "oil_ml": 17670, "runs": 5, "composted": 0.0}


def test_poor_load_is_composted(still, monday):
    still.bring_in([Load("hidcote", 150, 6.5, monday)])
    plan = still.distil_plan(monday)
    assert plan["composted"] == 150.0
    assert plan["kg"] == 1100.0


def test_wet_load_is_composted(still, monday):
    still.bring_in([Load("grosso", 200, 22, monday, wet=True)])
    plan = still.distil_plan(monday)
    assert plan["composted"] == 200.0
    assert plan["oil_ml"] == 17670


def test_old_load_is_composted(still, monday):
    assert still.distil_plan(monday + timedelta(days=2))["kg"] == 1100.0
    assert still.distil_plan(monday + timedelta(days=3)) == {"kg": 0.0, "oil_ml": 0, "runs": 0, "composted": 1100.0}


def test_tomorrows_cut_waits(still, monday):
    still.bring_in([Load("grosso", 300, 20, monday + timedelta(days=1))])
    assert still.distil_plan(monday)["kg"] == 1100.0
    still.clear_heap(monday)
    assert [load.cut for load in still.heap] == [monday + timedelta(days=1)]


def test_still_size():
    with pytest.raises(ValueError):
        Still(0)


def test_bottles():
    assert bottles(17670) == (1767, 0)
    assert bottles(95.5) == (9, 5.5)
