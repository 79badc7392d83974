"""mowing_days and plan_cuts on short forecasts with dry spells at the start, the middle and the very end, drying times up to and past the forecast's length, then random forecasts and farms."""

import random
from datetime import date, timedelta

from observing import attempt
from haymaking.plan import Field, mowing_days, plan_cuts

START = date(2024, 6, 10)


def forecast_of(rains):
    return [(START + timedelta(days=i), rain) for i, rain in enumerate(rains)]


def observe():
    rng = random.Random(1906)
    results = []
    edge = [
        [],
        [0.0],
        [3.0],
        [0.0, 0.0],
        [0.5, 0.5, 0.5],
        [2.0, 0.0, 0.0],
        [0.0, 0.0, 2.0],
        [0.0, 2.0, 0.0, 0.0, 0.0],
        [0.6, 0.0, 0.1, 0.4, 0.0, 0.5],
        [0.0] * 7,
    ]
    for rains in edge:
        forecast = forecast_of(rains)
        for drying in range(0, 9):
            results.append(attempt(mowing_days, forecast, drying))
        fields = [Field("Church Piece", 10, 2), Field("Long Meadow", 6, 1), Field("Brook", 6, 3)]
        results.append(attempt(plan_cuts, fields, forecast, 12))
    for _ in range(150):
        rains = [rng.choice((0.0, 0.0, 0.0, 0.2, 0.5, 0.6, 1.5, 8.0)) for _ in range(rng.randint(0, 12))]
        forecast = forecast_of(rains)
        drying = rng.randint(1, 5)
        results.append(attempt(mowing_days, forecast, drying))
        fields = [
            Field(f"Field {n}", rng.choice((3, 5, 8, 12, 20)), rng.randint(1, 4))
            for n in range(rng.randint(0, 6))
        ]
        results.append(attempt(plan_cuts, fields, forecast, rng.choice((10, 20, 30))))
    return results
