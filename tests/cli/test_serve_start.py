"""`greenfix serve` starts without what only other commands or a model need: the
openai client and the `fix` command's repair run are imported when first used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# The console script's path into the server, reporting at exit which modules were loaded.
SERVE = (
    "import atexit, json, sys\n"
    "watched = ['openai', 'greenfix.server.fix', 'greenfix.analysis.model.client']\n"
    "atexit.register(lambda: print('LOADED ' + json.dumps([m for m in watched if m in sys.modules]), file=sys.stderr))\n"
    "sys.argv = ['greenfix', 'serve']\n"
    "from greenfix.server.cli import main\n"
    "main()\n"
)


def frames(*messages: dict) -> bytes:
    out = b""
    for message in messages:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        out += b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    return out


def test_serve_answers_and_checks_a_file_without_loading_the_model_client(tmp_path: Path) -> None:
    uri = (tmp_path / "broken.py").as_uri()
    session = frames(
        {"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}},
        {"method": "initialized", "params": {}},
        {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": "x = (\n"}}},
        {"id": 2, "method": "shutdown"},
        {"method": "exit"},
    )
    done = subprocess.run([sys.executable, "-c", SERVE], input=session, capture_output=True, timeout=60, cwd=tmp_path)
    output = done.stdout.decode()
    assert '"serverInfo"' in output and "was never closed" in output, done.stderr.decode()[-2000:]
    (loaded,) = [line for line in done.stderr.decode().splitlines() if line.startswith("LOADED ")]
    assert json.loads(loaded.removeprefix("LOADED ")) == []
