from uploader.batching import batches, size_of
from uploader.client import upload


def records(n):
    return [{"id": i} for i in range(n)]


def test_size_of():
    assert size_of({"id": 1}) == 8


def test_full_batches():
    assert [len(b) for b in batches(records(6), max_records=3)] == [3, 3]


def test_last_batch_may_be_short():
    assert [len(b) for b in batches(records(7), max_records=3)] == [3, 3, 1]


def test_byte_limit():
    big = [{"blob": "x" * 400} for _ in range(3)]
    assert [len(b) for b in batches(big, max_bytes=1000)] == [2, 1]


def test_upload_sends_everything():
    sent = []
    assert upload(records(5), sent.append, max_records=2) == 3
    assert sum(sent, []) == records(5)
