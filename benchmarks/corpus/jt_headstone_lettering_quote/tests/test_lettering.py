from masonry.lettering import chargeable_letters, longest_line, read_inscription


def test_stops_and_spaces_are_free():
    assert chargeable_letters("O'NEILL, J.") == 7
    assert chargeable_letters("R.I.P.") == 3


def test_ampersand_counts():
    assert chargeable_letters("JOHN & MARY") == 9


def test_blank_line_inside_is_kept():
    assert read_inscription("\nIN MEMORY\n\nOF JOHN\n\n") == ["IN MEMORY", "", "OF JOHN"]


def test_longest_line(inscription):
    assert longest_line(inscription) == 20
