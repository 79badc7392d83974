"""team_score and ranking on hand-made panels and on random judging nights."""

import random

from observing import attempt
from judging.cards import Card
from judging.scores import ranking, team_score

JUDGES = ["Ines", "Marek", "Sol", "Tove", "Uri"]
TEAMS = ["Owls", "Bytes", "Kites", "Forks", "Lambdas", "Nulls"]


def card(judge, team, idea, build, demo, conflict=False):
    return Card(judge, team, {"idea": idea, "build": build, "demo": demo}, conflict)


def observe():
    rng = random.Random(9044)
    results = []
    edge = [
        [],
        [card("Ines", "Owls", 0, 0, 0)],
        [card("Ines", "Owls", 10, 10, 10, True)],
        [card("Ines", "Owls", 10, 0, 0), card("Marek", "Owls", 0, 10, 0)],
        [card("Ines", "Owls", 1, 2, 3, True), card("Marek", "Owls", 9, 9, 9), card("Sol", "Owls", 3, 4, 5)],
        [card("Ines", "Owls", 7, 7, 7, True), card("Marek", "Owls", 7, 7, 7, True)],
    ]
    for cards in edge:
        results.append(attempt(team_score, cards))
        results.append(attempt(team_score, cards, {"idea": 1, "build": 0, "demo": 0}))
        results.append(attempt(ranking, cards))
    for _ in range(100):
        teams = rng.sample(TEAMS, rng.randint(1, len(TEAMS)))
        cards = [card(judge, team, rng.randint(0, 10), rng.randint(0, 10), rng.randint(0, 10), rng.random() < 0.25)
                 for team in teams for judge in rng.sample(JUDGES, rng.randint(1, 4))]
        results.append(attempt(ranking, cards))
        results.append(attempt(team_score, [c for c in cards if c.team == teams[0]]))
    return results
