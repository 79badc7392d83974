import pytest

from shearing.pay import pay_sheet
from shearing.tally import TallyBoard


def test_pay_for_a_single_run():
    b = TallyBoard("Glenrock", ["Aroha", "Hemi"])
    b.count("Aroha", 40)
    b.end_run()
    assert pay_sheet(b, "ewes") == {"Aroha": 144.5, "Hemi": 0.0}


def test_unknown_mob():
    with pytest.raises(ValueError):
        pay_sheet(TallyBoard("Glenrock", ["Aroha"]), "hoggets")
