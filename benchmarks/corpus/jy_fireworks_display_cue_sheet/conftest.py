import pytest

from cuesheet.script import parse_script

SCRIPT = """
# Bonfire night, rugby club field
0:00 0:12 A 5 Opening comets
0:10 0:16 b 4 Crossette fans   # over the chorus
0:20 0:20 C 1 Finale salute
"""


@pytest.fixture
def script_text():
    return SCRIPT


@pytest.fixture
def segments():
    return parse_script(SCRIPT)
