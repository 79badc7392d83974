"""Runs pytest inside the project's interpreter, once or as a warm forking worker.

Executed by path with the project's own interpreter (greenfix is not installed there),
so it uses only the standard library and pytest. The working directory is the shadow root.

  python pytest_worker.py --once REQUEST.json
      one run in this process.
  python pytest_worker.py --serve BASE_ARGS_JSON PROJECT_ROOT
      pays pytest's start-up (imports, plugins, configuration, session) once, then reads one
      request per line on stdin and forks a child per request, which collects only the
      requested tests and runs them. Replies are JSON lines on stdout:
        {"ready": true, "threads": N} | {"error": TEXT}    after start-up
        {"started": PID} ... {"finished": PID, "status": S} per request
        {"stale": true}    a file the worker loaded changed: start a new worker
      A request {"import_tests": [test files]} is the worker's own: it imports those files
      (and the project modules they import) before it forks the next children, and
      replies {"imported": ALL_OF_THEM, "threads": N}.

A request: {"base": [args], "targets": [node ids or args], "collect_only": bool,
            "results": PATH, "coverage_file": RELPATH | null, "memory_limit_mb": N,
            "test_timeout": SECONDS | null, "functions": bool, "calls_of": [RELPATH, LINE] | null,
            "watches": {LINE: [expressions]} | null   (evaluated at lines of calls_of's function),
            "comprehension_lines": [LINE]   (watched lines evaluated in its comprehensions' frames),
            "override": {"path", "text", "qualname", "line"} | null    (warm children only: in_place.py),
            "probe_calls": {"module", "qualname", "arguments"} | null   (call the function instead: call_probe.py)}
"""

from __future__ import annotations

import ast
import ctypes
import importlib
import importlib.util
import json
import os
import resource
import signal
import sys
import threading
import traceback
from typing import Any

_MAX_SCANNED_FILES = 2000
_PR_SET_PDEATHSIG = 1
_INTERRUPTED = 2
_USAGE_ERROR = 4
_INTERNAL_ERROR = 3


def main(argv: list[str]) -> int:
    root = os.getcwd()
    _use_project_path(root)
    probe = _load_probe()
    recorder = probe.Recorder(root)
    if argv[1] == "--once":
        with open(argv[2], encoding="utf-8") as file:
            request = json.load(file)
        _run_request(recorder, None, request)
        return 0
    serve(recorder, json.loads(argv[2]), root, argv[3])
    return 0


def _use_project_path(root: str) -> None:
    """Import like `python -m pytest` run in the project root, not from this script's folder.

    A `src/` layout comes first so the shadow's sources win over an editable install,
    which would point at the user's tree.
    """
    sys.path[0] = root
    src = os.path.join(root, "src")
    if os.path.isdir(src):
        sys.path.insert(0, src)


def _load_probe() -> Any:
    return _load_sibling("pytest_probe.py", "greenfix_pytest_probe")


def _load_sibling(filename: str, name: str) -> Any:
    """A module beside this script, by path: greenfix is not installed in this interpreter."""
    if name in sys.modules:
        return sys.modules[name]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), filename)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _run_request(recorder: Any, session: Any, request: dict[str, Any]) -> None:
    """Run one request in this process: in the warm session when possible, else from scratch."""
    _limit_memory(request["memory_limit_mb"])
    recorder.begin(request)
    if request.get("override"):
        in_place = _load_sibling("in_place.py", "greenfix_in_place")
        try:
            in_place.load_in_place(os.getcwd(), request["override"])
        except in_place.CannotLoad as error:
            recorder.emit({"event": "override_failed", "message": str(error)})
            recorder.finish(_USAGE_ERROR)
            return
    if request.get("probe_calls"):
        call_probe = _load_sibling("call_probe.py", "greenfix_call_probe")
        probe = _load_sibling("pytest_probe.py", "greenfix_pytest_probe")
        recorder.emit({"event": "probe", "results": call_probe.probe(request["probe_calls"], probe.call_record, probe.changeable)})
        recorder.finish(0)
        return
    options = any(arg.startswith("-") for arg in request["targets"])
    if session is None or options:
        status = _run_fresh(recorder, request)
    else:
        status = _run_in_session(recorder, session, request)
    recorder.finish(status)


def _limit_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _args(request: dict[str, Any]) -> list[str]:
    return request["base"] + (["--collect-only"] if request["collect_only"] else []) + request["targets"]


def _run_fresh(recorder: Any, request: dict[str, Any]) -> int:
    """What `pytest.main` does, with bad arguments and broken conftests recorded instead of printed."""
    import pytest
    from _pytest.config import ConftestImportFailure, _prepareconfig

    os.environ["PYTEST_VERSION"] = pytest.__version__
    try:
        config = _prepareconfig(_args(request), [recorder])
        try:
            return int(config.hook.pytest_cmdline_main(config=config))
        finally:
            config._ensure_unconfigure()
    except (pytest.UsageError, ConftestImportFailure) as error:
        recorder.emit({"event": "usage_error", "message": _error_text(error)})
        return _USAGE_ERROR


def _error_text(error: BaseException) -> str:
    cause = getattr(error, "cause", None)  # ConftestImportFailure wraps the real error
    if cause is not None:
        return f"{error}\n{''.join(traceback.format_exception(cause))}"
    return str(error)


def _start_session(recorder: Any, base_args: list[str]) -> Any:
    """Configuration, plugins and session set up once, as `pytest.main` would before collecting."""
    import pytest
    from _pytest.config import _prepareconfig
    from _pytest.main import Session

    os.environ["PYTEST_VERSION"] = pytest.__version__
    config = _prepareconfig(base_args, [recorder])
    config._do_configure()
    session = Session.from_config(config)
    session.exitstatus = 0
    config.hook.pytest_sessionstart(session=session)
    return session


def _run_in_session(recorder: Any, session: Any, request: dict[str, Any]) -> int:
    """Collect only the requested tests in the inherited session, and run them."""
    import pytest

    config = session.config
    if request["targets"]:
        config.args = list(request["targets"])
    config.option.collectonly = request["collect_only"]
    # No pytest_sessionfinish: it only prints summaries and writes caches, and the child exits
    # right after; session-scoped fixtures are already torn down after the last test.
    try:
        config.hook.pytest_collection(session=session)
        config.hook.pytest_runtestloop(session=session)
    except pytest.UsageError as error:
        recorder.emit({"event": "usage_error", "message": str(error)})
        return _USAGE_ERROR
    except (session.Interrupted, session.Failed):  # collection errors stop the run, as in pytest
        return _INTERRUPTED
    return 1 if session.testsfailed else 0


def serve(recorder: Any, base_args: list[str], root: str, project_root: str) -> None:
    # pytest replaces sys.stdin and sys.stdout; the request and reply pipes are kept aside first.
    requests = os.fdopen(os.dup(0), "r")
    replies = os.fdopen(os.dup(1), "w", buffering=1)
    # pytest's terminal output must not mix with the replies.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        session = _start_session(recorder, base_args)
        _preimport_third_party(root, (root, project_root))
    except BaseException as error:  # report any start-up failure instead of dying silently
        replies.write(json.dumps({"error": _error_text(error)}) + "\n")
        return
    loaded = _loaded_project_files((root, project_root), session.config)
    _load_sibling("in_place.py", "greenfix_in_place").remember_loaded_files()  # for every child at once
    rewrites = _load_sibling("rewrite_cache.py", "greenfix_rewrite_cache")
    rewrites.remember_rewrites()
    worker = os.getpid()
    replies.write(json.dumps({"ready": True, "threads": threading.active_count()}) + "\n")
    for line in requests:
        if _changed(loaded):
            replies.write(json.dumps({"stale": True}) + "\n")
            return
        request = json.loads(line)
        if "import_tests" in request:
            imported = _import_tests(session, request["import_tests"])
            loaded = _loaded_project_files((root, project_root), session.config)
            _load_sibling("in_place.py", "greenfix_in_place").remember_loaded_files()
            replies.write(json.dumps({"imported": imported, "threads": threading.active_count()}) + "\n")
            continue
        rewrites.rewrite_ahead(session.config, request["targets"])
        pid = os.fork()
        if pid == 0:
            _child(recorder, session, request, (requests, replies), worker)
        replies.write(json.dumps({"started": pid}) + "\n")
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"finished": pid, "status": status}) + "\n")


def _import_tests(session: Any, files: list[str]) -> bool:
    """Import test files (their conftests first) in the worker itself, as pytest's collection
    would, so that every child finds them, and the project modules they import, already
    imported: a child then collects them in milliseconds. Only modules: collection nodes
    made here would not be the child's, and fixtures are matched to nodes. Whether they
    all imported (pytest 8.1 or later; else the children import them, as before)."""
    config = session.config
    try:
        from _pytest.python import importtestmodule

        importmode = config.getoption("--import-mode")
        namespaces = config.getini("consider_namespace_packages")
        for file in files:
            path = config.rootpath / file
            config.pluginmanager._loadconftestmodules(
                path.parent, importmode, config.rootpath, consider_namespace_packages=namespaces
            )
            importtestmodule(path, config)
    except BaseException:  # a test file that does not import: its runs report it
        return False
    return True


def _child(recorder: Any, session: Any, request: dict[str, Any], pipes: tuple[Any, Any], worker: int) -> None:
    """The forked child: its own process group (killed as one at the time limit); never returns."""
    try:
        os.setsid()
        _die_with_worker(worker)
        # The pipes are the worker's: a test reading stdin must not consume requests.
        for pipe in pipes:
            os.close(pipe.fileno())
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(log, 1)
        os.dup2(log, 2)
        _run_request(recorder, session, request)
    except BaseException:
        traceback.print_exc()
        recorder.emit({"event": "usage_error", "message": traceback.format_exc()})
        recorder.finish(_INTERNAL_ERROR)
    finally:
        os._exit(0)


def _die_with_worker(worker: int) -> None:
    """Have Linux kill this child if the worker dies (a closed runner), so no run outlives it."""
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the runner's kill of the process group remains
        return
    if os.getppid() != worker:  # the worker died before the request took effect
        os._exit(1)


def _preimport_third_party(root: str, project_dirs: tuple[str, ...]) -> None:
    """Import the third-party modules the project imports, so children inherit them.

    Never a project module: children must import those fresh, since a candidate changed them.
    """
    for name in sorted(_imported_names(root)):
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec is not None else None
            if origin and not _inside(origin, project_dirs):
                importlib.import_module(name)
        except BaseException:  # a module that cannot import here is simply left to the tests
            continue


def _imported_names(root: str) -> set[str]:
    names: set[str] = set()
    scanned = 0
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for filename in filenames:
            if not filename.endswith(".py") or scanned >= _MAX_SCANNED_FILES:
                continue
            scanned += 1
            try:
                with open(os.path.join(folder, filename), "rb") as file:
                    tree = ast.parse(file.read())
            except (SyntaxError, ValueError, OSError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    return names


def _inside(path: str, folders: tuple[str, ...]) -> bool:
    real = os.path.realpath(path)
    return "site-packages" not in real and any(
        real.startswith(os.path.realpath(folder) + os.sep) for folder in folders
    )


def _loaded_project_files(project_dirs: tuple[str, ...], config: Any) -> dict[str, bytes | None]:
    """Contents of the project files this worker has loaded: conftests, modules they import, the ini file."""
    paths = {
        module.__file__
        for module in list(sys.modules.values())
        if getattr(module, "__file__", None) and _inside(module.__file__, project_dirs)
    }
    if config.inipath is not None:
        paths.add(str(config.inipath))
    return {path: _read(path) for path in paths}


def _changed(loaded: dict[str, bytes | None]) -> bool:
    return any(_read(path) != content for path, content in loaded.items())


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
