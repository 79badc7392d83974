from datetime import date

from customers import load_customers
from reports import owing, total_owed

SHEET = """
name,street,house,price,cycle_weeks,last_cleaned,balance,on_hold
Mrs Patel,Elm Road,4,12.00,4,2024-05-13,0,
Mr Owen,Elm Road,11,15.00,8,2024-04-15,15.00,
The Bakery,High Street,2,25.00,2,,0,
Dr Moss,Elm Road,7,12.00,,2024-05-20,-12.00,yes
"""


def test_load_sheet():
    patel, owen, bakery, moss = load_customers(SHEET)
    assert patel.last_cleaned == date(2024, 5, 13)
    assert owen.cycle_weeks == 8 and owen.balance == 15.0
    assert bakery.last_cleaned is None
    assert moss.on_hold and moss.cycle_weeks == 4


def test_owing_report():
    customers = load_customers(SHEET)
    customers[0].balance = 24.0
    assert owing(customers) == [("Mrs Patel, 4 Elm Road", 24.0), ("Mr Owen, 11 Elm Road", 15.0)]
    assert total_owed(customers) == 39.0
