"""Landlock (Linux 5.13+): a process restricts what it and everything it starts may do
to files, TCP ports and processes outside it, without privileges.

Standard library only: the launcher (landlock_launch.py) loads this file by path.

Three system calls, through ctypes rather than a PyPI package: their interface is a
stable kernel ABI (new features come as new bits, detected by asking for the ABI
version), the PyPI bindings we found are young single-maintainer projects, and the
launcher must run without anything installed next to it.
"""

from __future__ import annotations

import ctypes
import os
import stat
import struct
import sys
from collections.abc import Iterable

# The same numbers on every architecture (they were added after the tables were unified).
_CREATE_RULESET, _ADD_RULE, _RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38

# Filesystem rights, by the ABI version that introduced them.
EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
REMOVE_DIR, REMOVE_FILE, MAKE_CHAR, MAKE_DIR, MAKE_REG = 1 << 4, 1 << 5, 1 << 6, 1 << 7, 1 << 8
MAKE_SOCK, MAKE_FIFO, MAKE_BLOCK, MAKE_SYM = 1 << 9, 1 << 10, 1 << 11, 1 << 12
REFER = 1 << 13  # ABI 2: moving and linking between folders
TRUNCATE = 1 << 14  # ABI 3
IOCTL_DEV = 1 << 15  # ABI 5
_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1, 5: (1 << 16) - 1}
# Rights that apply to a file (the others only to folders).
_FILE_RIGHTS = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1  # ABI 4
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1  # ABI 6

READ = EXECUTE | READ_FILE | READ_DIR
READ_WRITE = (1 << 16) - 1  # every right, cut to what the ABI handles
DEVICE = READ_FILE | WRITE_FILE  # /dev/null and friends: no ioctl


def libc() -> ctypes.CDLL:
    """The C library, for system calls that set errno (read with `check`)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    return libc


def abi() -> int:
    """The Landlock ABI version this kernel offers; 0 when it has none (or it is switched off)."""
    if not sys.platform.startswith("linux"):
        return 0  # elsewhere the number may be another call, or kill the process (SIGSYS)
    try:
        version = libc().syscall(_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    except (OSError, AttributeError):
        return 0
    return max(int(version), 0)


def restrict(rules: Iterable[tuple[str, int]], deny_tcp: bool) -> int:
    """Restrict this process and all it starts from now on: only `rules` ((path, rights),
    missing paths skipped) allow file access; with `deny_tcp`, no TCP bind or connect at
    all; signals and abstract Unix sockets reach no process outside (where the ABI can).
    Returns the ABI used; OSError when Landlock is missing or refuses."""
    version = abi()
    if version < 1:
        raise OSError("Landlock is not available in this kernel (needs Linux 5.13+ with Landlock enabled)")
    c = libc()
    handled_fs = _FS_BY_ABI.get(version, _FS_BY_ABI[5])
    handled_net = NET_BIND_TCP | NET_CONNECT_TCP if deny_tcp and version >= 4 else 0
    scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if version >= 6 else 0
    # The full struct: older kernels accept it as long as the fields they do not know are zero.
    attr = ctypes.create_string_buffer(struct.pack("=QQQ", handled_fs, handled_net, scoped))
    ruleset = check(c.syscall(_CREATE_RULESET, attr, ctypes.c_size_t(24), ctypes.c_uint32(0)), "create a Landlock ruleset")
    try:
        for path, rights in rules:
            _add_path_rule(c, ruleset, path, rights & handled_fs)
        # Without this a process could gain privileges (setuid programs) the ruleset knows nothing of.
        check(c.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "set no_new_privs")
        check(c.syscall(_RESTRICT_SELF, ruleset, ctypes.c_uint32(0)), "restrict itself with Landlock")
    finally:
        os.close(ruleset)
    return version


def _add_path_rule(c: ctypes.CDLL, ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except FileNotFoundError:
        return
    try:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            rights &= _FILE_RIGHTS
        if not rights:
            return
        rule = ctypes.create_string_buffer(struct.pack("=Qi", rights, fd))  # packed, as the kernel's
        check(c.syscall(_ADD_RULE, ruleset, _RULE_PATH_BENEATH, rule, ctypes.c_uint32(0)), f"allow {path} under Landlock")
    finally:
        os.close(fd)


def check(result: int, what: str) -> int:
    """`result` of a libc call, or OSError saying what could not be done, and why."""
    if result < 0:
        error = ctypes.get_errno()
        raise OSError(error, f"could not {what}: {os.strerror(error)}")
    return result
