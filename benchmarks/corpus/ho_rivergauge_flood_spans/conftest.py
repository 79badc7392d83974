# Lets the tests import rivergauge from the project folder.
