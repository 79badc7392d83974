"""This autumn's prices at the pumpkin patch."""

ADULT = 9.50
CHILD = 6.00  # ages 3 to 15
FREE_UNDER = 3  # babies and toddlers under 3 come in free
ADULT_FROM = 16
FAMILY = 28.00  # two adults and two children
WEEKEND_EXTRA = 1.50  # on Saturdays and Sundays, for every paying visitor
PUMPKIN = 3.00  # each pumpkin picked, whatever the size

SLOT_CAPACITY = 60  # visitors let in per half-hour slot
