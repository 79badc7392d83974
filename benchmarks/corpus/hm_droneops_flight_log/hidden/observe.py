"""Logs with good lines, bad values and lines cut short at random places."""

import random

from droneops.flights import read_log
from droneops.maintenance import airtime, due_for_service
from observing import attempt

GOOD = "M3-02; Ana; 2024-05-14T09:05; 2024-05-14T09:31; 6.4"


def summary(result):
    if isinstance(result, str):
        return result
    flights, bad = result
    return ([(f.drone, f.pilot, f.minutes, f.km) for f in flights], bad, airtime(flights), due_for_service(flights))


def observe():
    rng = random.Random(5150)
    results = []
    edge = ["", "\n\n", "# only a comment", GOOD, "M3-02", "M3-02;", "M3-02; Ana", "M3-02; Ana; 2024-05-14T09:05",
            "M3-02; Ana; 2024-05-14T09:05;", "; Ana; 2024-05-14T09:05; 2024-05-14T09:31", "M3-02; Ana; yesterday; today",
            "M3-02; Ana; 2024-05-14T09:05; 2024-05-14T09:31; -2", "M3-02; Ana; 2024-05-14T09:05; 2024-05-14T09:31; x",
            "M3-02; Ana; 2024-05-14T09:05; 2024-05-14T09:31; 1; extra", ";;;;", "   ", "  # indented comment"]
    for line in edge:
        results.append(summary(attempt(read_log, line)))
        results.append(summary(attempt(read_log, GOOD + "\n" + line + "\n" + GOOD)))
    for _ in range(100):
        lines = []
        for _ in range(rng.randint(1, 12)):
            drone = rng.choice(["M3-02", "A2-11", "Q-7"])
            start = rng.randint(0, 600)
            length = rng.choice([-5, 0, 10, 45, 300, 700])
            line = (f"{drone}; {rng.choice(['Ana', 'Jonas', ''])}; 2024-05-14T00:00; 2024-05-14T00:00; "
                    f"{rng.choice(['', '3.5', '80', '-1', 'n/a'])}")
            line = line.replace("T00:00", f"T{start // 60:02d}:{start % 60:02d}", 1)
            end = start + length
            line = line.replace("T00:00", f"T{min(end, 1439) // 60:02d}:{min(end, 1439) % 60:02d}", 1)
            if rng.random() < 0.3:
                line = line[:rng.randint(0, len(line))]
            lines.append(line)
        results.append(summary(attempt(read_log, "\n".join(lines))))
    return results
