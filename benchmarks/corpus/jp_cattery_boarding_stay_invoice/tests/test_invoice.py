from booking import parse_booking
from invoice import invoice, total


def test_one_cat_off_peak():
    stay = parse_booking("Patel | Mochi | 2024-03-04 | 2024-03-07")
    assert invoice(stay) == [("Boarding, 3 night(s), first cat", 49.5)]


def test_cats_sharing_a_pen():
    stay = parse_booking("Hughes | Tigger, Smudge, Pip | 2024-05-10 | 2024-05-12")
    assert invoice(stay) == [
        ("Boarding, 2 night(s), first cat", 33.0),
        ("Sharing, 2 more cat(s)", 44.0),
    ]


def test_peak_nights_in_summer():
    stay = parse_booking("Hughes | Tigger, Smudge | 2024-08-01 | 2024-08-04")
    assert invoice(stay)[-1] == ("Peak supplement, 3 night(s)", 18.0)


def test_going_home_on_the_first_peak_day():
    stay = parse_booking("Novak | Luna | 2024-07-15 | 2024-07-20")
    assert invoice(stay) == [("Boarding, 5 night(s), first cat", 82.5)]


def test_medication_every_night():
    stay = parse_booking("Byrne | Oscar* | 2024-10-01 | 2024-10-05")
    assert invoice(stay) == [
        ("Boarding, 4 night(s), first cat", 66.0),
        ("Medication, 1 cat(s)", 10.0),
    ]


def test_total():
    stay = parse_booking("Patel | Mochi, Bean | 2024-03-04 | 2024-03-05")
    assert total(invoice(stay)) == 27.5
