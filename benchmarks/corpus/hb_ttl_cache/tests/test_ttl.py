import pytest

from cachekit import TTLCache


def test_set_and_get(cache):
    cache.set("a", 1)
    assert cache.get("a") == 1
    assert cache.get("b", "none") == "none"
    assert "a" in cache


def test_oldest_entry_is_evicted(cache):
    for key in "abcd":
        cache.set(key, key.upper())
    assert "a" not in cache
    assert cache.get("d") == "D"


def test_recently_read_entry_survives(cache):
    for key in "abc":
        cache.set(key, key)
    cache.get("a")
    cache.set("d", "d")
    assert "a" in cache and "b" not in cache


def test_entries_expire(cache, clock):
    cache.set("a", 1)
    cache.set("b", 2, ttl=300)
    clock.advance(61)
    assert cache.get("a") is None
    assert cache.get("b") == 2
    assert len(cache) == 1


def test_get_or_set_recomputes_after_expiry(cache, clock):
    calls = []
    factory = lambda: calls.append(1) or len(calls)
    assert cache.get_or_set("k", factory) == 1
    assert cache.get_or_set("k", factory) == 1
    clock.advance(60)
    assert cache.get_or_set("k", factory) == 2


def test_invalid_ttl():
    with pytest.raises(ValueError):
        TTLCache(ttl=0)
