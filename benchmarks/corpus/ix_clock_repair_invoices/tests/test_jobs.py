from jobs import Part


def test_add_a_new_part(carriage_clock):
    carriage_clock.add_part(Part("Mainspring", 11.0, 24.0))
    assert carriage_clock.parts == [Part("Mainspring", 11.0, 24.0)]


def test_add_the_same_part_again(longcase):
    longcase.add_part(Part("Gut line", 4.20, 9.50))
    assert longcase.parts[0] == Part("Gut line", 4.20, 9.50, 3)
    assert len(longcase.parts) == 2
