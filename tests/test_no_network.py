"""No network (issue 8, point 3): the main scenarios run with sockets blocked, and nothing tries to connect anywhere.

Each scenario runs in a process of its own started with a ``sitecustomize`` (on ``PYTHONPATH``, so that every Python
process it starts has it too) that, before any of the program's code:
- installs an audit hook (``sys.addaudithook``) that records and refuses ``socket.connect``, ``socket.getaddrinfo``,
  ``socket.gethostbyname``, ``urllib.Request``, ``http.client.connect`` and the other events that reach for a network;
- replaces ``socket.socket.connect`` and ``connect_ex`` with functions that record and raise.
Every attempt is written to a file, so that one swallowed by an ``except`` is still seen; the test fails if the file
is not empty. The scenarios: the command line (tests/main_scenarios.py: deadlines, route, calendar, case new, generate,
package export/show/import, case list, report, case export/import, backup, restore), the window offscreen on the data
folder those left (``python -m kelisim gui`` with ``KELISIM_EXIT_AFTER_PAINT=register``), and ``kelisim --smoke``.

Qt's own C++ code does not pass through Python's sockets: where the machine allows it (root, ``unshare``), the window
is also opened inside a network namespace of its own (``unshare -n``: no interface but a loopback that is down), and,
with ``strace``, every ``connect()`` system call of the process and its threads is listed; an IPv4 or IPv6 one fails
the test. Where it is not allowed that part is skipped.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
TIMEOUT = 180

GUARD = r'''
"""Network guard for tests/test_no_network.py: records and refuses every attempt to reach a network."""
import os
import socket
import sys

_LOG = os.environ.get("KELISIM_NET_LOG", "")
_EVENTS = frozenset({
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto", "socket.sendmsg", "urllib.Request",
    "http.client.connect", "ftplib.connect", "smtplib.connect", "poplib.connect", "imaplib.open", "nntplib.connect",
    "telnetlib.Telnet.open",
})


def _note(what, args):
    try:
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(f"{what} {args!r} (pid {os.getpid()}, {' '.join(sys.argv)[:200]})\n")
    except Exception:
        pass


def _hook(event, args):
    if event in _EVENTS:
        _note(event, args)
        raise OSError(f"network blocked by the test ({event})")


def _blocked(self, *args, **kwargs):
    _note("socket.socket.connect", args)
    raise OSError("network blocked by the test (socket.socket.connect)")


if _LOG:
    sys.addaudithook(_hook)
    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked
'''


@pytest.fixture(scope="module")
def guard(tmp_path_factory):
    """(environment with the guard, the file of attempts)."""
    folder = tmp_path_factory.mktemp("guard")
    (folder / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = folder / "attempts.log"
    paths = [str(folder), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths), KELISIM_NET_LOG=str(log), QT_QPA_PLATFORM="offscreen",
               no_proxy="", http_proxy="", https_proxy="")
    env.pop("KELISIM_EXIT_AFTER_PAINT", None)
    return env, log


def run_guarded(guard, argv: list[str], **env) -> subprocess.CompletedProcess:
    base, log = guard
    if log.exists():
        log.unlink()
    proc = subprocess.run(argv, env={**base, **env}, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert attempts == "", f"{' '.join(argv[:4])} tried to reach a network:\n{attempts}"
    return proc


def test_the_guard_catches_an_attempt(guard):
    """The guard itself: a plain HTTP request and a raw socket are recorded and refused (the test can fail)."""
    base, log = guard
    if log.exists():
        log.unlink()
    code = ("import socket, urllib.request\n"
            "for attempt in (lambda: urllib.request.urlopen('http://192.0.2.1/', timeout=1),\n"
            "                lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
            "                lambda: socket.socket().connect(('192.0.2.1', 80)),\n"
            "                lambda: socket.socket().connect_ex(('192.0.2.1', 80)),\n"
            "                lambda: socket.getaddrinfo('example.org', 443)):\n"
            "    try:\n"
            "        attempt()\n"
            "    except OSError:\n"
            "        pass\n")
    proc = subprocess.run([sys.executable, "-c", code], env=base, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    attempts = log.read_text(encoding="utf-8")
    assert "urllib.Request" in attempts and "socket.getaddrinfo" in attempts
    assert attempts.count("socket.socket.connect (('192.0.2.1', 80),)") == 2


@pytest.fixture(scope="module")
def scenarios(guard, tmp_path_factory):
    """The command-line scenarios under the guard; their data folders stay for the window."""
    work = tmp_path_factory.mktemp("offline")
    proc = run_guarded(guard, [sys.executable, str(TESTS / "main_scenarios.py"), str(work)])
    assert proc.returncode == 0, proc.stderr[-3000:]
    return work


def test_command_line_scenarios_never_reach_a_network(scenarios):
    rural = scenarios / "rural"
    assert (rural / "kelisim.db").exists() and list((rural / "backups").glob("kelisim-backup-*.zip"))
    assert (scenarios / "masked.kelisim").exists() and list((scenarios / "reports").glob("*.xlsx"))


def _window_argv() -> list[str]:
    return [sys.executable, "-m", "kelisim", "gui"]


def test_the_window_never_reaches_a_network(guard, scenarios):
    proc = run_guarded(guard, _window_argv(), KELISIM_HOME=str(scenarios / "rural"),
                       KELISIM_EXIT_AFTER_PAINT="register")
    assert proc.returncode == 0, proc.stderr[-3000:]
    painted = [line.split() for line in proc.stdout.splitlines() if line.startswith("first-register-paint ")]
    assert painted and int(painted[0][2]) >= 1, proc.stdout


@pytest.mark.skipif(not (Path(__file__).parents[1] / "desktop" / "kelisim" / "smoke.py").exists(),
                    reason="kelisim --smoke is not there yet")
def test_the_smoke_test_never_reaches_a_network(guard, tmp_path):
    proc = run_guarded(guard, [sys.executable, "-m", "kelisim", "--smoke"], KELISIM_HOME=str(tmp_path / "home"))
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert "Smoke test passed" in proc.stdout


def _can_unshare() -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _can_strace() -> bool:
    if shutil.which("strace") is None:
        return False
    try:
        return subprocess.run(["strace", "-qq", "-e", "trace=none", "true"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def test_the_window_works_without_any_network_interface(guard, scenarios, tmp_path):
    """In a network namespace of its own the window still opens and paints the register; with strace, no IPv4 or
    IPv6 connect() is even tried, by Python or by Qt."""
    if not _can_unshare():
        pytest.skip("unshare -n needs root (or user namespaces) on this machine")
    argv = ["unshare", "-n"]
    trace = tmp_path / "connect.trace"
    if _can_strace():
        argv += ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
    proc = run_guarded(guard, argv + _window_argv(), KELISIM_HOME=str(scenarios / "rural"),
                       KELISIM_EXIT_AFTER_PAINT="register")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert any(line.startswith("first-register-paint ") for line in proc.stdout.splitlines()), proc.stdout
    if trace.exists():
        calls = trace.read_text(encoding="utf-8", errors="replace").splitlines()
        inet = [line for line in calls if "AF_INET" in line]  # AF_INET and AF_INET6
        assert inet == [], "\n".join(inet[:20])
