# Lets the tests import weighins from the project folder.
