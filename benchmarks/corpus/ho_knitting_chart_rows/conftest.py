import pytest

from knitchart.chart import Chart

# A two-colour peerie: M is the main colour, C the contrast.
PEERIE = """
MMCMMM
MCMCMM
CMMMCM
MMMMMC
"""


@pytest.fixture
def peerie():
    return Chart.parse(PEERIE)
