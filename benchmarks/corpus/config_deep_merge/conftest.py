import json

import pytest


@pytest.fixture
def write_config(tmp_path):
    """Write a JSON settings file and return its path."""

    def write(name, settings):
        path = tmp_path / name
        path.write_text(json.dumps(settings))
        return path

    return write
