from tuning.report import advice, section_summary, tuning_report

SECTIONS = {"Ana": "strings", "Ben": "strings", "Chloe": "winds", "Dev": "brass"}


def test_everyone_in_tune():
    readings = {"Ana": ("A4", 440.4), "Ben": ("D4", 293.5), "Chloe": ("Bb3", 233.1)}
    assert tuning_report(readings) == []


def test_sharp_player_reported():
    readings = {"Ana": ("A4", 444.0), "Ben": ("A4", 440.0)}
    assert tuning_report(readings) == [("Ana", 15.7)]


def test_flat_player_reported():
    readings = {"Chloe": ("A4", 436.0), "Dev": ("E4", 329.6)}
    assert tuning_report(readings) == [("Chloe", -15.8)]


def test_section_summary():
    readings = {"Ana": ("A4", 446.0), "Ben": ("A4", 441.0), "Chloe": ("A4", 432.0), "Dev": ("A4", 440.0)}
    assert section_summary(readings, SECTIONS) == {"strings": 1, "winds": 1, "brass": 0}


def test_advice():
    assert advice(12.0) == "sharp: lengthen"
    assert advice(-3.0) == "flat: shorten"
