from eventbus.audit import AuditLog
from eventbus.bus import EventBus


def test_publish_reaches_subscribers():
    bus = EventBus()
    seen = []
    bus.subscribe("order.paid", lambda topic, payload: seen.append(payload))
    assert bus.publish("order.paid", 42) == 1
    assert seen == [42]


def test_wildcard_handlers_see_everything():
    bus = EventBus()
    seen = []
    bus.subscribe("*", lambda topic, payload: seen.append(topic))
    bus.publish("a")
    bus.publish("b")
    assert seen == ["a", "b"]


def test_unsubscribe():
    bus = EventBus()
    seen = []
    stop = bus.subscribe("tick", lambda topic, payload: seen.append(payload))
    bus.publish("tick", 1)
    stop()
    bus.publish("tick", 2)
    assert seen == [1]


def test_once():
    bus = EventBus()
    seen = []
    bus.once("ready", lambda topic, payload: seen.append(payload))
    bus.publish("ready", "a")
    bus.publish("ready", "b")
    assert seen == ["a"]


def test_audit_log_stops_on_close():
    bus = EventBus()
    log = AuditLog(bus, ["order.created", "order.paid"])
    bus.publish("order.created", 1)
    log.close()
    bus.publish("order.paid", 1)
    assert log.entries == [("order.created", 1)]
