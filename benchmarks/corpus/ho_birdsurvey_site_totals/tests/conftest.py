import pytest

from birdsurvey.records import parse_sightings

CSV = """\
site,date,species,count,observer
Marsh Lane,2024-04-06,Reed Warbler,3,Ana
Marsh Lane,2024-04-06,Grey Heron,1,Ana
Marsh Lane,2024-04-20,Reed Warbler,5,Tom
Marsh Lane,2024-04-20,Little Egret,2,Tom
Old Quarry,2024-04-20,Sand Martin,14,Ana
Marsh Lane,2024-05-04,Grey Heron,2,Ana
"""


@pytest.fixture
def sightings():
    return parse_sightings(CSV.splitlines(keepends=True))
