"""line_up and programme on the squire's list on days with different members away, then random sides of dancers and musicians."""

import random
from datetime import date, timedelta

from observing import attempt
from morris.members import Member
from morris.side import Side

DANCES = ["Bean Setting", "Constant Billy", "Shepherd's Hey", "Princess Royal", "Nutting Girl", "Laudnum Bunches", "Rigs o' Marlow"]
NAMES = ["Alice", "Tom", "Raj", "Sue", "Pete", "Jo", "Mark", "Ann", "Dave", "Kit", "Meg", "Ned", "Olu", "Viv", "Wyn"]
INSTRUMENTS = ["melodeon", "fiddle", "concertina", "pipe and tabor", "drum"]
START = date(2024, 4, 27)


def member_view(members):
    return [(m.name, m.joined, sorted(m.dances), m.plays, sorted(d.isoformat() for d in m.away)) for m in members]


def run(members, dance, day):
    return Side("Test", members).line_up(dance, day)


def programme(members, dances, day):
    side = Side("Test", members)
    return side.programme(dances, day), side.band(day)


def observe():
    rng = random.Random(7305)
    results = []
    everything = set(DANCES)
    fixed = [
        Member("Alice", 1994, set(everything), "melodeon", {date(2024, 6, 1)}),
        Member("Tom", 1998, set(everything)),
        Member("Raj", 2001, {"Bean Setting", "Constant Billy"}, "", {date(2024, 6, 1)}),
        Member("Sue", 2003, {"Bean Setting", "Constant Billy", "Nutting Girl"}),
        Member("Pete", 2005, {"Bean Setting"}, "fiddle"),
        Member("Jo", 2008, {"Bean Setting", "Constant Billy"}),
        Member("Mark", 2010, {"Bean Setting", "Constant Billy"}),
        Member("Ann", 2012, {"Bean Setting", "Constant Billy", "Princess Royal"}, "drum", {date(2024, 5, 4)}),
        Member("Dave", 2015, {"Bean Setting", "Constant Billy"}),
    ]
    for day in (date(2024, 5, 4), date(2024, 6, 1), date(2024, 7, 6)):
        for dance in DANCES:
            results.append(attempt(run, fixed, dance, day))
        results.append(attempt(programme, fixed, DANCES, day))
    for _ in range(150):
        members = []
        for name in rng.sample(NAMES, rng.randint(1, len(NAMES))):
            dances = set(rng.sample(DANCES, rng.randint(0, 4)))
            plays = rng.choice(INSTRUMENTS) if rng.random() < 0.3 else ""
            away = {START + timedelta(days=7 * rng.randint(0, 5)) for _ in range(rng.randint(0, 3))}
            members.append(Member(name, rng.randint(1980, 2024), dances, plays, away))
        day = START + timedelta(days=7 * rng.randint(0, 5))
        dance = rng.choice(DANCES)
        results.append((member_view(members), attempt(run, members, dance, day), attempt(programme, members, DANCES, day)))
    return results
