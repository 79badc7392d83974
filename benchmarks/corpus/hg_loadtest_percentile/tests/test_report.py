import pytest

from loadtest.report import Sample, parse_samples, summarize

LOG = """
GET /api/items 200 40.0
GET /api/items 200 60.0
post /api/items 201 120.0
GET /api/items 503 5.0
POST /api/items 500 900.0
"""


def test_parse_samples():
    samples = parse_samples(LOG)
    assert len(samples) == 5
    assert samples[2] == Sample("POST", "/api/items", 201, 120.0)


def test_parse_error_names_the_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_samples("GET / 200 1.0\nGET / oops 1.0")


def test_summarize():
    post, get = summarize(parse_samples(LOG))
    assert (post.endpoint, post.requests, post.errors, post.p95) == ("POST /api/items", 2, 1, 120.0)
    assert (get.endpoint, get.requests, get.errors, get.mean) == ("GET /api/items", 3, 1, 50.0)
