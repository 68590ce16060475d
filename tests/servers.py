"""Real triple-store servers on free loopback ports, for tests and benchmarks: Oxigraph server (PyPI `oxigraph`,
`oxigraph serve`) and Virtuoso 7 (Debian `virtuoso-opensource`, `virtuoso-t`). Each runs on a temporary database
and is stopped (its process only) when done.

    with oxigraph_server(tmp) as srv:   # srv.location is what `kgqa --store` takes
        ...
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO_USER = "kgqa"
VIRTUOSO_PASSWORD = "kgqa-test-secret"
DBA_PASSWORD = "dba-test-secret"
VIRTUOSO_VAD = "/usr/share/virtuoso-opensource-7/vad"
VIRTUOSO_VSP = "/var/lib/virtuoso-opensource-7/vsp"


@contextlib.contextmanager
def environ(env: dict[str, str]) -> Iterator[None]:
    """These environment variables set for the block (a server's `env`), the old values back after it."""
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dataclass
class Server:
    """A running store server: its `kgqa --store` location, the environment kgqa needs for it, its process."""

    name: str
    location: str
    env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    pids: list[int] = field(default_factory=list)

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    """The `oxigraph` command (PyPI package `oxigraph`) beside this Python, or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def virtuoso_binary() -> str | None:
    """The Virtuoso server (`virtuoso-t`) and its SQL client (`isql-vt`), when both are installed."""
    exe = shutil.which("virtuoso-t")
    return exe if exe and shutil.which("isql-vt") else None


def _wait_http(url: str, proc: subprocess.Popen, seconds: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers (an error status is still an answer)
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} after {seconds:.0f} s")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)


@contextlib.contextmanager
def oxigraph_server(workdir: Path, union: bool = False, port: int | None = None) -> Iterator[Server]:
    """`oxigraph serve` on a fresh directory (with --union-default-graph when `union`)."""
    exe = oxigraph_binary()
    if exe is None:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    port = port or free_port()
    data = workdir / f"oxigraph-{port}"
    data.mkdir(parents=True, exist_ok=True)
    cmd = [exe, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"] + (
        ["--union-default-graph"] if union else []
    )
    log = workdir / f"oxigraph-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_http(url + "/query?query=ASK%7B%7D", proc, 30, log)
        yield Server(
            "oxigraph-union" if union else "oxigraph", url + "/query", {"KGQA_STORE_UPDATE_URL": url + "/update"}, proc
        )
    finally:
        _stop(proc)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}, {vad}
VADInstallDir = {vad}/
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 4

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {vsp}
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 120
"""


def _isql(sql_port: int, password: str, statements: str, timeout: float = 120) -> None:
    res = subprocess.run(
        ["isql-vt", f"127.0.0.1:{sql_port}", "dba", password],
        input=statements,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if res.returncode != 0 or "*** Error" in res.stdout + res.stderr:
        raise RuntimeError(f"isql-vt failed: {(res.stdout + res.stderr)[-1500:]}")


@contextlib.contextmanager
def virtuoso_server(workdir: Path, max_rows: int = 10000, buffers: int = 20000) -> Iterator[Server]:
    """Virtuoso 7 on a fresh database; a user `kgqa` with SPARQL_UPDATE; kgqa reaches it at /sparql-auth
    (digest auth, credentials in KGQA_STORE_USER / KGQA_STORE_PASSWORD). The server keeps its default row cap
    (ResultSetMaxRows = `max_rows`)."""
    exe = virtuoso_binary()
    if exe is None:
        raise RuntimeError("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    sql, http = free_port(), free_port()
    data = workdir / f"virtuoso-{http}"
    data.mkdir(parents=True, exist_ok=True)
    (data / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(
            d=data,
            sql=sql,
            http=http,
            vad=VIRTUOSO_VAD,
            vsp=VIRTUOSO_VSP,
            max_rows=max_rows,
            buffers=buffers,
            dirty=buffers * 3 // 4,
        )
    )
    log = data / "virtuoso.log"
    proc = subprocess.Popen(
        [exe, "+configfile", str(data / "virtuoso.ini"), "+foreground"],
        cwd=data,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http}"
    try:
        _wait_http(url + "/sparql?query=ASK%7B%7D", proc, 120, log)
        _isql(
            sql,
            "dba",
            f"""user_set_password('dba', '{DBA_PASSWORD}');
DB.DBA.USER_CREATE('{VIRTUOSO_USER}', '{VIRTUOSO_PASSWORD}');
GRANT SPARQL_UPDATE TO "{VIRTUOSO_USER}";
""",
        )
        yield Server(
            "virtuoso",
            url + "/sparql-auth",
            {"KGQA_STORE_USER": VIRTUOSO_USER, "KGQA_STORE_PASSWORD": VIRTUOSO_PASSWORD},
            proc,
        )
    finally:
        _stop(proc)


@contextlib.contextmanager
def start(kind: str, workdir: Path) -> Iterator[Server]:
    """Start a server by name: oxigraph, oxigraph-union, virtuoso."""
    if kind == "virtuoso":
        with virtuoso_server(workdir) as srv:
            yield srv
    else:
        with oxigraph_server(workdir, union=kind == "oxigraph-union") as srv:
            yield srv


def environ_with(srv: Server) -> dict[str, str]:
    """This process's environment plus what kgqa needs to reach `srv`."""
    return {**os.environ, "KGQA_STORE": srv.location, **srv.env}
