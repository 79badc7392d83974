# Project root: makes `tanklog` importable from the tests.
