"""Running a project's tests in a shadow copy: runners, results, coverage.

  shadow.ShadowWorkspace      the private copy candidates are written to
  safe_files                  writing and reading where tests can write too, following no link
  runner.open_runner          a TestRunner: WarmRunner (forks per run) or SubprocessRunner
  results                     RunResult, TestResult, Frame, Collection (plain data)
  environment                 the tests' environment (an allowlist), the project's interpreter

pytest_worker.py and pytest_probe.py run inside the project's interpreter and are
executed by path, with the siblings the worker loads (in_place.py, call_probe.py,
rewrite_cache.py); greenfix never imports them.
"""
