import pytest

from gym import FitnessClass
from gym.members import parse_members

MEMBERS = """
1, Ana
2, Ben, premium
3, Cyril
4, Dee, premium
5, Emil
"""


@pytest.fixture
def members():
    return {member.name: member for member in parse_members(MEMBERS)}


@pytest.fixture
def spin():
    return FitnessClass("Spin 7am", capacity=2)
