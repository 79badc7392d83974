from waves import allocate, gate_sheet, wave_times


def test_wave_times():
    times = wave_times()
    assert len(times) == 29
    assert times[:3] == ["10:00", "10:15", "10:30"]
    assert times[-1] == "17:00"


def test_early_party_goes_in_at_opening():
    assert allocate([("Patel", 4, "10:00"), ("Ahmed", 6, "09:30")]) == {"Patel": "10:00", "Ahmed": "10:00"}


def test_party_between_waves_waits_for_the_next():
    assert allocate([("Jones", 3, "11:05")]) == {"Jones": "11:15"}


def test_party_asking_for_a_wave_gets_that_wave():
    assert allocate([("Kim", 5, "14:30")]) == {"Kim": "14:30"}


def test_full_wave_sends_the_party_on():
    bookings = [("St Mary's Year 4", 38, "10:00"), ("Evans", 4, "09:50"), ("Ng", 2, "10:00")]
    assert allocate(bookings) == {"St Mary's Year 4": "10:00", "Evans": "10:15", "Ng": "10:00"}


def test_no_wave_for_late_or_oversize_parties():
    assert allocate([("Late", 2, "17:10"), ("Coach party", 45, "12:00")]) == {"Late": None, "Coach party": None}


def test_gate_sheet():
    bookings = [("St Mary's Year 4", 38, "10:00"), ("Evans", 4, "10:10"), ("Ng", 2, "09:45"), ("Coach party", 45, "12:00")]
    assert gate_sheet(bookings) == [
        "10:00   40  St Mary's Year 4 (38), Ng (2)",
        "10:15    4  Evans (4)",
        "no wave: Coach party",
    ]
