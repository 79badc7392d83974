"""Tests that misbehave on purpose: the runner must contain each of them."""

import os
import subprocess
import time


def test_spins_forever():
    while True:
        pass


def test_sleeps_forever():
    time.sleep(10**6)


def test_allocates_ten_gigabytes():
    block = bytearray(10 * 1024**3)
    assert len(block) == 10 * 1024**3


def test_after_the_allocation():
    assert sum(range(4)) == 6


def test_reads_the_api_key():
    key = os.environ.get("OPENAI_API_KEY")
    print(f"OPENAI_API_KEY={key}")
    assert key is None


def test_leaves_a_process_behind():
    sleeper = subprocess.Popen(["sleep", "1000"])
    with open("sleeper.pid", "w") as file:
        file.write(str(sleeper.pid))
