"""Running a project's tests in a shadow copy: runners, results, coverage."""
