"""Summaries of a load test's access log: 'GET /api/items 200 41.7' per request."""

from __future__ import annotations

from dataclasses import dataclass

from .stats import mean, percentile


@dataclass(frozen=True)
class Sample:
    method: str
    path: str
    status: int
    millis: float

    @property
    def failed(self) -> bool:
        return self.status >= 500


@dataclass(frozen=True)
class Summary:
    endpoint: str
    requests: int
    errors: int
    mean: float
    p50: float
    p95: float
    p99: float


def parse_samples(text: str) -> list[Sample]:
    samples = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            method, path, status, millis = line.split()
            samples.append(Sample(method.upper(), path, int(status), float(millis)))
        except ValueError:
            raise ValueError(f"line {number}: cannot read {line!r}") from None
    return samples


def summarize(samples: list[Sample]) -> list[Summary]:
    """One summary per endpoint, slowest p95 first; failed requests count as errors, not in the timings."""
    by_endpoint: dict[str, list[Sample]] = {}
    for sample in samples:
        by_endpoint.setdefault(f"{sample.method} {sample.path}", []).append(sample)
    summaries = []
    for endpoint, group in by_endpoint.items():
        timings = [s.millis for s in group if not s.failed] or [0.0]
        summaries.append(Summary(
            endpoint,
            len(group),
            sum(s.failed for s in group),
            round(mean(timings), 1),
            round(percentile(timings, 50), 1),
            round(percentile(timings, 95), 1),
            round(percentile(timings, 99), 1),
        ))
    return sorted(summaries, key=lambda s: (-s.p95, s.endpoint))
