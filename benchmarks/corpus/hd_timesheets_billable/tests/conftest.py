import pytest

from timesheets.entries import parse_export

EXPORT = """\
# week 14
2024-04-01;ana;apollo;6.5;approved
2024-04-01;ana;internal;1.5;approved
2024-04-02;ben;apollo;8;submitted
2024-04-02;ben;hermes;3;rejected
2024-04-03;ana;hermes;4;draft

2024-04-03;ben;hermes;2.5;approved
"""


@pytest.fixture
def entries():
    return parse_export(EXPORT)
