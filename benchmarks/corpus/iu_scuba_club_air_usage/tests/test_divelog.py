from divelog import Dive, air_report, heavy_breathers, read_log

LOG = """
number,diver,site,minutes,avg_depth,start_bar,end_bar,cylinder
101,Priya,Swanage Pier,52,15,210,80,
102,Gareth,Swanage Pier,40,10,200,60,
103,Priya,Kimmeridge Ledges,45,6,200,110,15
"""


def test_read_log():
    dives = read_log(LOG)
    assert dives[0] == Dive(101, "Priya", "Swanage Pier", 52, 15.0, 210, 80, 12.0)
    assert dives[2].cylinder_litres == 15.0


def test_dives_and_litres_per_diver():
    report = air_report(read_log(LOG))
    assert report["Priya"]["dives"] == 2
    assert report["Priya"]["litres"] == 1560 + 1350
    assert report["Gareth"]["litres"] == 1680


def test_surface_air_consumption():
    report = air_report(read_log(LOG))
    assert report["Gareth"]["sac"] == 21.0


def test_surface_air_consumption_is_averaged_over_dives():
    report = air_report(read_log(LOG))
    assert report["Priya"]["sac"] == 15.4


def test_a_dive_with_no_time_logged_has_no_rate():
    report = air_report([Dive(7, "Sam", "Chapman's Pool", 0, 0.0, 200, 200)])
    assert report["Sam"] == {"dives": 1, "litres": 0.0, "sac": None}


def test_heavy_breathers():
    report = {"Priya": {"sac": 12.2}, "Gareth": {"sac": 21.0}, "Sam": {"sac": None}, "Lena": {"sac": 20.0}}
    assert heavy_breathers(report) == ["Gareth"]
