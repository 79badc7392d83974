"""Running a project's tests in a shadow copy: runners, results, coverage.

  shadow.ShadowWorkspace      the private copy candidates are written to
  runner.open_runner          a TestRunner: WarmRunner (forks per run) or SubprocessRunner
  results                     RunResult, TestResult, Frame, Collection (plain data)
  environment                 scrubbed environment, the project's interpreter

pytest_worker.py and pytest_probe.py run inside the project's interpreter and are
executed by path; greenfix never imports them.
"""
