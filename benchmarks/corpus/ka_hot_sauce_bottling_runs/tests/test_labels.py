from datetime import date

from batches import Batch
from labels import batch_record, lot_code


def test_lot_code():
    assert lot_code(Batch("Ghost Pepper Lime", 12, 3.4, date(2024, 5, 3))) == "GPL-240503"


def test_batch_record():
    batch = Batch("Scotch Bonnet Mango", 20, 3.5, date(2024, 5, 3))
    assert batch_record(batch) == (
        "SBM-240503 Scotch Bonnet Mango: 20 l at pH 3.5, 129 x 150 ml, 50 ml tasting, best before 03/05/2026"
    )
