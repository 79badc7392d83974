# Makes the cgm package importable from the tests without installing it.
