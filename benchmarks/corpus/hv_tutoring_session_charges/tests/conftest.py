import pytest

from tutoring.sessions import read_sessions

EXPORT = """\
student,start,minutes,cancelled
Maya Patel,2024-04-08 16:00,60,
Tom Reid,2024-04-09 17:30,45,2024-04-09 09:10
Maya Patel,2024-04-15 16:00,60,2024-04-12 10:00
Maya Patel,2024-04-22 16:00,90,
Maya Patel,2024-05-06 16:00,60,
"""


@pytest.fixture
def sessions():
    return read_sessions(EXPORT)
