# Project root on sys.path for the tests (the lettings package is not installed).
