from windowbox.orders import Box, nursery_order, planting_sheet


def test_planting_sheet(catalogue, round_boxes):
    assert planting_sheet(round_boxes, catalogue) == {
        "Bean Counter": ["90cm x1: 3 Ivy geranium", "90cm x1: 6 Trailing lobelia"],
        "The Plough": ["120cm x2: 16 Trailing lobelia", "120cm x2: 8 Ivy geranium"],
        "Harbour Office": ["60cm x1: 2 Dwarf lavender"],
    }


def test_one_box_one_tray(catalogue):
    boxes = [Box("Bean Counter", 300, 1, "Ivy geranium")]
    assert nursery_order(boxes, catalogue) == ([("Ivy geranium", 12, 1, 16.8)], 16.8)


def test_nursery_order_for_the_round(catalogue, round_boxes):
    lines, total = nursery_order(round_boxes, catalogue)
    assert lines == [
        ("Dwarf lavender", 2, 1, 22.5),
        ("Ivy geranium", 11, 1, 16.8),
        ("Trailing lobelia", 22, 1, 14.4),
    ]
    assert total == 53.7


def test_big_order_runs_to_several_trays(catalogue):
    boxes = [Box(f"Office {n}", 120, 2, "Trailing lobelia") for n in range(10)]
    assert nursery_order(boxes, catalogue) == ([("Trailing lobelia", 160, 7, 100.8)], 100.8)
