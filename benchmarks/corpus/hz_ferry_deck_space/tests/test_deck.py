from ferrydeck.deck import Deck
from ferrydeck.vehicles import Vehicle, read_manifest


def car(plate, length=4.5):
    return Vehicle(plate, length, 1.5)


def test_from_plan():
    deck = Deck.from_plan("30 30 H50")
    assert [(lane.number, lane.length, lane.high) for lane in deck.lanes] == [(1, 30.0, False), (2, 30.0, False), (3, 50.0, True)]


def test_cars_fill_lanes_in_order():
    deck = Deck.from_plan("10 10")
    assert [deck.place(car(p)) for p in "ABCD"] == [1, 1, 2, 2]


def test_full_deck_turns_cars_away():
    deck = Deck.from_plan("10 H10")
    assert deck.load([car(p) for p in "ABCDE"]) == ["E"]
    assert deck.occupancy() == {1: 10.0, 2: 10.0}


def test_morning_sailing():
    manifest = read_manifest("""
    CAR1 4.5 1.5
    VAN1 6.5 2.7
    CAR2 4.0 1.4
    LORRY 12.0 3.9
    CAR3 4.5 1.5
    """)
    deck = Deck.from_plan("20 20 H25")
    assert deck.load(manifest) == []
    assert deck.occupancy() == {1: 14.5, 2: 0.0, 3: 19.5}


def test_no_high_lane_left():
    deck = Deck.from_plan("30 H8")
    assert deck.place(Vehicle("VAN1", 6.0, 2.6)) == 2
    assert deck.place(Vehicle("VAN2", 6.0, 2.6)) is None
    assert deck.place(car("CAR1")) == 1
