"""Registers fed short histories of clear, failed and void samples for one household (void ones between failures, at the front, at the end), then random counters over a few households; the letters, last_result and on_notice after each."""

import random

from observing import attempt
from welltest.register import Register
from welltest.samples import Sample

KINDS = {
    "clear": (3, 0, 6),
    "coliform": (40, 0, 6),
    "ecoli": (5, 2, 6),
    "edge": (10, 0, 24),
    "void": (0, 0, 30),
    "late_fail": (0, 0, 24.5),
}


def plain(sample):
    return None if sample is None else (sample.ref, sample.household, sample.coliforms, sample.e_coli, sample.hours_in_transit)


def run(samples):
    register = Register()
    seen = []
    for sample in samples:
        letter = register.book_in(sample)
        seen.append((letter, plain(register.last_result(sample.household)), register.on_notice()))
    households = sorted({s.household for s in samples}) + ["NOBODY"]
    seen.append({h: plain(register.last_result(h)) for h in households})
    return seen


def history(kinds, household="H1"):
    return [Sample(f"W{n}", household, *KINDS[kind]) for n, kind in enumerate(kinds)]


def observe():
    rng = random.Random(8821)
    results = [attempt(run, [])]
    names = sorted(KINDS)
    for a in names:
        results.append(attempt(run, history([a])))
        for b in names:
            results.append(attempt(run, history([a, b])))
            for c in ("coliform", "clear", "void"):
                results.append(attempt(run, history([a, b, c])))
    results.append(attempt(run, history(["ecoli", "void", "void", "late_fail", "coliform", "void", "clear"])))
    for _ in range(150):
        households = [f"H{n}" for n in range(rng.randint(1, 4))]
        samples = []
        for n in range(rng.randint(0, 25)):
            hours = rng.choice((2, 6, 23.9, 24, 24.1, 30, rng.uniform(0, 40)))
            if hours > 24 and rng.random() < 0.7:
                coliforms, e_coli = 0, 0
            else:
                coliforms = rng.choice((0, 5, 10, 11, rng.randint(0, 200)))
                e_coli = rng.choice((0, 0, 0, 1, rng.randint(0, 30)))
            samples.append(Sample(f"R{n}", rng.choice(households), coliforms, e_coli, hours))
        results.append(attempt(run, samples))
    return results
