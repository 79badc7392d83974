"""Room.rolls_needed and cost for heights that are, and are not, whole numbers of repeats (and within the trim of one), free-match papers, drops too long for a roll, then random rooms; order on groups of rooms."""

import random

from observing import attempt
from wallpaper import Paper, Room, order


def rolls(height, walls, repeat, roll_length=1005, width=53):
    paper = Paper("p", 18.75, repeat, roll_length, width)
    room = Room("Room", height, list(walls))
    return room.drops(paper), room.rolls_needed(paper), room.cost(paper)


def observe():
    rng = random.Random(2231)
    results = []
    walls = [300, 400, 300, 400]
    for height in (100, 200, 228, 230, 232, 235, 240, 245, 250, 256, 260, 264, 270, 300, 320, 400, 495, 500, 996, 1000):
        for repeat in (0, 10, 20, 26.5, 32, 40, 50, 53, 64, 70, 100):
            results.append(attempt(rolls, height, walls, repeat))
    results.append(attempt(rolls, 240, [], 40))
    results.append(attempt(rolls, 240, [53, 54, 106], 0))
    for _ in range(200):
        height = rng.choice((rng.randint(180, 420), rng.choice((200, 210, 240, 250, 260, 280, 300))))
        repeat = rng.choice((0, 0, rng.randint(5, 90), rng.choice((10, 20, 25, 40, 50, 52, 53, 64)), rng.uniform(5, 80)))
        wall_list = [rng.randint(40, 600) for _ in range(rng.randint(1, 6))]
        roll_length = rng.choice((1005, 1005, 1000, 1050, 600))
        results.append(attempt(rolls, height, wall_list, repeat, roll_length, rng.choice((53, 52, 68.5))))
    for _ in range(30):
        paper = Paper("q", rng.choice((9.99, 24.0, 45.5)), rng.choice((0, 32, 40, 64, 53)))
        rooms = [Room(f"Room {i}", rng.randint(200, 300), [rng.randint(100, 500) for _ in range(4)]) for i in range(rng.randint(0, 4))]
        results.append(attempt(order, rooms, paper, rng.randint(0, 2)))
    return results
