from datetime import date

from cottages.cleaning import changeovers, cleaner_hours


def test_stay_inside_the_week(bookings, week_start):
    assert changeovers([bookings["D302"]], week_start) == [(date(2024, 6, 6), "Dairy", "standard", False)]


def test_dogs_mean_a_deep_clean(bookings, week_start):
    assert changeovers([bookings["B202"]], week_start) == [(date(2024, 6, 7), "Byre", "deep", False)]


def test_same_day_arrival_is_a_turnaround(bookings, week_start):
    jobs = changeovers(list(bookings.values()), week_start)
    assert (date(2024, 6, 6), "Dairy", "standard", True) in jobs
    assert (date(2024, 6, 5), "Hayloft", "standard", True) in jobs


def test_guests_who_came_last_week_leave_this_week(bookings, week_start):
    jobs = changeovers([bookings["B201"], bookings["B202"]], week_start)
    assert jobs == [(date(2024, 6, 1), "Byre", "standard", True), (date(2024, 6, 7), "Byre", "deep", False)]


def test_guests_leaving_next_week_are_cleaned_next_week(bookings, week_start):
    jobs = changeovers(list(bookings.values()), week_start)
    assert [job[0] for job in jobs] == [date(2024, 6, 1), date(2024, 6, 5), date(2024, 6, 6), date(2024, 6, 7)]


def test_cleaner_hours():
    jobs = [
        (date(2024, 6, 1), "Byre", "standard", True),
        (date(2024, 6, 1), "Dairy", "deep", False),
        (date(2024, 6, 3), "Hayloft", "standard", False),
    ]
    assert cleaner_hours(jobs) == {date(2024, 6, 1): 9.0, date(2024, 6, 3): 2.5}
