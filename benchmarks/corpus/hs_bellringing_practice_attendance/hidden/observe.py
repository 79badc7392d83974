"""Attendance and service bands for hand-picked and random seasons of practices."""

import datetime
import random

from observing import attempt
from belfry.register import Practice, Register

RINGERS = ["ana", "bo", "cy", "dee", "eve", "fin"]


def report(register):
    rates = {ringer: attempt(register.attendance, ringer) for ringer in RINGERS}
    return rates, attempt(register.service_band), attempt(register.service_band, 0.5), attempt(register.service_band, 1.0)


def observe():
    rng = random.Random(7302)
    results = []
    day = datetime.date(2024, 1, 2)
    for practices in [
        [],
        [Practice(day, cancelled=True)],
        [Practice(day, excused={"ana"})],
        [Practice(day, present={"ana"}, excused={"bo"}, cancelled=True)],
        [Practice(day, present={"ana", "bo"}), Practice(day + datetime.timedelta(7), excused={"ana", "bo"})],
        [Practice(day, present={"ana"}), Practice(day + datetime.timedelta(7), present={"bo"}, excused={"ana"})],
    ]:
        register = Register(RINGERS)
        for practice in practices:
            register.add(practice)
        results.append(report(register))
    for _ in range(100):
        register = Register(RINGERS)
        for week in range(rng.randint(0, 10)):
            cancelled = rng.random() < 0.15
            present = set() if cancelled and rng.random() < 0.7 else {r for r in RINGERS if rng.random() < 0.7}
            excused = {r for r in RINGERS if r not in present and rng.random() < 0.3}
            register.add(Practice(day + datetime.timedelta(7 * week), present, excused, cancelled))
        results.append(report(register))
    return results
