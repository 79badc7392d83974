import pytest

from smokehouse.batches import read_smoking_list
from smokehouse.smokers import Smoker

SMOKING_LIST = """\
# Saturday
brisket      110  12  x3
pork-butt    115  10
salmon        80   3  x2
ribs         125   6  x2
"""


@pytest.fixture
def batches():
    return read_smoking_list(SMOKING_LIST)


@pytest.fixture
def smokers():
    return [Smoker("offset", 4, 110), Smoker("cabinet", 3, 80)]
