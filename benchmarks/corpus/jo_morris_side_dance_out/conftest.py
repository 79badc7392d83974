import pytest

from morris.members import parse_members
from morris.side import Side

SQUIRES_LIST = """
Alice Marsh | 1994 | Bean Setting, Constant Billy, Shepherd's Hey | melodeon |
Tom Hale    | 1998 | Bean Setting, Constant Billy, Shepherd's Hey |          |
Raj Patel   | 2001 | Bean Setting, Constant Billy                 |          | 2024-06-01, 2024-08-10
Sue Dunn    | 2003 | Bean Setting, Constant Billy                 |          |
Pete Orme   | 2005 | Bean Setting                                 | fiddle   | 2024-07-13
Jo Kent     | 2008 | Bean Setting, Constant Billy                 |          |
Mark Bell   | 2010 | Bean Setting, Constant Billy                 |          |
Ann Lowe    | 2012 | Bean Setting, Constant Billy                 |          |
Dave Ruff   | 2015 | Bean Setting                                 |          | 2024-06-01
"""


@pytest.fixture
def members():
    return parse_members(SQUIRES_LIST)


@pytest.fixture
def side(members):
    return Side("Ravensbourne Morris", members)
