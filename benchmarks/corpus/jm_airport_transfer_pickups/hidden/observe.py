"""pickup_time and plan for flights on time, late and early on the arrivals board (with and without hold bags, on and off the five minutes), then random days of bookings."""

import random
from datetime import datetime, timedelta

from observing import attempt
from transfers import Booking, Dispatcher

DAY = datetime(2024, 8, 17, 6, 0)
FLIGHTS = ["EZY6412", "RYR2281", "BA1437", "TOM722", "LOG34"]


def pickup(dispatcher, booking):
    return dispatcher.pickup_time(booking).strftime("%d %H:%M")


def observe():
    rng = random.Random(6140)
    results = []
    for scheduled in (0, 3, 5, 37, 58):
        for change in (None, -20, -1, 0, 1, 4, 5, 13, 60, 185):
            dispatcher = Dispatcher({"KX19 ABC": 4, "LR70 MPV": 7})
            dispatcher.add_flight("EZY6412", DAY + timedelta(minutes=scheduled))
            if change is not None:
                dispatcher.board("EZY6412", DAY + timedelta(minutes=scheduled + change))
            for bags in (0, 1):
                booking = Booking("T1", "Okafor", "EZY6412", 2, bags)
                results.append(attempt(pickup, dispatcher, booking))
            dispatcher.add_flight("RYR2281", DAY + timedelta(minutes=60))
            bookings = [Booking("T1", "Okafor", "EZY6412", 3), Booking("T2", "Lund", "RYR2281", 3, 1)]
            results.append(attempt(dispatcher.plan, bookings))
    dispatcher = Dispatcher({"KX19 ABC": 4})
    results.append(attempt(pickup, dispatcher, Booking("T9", "Reyes", "NOPE1", 1)))
    for _ in range(150):
        cars = {f"CAR{n}": rng.choice((3, 4, 4, 6, 7, 8)) for n in range(rng.randint(1, 3))}
        dispatcher = Dispatcher(cars)
        for number in FLIGHTS:
            dispatcher.add_flight(number, DAY + timedelta(minutes=rng.randint(0, 16 * 60)))
            if rng.random() < 0.5:
                dispatcher.board(number, dispatcher.flights[number].scheduled + timedelta(minutes=rng.randint(-30, 240)))
        bookings = [
            Booking(f"T{n}", f"Name{n}", rng.choice(FLIGHTS), rng.randint(1, 8), rng.choice((0, 0, 1, 3)))
            for n in range(rng.randint(0, 8))
        ]
        results.append([attempt(pickup, dispatcher, b) for b in bookings])
        results.append(attempt(dispatcher.plan, bookings))
    return results
