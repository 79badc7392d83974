import pytest

from climbing.members import read_members
from climbing.wall import Route

MEMBERS = """\
# name; paid until; belay check; lead certificate expires
ana;  2024-12-31; belay; 2025-02-28
ben;  2024-06-30; belay; -
cleo; 2024-12-31; -;     -
dev;  2024-12-31; belay; 2024-04-30
"""


@pytest.fixture
def members():
    return {m.name: m for m in read_members(MEMBERS)}


@pytest.fixture
def routes():
    return [
        Route("Slab Happy", "4", "boulder"),
        Route("Orange Crush", "5+", "top-rope"),
        Route("The Prow", "6b", "lead"),
    ]
