import pytest

from stargaze.catalog import parse_catalog
from stargaze.session import Session, Telescope
from stargaze.sky import altitude

AUTUMN = parse_catalog("""
# name | RA | Dec | mag | kind
M45 Pleiades | 3:47 | +24:07 | 1.6 | cluster
M31 Andromeda Galaxy | 0:43 | +41:16 | 3.4 | galaxy
M13 Hercules Cluster | 16:42 | +36:28 | 5.8 | cluster
M57 Ring Nebula | 18:54 | +33:02 | 8.8 | nebula
M51 Whirlpool Galaxy | 13:30 | +47:12 | 8.4 | galaxy
Albireo | 19:31 | +27:58 | 3.1 | double
Jupiter | 2:50 | +15:40 | -2.5 | planet
NGC 7331 | 22:37 | +34:25 | 9.5 | galaxy
M42 Orion Nebula | 5:35 | -5:23 | 4.0 | nebula
Stephan's Quintet | 22:36 | +33:58 | 13.6 | galaxy
""")

DOBSONIAN = Telescope("8-inch Dobsonian", 200)
REFRACTOR = Telescope("80mm refractor", 80)


def test_straight_overhead():
    assert altitude(4.5, 52.0, 52.0, 4.5) == pytest.approx(90.0)


def test_dark_night_highest_first():
    session = Session(DOBSONIAN, latitude=52.0, sidereal_hours=23.0)
    assert session.observable(AUTUMN) == [
        "NGC 7331",
        "Stephan's Quintet",
        "M31 Andromeda Galaxy",
        "Albireo",
        "M57 Ring Nebula",
        "Jupiter",
        "M45 Pleiades",
        "M13 Hercules Cluster",
    ]


def test_small_telescope_misses_the_quintet():
    session = Session(REFRACTOR, latitude=52.0, sidereal_hours=23.0)
    assert "Stephan's Quintet" not in session.observable(AUTUMN)
    assert "NGC 7331" in session.observable(AUTUMN)


def test_orion_has_not_risen():
    session = Session(DOBSONIAN, latitude=52.0, sidereal_hours=23.0, min_altitude=0.0)
    assert "M42 Orion Nebula" not in session.observable(AUTUMN)


def test_low_targets_wait_for_later():
    early = Session(DOBSONIAN, latitude=52.0, sidereal_hours=21.0)
    assert "Jupiter" not in early.observable(AUTUMN)
    assert "M45 Pleiades" not in early.observable(AUTUMN)


def test_moon_washes_out_faint_nebulae_and_galaxies():
    session = Session(DOBSONIAN, latitude=52.0, sidereal_hours=23.0, moon_up=True)
    listed = session.observable(AUTUMN)
    assert "M57 Ring Nebula" not in listed
    assert "NGC 7331" not in listed
    assert "Stephan's Quintet" not in listed


def test_moonlit_night():
    session = Session(DOBSONIAN, latitude=52.0, sidereal_hours=23.0, moon_up=True)
    assert session.observable(AUTUMN) == [
        "M31 Andromeda Galaxy",
        "Albireo",
        "Jupiter",
        "M45 Pleiades",
        "M13 Hercules Cluster",
    ]


def test_best_three_for_the_public_night():
    session = Session(REFRACTOR, latitude=52.0, sidereal_hours=23.0)
    assert session.best(AUTUMN) == ["NGC 7331", "M31 Andromeda Galaxy", "Albireo"]
