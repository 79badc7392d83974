# Lets the tests import the habits package from the project folder.
