from datetime import date

from nets import labels, pack_nets


def test_short_session_is_all_part_nets():
    assert pack_nets([64, 72, 55, 61, 44]) == [("Jumbo", 1), ("Large", 2), ("Medium", 1), ("Small", 1)]


def test_seed_bulbs_are_not_netted():
    assert pack_nets([30, 35, 39.9]) == []


def test_net_tied_off_as_soon_as_it_is_full():
    session = [72] * 5 + [64] * 3
    assert pack_nets(session) == [("Jumbo", 5), ("Large", 3)]


def test_longer_session_fills_a_second_net():
    session = [64] * 12
    assert pack_nets(session) == [("Large", 10), ("Large", 2)]


def test_labels():
    nets = [("Large", 10), ("Jumbo", 5), ("Large", 10), ("Jumbo", 2)]
    assert labels(nets, date(2024, 8, 12), "Germidour") == [
        "Germidour 12/08/24 Large x10 #1",
        "Germidour 12/08/24 Jumbo x5 #1",
        "Germidour 12/08/24 Large x10 #2",
        "Germidour 12/08/24 Jumbo x2 PART #2",
    ]
