"""Accuracy over small and awkward shot counts, then random games: scoreboards, team totals and the sharpshooter award."""

import random

from observing import attempt
from lasertag.game import Game
from lasertag.players import Player

CALLSIGNS = ["Viper", "Blaze", "Ghost", "Nova", "Raven", "Comet", "Jinx", "Talon"]


def accuracy_of(shots, hits):
    player = Player("X", "red")
    player.shots, player.hits = shots, hits
    return player.accuracy()


def observe():
    rng = random.Random(5150)
    results = []
    for shots in range(0, 41):
        for hits in sorted({0, 1, shots // 3, shots // 2, (2 * shots) // 3, shots}):
            if hits <= shots:
                results.append(attempt(accuracy_of, shots, hits))
    for _ in range(120):
        game = Game()
        names = rng.sample(CALLSIGNS, rng.randint(2, len(CALLSIGNS)))
        for k, name in enumerate(names):
            game.join(name, ("red", "blue")[k % 2])
        for _ in range(rng.randint(0, 200)):
            shooter = rng.choice(names)
            target = rng.choice(names + [None, None, None])
            if target != shooter:
                game.record(shooter, target)
        results.append(attempt(game.scoreboard))
        results.append(attempt(game.team_totals))
        results.append(attempt(game.sharpshooter))
        results.append([attempt(game.players[name].accuracy) for name in names])
    return results
