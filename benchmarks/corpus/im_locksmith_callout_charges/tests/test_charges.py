from locksmith.charges import bill, callout_fee, labour_charge, out_of_hours
from locksmith.jobs import Job, parse_time


def job(called, arrived, finished, **kwargs):
    return Job("customer", parse_time(called), parse_time(arrived), parse_time(finished), **kwargs)


def test_daytime_callout():
    assert callout_fee(job("2024-02-06 10:00", "2024-02-06 10:40", "2024-02-06 11:00")) == 45.0


def test_evening_callout():
    assert out_of_hours(job("2024-02-06 19:30", "2024-02-06 20:05", "2024-02-06 20:20"))
    assert callout_fee(job("2024-02-06 07:45", "2024-02-06 08:10", "2024-02-06 08:30")) == 85.0


def test_saturday_is_out_of_hours():
    assert callout_fee(job("2024-02-10 12:00", "2024-02-10 12:30", "2024-02-10 13:00")) == 85.0


def test_rang_before_six_arrived_after():
    # priced as a day job even though the van got there in the evening
    assert callout_fee(job("2024-02-06 17:50", "2024-02-06 18:35", "2024-02-06 18:50")) == 45.0


def test_quick_lockout_has_no_labour():
    lockout = job("2024-02-06 14:00", "2024-02-06 14:40", "2024-02-06 14:55", lockout=True)
    assert labour_charge(lockout) == 0


def test_lock_change_labour():
    change = job("2024-02-06 09:00", "2024-02-06 09:20", "2024-02-06 10:20")
    assert labour_charge(change) == 25.0


def test_part_quarters_round_up():
    change = job("2024-02-06 09:00", "2024-02-06 09:30", "2024-02-06 10:16")
    assert labour_charge(change) == 25.0


def test_bill():
    change = job("2024-02-06 11:00", "2024-02-06 11:10", "2024-02-06 11:25")
    change.add_part("euro cylinder 35/35", 28.0)
    assert bill(change) == {"callout": 45.0, "labour": 0, "parts": 28.0, "vat": 14.6, "total": 87.6}
