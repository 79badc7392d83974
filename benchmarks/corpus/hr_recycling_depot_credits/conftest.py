import pytest

from depot.dropoffs import parse_log

WEEK = """\
2024-04-02 m017 glass 6.5
2024-04-02 m017 paper 3.0
2024-04-02 m044 alu 2.2
2024-04-03 m044 plastic 1.5
"""


@pytest.fixture
def week():
    return parse_log(WEEK)
