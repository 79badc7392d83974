import pytest

from toolhire.catalogue import load_catalogue

EXPORT = """\
code,name,day,weekend,seasonal,attachments
SC-2,Scaffold tower,24.00,30.00,no,2
HT-1,Hedge trimmer,16.00,21.00,yes,1
MX-5,Cement mixer,28.00,28.00,no,0
DR-9,SDS drill,19.00,23.00,no,4
"""


@pytest.fixture
def tools():
    return load_catalogue(EXPORT)
