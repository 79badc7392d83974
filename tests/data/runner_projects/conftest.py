# These folders are projects for the runner's tests to run in a shadow copy; their tests
# (some failing, some hanging on purpose) must never be collected by greenfix's own test run.
collect_ignore_glob = ["*"]
