from datetime import date, timedelta

from advice import noticeboard, site_advice
from samples import Sample


def weekly(*ecoli, last=date(2024, 7, 8), enterococci=30):
    """Weekly samples at one site, the last on `last`."""
    start = last - timedelta(weeks=len(ecoli) - 1)
    return [Sample("Mill Pool", start + timedelta(weeks=n), e, enterococci) for n, e in enumerate(ecoli)]


def test_noticeboard(lab_samples, today):
    assert noticeboard(lab_samples, today) == [
        "Ferry Steps: no data",
        "Mill Pool: swim",
        "Weir Meadow: avoid",
    ]


def test_no_samples_is_no_data(today):
    assert site_advice([], today) == "no data"


def test_enterococci_alone_can_close_a_spot(today):
    assert site_advice(weekly(60, 40, enterococci=400), today) == "avoid"


def test_a_sample_at_the_limit_means_avoid(today):
    assert site_advice(weekly(20, 40, 1000), today) == "avoid"


def test_average_is_over_the_recent_samples_only(today):
    # a clean spring, then a wet July upstream of the farm outfalls
    samples = weekly(30, 45, 20, 600, 700, 450, 800, 550)
    assert site_advice(samples, today) == "avoid"


def test_recent_clean_samples_mean_swim(today):
    assert site_advice(weekly(900, 800, 60, 40, 20, 35, 50), today) == "swim"
