import pytest

from lru import LRUCache


def test_put_and_get():
    cache = LRUCache(2)
    cache.put("a", 1)
    assert cache.get("a") == 1
    assert cache.get("b", "none") == "none"


def test_evicts_least_recently_put():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    assert "a" not in cache and len(cache) == 2


def test_get_protects_from_eviction():
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert cache.keys() == ["a", "c"]


def test_hit_rate():
    cache = LRUCache(1)
    cache.put("a", 1)
    cache.get("a")
    cache.get("z")
    assert cache.hit_rate() == 0.5


def test_capacity_must_be_positive():
    with pytest.raises(ValueError):
        LRUCache(0)
