"""Random sequences of edits, undos and redos on histories with small limits."""

import random

from observing import attempt
from notepad.buffer import Buffer
from notepad.history import History


def observe():
    rng = random.Random(9090)
    results = []
    history = History(0, limit=3)
    for step in ["r1", "r2", "u", "r3", "u", "u", "r4", "r4", "u", "u", "u", "r5", "r6", "r7", "r8", "u", "r9", "d", "d"]:
        if step == "u":
            history.undo()
        elif step == "d":
            history.redo()
        else:
            history.record(int(step[1:]))
        results.append((list(history.snapshots), history.position, history.can_undo(), history.can_redo()))
    for _ in range(60):
        buffer = Buffer(rng.choice(["", "abc"]), undo_limit=rng.randint(1, 6))
        trace = []
        for _ in range(rng.randint(1, 15)):
            action = rng.random()
            if action < 0.45:
                at = rng.randint(0, len(buffer.text))
                attempt(buffer.insert, at, rng.choice(["x", "yz", ""]))
            elif action < 0.6 and buffer.text:
                start = rng.randint(0, len(buffer.text))
                attempt(buffer.delete, start, rng.randint(start, len(buffer.text)))
            elif action < 0.85:
                attempt(buffer.undo)
            else:
                attempt(buffer.redo)
            trace.append(buffer.text)
        results.append((trace, list(buffer.history.snapshots), buffer.history.position))
    return results
