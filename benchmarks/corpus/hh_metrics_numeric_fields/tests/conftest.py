import pytest

from metrics.events import parse_events

LOG = """\
{"kind": "request", "path": "/", "ms": 120, "bytes": 5120, "cached": false}
{"kind": "request", "path": "/about", "ms": 80.5, "bytes": 2048, "cached": true}
not json at all
{"kind": "job", "name": "reindex", "ms": 4100, "ok": true}
{"kind": "request", "path": "/", "ms": 40, "bytes": 5120, "cached": true}
"""


@pytest.fixture
def events():
    events, bad = parse_events(LOG.splitlines())
    assert bad == 1
    return events
