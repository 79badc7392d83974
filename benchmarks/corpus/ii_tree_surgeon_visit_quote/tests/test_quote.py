from decimal import Decimal

import pytest

from treework.jobs import Job, Site, Tree
from treework.quote import quote

APPLE = Tree("apple", 4.0)
OAK = Tree("oak", 18.0, protected=True)
BEECH = Tree("copper beech", 14.0, protected=True)
LEYLANDII = Tree("leylandii", 9.0)


def test_crown_reduction_on_an_apple_tree():
    q = quote(Site("Mrs Patel", "OX4 1AA"), [Job(APPLE, "crown-reduce", 3)])
    assert q.labour == Decimal("135.00")
    assert q.disposal == Decimal("50.00")
    assert q.fees == 0
    assert q.total == Decimal("222.00")


def test_customer_keeping_the_logs_pays_no_disposal():
    q = quote(Site("Mr Okafor", "OX3 7LE", keeps_wood=True), [Job(LEYLANDII, "fell", 5)])
    assert q.labour == Decimal("350.00")
    assert q.disposal == 0
    assert q.vat == Decimal("70.00")


def test_inspection_of_a_protected_oak():
    q = quote(Site("St Mary's PCC", "OX1 4AH"), [Job(OAK, "inspect", 1)])
    assert q.labour == Decimal("70.00")
    assert q.disposal == 0
    assert q.fees == Decimal("95.00")  # council notice and call-out
    assert q.total == Decimal("198.00")


def test_climber_only_above_ground_reach():
    site = Site("Ms Lind", "OX2 6QA", keeps_wood=True)
    assert quote(site, [Job(Tree("birch", 6.0), "deadwood", 2)]).labour == Decimal("90.00")
    assert quote(site, [Job(Tree("birch", 6.5), "deadwood", 2)]).labour == Decimal("140.00")


def test_one_notice_for_several_protected_trees():
    jobs = [Job(OAK, "inspect", 1.5), Job(BEECH, "inspect", 1.5)]
    assert quote(Site("Estate office", "OX29 8DZ"), jobs).fees == Decimal("60.00")


def test_unknown_work_is_refused():
    with pytest.raises(ValueError):
        Job(APPLE, "pollard", 2)
