# Lets the tests import the sweeping package from the project folder.
