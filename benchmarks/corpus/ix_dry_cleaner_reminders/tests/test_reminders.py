from reminders import reminder_text, reminders_due, send_reminders


def numbers(tickets):
    return [ticket.number for ticket in tickets]


def test_reminders_due(rail, today):
    assert numbers(reminders_due(rail, today)) == [106, 104, 101]


def test_not_reminded_twice_in_a_week(rail, today):
    assert 103 not in numbers(reminders_due(rail, today))


def test_collected_and_new_tickets_get_no_reminder(rail, today):
    due = numbers(reminders_due(rail, today))
    assert 102 not in due and 105 not in due


def test_reminder_text(rail, today):
    assert reminder_text(rail[0], today) == "Hi Mrs Ahmed, your 3 items are ready to collect (ticket 101)."


def test_reminder_text_mentions_storage(rail, today):
    assert reminder_text(rail[5], today) == (
        "Hi Mrs Evans, your 2 items are ready to collect (ticket 106). Storage so far: £6.00."
    )


def test_send_reminders_marks_tickets(rail, today):
    mine = [rail[0], rail[1]]
    assert len(send_reminders(mine, today)) == 1
    assert mine[0].last_reminded == today
    assert mine[1].last_reminded is None
    assert send_reminders(mine, today) == []
