"""``eventwire serve``: the web pages and the JSON API over a store (see ``eventwire.web``)."""

from __future__ import annotations

import errno
import socket
from pathlib import Path
from typing import Optional

import typer

from ..errors import StoreError, StoreLockedError
from ..store import DEFAULT_DB
from .common import EXIT_ENV, EXIT_OK, EXIT_USAGE, stderr


def command(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", metavar="FILE",
                            help=f"The DuckDB store (default: {DEFAULT_DB} in the current folder)."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDR",
                             help="Address to listen on. Anything beyond loopback (e.g. 0.0.0.0) is reachable "
                                  "from other machines: writes are then off unless a token is set."),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, metavar="N", help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar="EVENTWIRE_TOKEN", metavar="TOKEN",
                                        help="Secret that writes (POST /api/ingest) must send as "
                                             "'Authorization: Bearer TOKEN'. Prefer the EVENTWIRE_TOKEN "
                                             "variable: a command line is visible to other users."),
    read_only: bool = typer.Option(False, "--read-only", help="No writes at all, even on loopback."),
    max_body_mb: float = typer.Option(2.0, "--max-body-mb", min=0.001, metavar="MB",
                                      help="Largest request body accepted (413 beyond)."),
) -> None:
    """Serve the events as web pages and a JSON API (OpenAPI schema at /openapi.json).

    Pages: /events (filterable table), /articles/ID (annotated article), /dyad, /network,
    /map, /try (paste an article and see it coded).  Binds to 127.0.0.1 unless --host says
    otherwise.  Writes (POST /api/ingest) need --token (or EVENTWIRE_TOKEN) when it is set,
    and always when listening beyond loopback; without one there, writes are off.

    Examples:

      eventwire serve --db events.duckdb

      EVENTWIRE_TOKEN=s3cret eventwire serve --db events.duckdb --host 0.0.0.0 --port 8080
    """
    err = stderr()
    try:
        import uvicorn

        from ..web.app import create_app, is_loopback
    except ImportError as exc:  # pragma: no cover - the web extras missing
        err.print(f"eventwire: error: the web server needs the package {exc.name!r}, which is not installed", markup=False)
        raise typer.Exit(EXIT_ENV) from None

    loopback = is_loopback(host)
    writes = not read_only and (loopback or bool(token))
    if not loopback and not token and not read_only:
        err.print(f"eventwire: warning: listening on {host}, beyond loopback, without a token: writes "
                  "(POST /api/ingest) are off. Set EVENTWIRE_TOKEN (or --token) to accept them.", markup=False)
    if not db.exists() and not writes:
        err.print(f"eventwire: error: no store at {db} (create one with: eventwire ingest PATH --db {db})", markup=False)
        raise typer.Exit(EXIT_USAGE)
    if not db.exists():
        err.print(f"eventwire: note: no store at {db}: starting with an empty one "
                  "(fill it with eventwire ingest, or POST /api/ingest)", markup=False)
    try:
        app = create_app(db, host=host, token=token or None, writes=writes, max_body=int(max_body_mb * 1024 * 1024))
    except (StoreLockedError, StoreError) as exc:
        err.print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None

    try:
        sock = _bind(host, port)
    except OSError as exc:
        why = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
        err.print(f"eventwire: error: cannot listen on {host}:{port}: {why}", markup=False)
        raise typer.Exit(EXIT_ENV) from None
    shown = f"[{host}]" if ":" in host else host
    err.print(f"eventwire: serving {db} on http://{shown}:{sock.getsockname()[1]}/ "
              f"(writes {'on' + (', token required' if token else '') if writes else 'off'}; Ctrl-C stops)",
              markup=False)
    config = uvicorn.Config(app, log_level="warning", server_header=False, proxy_headers=False,
                            forwarded_allow_ips="", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    raise typer.Exit(EXIT_OK)


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (IPv4 or IPv6), bound before uvicorn starts so that a
    busy port is reported as an error rather than logged."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, addr = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(addr)
        sock.listen(2048)
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return sock


if __name__ == "__main__":  # pragma: no cover
    typer.run(command)
