import pytest

from huddle.channel import Channel
from huddle.users import User

ANA = User("ana", "Ana", "ana@example.org")
BOB = User("bkowalski", "Bob Kowalski", "bob.kowalski@example.org")
CHEN = User("chen.li", "Chen", "chen@example.org")
DANA = User("dana", "Dana", "dana@example.org", active=False)


@pytest.fixture
def channel():
    return Channel("releases", [ANA, BOB, CHEN, DANA])
