"""Containing test runs: bubblewrap (`bwrap`) where it works, else Landlock, else nothing.

With bubblewrap: the system (/usr, /etc, ...) and the project's interpreter read-only,
greenfix's worker scripts read-only, the shadow copy and the run folder writable at their
own paths, a fresh /tmp, no network, and a process namespace of its own that dies with its
launcher. The user's project and home are not there.

With Landlock (landlock_launch.py; no root needed): the same paths readable, the shadow
copy and the run folder writable, and nothing else reachable through the file system;
where unprivileged user namespaces are allowed, also a private network, process view and
tmpfs over /tmp, /run and the home folder (where the sockets of agents and terminals live).

Where a pids cgroup can be made (as root, or with delegation), the number of processes is
capped too: root is exempt from RLIMIT_NPROC, so a fork bomb would otherwise only meet the
time limit. Without containment the runs keep their time and memory limits and a scrubbed
environment, but can do whatever the user can; model candidates are then refused unless
the user opts in (`model_code_refusal`).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from greenfix.analysis.config import RefineSettings
from greenfix.analysis.testing import landlock
from greenfix.analysis.testing.folders import owned_folder
from greenfix.analysis.testing.processes import kill_group, wait_gone

log = logging.getLogger(__name__)

DEFAULT_MAX_PROCESSES = 128
SCRIPTS_DIR = Path(__file__).resolve().parent
LANDLOCK_LAUNCHER = SCRIPTS_DIR / "landlock_launch.py"
# The system, read-only; a top-level symlink (/bin -> usr/bin) is recreated as the same symlink.
SYSTEM_PATHS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")
# Under Landlock: the devices a test may open (read and write), and the folders hidden under an
# empty tmpfs when there are namespaces (sockets of ssh-agent, tmux, X11, D-Bus, editors live there).
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")
COVERED = ("/tmp", "/var/tmp", "/run", "/dev/shm")
PRIVATE_SCRATCH = ("/tmp", "/var/tmp", "/dev/shm")  # covered, so writable: they are the sandbox's own
INSTALL_BWRAP = (
    "apt install bubblewrap (Debian, Ubuntu), dnf install bubblewrap (Fedora), pacman -S bubblewrap (Arch), "
    "apk add bubblewrap (Alpine), zypper install bubblewrap (openSUSE)"
)
_CGROUP_ROOTS = (Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup"))
_CGROUP_PREFIX = "greenfix-"
# Named like the runner's run folders, so a greenfix that died has it cleared (leftovers.py).
_SCRATCH_PREFIX = "greenfix-run-"
_PATHS_OF_PYTHON = (
    "import json, sys; print(json.dumps({'executable': sys.executable, 'path': sys.path,"
    " 'prefixes': [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix]}))"
)


@dataclass(frozen=True)
class Containment:
    """What contains test runs here for a `sandbox` setting: "bwrap", "landlock" or "none"."""

    kind: str
    why: str = ""  # what is missing, when a wanted mechanism is not used
    landlock_abi: int = 0
    namespaces: bool = False  # Landlock with private network, processes and /tmp

    @property
    def private_processes(self) -> bool:
        return self.kind == "bwrap" or self.namespaces


@functools.cache
def containment(mode: str = "auto") -> Containment:
    """auto: bubblewrap, else Landlock, else none; a named mechanism that does not work here is none."""
    if mode == "none":
        return Containment("none", 'the setting sandbox = "none" switches it off')
    problems = []
    if mode in ("auto", "bwrap"):
        problem = bwrap_problem()
        if problem is None:
            return Containment("bwrap")
        problems.append(problem)
    if mode in ("auto", "landlock"):
        found = _landlock_here()
        if isinstance(found, Containment):
            return found
        problems.append(found)
    return Containment("none", "; ".join(problems))


@functools.cache
def bwrap_problem() -> str | None:
    """Why test runs are not in a bwrap sandbox here, or None when bwrap works."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return "bwrap (Debian package bubblewrap) is not installed"
    probe = subprocess.run(
        [bwrap, *_system_binds(), "--unshare-net", "--unshare-pid", "--die-with-parent", "--", "true"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
    )
    if probe.returncode != 0:
        return f"{bwrap} does not work here: {probe.stderr.strip() or f'exit status {probe.returncode}'}"
    return None


@functools.cache
def _landlock_here() -> Containment | str:
    """Landlock as this machine has it (tried for real, with and without namespaces), or why not."""
    abi = landlock.abi()
    if abi < 1:
        return "Landlock is not available (it needs Linux 5.13 or later with Landlock enabled)"
    interpreter, _ = _python_paths(sys.executable)
    scratch = owned_folder(_SCRATCH_PREFIX)
    try:
        failures = []
        for namespaces in (True, False):
            spec = _landlock_spec([*SYSTEM_PATHS, *map(str, interpreter)], [str(scratch)], scratch, namespaces)
            probe = subprocess.run(
                _landlock_command(spec, [sys.executable, "-I", "-S", "-c", "pass"]),
                cwd=scratch,  # as a run's is, its working folder is one it may use
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if probe.returncode == 0:
                return Containment("landlock", " ".join(failures), abi, namespaces)
            failures.append(f"no private namespaces: {probe.stderr.strip() or f'exit status {probe.returncode}'}")
        return f"Landlock does not work here: {failures[-1]}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def sandbox_status(mode: str = "auto") -> str:
    """For `greenfix check --doctor` and the server log: what a test or candidate could do here."""
    found = containment(mode)
    cap = "processes capped by a pids cgroup" if _cgroup_root() else "no process cap (no pids cgroup)"
    if found.kind == "bwrap":
        return (
            f"sandbox: bubblewrap ({shutil.which('bwrap')}): tests and candidates see only the shadow copy, "
            "the system and the interpreter (read-only); no network; they cannot see or signal your processes; "
            f"{cap}"
        )
    if found.kind == "landlock":
        contained = (
            f"sandbox: Landlock (ABI {found.landlock_abi}): tests and candidates can read the system and the "
            "interpreter but not your files, and write only the shadow copy and their run folder; "
        )
        if found.namespaces:
            return contained + f"no network (private namespace); they cannot see or signal your processes; {cap}"
        network = "no TCP, but UDP reaches the network" if found.landlock_abi >= 4 else "they can reach the network"
        signals = "see your processes but not signal them" if found.landlock_abi >= 6 else "see and signal your processes"
        return contained + (
            f"{network}; they can {signals}, and connect to local sockets (ssh-agent, tmux, X11); "
            f"private namespaces would close those ({found.why}); {cap}"
        )
    return (
        f"sandbox: NONE ({found.why}): tests and candidates can read, change and delete anything you can, "
        f"and reach the network; model candidates are refused unless allowed (allow_unsandboxed_model_code); "
        f"to contain them, install bubblewrap: {INSTALL_BWRAP}; {cap}"
    )


def model_code_refusal(settings: RefineSettings) -> str | None:
    """Why model candidates must not run here, or None: they run only contained, unless the user opts in."""
    found = containment(settings.sandbox)
    if found.kind != "none" or settings.allow_unsandboxed_model_code:
        return None
    remedy = f"install bubblewrap: {INSTALL_BWRAP}"
    if settings.sandbox == "none":
        remedy = f'set sandbox = "auto" (it is "none"; where neither bubblewrap nor Landlock works, {remedy})'
    return (
        f"model candidates were not run: nothing contains them here ({found.why}), and code a model wrote "
        f"could read, change and delete anything you can. To contain them, {remedy}. To run them anyway, at "
        "your own risk: greenfix fix --allow-unsandboxed-model-code, or allow_unsandboxed_model_code = true "
        "in [tool.greenfix]"
    )


@functools.cache
def _warn_once_uncontained(why: str) -> None:
    log.warning("test runs are not sandboxed: %s; resource limits only", why)


class Sandbox:
    """Wraps a command so it runs contained; one per runner (it owns the runner's process cap)."""

    def __init__(
        self,
        python: str,
        writable: Sequence[Path],
        project_root: Path,
        mode: str = "auto",
        max_processes: int = DEFAULT_MAX_PROCESSES,
    ) -> None:
        """`project_root`: the user's tree, never shown (only a venv inside it, read-only).
        `mode`: the `sandbox` setting; "none" keeps resource limits only."""
        self.containment = containment(mode)
        if self.containment.kind == "none" and mode != "none":
            _warn_once_uncontained(self.containment.why)
        self._python = python
        self._writable = [Path(path).resolve() for path in writable]
        self._project_root = Path(project_root).resolve()
        # Landlock's HOME and TMPDIR, where the environment's are not writable.
        self._scratch: Path | None = None
        if self.containment.kind == "landlock":
            self._scratch = owned_folder(_SCRATCH_PREFIX)
        self._cgroup = _make_cgroup(max_processes)

    @property
    def bwrapped(self) -> bool:
        return self.containment.kind == "bwrap"

    def wrap(self, argv: Sequence[str], cwd: Path) -> list[str]:
        """The command line that runs `argv` in `cwd` inside the sandbox."""
        command = list(argv)
        if self.bwrapped:
            command = [shutil.which("bwrap") or "bwrap", *self._bwrap_args(cwd), "--", *command]
        elif self.containment.kind == "landlock":
            assert self._scratch is not None, "the sandbox is closed"
            readable = [*SYSTEM_PATHS, *map(str, self._readable())]
            writable = [*map(str, self._writable), str(self._scratch)]
            spec = _landlock_spec(readable, writable, self._scratch, self.containment.namespaces)
            command = _landlock_command(spec, command)
        if self._cgroup is not None:
            # Join the cap before anything starts, so no process is created outside it.
            join = f"echo $$ > {shlex.quote(str(self._cgroup / 'cgroup.procs'))} && exec \"$@\""
            command = ["/bin/sh", "-c", join, "greenfix-sandbox", *command]
        return command

    def kill_group(self, launcher: int, group: int) -> None:
        """Kill the process group `group`, numbered as the command under `launcher` sees it."""
        if not self.containment.private_processes:
            kill_group(group)
            wait_gone([group])
            return
        namespace = _namespace_under(launcher)
        # A group that forks while it is being killed shows new members: repeat until none are left.
        for _ in range(200):
            members = _members(namespace, group) if namespace else []
            if not members:
                return
            for pid in members:
                _kill(pid)
            time.sleep(0.01)

    def kill_launched(self, launcher: int) -> None:
        """Kill a command started with `wrap` and everything it started; return once they are gone."""
        namespace = _namespace_under(launcher) if self.containment.private_processes else None
        kill_group(launcher)
        wait_gone([launcher])
        # Killing the launcher takes down its process namespace; its processes take a moment to go.
        deadline = time.monotonic() + 2.0
        while namespace and _members(namespace) and time.monotonic() < deadline:
            time.sleep(0.01)

    def close(self) -> None:
        """Release the process cap (killing anything still in it) and the scratch folder."""
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        if self._cgroup is None:
            return
        for _ in range(100):
            pids = _cgroup_pids(self._cgroup)
            if not pids:
                break
            for pid in pids:
                _kill(pid)
            time.sleep(0.02)
        try:
            self._cgroup.rmdir()
        except OSError:
            pass  # still busy: removed as stale by a later start
        self._cgroup = None

    def _bwrap_args(self, cwd: Path) -> list[str]:
        args = [
            *_system_binds(),
            "--unshare-net",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--die-with-parent",
            # No terminal to push keystrokes into (TIOCSTI).
            "--new-session",
            "--setenv", "HOME", "/tmp",
            "--setenv", "TMPDIR", "/tmp",
        ]
        binds = [(path, "--ro-bind") for path in self._readable()] + [(path, "--bind") for path in self._writable]
        # Parents before children, so a later bind is never hidden by an earlier one's parent.
        for path, kind in sorted(binds, key=lambda bind: len(bind[0].parts)):
            args += [kind, str(path), str(path)]
        return [*args, "--chdir", str(cwd)]

    def _readable(self) -> list[Path]:
        """The interpreter, our worker scripts, and the import path outside the user's project
        (an editable install of the project would point into it); what the system holds is there already."""
        interpreter, imports = _python_paths(self._python)
        shown = [*interpreter, SCRIPTS_DIR]
        shown += [path for path in imports if not path.is_relative_to(self._project_root)]
        return _outermost(path for path in shown if len(path.parts) > 1 and not _in_system(path))


def _landlock_spec(readable: Sequence[str], writable: Sequence[str], scratch: Path, namespaces: bool) -> dict[str, object]:
    """What landlock_launch.py is told: see its docstring."""
    cover: list[str] = []
    if namespaces:
        system = [Path(path) for path in SYSTEM_PATHS]
        folders = [
            folder
            for folder in map(Path, [*COVERED, str(Path.home())])
            if folder.is_dir() and not folder.is_symlink() and len(folder.parts) > 1
            and not any(path.is_relative_to(folder) for path in system)
        ]
        # A folder inside another is hidden with it (a home in /tmp, say).
        cover = [str(folder) for folder in _outermost(folders)]
        writable = [*writable, *(folder for folder in PRIVATE_SCRATCH if folder in cover)]
    return {
        "read": [*readable, "/proc"],
        "write": list(writable),
        "devices": list(DEVICES),
        "scratch": str(scratch),
        "namespaces": namespaces,
        "cover": cover,
    }


def _landlock_command(spec: dict[str, object], argv: Sequence[str]) -> list[str]:
    # Our own interpreter runs the launcher (it execs the project's): -I -S keeps the user's
    # environment and site-packages out of it.
    return [sys.executable, "-I", "-S", str(LANDLOCK_LAUNCHER), json.dumps(spec), "--", *argv]


def _system_binds() -> list[str]:
    args: list[str] = []
    for name in SYSTEM_PATHS:
        path = Path(name)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), name]
        elif path.is_dir():
            args += ["--ro-bind", name, name]
    return [*args, "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]


@functools.cache
def _python_paths(python: str) -> tuple[list[Path], list[Path]]:
    """The interpreter's own folders (executable, prefixes), and its import path."""
    reply = subprocess.run(
        [python, "-c", _PATHS_OF_PYTHON], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60
    )
    if reply.returncode != 0:
        return [], []
    found = json.loads(reply.stdout)
    executable = found["executable"]
    return [Path(os.path.realpath(executable)), Path(executable).parent, *_folders(found["prefixes"])], _folders(
        found["path"]
    )


def _folders(paths: list[str]) -> list[Path]:
    return [Path(path) for path in paths if path and os.path.isabs(path) and os.path.exists(path)]


def _in_system(path: Path) -> bool:
    return any(path.is_relative_to(system) for system in SYSTEM_PATHS)


def _outermost(paths: Iterable[Path]) -> list[Path]:
    """Each folder once, without those inside another: binding them again would change nothing."""
    unique = set(paths)
    return sorted(path for path in unique if not any(other != path and path.is_relative_to(other) for other in unique))


def _namespace_under(launcher: int) -> str | None:
    """The pid namespace of the sandbox that `launcher` (bwrap) set up, while it is alive."""
    try:
        own = os.readlink(f"/proc/{launcher}/ns/pid")
        for pid in _descendants(launcher):
            namespace = os.readlink(f"/proc/{pid}/ns/pid")
            if namespace != own:
                return namespace
    except OSError:
        pass
    return None


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    pending = [pid]
    while pending:
        try:
            children = Path(f"/proc/{pending.pop()}/task").glob("*/children")
            kids = [int(child) for path in children for child in path.read_text().split()]
        except OSError:
            continue
        found += kids
        pending += kids
    return found


def _members(namespace: str, group: int | None = None) -> list[int]:
    """Host pids of the live processes in `namespace` (whose group id there is `group`, if given)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.readlink(f"/proc/{entry}/ns/pid") != namespace:
                continue
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("State", "Z").split()[0] in ("Z", "X"):
            continue
        groups = fields.get("NSpgid", "").split()
        if group is None or (groups and int(groups[-1]) == group):
            members.append(int(entry))
    return members


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _cgroup_root() -> Path | None:
    """A cgroup folder with the pids controller where this process may make child groups."""
    for root in _CGROUP_ROOTS:
        controllers = root / "cgroup.controllers"
        has_pids = root.name == "pids" or (controllers.exists() and "pids" in controllers.read_text().split())
        if has_pids and root.is_dir() and os.access(root, os.W_OK):
            return root
    return None


def _make_cgroup(max_processes: int) -> Path | None:
    root = _cgroup_root()
    if root is None:
        return None
    _remove_stale_cgroups(root)
    folder = root / f"{_CGROUP_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
    try:
        folder.mkdir()
        (folder / "pids.max").write_text(str(max_processes))
    except OSError:
        try:
            folder.rmdir()
        except OSError:
            pass
        return None
    return folder


def _remove_stale_cgroups(root: Path) -> None:
    """Caps left by a greenfix that died: their owner is gone (an empty cgroup can be removed)."""
    for folder in root.glob(f"{_CGROUP_PREFIX}*"):
        owner = folder.name[len(_CGROUP_PREFIX) :].split("-")[0]
        if owner.isdigit() and not Path(f"/proc/{owner}").exists():
            try:
                folder.rmdir()
            except OSError:
                pass


def _cgroup_pids(folder: Path) -> list[int]:
    try:
        return [int(pid) for pid in (folder / "cgroup.procs").read_text().split()]
    except OSError:
        return []
