from ploughing.contracts import Driveway, read_contracts, to_clear


def test_read_contracts():
    text = """
    # 2024-25 season
    Low Laithe Farm; 1.2, 0.4; 5
    The Old Vicarage; 3.0,2.5; 10   # gate code 1947
    """
    assert read_contracts(text) == [
        Driveway("Low Laithe Farm", (1.2, 0.4), 5),
        Driveway("The Old Vicarage", (3.0, 2.5), 10),
    ]


def test_to_clear_at_trigger_depth():
    drives = [Driveway("A", (0, 1), 5), Driveway("B", (0, 2), 10), Driveway("C", (0, 3), 15)]
    assert [d.address for d in to_clear(drives, 10)] == ["A", "B"]
