from datetime import date

from rugworks.tickets import Ticket, read_tickets


def test_read_tickets():
    text = """
number,customer,rugs,ready_on,collected_on,paid
5101,Mrs Okafor,2,2024-05-06,,y
5102,Harbour Cafe,1,,,n
5103,J. Lindqvist,3,2024-04-29,2024-05-02,N
"""
    assert read_tickets(text) == [
        Ticket(5101, "Mrs Okafor", 2, date(2024, 5, 6), None, True),
        Ticket(5102, "Harbour Cafe", 1, None, None, False),
        Ticket(5103, "J. Lindqvist", 3, date(2024, 4, 29), date(2024, 5, 2), False),
    ]
