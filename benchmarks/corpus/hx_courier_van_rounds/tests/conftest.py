import pytest

from courier.parcels import parse_manifest

MANIFEST = """\
P101 LS6 3AB 2kg
P102 LS2 9JT 750g
P103 LS6 1QQ 4.5kg   # fragile
P104 LS1 4DY 12kg
P105 LS2 7EE 1.25kg
"""


@pytest.fixture
def parcels():
    return parse_manifest(MANIFEST)
