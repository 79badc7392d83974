import pytest

from jobs import PrintJob
from printshop import PrintQueue


@pytest.fixture
def queue():
    q = PrintQueue()
    q.submit(PrintJob("ana", pages=10))
    q.submit(PrintJob("bo", pages=30, copies=2, duplex=True))
    q.submit(PrintJob("cy", pages=5))
    return q
