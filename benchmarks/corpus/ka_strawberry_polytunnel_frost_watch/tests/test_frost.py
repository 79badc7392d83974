from frost import night_report, read_log, tunnels_to_fleece

EXPORT = """tunnel,time,celsius
T1,02:00,1.4
T1,02:30,0.9
T2,02:00,-0.2
T2,02:30,
T2,03:00,-0.6
T1,03:00,0.4
"""


def test_read_log_skips_drop_outs_and_sorts_by_time():
    assert read_log(EXPORT) == {"T1": [1.4, 0.9, 0.4], "T2": [-0.2, -0.6]}


def test_mild_night():
    report = night_report({"T1": [3.1, 2.4, 1.8, 2.0]})
    assert report == {"T1": {"lowest": 1.8, "frost readings": 0, "longest spell": 0, "fleece": False}}


def test_hard_frost_needs_fleece():
    report = night_report({"T1": [1.2, 0.3, -0.4, -1.1, -0.8, 0.6, 1.5]})
    assert report["T1"]["longest spell"] == 4
    assert report["T1"]["fleece"] is True


def test_spell_broken_by_a_warmer_reading():
    report = night_report({"T3": [0.4, 0.2, 0.9, 0.1, 0.3]})
    assert report["T3"]["frost readings"] == 4
    assert report["T3"]["longest spell"] == 2
    assert tunnels_to_fleece(report) == []


def test_hovering_at_zero():
    report = night_report({"T2": [0.8, 0.3, 0.0, 0.0, 0.2, 1.0]})
    assert report["T2"] == {"lowest": 0.0, "frost readings": 4, "longest spell": 4, "fleece": True}


def test_no_readings_from_a_tunnel():
    assert night_report({"T4": []}) == {"T4": {"lowest": None, "frost readings": 0, "longest spell": 0, "fleece": False}}
