from datetime import date

from rugworks.reminders import reminder_letters, storage_fee
from rugworks.tickets import Ticket

READY = date(2024, 5, 6)


def test_no_letter_while_in_the_wash():
    assert reminder_letters([Ticket(5102, "Harbour Cafe", 1, None)], date(2024, 5, 13)) == []


def test_first_letter_a_week_after_ready():
    assert reminder_letters([Ticket(5104, "P. Marsh", 1, READY)], date(2024, 5, 13)) == [(5104, "P. Marsh", 1, 0.0)]


def test_letters_only_go_weekly():
    ticket = Ticket(5104, "P. Marsh", 1, READY)
    assert reminder_letters([ticket], date(2024, 5, 10)) == []
    assert reminder_letters([ticket], date(2024, 5, 15)) == []
    assert reminder_letters([ticket], date(2024, 5, 20)) == [(5104, "P. Marsh", 2, 0.0)]


def test_no_letter_once_collected():
    ticket = Ticket(5105, "Dr Aziz", 2, READY, collected_on=date(2024, 5, 9))
    assert reminder_letters([ticket], date(2024, 5, 13)) == []


def test_paid_rugs_still_take_rack_space():
    ticket = Ticket(5101, "Mrs Okafor", 2, READY, paid=True)
    assert reminder_letters([ticket], date(2024, 5, 13)) == [(5101, "Mrs Okafor", 1, 0.0)]


def test_storage_after_the_free_weeks():
    ticket = Ticket(5090, "Glebe Farm", 2, date(2024, 4, 1))
    assert reminder_letters([ticket], date(2024, 5, 6)) == [(5090, "Glebe Farm", 5, 6.0)]
    assert storage_fee(ticket, date(2024, 4, 29)) == 0.0
    assert storage_fee(ticket, date(2024, 5, 7)) == 12.0


def test_letters_in_ticket_order():
    tickets = [
        Ticket(5107, "Rev. Hollis", 1, READY, paid=True),
        Ticket(5103, "J. Lindqvist", 3, date(2024, 4, 29)),
        Ticket(5106, "Mr Tran", 1, date(2024, 5, 7)),
    ]
    assert reminder_letters(tickets, date(2024, 5, 13)) == [(5103, "J. Lindqvist", 2, 0.0), (5107, "Rev. Hollis", 1, 0.0)]
