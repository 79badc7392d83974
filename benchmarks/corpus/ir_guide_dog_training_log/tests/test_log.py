from datetime import date

from training.log import Session, import_log


def test_import_log(kennel, log_text):
    sessions, problems = import_log(log_text, kennel)
    bramble = kennel.dog("Bramble")
    assert problems == []
    assert sessions[0] == Session(date(2024, 3, 4), bramble, "kerb stops", 20)
    assert [s.skill for s in sessions] == ["kerb stops", "recall", "settle", "stairs"]


def test_unreadable_lines_are_reported(kennel, log_text):
    text = log_text + "2024-03-07, Pip, recall\n2024-03-31x, Pip, recall, 10\n2024-03-08, Pip, recall, ten\n"
    sessions, problems = import_log(text, kennel)
    assert len(sessions) == 4
    assert problems == [
        "line 6: 2024-03-07, Pip, recall",
        "line 7: 2024-03-31x, Pip, recall, 10",
        "line 8: 2024-03-08, Pip, recall, ten",
    ]


def test_unknown_skill_is_reported(kennel):
    sessions, problems = import_log("2024-03-04, Juno, swimming, 30\n2024-03-04, Juno, traffic, 25\n", kennel)
    assert [s.skill for s in sessions] == ["traffic"]
    assert problems == ["line 1: 2024-03-04, Juno, swimming, 30"]


def test_dog_not_in_the_kennel_is_reported(kennel):
    sessions, problems = import_log("2024-03-04, Rex, recall, 10\n2024-03-04, Juno, recall, 10\n", kennel)
    assert len(sessions) == 1
    assert problems == ["line 1: 2024-03-04, Rex, recall, 10"]
