from datetime import date

import pytest

from birdsurvey.records import Sighting, parse_sightings


def test_parse(sightings):
    assert sightings[0] == Sighting("Marsh Lane", date(2024, 4, 6), "reed warbler", 3, "Ana")


def test_zero_count_rejected():
    with pytest.raises(ValueError):
        parse_sightings(["site,date,species,count,observer\n", "A,2024-01-01,Wren,0,Bo\n"])
