"""Splitting records into batches the ingestion API accepts."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

MAX_BATCH_BYTES = 1_000


def size_of(record: dict[str, Any]) -> int:
    return len(json.dumps(record, separators=(",", ":")).encode())


def batches(records: Iterable[dict[str, Any]], max_records: int = 100, max_bytes: int = MAX_BATCH_BYTES) -> list[list[dict[str, Any]]]:
    """Consecutive batches of at most `max_records` records and `max_bytes` bytes of JSON.
    A record bigger than `max_bytes` on its own goes alone in its batch."""
    result = []
    batch: list[dict[str, Any]] = []
    used = 0
    for record in records:
        size = size_of(record)
        if batch and (len(batch) == max_records or used + size > max_bytes):
            result.append(batch)
            batch, used = [], 0
        batch.append(record)
        used += size
    if batch:
        result.append(batch)
    return result
