from entries import Entry
from programme import commentary_cards, parade_order

CLASSES = {
    "Grey Fergies": [Entry(98, 1952, "Ferguson TEA20", "M. Hollis"), Entry(114, 1949, "Ferguson TE20", "R. Pask")],
    "Crawlers": [Entry(203, 1947, "Caterpillar D2", "J. & S. Wren")],
    "Stationary Engines": [Entry(12, 1921, "Lister D", "A. Moss")],
}


def test_parade_order():
    assert parade_order(CLASSES, ["Crawlers", "Grey Fergies"]) == [
        ("Crawlers", 203),
        ("Grey Fergies", 114),
        ("Grey Fergies", 98),
        ("Stationary Engines", 12),
    ]


def test_commentary_cards():
    assert commentary_cards(CLASSES)[:2] == [
        "12: 1921 Lister D, shown by A. Moss",
        "98: 1952 Ferguson TEA20, shown by M. Hollis",
    ]
