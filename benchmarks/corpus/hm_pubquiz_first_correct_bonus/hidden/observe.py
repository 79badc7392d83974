"""Whole quiz nights marked in random order."""

import random

from observing import attempt
from pubquiz.rounds import build_sheet
from pubquiz.scoreboard import Scoreboard

TEAMS = ["Ants", "Bees", "Crows", "Dogs"]


def observe():
    rng = random.Random(6006)
    results = []
    sheet = build_sheet({"a": 2, "b": 2}, doubled=("b",))
    edge = [
        [("Ants", 1, True)],
        [("Ants", 1, True), ("Bees", 1, True)],
        [("Ants", 1, False), ("Bees", 1, True), ("Crows", 1, True)],
        [("Ants", 3, True), ("Ants", 3, True), ("Bees", 3, True)],
        [("Ants", 9, True), ("Emus", 1, True), ("Bees", 2, True)],
        [("Ants", 1, True), ("Bees", 2, True), ("Bees", 1, True), ("Ants", 2, True)],
    ]
    for marks in edge:
        board = Scoreboard(sheet, TEAMS)
        earned = [attempt(board.mark, *m) for m in marks]
        results.append((earned, board.standings(), board.winners(), [board.bonuses(t) for t in TEAMS]))
    for _ in range(100):
        rounds = {name: rng.randint(1, 4) for name in rng.sample(["gen", "pic", "music", "sport"], rng.randint(1, 4))}
        sheet = build_sheet(rounds, doubled=("pic",))
        teams = rng.sample(TEAMS, rng.randint(1, 4))
        board = Scoreboard(sheet, teams)
        marks = [(t, n, rng.random() < 0.6) for t in teams for n in sheet]
        rng.shuffle(marks)
        if rng.random() < 0.3:
            marks.append(marks[0])
        earned = [attempt(board.mark, *m) for m in marks]
        results.append((earned, board.standings(), board.winners(), [board.bonuses(t) for t in teams]))
    return results
