from datetime import date

from lostproperty.disposals import clearance_summary, due_for_disposal
from lostproperty.register import Item


def test_umbrella_goes_after_two_weeks():
    items = [Item("LP-1", date(2024, 5, 1), "umbrella", "green brolly")]
    assert due_for_disposal(items, date(2024, 5, 15)) == []
    assert due_for_disposal(items, date(2024, 5, 16)) == [("LP-1", "staff stand")]


def test_valuables_go_to_the_police():
    items = [
        Item("LP-2", date(2024, 1, 10), "electronics", "laptop", value=650),
        Item("LP-3", date(2024, 1, 9), "jewellery", "silver ring", value=40),
        Item("LP-4", date(2024, 1, 11), "bag", "rucksack", value=30),
    ]
    assert due_for_disposal(items, date(2024, 5, 1)) == [
        ("LP-3", "police"),
        ("LP-2", "police"),
        ("LP-4", "charity shop"),
    ]


def test_documents_go_back_within_the_week():
    items = [Item("LP-5", date(2024, 2, 1), "documents", "passport")]
    assert due_for_disposal(items, date(2024, 2, 9)) == [("LP-5", "issuing office")]


def test_claimed_items_are_not_cleared():
    items = [
        Item("LP-6", date(2024, 4, 1), "clothing", "navy fleece", claimed_on=date(2024, 4, 3)),
        Item("LP-7", date(2024, 4, 1), "clothing", "child's raincoat"),
    ]
    assert due_for_disposal(items, date(2024, 6, 1)) == [("LP-7", "charity shop")]


def test_clearance_summary():
    items = [
        Item("LP-8", date(2024, 3, 1), "umbrella", "tartan umbrella"),
        Item("LP-9", date(2024, 3, 2), "umbrella", "clear dome umbrella"),
        Item("LP-10", date(2024, 3, 3), "bag", "tote bag"),
        Item("LP-11", date(2024, 3, 29), "bag", "holdall"),
    ]
    assert clearance_summary(items, date(2024, 5, 10)) == {"staff stand": 2, "charity shop": 1}
