from ferry.deck import Lane, board, manifest
from ferry.vehicles import parse_queue

QUEUE = """\
K1 car
K2 camper
K3 van
K4 motorbike
K5 car
"""


def test_lane_keeps_a_gap():
    lane = Lane(9.5)
    left = board(parse_queue("A car\nB car\nC motorbike"), [lane])
    assert lane.used() == 9.5
    assert [v.plate for v in left] == ["C"]


def test_first_lane_it_fits_in():
    lanes = [Lane(12), Lane(12)]
    board(parse_queue("A car\nB camper\nC van\nD motorbike\nE van"), lanes)
    assert manifest(lanes) == [["A", "C"], ["B", "D"]]


def test_stops_at_first_vehicle_that_does_not_fit():
    lanes = [Lane(12), Lane(12)]
    left = board(parse_queue(QUEUE + "K6 camper\nK7 motorbike\n"), lanes)
    assert manifest(lanes) == [["K1", "K3"], ["K2", "K4"]]
    assert [v.plate for v in left] == ["K5", "K6", "K7"]


def test_everyone_boards():
    lanes = [Lane(20), Lane(20)]
    left = board(parse_queue(QUEUE), lanes)
    assert left == []
    assert manifest(lanes) == [["K1", "K2", "K3"], ["K4", "K5"]]
