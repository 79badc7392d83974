import pytest

from muckrota.volunteers import read_volunteers


@pytest.fixture
def volunteers():
    return read_volunteers(
        """
        Pat Hughes: Tue, Thu, Sat
        Alex Moore: Tue, Wed, Thu, Fri, Sat, Sun
        Jo Pryce: Wed, Sun
        Sam Okafor: Tue, Fri
        """
    )
