from datetime import date

from training.log import import_log
from training.progress import minutes_by_skill, neglected


def test_minutes_by_skill(kennel, log_text):
    sessions, _ = import_log(log_text, kennel)
    assert minutes_by_skill(sessions, kennel.dog("Bramble")) == {"kerb stops": 20, "settle": 45, "stairs": 15}


def test_neglected_skills(kennel, log_text):
    sessions, _ = import_log(log_text, kennel)
    assert neglected(sessions, kennel.dog("Bramble"), date(2024, 3, 10)) == ["traffic", "recall"]
    assert neglected(sessions, kennel.dog("Juno"), date(2024, 3, 10)) == [
        "kerb stops", "stairs", "traffic", "recall", "settle"
    ]
