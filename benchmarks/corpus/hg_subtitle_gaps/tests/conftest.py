import pytest

from subtitles.srt import parse_srt

EPISODE = """\
1
00:00:01,000 --> 00:00:03,200
Where were you last night?

2
00:00:03,240 --> 00:00:05,000
Out.

3
00:00:04,500 --> 00:00:06,000
Out where? With whom,
and until what time exactly?

4
00:00:08,000 --> 00:00:09,500
Does it matter?
"""


@pytest.fixture
def cues():
    return parse_srt(EPISODE)
