from metrics.summary import measurements, report, totals


def test_measurements_skip_text():
    assert measurements({"path": "/", "ms": 12, "ratio": 0.5}) == {"ms": 12, "ratio": 0.5}


def test_totals(events):
    assert totals(events) == {"ms": 4340.5, "bytes": 12288}


def test_report(events):
    assert report(events)["job"] == {"ms": 4100}
    assert report(events)["request"]["bytes"] == 4096
