import pytest


@pytest.fixture
def env_file(tmp_path):
    def write(text):
        path = tmp_path / ".env"
        path.write_text(text)
        return path

    return write
