from collections import deque

from hostdesk.floor import Party
from hostdesk.seating import best_table, seat_waiting


def test_smallest_table_that_fits(tables):
    assert best_table(Party("Ng", 3), tables).name == "T2"
    assert best_table(Party("Ruiz", 2), tables).name == "T1"
    assert best_table(Party("Office party", 9), tables) is None


def test_step_free_table(tables):
    assert best_table(Party("Okafor", 3, needs_access=True), tables).name == "T5"


def test_big_party_keeps_its_place(tables):
    queue = deque([Party("Ng", 4), Party("Berg", 8), Party("Ruiz", 2), Party("Ito", 6)])
    seated = seat_waiting(queue, tables)
    assert seated == [("Ng", "T2"), ("Ruiz", "T1"), ("Ito", "T4")]
    assert [party.name for party in queue] == ["Berg"]
    assert [table.name for table in tables] == ["T3", "T5"]
