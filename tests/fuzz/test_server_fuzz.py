"""The fuzzing budget CI runs: a fixed seed, at least 2,000 messages, about two minutes.
The longer run is `python benchmarks/fuzz_server.py --messages 10000`."""

from __future__ import annotations

from hypothesis.stateful import run_state_machine_as_test

from tests.fuzz.machine import FIGURES, ServerMachine, fuzz_settings, stop_server

MESSAGES = 2000


def test_the_server_survives_fuzzed_messages_and_its_diagnostics_stay_exact() -> None:
    start = FIGURES.messages
    try:
        # A fixed seed first. How many messages its examples send depends on the
        # hypothesis version: top up with random examples until the budget is reached.
        run_state_machine_as_test(ServerMachine, settings=fuzz_settings(MESSAGES, derandomize=True))
        for _ in range(5):
            missing = MESSAGES - (FIGURES.messages - start)
            if missing <= 0:
                break
            run_state_machine_as_test(ServerMachine, settings=fuzz_settings(missing, derandomize=False))
    except Exception as error:
        raise AssertionError("\n\n".join(FIGURES.failures) or str(error)) from error
    finally:
        status = stop_server()
    assert status == 0, f"the server did not shut down cleanly (exit status {status})"
    assert FIGURES.crashes == []
    assert FIGURES.unanswered == 0, f"{FIGURES.unanswered} of {FIGURES.requests} requests got no answer"
    print(f"fuzzed {FIGURES.messages - start} messages, {FIGURES.requests} requests, all answered; log noise: {dict(FIGURES.noise)}")
    assert FIGURES.messages - start >= MESSAGES
