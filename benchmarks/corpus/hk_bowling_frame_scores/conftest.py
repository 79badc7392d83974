# Lets the tests import the bowling package from the project folder.
