"""Record a run against the scripted server, then replay it with the server gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenfix.analysis.config import ModelSettings
from greenfix.analysis.model.client import ModelError
from greenfix.analysis.model.door import open_door
from greenfix.analysis.model.gate import propose_fix
from greenfix.analysis.model.recording import ReplayDoor, ReplayMiss
from tests.model.test_gate import BROKEN, END, FIXED_RATIO, PROBLEM, START
from tests.support.openai_server import Reply, ScriptedOpenAIServer

SECRET = "sk-recording-secret-42"


async def test_record_then_replay_offline_gives_identical_proposals(tmp_path: Path) -> None:
    recording = tmp_path / "run.jsonl"
    models = [{"id": "scripted-model", "object": "model", "owned_by": "vllm"}]
    with ScriptedOpenAIServer([Reply.text("Let me explain."), Reply.text(FIXED_RATIO)], models=models) as server:
        settings = ModelSettings(model="scripted-model", base_url=server.base_url, record=str(recording), api_key_env="K")
        door = open_door(settings, {"K": SECRET})
        recorded = await propose_fix(door, settings, BROKEN, START, END, PROBLEM)
        await door.close()
        sent = [r.body for r in server.chat_requests]
    assert recorded.candidates and recorded.model_calls == 2
    assert "structured_outputs" in sent[0]  # auto chose vLLM's Lark from the listing
    assert SECRET not in recording.read_text(encoding="utf-8")

    replay_settings = ModelSettings(model="scripted-model", base_url=server.base_url, replay=str(recording))
    replayed = await propose_fix(open_door(replay_settings, {}), replay_settings, BROKEN, START, END, PROBLEM)
    assert replayed == recorded


async def test_a_request_missing_from_the_recording_is_a_clear_error(tmp_path: Path) -> None:
    recording = tmp_path / "empty.jsonl"
    recording.write_text("", encoding="utf-8")
    settings = ModelSettings(model="scripted-model", base_url="http://127.0.0.1:9/v1", constraint="none", replay=str(recording))
    with pytest.raises(ReplayMiss, match=r"empty\.jsonl has no answer for this request .*--record"):
        await propose_fix(open_door(settings, {}), settings, BROKEN, START, END, PROBLEM)


def test_unreadable_or_corrupt_recordings_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot read the replay file"):
        ReplayDoor(tmp_path / "missing.jsonl")
    corrupt = tmp_path / "corrupt.jsonl"
    corrupt.write_text('{"kind": "chat"}\n', encoding="utf-8")
    with pytest.raises(ModelError, match="line 1 of the replay file .* is not a recorded exchange"):
        ReplayDoor(corrupt)
