"""Random sequences of pushes (with and without priorities), cancels, reprioritizations and pops."""

import random

from observing import attempt
from jobs import Job, JobQueue


def name_of(result):
    return result.name if isinstance(result, Job) else result


def observe():
    rng = random.Random(4242)
    results = []
    for _ in range(60):
        queue = JobQueue()
        log = []
        for step in range(rng.randint(1, 25)):
            action = rng.random()
            name = f"j{rng.randint(0, 8)}"
            if action < 0.45:
                job = Job(name, priority=rng.randint(-2, 4), cost=rng.randint(0, 4))
                priority = rng.choice([None, None, rng.randint(-3, 6)])
                log.append(("push", name, priority, attempt(queue.push, job, priority)))
            elif action < 0.55:
                log.append(("cancel", name, name_of(attempt(queue.cancel, name))))
            elif action < 0.7:
                log.append(("re", name, attempt(queue.reprioritize, name, rng.randint(-3, 6))))
            elif action < 0.8:
                log.append(("peek", name_of(attempt(queue.peek))))
            elif action < 0.9:
                log.append(("drain", attempt(queue.drain, rng.randint(0, 6))))
            else:
                log.append(("pop", name_of(attempt(queue.pop))))
            log.append(len(queue))
        rest = []
        while len(queue):
            rest.append(name_of(attempt(queue.pop)))
        results.append((log, rest))
    return results
