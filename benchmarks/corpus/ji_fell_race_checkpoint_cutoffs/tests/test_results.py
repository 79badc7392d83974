from results import results_table, verdict


def test_finisher(ennerdale, clean_run):
    assert verdict(ennerdale, "10:00:00", clean_run) == ("finished", 4 * 3600 + 12 * 60 + 30)


def test_missed_checkpoint(ennerdale, clean_run):
    del clean_run["CP3"]
    assert verdict(ennerdale, "10:00:00", clean_run) == ("mispunch", "CP3")


def test_checkpoints_out_of_order(ennerdale, clean_run):
    clean_run["CP4"] = "12:50:00"
    assert verdict(ennerdale, "10:00:00", clean_run) == ("mispunch", "CP4")


def test_too_slow_to_pillar(ennerdale, clean_run):
    clean_run["CP3"] = "13:31:00"
    assert verdict(ennerdale, "10:00:00", clean_run) == ("timed out", "CP3")


def test_reaching_a_checkpoint_on_the_cutoff_is_in_time(ennerdale, clean_run):
    clean_run["CP2"] = "11:45:00"
    outcome, _ = verdict(ennerdale, "10:00:00", clean_run)
    assert outcome == "finished"


def test_results_table(ennerdale, clean_run):
    downloads = {
        "Joss": clean_run,
        "Wendy": {"CP1": "10:35:00", "CP2": "11:20:00", "CP3": "12:40:00", "CP4": "13:30:00", "FIN": "13:44:10"},
        "Billy": {"CP1": "10:50:00", "CP2": "11:58:00"},
        "Kenny": {"CP1": "10:44:00", "CP2": "11:40:00", "CP4": "13:50:00", "FIN": "14:05:00"},
    }
    assert results_table(ennerdale, "10:00:00", downloads) == [
        "1. Wendy 3:44:10",
        "2. Joss 4:12:30",
        "Billy: timed out at CP2",
        "Kenny: mispunch at CP3",
    ]
