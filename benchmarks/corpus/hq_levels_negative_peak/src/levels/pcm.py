"""16-bit signed little-endian PCM, mono or interleaved channels."""

from __future__ import annotations

import struct


def decode(data: bytes, channels: int = 1) -> list[list[int]]:
    """One list of samples per channel."""
    frame = 2 * channels
    if len(data) % frame:
        raise ValueError(f"{len(data)} bytes is not a whole number of {channels}-channel frames")
    samples = struct.unpack(f"<{len(data) // 2}h", data)
    return [list(samples[channel::channels]) for channel in range(channels)]


def encode(channels: list[list[int]]) -> bytes:
    frames = list(zip(*channels))
    flat = [sample for frame in frames for sample in frame]
    return struct.pack(f"<{len(flat)}h", *flat)
