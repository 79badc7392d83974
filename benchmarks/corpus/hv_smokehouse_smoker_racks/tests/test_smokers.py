from smokehouse.batches import Batch
from smokehouse.smokers import Smoker, load_smoker, plan_day, smoking_hours


def test_racks_fill_in_list_order():
    batches = [Batch("brisket", 110, 12)] * 3 + [Batch("pork-butt", 115, 10)] * 2
    loaded, waiting = load_smoker(Smoker("offset", 4, 110), batches)
    assert [b.product for b in loaded] == ["brisket"] * 3 + ["pork-butt"]
    assert [b.product for b in waiting] == ["pork-butt"]


def test_cold_smoker_takes_only_the_salmon(batches):
    loaded, waiting = load_smoker(Smoker("cabinet", 3, 80), batches)
    assert [b.product for b in loaded] == ["salmon", "salmon"]
    assert [b.product for b in waiting] == ["brisket"] * 3 + ["pork-butt", "ribs", "ribs"]


def test_smoking_hours():
    assert smoking_hours([Batch("ribs", 125, 6), Batch("brisket", 110, 12)]) == 12
    assert smoking_hours([]) == 0


def test_saturday_plan(batches, smokers):
    plan, left = plan_day(smokers, batches)
    assert plan == {"offset": ["brisket", "brisket", "brisket", "pork-butt"], "cabinet": ["salmon", "salmon"]}
    assert left == ["ribs", "ribs"]
