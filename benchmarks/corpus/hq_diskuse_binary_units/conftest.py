import pytest

LISTING = [
    ("home/ana/photos/2023/beach.jpg", 4_718_592),
    ("home/ana/photos/2023/dunes.jpg", 3_145_728),
    ("home/ana/notes.txt", 1_023),
    ("home/ben/backup.tar", 2_147_483_648),
    ("home/ben/.profile", 512),
    ("srv/www/index.html", 1_536),
]


@pytest.fixture
def listing():
    return list(LISTING)
