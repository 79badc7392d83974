import pytest

from agenda.models import Meeting


@pytest.fixture
def tuesday():
    return [
        Meeting.at("standup", "09:30", "09:45", "ana", "ben", "cy"),
        Meeting.at("design review", "10:00", "11:30", "ana", "cy"),
        Meeting.at("1:1", "10:30", "11:00", "ben", "cy"),
        Meeting.at("lunch talk", "12:30", "13:30", "ben"),
        Meeting.at("planning", "15:00", "16:00", "ana", "ben"),
    ]
