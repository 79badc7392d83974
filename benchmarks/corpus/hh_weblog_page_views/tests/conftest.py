import pytest

from weblog.parse import parse_log

LOG = """\
203.0.113.9 - - [12/Mar/2024:10:04:51 +0000] "GET /pricing HTTP/1.1" 200 5120
203.0.113.9 - - [12/Mar/2024:10:05:02 +0000] "GET /pricing?plan=team HTTP/1.1" 200 5120
198.51.100.4 - - [12/Mar/2024:10:05:40 +0000] "GET / HTTP/1.1" 200 9000
198.51.100.4 - - [12/Mar/2024:10:06:11 +0000] "POST /signup HTTP/1.1" 302 -
192.0.2.77 - - [12/Mar/2024:10:07:30 +0000] "GET /pricing HTTP/1.1" 200 5120
192.0.2.77 - - [12/Mar/2024:10:07:31 +0000] "GET /favicon.ico HTTP/1.1" 404 0
garbage line
"""


@pytest.fixture
def hits():
    return parse_log(LOG.splitlines())
