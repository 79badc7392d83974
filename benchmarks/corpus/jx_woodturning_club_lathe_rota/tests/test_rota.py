from datetime import date

from lathe_rota.club import Lathe, Member
from lathe_rota.rota import NightRota

NIGHT = date(2024, 10, 17)
PAID = date(2025, 3, 31)

GWEN = Member("Gwen", True, True, PAID)
TOMASZ = Member("Tomasz", True, False, PAID)
ALAN = Member("Alan", True, False, PAID)
PRIYA = Member("Priya", False, False, PAID)
LAPSED = Member("Derek", True, True, date(2024, 9, 30))

WALL = [Lathe("Record", "bowl"), Lathe("Axminster", "spindle"), Lathe("Jet", "spindle")]


def test_first_free_lathe_down_the_wall():
    booked, waiting = NightRota(NIGHT, WALL).allocate([GWEN, TOMASZ])
    assert booked == {"Gwen": "Record", "Tomasz": "Axminster"}
    assert waiting == []


def test_bowl_lathe_needs_a_sign_off():
    booked, _ = NightRota(NIGHT, WALL).allocate([TOMASZ, ALAN, GWEN])
    assert booked == {"Tomasz": "Axminster", "Alan": "Jet", "Gwen": "Record"}


def test_waiting_list_when_the_lathes_are_taken():
    wall = [Lathe("Axminster", "spindle")]
    booked, waiting = NightRota(NIGHT, wall).allocate([TOMASZ, GWEN, ALAN, GWEN])
    assert booked == {"Tomasz": "Axminster"}
    assert waiting == ["Gwen", "Alan"]


def test_lathe_under_repair_is_not_given_out():
    wall = [Lathe("Record", "bowl"), Lathe("Axminster", "spindle", under_repair=True), Lathe("Jet", "spindle")]
    booked, waiting = NightRota(NIGHT, wall).allocate([TOMASZ, ALAN])
    assert booked == {"Tomasz": "Jet"}
    assert waiting == ["Alan"]


def test_not_inducted_or_lapsed_go_to_the_sharpening_bench():
    rota = NightRota(NIGHT, WALL)
    sheet = [PRIYA, GWEN, LAPSED]
    assert rota.allocate(sheet) == ({"Gwen": "Record"}, [])
    assert rota.sharpening_bench(sheet) == ["Priya", "Derek"]
