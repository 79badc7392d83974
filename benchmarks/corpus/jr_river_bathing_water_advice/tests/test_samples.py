from datetime import date

from samples import Sample, by_site


def test_below_detection_counts_as_five(lab_samples):
    assert lab_samples[1] == Sample("Mill Pool", date(2024, 7, 1), 5, 5)


def test_by_site_oldest_first(lab_samples):
    sites = by_site(list(reversed(lab_samples)))
    assert list(sites) == ["Ferry Steps", "Mill Pool", "Weir Meadow"]
    assert [s.taken.day for s in sites["Mill Pool"]] == [24, 1, 8]
