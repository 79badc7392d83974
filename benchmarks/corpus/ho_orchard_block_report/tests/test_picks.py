from datetime import date

from orchard.picks import Pick, fruit_kg, net_kg


def test_fruit_leaves_out_the_crates():
    assert fruit_kg(Pick("Ana", "A2", date(2024, 9, 1), crates=2, gross_kg=47.0)) == 42.0


def test_net_takes_out_graded_fruit():
    assert net_kg(Pick("Ana", "A2", date(2024, 9, 1), crates=2, gross_kg=47.0, rejected=0.25)) == 31.5
