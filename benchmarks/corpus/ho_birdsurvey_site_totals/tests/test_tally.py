from datetime import date

from birdsurvey.tally import observers, site_totals, species_seen, top_species, visits


def test_species_seen(sightings):
    assert species_seen(sightings) == ["grey heron", "little egret", "reed warbler", "sand martin"]


def test_site_totals(sightings):
    assert site_totals(sightings, "Marsh Lane") == {"reed warbler": 8, "grey heron": 3, "little egret": 2}
    assert site_totals(sightings, "Beacon Hill") == {}


def test_site_totals_since(sightings):
    assert site_totals(sightings, "Marsh Lane", since=date(2024, 4, 20)) == {
        "reed warbler": 5, "little egret": 2, "grey heron": 2}


def test_top_species():
    assert top_species({"wren": 4, "robin": 9, "dunnock": 4, "blackbird": 1}, 2) == [("robin", 9), ("dunnock", 4)]


def test_observers_and_visits(sightings):
    assert observers(sightings, "Marsh Lane") == ["Ana", "Tom"]
    assert visits(sightings) == {"Marsh Lane": 3, "Old Quarry": 1}
