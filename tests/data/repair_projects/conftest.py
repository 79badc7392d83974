# These folders are projects for the repair tests to run in a shadow copy; their tests
# fail on purpose and must never be collected by greenfix's own test run.
collect_ignore_glob = ["*"]
