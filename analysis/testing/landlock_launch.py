"""Runs a command contained by Landlock, in private namespaces where the kernel lets an
unprivileged process make them. The sandbox for machines without bubblewrap.

Standard library only, run by path (greenfix is not importable here):

    python -I -S landlock_launch.py SPEC_JSON -- COMMAND...

SPEC: {"read": [paths], "write": [paths], "devices": [paths], "scratch": folder,
       "namespaces": bool, "cover": [folders]}

The command may read `read`, read and change `write`, read and write the `devices`
files, and nothing else; HOME and TMPDIR become `scratch` unless they are writable.

With namespaces (user, network, mount, pid, ipc, uts):
  this process   waits for the namespace's first process and exits with its status;
  process 1      mounts a /proc of the new namespace, puts empty tmpfs over `cover`
                 (where sockets of the user's agents, terminals and sessions live),
                 bringing back the granted paths inside them, brings loopback up,
                 then starts the command and reaps orphans until it ends;
  the command    in a session of its own, without capabilities, under Landlock.
Without: this process drops its capabilities, restricts itself (TCP denied too, as
there is no private network) and becomes the command.

Exit status: the command's (128 + N when signal N killed it); 126 when containing failed.
"""

from __future__ import annotations

import ctypes
import fcntl
import importlib.util
import json
import os
import socket
import stat
import struct
import sys
from typing import Any

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 2, 4, 8, 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_CAPBSET_DROP, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 1, 24, 47, 4
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
SIGKILL = 9
FAILED = 126


def _load_landlock() -> Any:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "landlock.py")
    spec = importlib.util.spec_from_file_location("greenfix_landlock", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


landlock = _load_landlock()
_libc = landlock.libc()
_check = landlock.check


def main(argv: list[str]) -> int:
    if len(argv) < 4 or argv[2] != "--":
        raise SystemExit("usage: landlock_launch.py SPEC_JSON -- COMMAND...")
    spec, command = json.loads(argv[1]), argv[3:]
    _libc.prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0)  # dies with greenfix, as bwrap --die-with-parent
    _private_home(spec)
    if not spec["namespaces"]:
        _become(spec, command, deny_tcp=True)
    _enter_namespaces()
    first = os.fork()  # process 1 of the new pid namespace
    if first:
        _quiet()
        return _exit_code(os.waitpid(first, 0)[1])
    _libc.prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0)  # the namespace dies with its launcher
    _prepare_namespace(spec)
    command_pid = os.fork()
    if command_pid == 0:
        os.setsid()  # no terminal to push keystrokes into
        _become(spec, command, deny_tcp=False)
    _quiet()
    return _reap(command_pid)


def _private_home(spec: dict[str, Any]) -> None:
    """A HOME and TMPDIR the command can write (tools write caches and temporary files there)."""
    for name in ("HOME", "TMPDIR"):
        value = os.path.realpath(os.environ.get(name) or "/nonexistent")
        if not any(_inside(value, folder) for folder in spec["write"]):
            os.environ[name] = spec["scratch"]


def _enter_namespaces() -> None:
    uid, gid = os.getuid(), os.getgid()
    _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS), "unshare")
    # The same user inside: files keep their owners, and nothing maps to anyone else.
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"{uid} {uid} 1")
    _write("/proc/self/gid_map", f"{gid} {gid} 1")


def _prepare_namespace(spec: dict[str, Any]) -> None:
    _mount(None, "/", None, MS_REC | MS_PRIVATE)  # nothing mounted here shows outside
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    granted = [*spec["read"], *spec["write"]]
    for folder in spec["cover"]:
        _cover(folder, granted)
    os.chdir(os.getcwd())  # onto the bound copy, if the working folder was covered
    _loopback_up()


def _cover(folder: str, granted: list[str]) -> None:
    """An empty tmpfs over `folder`, with the granted paths inside it bound back in place."""
    inside = [path for path in granted if path != folder and _inside(path, folder) and os.path.exists(path)]
    inside = [path for path in inside if not any(other != path and _inside(path, other) for other in inside)]
    kept = [(path, os.open(path, os.O_PATH | os.O_CLOEXEC)) for path in sorted(set(inside))]
    _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777")
    for path, fd in kept:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            os.makedirs(path, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "a").close()
        _mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        os.close(fd)


def _loopback_up() -> None:
    """Tests may serve and connect on 127.0.0.1: the namespace's own, empty one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        flags = struct.unpack("16sH14x", fcntl.ioctl(sock, SIOCGIFFLAGS, struct.pack("16sH14x", b"lo", 0)))[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


def _become(spec: dict[str, Any], command: list[str], deny_tcp: bool) -> None:
    try:
        _drop_capabilities()
        rules = [(path, landlock.READ) for path in spec["read"]]
        rules += [(path, landlock.READ_WRITE) for path in spec["write"]]
        rules += [(path, landlock.DEVICE) for path in spec["devices"]]
        landlock.restrict(rules, deny_tcp)
        os.execvp(command[0], command)
    except OSError as error:
        print(f"greenfix sandbox: {error}", file=sys.stderr)
    os._exit(FAILED)


def _drop_capabilities() -> None:
    """None for the command, even as root: capabilities would get it past Landlock's ptrace check
    (reading other processes' environment) and the kernel's own limits."""
    try:
        with open("/proc/sys/kernel/cap_last_cap") as file:
            last = int(file.read())
    except (OSError, ValueError):
        last = 63
    for capability in range(last + 1):
        _libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0)  # fails without CAP_SETPCAP: then there are none
    _libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)


def _reap(command_pid: int) -> int:
    """As process 1: reap whatever is orphaned to us until the command ends (the kernel then
    kills the rest of the namespace)."""
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            return FAILED
        if pid == command_pid:
            return _exit_code(status)


def _exit_code(status: int) -> int:
    code = os.waitstatus_to_exitcode(status)
    return 128 - code if code < 0 else code


def _quiet() -> None:
    """Let go of the command's stdin and stdout: whoever reads them sees the command's end."""
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _mount(source: str | None, target: str, kind: str | None, flags: int, data: str | None = None) -> None:
    encoded = [value.encode() if value is not None else None for value in (source, target, kind, data)]
    _check(_libc.mount(encoded[0], encoded[1], encoded[2], ctypes.c_ulong(flags), encoded[3]), f"mount {target}")


def _write(path: str, text: str) -> None:
    with open(path, "w") as file:
        file.write(text)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except OSError as error:
        print(f"greenfix sandbox: {error}", file=sys.stderr)
        sys.exit(FAILED)
