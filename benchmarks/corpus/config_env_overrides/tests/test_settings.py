import copy

from appconf.env import overrides_from_env, parse_value
from appconf.loader import DEFAULTS, load
from appconf.merge import deep_merge, lookup


def test_parse_value():
    assert parse_value("yes") is True
    assert parse_value("5433") == 5433
    assert parse_value("0.5") == 0.5
    assert parse_value("db.local") == "db.local"


def test_env_overrides_nest():
    env = {"APP_DB__PORT": "5433", "APP_DEBUG": "on", "HOME": "/root"}
    assert overrides_from_env(env) == {"db": {"port": 5433}, "debug": True}


def test_empty_variable_overrides():
    assert overrides_from_env({"APP_NAME": ""}) == {"name": ""}


def test_deep_merge_keeps_sibling_keys():
    merged = deep_merge({"db": {"host": "a", "port": 1}}, {"db": {"port": 2}})
    assert merged == {"db": {"host": "a", "port": 2}}


def test_load_layers(write_config):
    site = write_config("site.json", {"db": {"pool": {"max": 20}}, "log": {"level": "debug"}})
    settings = load([site], {"APP_DB__HOST": "db.internal"})
    assert lookup(settings, "db.pool") == {"min": 1, "max": 20}
    assert lookup(settings, "db.host") == "db.internal"
    assert lookup(settings, "db.user", "app") == "app"


def test_load_leaves_defaults_alone(write_config):
    before = copy.deepcopy(DEFAULTS)
    load([write_config("site.json", {"db": {"port": 6000, "pool": {"min": 4}}})], {})
    assert DEFAULTS == before
    assert load([], {})["db"]["port"] == 5432
