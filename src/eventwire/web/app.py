"""``eventwire serve``: the JSON API and the web pages over a store.

``create_app(db, ...)`` builds the FastAPI application; ``eventwire serve`` runs it with uvicorn.

API (OpenAPI schema at ``/openapi.json``)::

    GET  /api/events              event records (or ``merged=true``: merged events), filtered, paged
    GET  /api/events/{id}         one event record with its evidence and the other reports of it
    GET  /api/articles/{id}       one article as its eventwire/1 record
    GET  /api/actors              actors with their event counts
    GET  /api/dyad                a dyad's time series: Goldstein sum, quad-class counts per day or week
    GET  /api/network             who acts on whom (nodes, edges per quad class)
    GET  /api/map                 event places and events per country
    GET  /api/stats               what the store holds; whether writes are on
    POST /api/code                code a pasted article, store nothing
    POST /api/ingest              code and store articles (writes: see below)

Filters (``from``, ``to``, ``country``, ``dyad``, ``type``, ``factuality``, ``actor``,
``search``, ``min_confidence``) mean what ``eventwire query``'s options mean; factuality defaults to asserted and
reported, ``factuality=all`` selects every one.

Pages: ``/events`` (filterable table), ``/events/{id}`` (evidence), ``/articles/{id}``,
``/dyad``, ``/network``, ``/map``, ``/try``.

Safety: the server binds to 127.0.0.1 unless told otherwise.  Writes (``POST /api/ingest``)
need the token (``Authorization: Bearer TOKEN`` or ``X-Eventwire-Token``) whenever one is set;
a server listening beyond loopback without a token has writes off.  On loopback the Host header
must name loopback (no DNS rebinding).  Request bodies over ``max_body`` bytes get 413.  Every
response carries a Content-Security-Policy that allows scripts, styles, images and requests
from the server itself only (no inline script, no eval); all article text is escaped.
"""

from __future__ import annotations

import datetime as dt
import hmac
import ipaddress
import json
import re
import threading
import urllib.parse
from contextlib import asynccontextmanager, contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field

from ..errors import EventwireError, StoreError, StoreLockedError
from ..records import FACTUALITY, RawDocument
from ..store import DEFAULT_FACTUALITY, Filters, Store
from . import queries
from .annotate import annotate, country_name, sentence_html

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_BODY = 2 * 1024 * 1024
MAX_PAGE = 500
MAX_OFFSET = 10**12   # far past any store; DuckDB's OFFSET is a 64-bit integer
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT")


def is_loopback(host: str) -> bool:
    """True when ``host`` (a name or address to bind to) is only reachable from this machine."""
    h = host.strip().strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def plotly_js() -> Path:
    """plotly.js as the pip-installed ``plotly`` package ships it (served at /static/vendor/plotly.min.js)."""
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


@lru_cache(maxsize=1)
def plotly_css() -> str:
    """plotly.js's own stylesheet, as a file.

    plotly.js normally inserts its CSS rules into a ``<style>`` element it creates, which a
    Content-Security-Policy without ``'unsafe-inline'`` styles forbids.  It skips that when the
    page holds an element with id ``plotly.js-style-global`` and class ``no-inline-styles``, and
    the page then brings the rules itself: these are the rules of the bundled plotly.min.js
    (its selector -> declarations table), read out of that file."""
    try:
        js = plotly_js().read_text(encoding="utf-8")
    except OSError:
        return ""
    start = js.find('{"X,X div":')
    if start < 0:
        return ""
    string = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*""")
    rules: list[str] = []
    i = start + 1
    while True:
        key = string.match(js, i)
        if not key or js[key.end():key.end() + 1] != ":":
            break
        val = string.match(js, key.end() + 1)
        if not val:
            break
        selector = key.group(1) if key.group(1) is not None else key.group(2)
        body = val.group(1) if val.group(1) is not None else val.group(2)
        selector = re.sub(r"^,", " ,", selector).replace("X", ".js-plotly-plot .plotly").replace("Y", ".plotly-notifier")
        rules.append(f"{selector}{{{body}}}")
        i = val.end()
        if js[i:i + 1] != ",":
            break
        i += 1
    return "\n".join(rules) + "\n"


@lru_cache(maxsize=1)
def plotly_style_ids() -> tuple[str, ...]:
    """Ids of the ``<style>`` elements plotly.min.js inserts when it loads unless an element with
    that id exists (MapLibre's stylesheet, unused here: no tile maps).  The chart pages hold an
    empty ``<meta>`` with each id, so nothing is inserted and the CSP has nothing to refuse."""
    try:
        js = plotly_js().read_text(encoding="utf-8")
    except OSError:
        return ()
    return tuple(dict.fromkeys(re.findall(
        r'if\(!document\.getElementById\("([0-9a-f]{32,64})"\)\)\{var \w+=document\.createElement\("style"\)', js)))


# --- filters -------------------------------------------------------------------------------------


class BadFilter(ValueError):
    pass


def _listed(values: list[str] | None) -> list[str]:
    return [p.strip() for v in (values or []) for p in str(v).split(",") if p.strip()]


def parse_filters(*, date_from: str | None = None, date_to: str | None = None, country: list[str] | None = None,
                  dyad: str | None = None, types: list[str] | None = None, factuality: list[str] | None = None,
                  actor: str | None = None, search: str | None = None, limit: int | None = 50,
                  offset: int = 0, min_confidence: str | float | None = None) -> Filters:
    """``Filters`` from request parameters (the same meaning as ``eventwire query``'s options);
    empty values mean no filter.  Raises ``BadFilter`` with a message for people."""
    def day(value: str | None, name: str) -> str | None:
        if not value or not value.strip():
            return None
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise BadFilter(f"{name}: {value!r} is not a date in YYYY-MM-DD form") from None

    pair = None
    if dyad and dyad.strip():
        src, sep, tgt = dyad.partition(":")
        if not sep or not src.strip() or not tgt.strip():
            raise BadFilter(f"dyad: {dyad!r} is not SOURCE:TARGET, e.g. IND:PAK")
        pair = (src.strip().upper(), tgt.strip().upper())
    facts: tuple[str, ...] | None = DEFAULT_FACTUALITY
    wanted = [f.lower() for f in _listed(factuality)]
    if wanted:
        if "all" in wanted:
            facts = None
        else:
            bad = [f for f in wanted if f not in FACTUALITY]
            if bad:
                raise BadFilter(f"factuality: {bad[0]!r} is not one of {', '.join(FACTUALITY)}, all")
            facts = tuple(dict.fromkeys(wanted))
    conf = None
    if min_confidence not in (None, ""):
        try:
            conf = float(min_confidence)
        except ValueError:
            raise BadFilter(f"min_confidence: {min_confidence!r} is not a number") from None
        if not 0.0 <= conf <= 1.0:
            raise BadFilter("min_confidence: must be between 0 and 1")
    if limit is not None and not 0 <= limit <= MAX_PAGE:
        raise BadFilter(f"limit: must be between 0 and {MAX_PAGE}")
    if not 0 <= offset <= MAX_OFFSET:
        raise BadFilter(f"offset: must be between 0 and {MAX_OFFSET}")
    return Filters(
        date_from=day(date_from, "from"), date_to=day(date_to, "to"),
        countries=tuple(c.upper() for c in _listed(country)), dyad=pair,
        plover=tuple(t.upper() for t in _listed(types)), factuality=facts,
        actor=(actor or "").strip() or None, search=(search or "").strip() or None,
        min_confidence=conf or None, limit=limit, offset=offset,
    )


def api_filters(
    date_from: str | None = Query(None, alias="from", description="Events dated on or after this day (YYYY-MM-DD)."),
    date_to: str | None = Query(None, alias="to", description="Events dated on or before this day (YYYY-MM-DD)."),
    country: list[str] = Query([], description="Source or target country, ISO alpha-3 (repeat or comma-separate)."),
    dyad: str | None = Query(None, description="Directed dyad SOURCE:TARGET, e.g. IND:PAK."),
    type: list[str] = Query([], description="PLOVER event type, e.g. ASSAULT (repeat or comma-separate)."),
    factuality: list[str] = Query([], description="asserted, negated, hypothetical, reported or all; "
                                                  "default asserted and reported."),
    actor: str | None = Query(None, description="Source or target actor name contains this (any case)."),
    search: str | None = Query(None, description="Evidence sentence or article text contains this (any case)."),
    min_confidence: float | None = Query(None, ge=0.0, le=1.0,
                                         description="Events the confidence model scored at least this (0-1)."),
    limit: int = Query(50, ge=0, le=MAX_PAGE, description="Page size."),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip (paging)."),
) -> Filters:
    try:
        return parse_filters(date_from=date_from, date_to=date_to, country=country, dyad=dyad, types=type,
                             factuality=factuality, actor=actor, search=search, limit=limit, offset=offset,
                             min_confidence=min_confidence)
    except BadFilter as exc:
        raise HTTPException(422, str(exc)) from None


def page_filters(request: Request, *, limit: int = 50) -> Filters:
    """``Filters`` from a page's query string (raises ``BadFilter``)."""
    qp = request.query_params
    try:
        offset = int(qp.get("offset") or 0)
    except ValueError:
        raise BadFilter("offset: not a number") from None
    return parse_filters(date_from=qp.get("from"), date_to=qp.get("to"), country=qp.getlist("country"),
                         dyad=qp.get("dyad"), types=qp.getlist("type"), factuality=qp.getlist("factuality"),
                         actor=qp.get("actor"), search=qp.get("search"), limit=limit, offset=offset,
                         min_confidence=qp.get("min_confidence"))


def filter_query(f: Filters, **extra: Any) -> str:
    """The query string that selects ``f`` (for links: paging, other views of the same filter)."""
    items: list[tuple[str, str]] = []
    if f.date_from:
        items.append(("from", f.date_from))
    if f.date_to:
        items.append(("to", f.date_to))
    if f.countries:
        items.append(("country", ",".join(f.countries)))
    if f.dyad:
        items.append(("dyad", f"{f.dyad[0]}:{f.dyad[1]}"))
    for t in f.plover:
        items.append(("type", t))
    if f.factuality is None:
        items.append(("factuality", "all"))
    elif tuple(f.factuality) != DEFAULT_FACTUALITY:
        items += [("factuality", x) for x in f.factuality]
    if f.actor:
        items.append(("actor", f.actor))
    if f.search:
        items.append(("search", f.search))
    if f.min_confidence:
        items.append(("min_confidence", f"{f.min_confidence:g}"))
    for k, v in extra.items():
        if v not in (None, "", 0):
            items.append((k, str(v)))
    return urllib.parse.urlencode(items)


# --- the store, shared by the request threads ----------------------------------------------------


class StoreAccess:
    """The store, opened read-only for the server's life; writes reopen it for writing, briefly.

    DuckDB connections are not shared across threads safely, so every use holds one lock.
    Reading stays possible for other processes (read-only opens share the file); a write
    needs the file to itself and answers 503 while another process has it open."""

    def __init__(self, path: Path, *, create: bool):
        self.path = Path(path)
        self.lock = threading.RLock()
        if not self.path.exists():
            if not create:
                raise StoreError(f"no store at {self.path} (create one with: eventwire ingest PATH --db {self.path})")
            Store(self.path).close()
        self._store: Store | None = Store(self.path, read_only=True)

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self.lock:
            if self._store is None:
                self._store = Store(self.path, read_only=True)
            try:
                yield self._store
            finally:
                # let other processes (an ingest) open the file between requests; reopened on next use
                self._store.release()

    @contextmanager
    def write(self) -> Iterator[Store]:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None
            try:
                with Store(self.path) as store:
                    yield store
            finally:
                try:
                    self._store = Store(self.path, read_only=True)
                except EventwireError:
                    self._store = None   # reopened on the next read

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None


# --- ASGI middleware -----------------------------------------------------------------------------


class _TooLarge(HTTPException):
    """Raised while reading a body past the limit; an HTTPException so that FastAPI's body
    parsing passes it on (and its exception handler answers 413) instead of calling it a 400."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body over {limit} bytes")


class Guard:
    """Security headers on every response, the request body limit (413), and on loopback the
    Host check against DNS rebinding (421)."""

    def __init__(self, app, *, max_body: int, allowed_hosts: tuple[str, ...] | None):
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        started = False

        async def send_secure(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        if self.allowed_hosts is not None:
            if _host_name(headers.get(b"host", b"").decode("latin-1")) not in self.allowed_hosts:
                return await _plain(send_secure, 421, "this server answers only to localhost / 127.0.0.1")
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                return await _plain(send_secure, 400, "bad Content-Length")
            if too_big:
                return await _plain(send_secure, 413, f"request body over {self.max_body} bytes")
        seen = 0

        async def receive_limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge(self.max_body)
            return message

        try:
            await self.app(scope, receive_limited, send_secure)
        except _TooLarge:
            if not started:
                await _plain(send_secure, 413, f"request body over {self.max_body} bytes")


def _host_name(host: str) -> str:
    """The name in a Host header, without the port: ``[::1]:8000`` -> ``::1``, ``localhost:80`` -> ``localhost``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.index("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


async def _plain(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


# --- request bodies ------------------------------------------------------------------------------


class CodeRequest(BaseModel):
    text: str = Field(..., description="The article: headline on the first line, then the body (plain text).")
    source: str = Field("<pasted>", description="Where it came from (kept in the record).")
    published: str | None = Field(None, description="Publication date YYYY-MM-DD, anchoring relative dates.")


class IngestRequest(BaseModel):
    documents: list[CodeRequest] = Field(..., description="Articles to code and store.", max_length=1000)


# --- the application -----------------------------------------------------------------------------


def create_app(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    token: str | None = None,
    writes: bool | None = None,
    coder: Any = None,
    max_body: int = DEFAULT_MAX_BODY,
    allowed_hosts: tuple[str, ...] | None | bool = True,
) -> FastAPI:
    """The web application over the store ``db``.

    ``host`` is the address the server listens on; it decides the defaults: on loopback writes
    are on (with ``token`` required when one is given) and the Host header must name loopback;
    beyond loopback writes are on only with a ``token``.  ``writes=False`` turns writes off;
    ``writes=True`` beyond loopback without a token raises ``ValueError``.  ``coder`` is an
    ``eventwire.Coder`` to use (default: one built on the first request that needs it).
    ``allowed_hosts``: Host header names to answer (``True``: loopback names when ``host`` is
    loopback, else any; ``None``: any)."""
    loopback = is_loopback(host)
    token = token or None
    if writes is None:
        writes = loopback or token is not None
    elif writes and not loopback and token is None:
        raise ValueError(f"refusing writes on {host}, beyond loopback, without a token")
    if allowed_hosts is True:
        allowed_hosts = LOOPBACK_NAMES if loopback else None
    elif allowed_hosts is False:
        allowed_hosts = None
    access = StoreAccess(Path(db), create=writes)
    coder_lock = threading.Lock()       # one coding at a time (a Coder is not meant to be shared by threads)
    coder_box: dict[str, Any] = {"coder": coder}

    @contextmanager
    def using_coder():
        with coder_lock:
            if coder_box["coder"] is None:
                from ..pipeline import Coder

                coder_box["coder"] = Coder()
            yield coder_box["coder"]

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        access.close()

    app = FastAPI(
        title="eventwire",
        version=_version(),
        description="Political event records (PLOVER/CAMEO) coded from news articles, with evidence. "
                    "Filters mean what `eventwire query`'s options mean.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.access = access
    app.state.writes = writes
    app.state.token = token
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=allowed_hosts)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(plotly_style_ids=plotly_style_ids, country_name=country_name, plover_types=PLOVER_TYPES,
                       factualities=FACTUALITY,
                       quad_names=queries.QUAD_NAMES, filter_query=filter_query)
    templates = Jinja2Templates(env=env)

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("writes", writes)
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def require_write(request: Request) -> None:
        if not writes:
            raise HTTPException(403, "writes are off: a server listening beyond loopback needs --token "
                                     "(or EVENTWIRE_TOKEN) to accept them")
        if token is not None:
            auth = request.headers.get("authorization", "")
            given = auth[7:].strip() if auth.lower().startswith("bearer ") else request.headers.get("x-eventwire-token", "")
            if not hmac.compare_digest(given.encode(), token.encode()):
                raise HTTPException(401, "a valid token is needed (Authorization: Bearer TOKEN)",
                                    headers={"WWW-Authenticate": "Bearer"})

    def require_json(request: Request) -> None:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise HTTPException(415, "send the body as application/json")

    # --- API ---------------------------------------------------------------------------------

    @app.get("/api/events", tags=["events"], summary="Event records, filtered and paged")
    def api_events(f: Filters = Depends(api_filters),
                   merged: bool = Query(False, description="Merged events (one per event reported by several "
                                                           "articles, with num_sources etc.) instead of records.")):
        with access.read() as store:
            total, rows = (queries.page_merged if merged else queries.page_events)(store, f)
        return {"total": total, "limit": f.limit, "offset": f.offset, "merged": merged, "events": rows}

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event record with its evidence")
    def api_event(event_id: str):
        with access.read() as store:
            ev = store.event(event_id)
            if ev is None:
                raise HTTPException(404, f"no event {event_id}")
            mentions = queries.mentions_of(store, ev["merged_id"])
        return {**ev, "evidence": _evidence(ev), "reports": [
            {"id": m["id"], "article_id": m["article_id"], "article_title": m["article_title"],
             "article_source": m["article_source"], "factuality": m["factuality"], "date": m["date"],
             "sentence_text": m["sentence_text"], "trigger_text": m["trigger_text"]} for m in mentions]}

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article as its eventwire/1 record")
    def api_article(article_id: str):
        with access.read() as store:
            rec = store.article(article_id)
        if rec is None:
            raise HTTPException(404, f"no article {article_id}")
        return rec

    @app.get("/api/actors", tags=["actors"], summary="Actors with their event counts")
    def api_actors(f: Filters = Depends(api_filters)):
        with access.read() as store:
            rows = store.actors_with_counts(f)
        return {"limit": f.limit, "offset": f.offset, "actors": rows}

    @app.get("/api/dyad", tags=["aggregates"], summary="A dyad's time series")
    def api_dyad(source: str = Query(..., description="Source country (ISO alpha-3), or part of an actor name "
                                                      "with kind=actor."),
                 target: str = Query(..., description="Target country, or part of an actor name."),
                 kind: str = Query("country", pattern="^(country|actor)$"),
                 by: str = Query("day", pattern="^(day|week)$"),
                 f: Filters = Depends(api_filters)):
        with access.read() as store:
            rows = queries.series(store, f, source=source, target=target, kind=kind, by=by)
        return {"source": source, "target": target, "kind": kind, "by": by, "series": rows}

    @app.get("/api/network", tags=["aggregates"], summary="Who acts on whom")
    def api_network(f: Filters = Depends(api_filters), max_edges: int = Query(120, ge=1, le=1000)):
        with access.read() as store:
            return queries.network(store, f, max_edges=max_edges)

    @app.get("/api/map", tags=["aggregates"], summary="Event places and events per country")
    def api_map(f: Filters = Depends(api_filters)):
        with access.read() as store:
            return queries.map_data(store, f)

    @app.get("/api/stats", tags=["store"], summary="What the store holds")
    def api_stats():
        with access.read() as store:
            cur = store.con.cursor()
            articles = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
            events = cur.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"articles": articles, "events": events, "writes": writes, "token_required": token is not None}

    @app.post("/api/code", tags=["coding"], summary="Code a pasted article (nothing is stored)",
              dependencies=[Depends(require_json)])
    def api_code(body: CodeRequest):
        with using_coder() as coder:
            return _code(coder, body).to_dict()

    @app.post("/api/ingest", tags=["store"], summary="Code and store articles (a write)",
              dependencies=[Depends(require_write), Depends(require_json)])
    def api_ingest(body: IngestRequest = Body(...)):
        from ..ingest import ingest_documents

        docs = [RawDocument(source=d.source, text=d.text, published=_day_or_none(d.published)) for d in body.documents]
        try:
            with using_coder() as coder, access.write() as store:
                stats = ingest_documents(coder, docs, store)
        except StoreLockedError as exc:
            raise HTTPException(503, str(exc)) from None
        return {**stats.as_dict(), "article_ids": stats.added_ids}

    # --- pages -------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/events", status_code=307)

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def vendor_plotly():
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"cache-control": "public, max-age=86400"})

    @app.get("/static/vendor/plotly.css", include_in_schema=False)
    def vendor_plotly_css():
        return Response(plotly_css(), media_type="text/css", headers={"cache-control": "public, max-age=86400"})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request):
        try:
            f = page_filters(request)
        except BadFilter as exc:
            return page(request, "events.html", 400, error=str(exc), f=Filters(limit=50), rows=[], total=0,
                        countries=[])
        with access.read() as store:
            total, rows = queries.page_merged(store, f)
            countries = queries.countries_present(store)
        return page(request, "events.html", f=f, rows=rows, total=total, countries=countries, view="events")

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        with access.read() as store:
            ev = store.event(event_id)
            mentions = queries.mentions_of(store, ev["merged_id"]) if ev else []
        if ev is None:
            return page(request, "error.html", 404, message=f"No event {event_id}.")
        reports = [{**m, "html": _sentence(m)} for m in mentions]
        return page(request, "event.html", ev=ev, evidence=_sentence(ev), reports=reports, view="events")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        with access.read() as store:
            rec = store.article(article_id)
        if rec is None:
            return page(request, "error.html", 404, message=f"No article {article_id}.")
        return page(request, "article.html", v=annotate(rec), stored=True, view="events")

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request):
        qp = request.query_params
        a, b = (qp.get("a") or "").strip(), (qp.get("b") or "").strip()
        kind = qp.get("kind") if qp.get("kind") in ("country", "actor") else "country"
        by = qp.get("by") if qp.get("by") in ("day", "week") else "week"
        try:
            f = page_filters(request, limit=None)
        except BadFilter as exc:
            return page(request, "dyad.html", 400, error=str(exc), a=a, b=b, kind=kind, by=by, data=None,
                        countries=[], f=Filters(), view="dyad")
        data = None
        with access.read() as store:
            countries = queries.countries_present(store)
            if a and b:
                ab = queries.series(store, f, source=a, target=b, kind=kind, by=by)
                ba = queries.series(store, f, source=b, target=a, kind=kind, by=by)
                data = {"a": a.upper() if kind == "country" else a, "b": b.upper() if kind == "country" else b,
                        "by": by, "ab": _jsonable(ab), "ba": _jsonable(ba)}
        return page(request, "dyad.html", a=a, b=b, kind=kind, by=by, data=data, countries=countries, f=f,
                    view="dyad")

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request):
        try:
            f = page_filters(request, limit=None)
        except BadFilter as exc:
            return page(request, "network.html", 400, error=str(exc), f=Filters(), data=None, countries=[],
                        view="network")
        with access.read() as store:
            data = queries.network(store, f)
            countries = queries.countries_present(store)
        return page(request, "network.html", f=f, data=_jsonable(data), countries=countries, view="network")

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        try:
            f = page_filters(request, limit=None)
        except BadFilter as exc:
            return page(request, "map.html", 400, error=str(exc), f=Filters(), data=None, countries=[],
                        view="map")
        with access.read() as store:
            data = queries.map_data(store, f)
            countries = queries.countries_present(store)
        return page(request, "map.html", f=f, data=_jsonable(data), countries=countries, view="map")

    @app.get("/try", response_class=HTMLResponse, include_in_schema=False)
    def try_page(request: Request):
        return page(request, "try.html", text="", published="", v=None, view="try")

    @app.post("/try", response_class=HTMLResponse, include_in_schema=False)
    async def try_post(request: Request):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
        form = urllib.parse.parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        text = (form.get("text") or [""])[0]
        published = (form.get("published") or [""])[0].strip()
        if not text.strip():
            return page(request, "try.html", 400, text=text, published=published, v=None,
                        error="Paste an article first.", view="try")
        from starlette.concurrency import run_in_threadpool

        body = CodeRequest(text=text, source="<pasted>", published=published or None)
        def code():
            with using_coder() as coder:
                return _code(coder, body)

        try:
            record = await run_in_threadpool(code)
        except HTTPException as exc:
            return page(request, "try.html", exc.status_code, text=text, published=published, v=None,
                        error=str(exc.detail), view="try")
        return page(request, "try.html", text=text, published=published, v=annotate(record.to_dict()), view="try")

    # after the routes, so that /static/vendor/plotly.min.js (from the plotly package) is found first
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


# --- helpers -------------------------------------------------------------------------------------


def _version() -> str:
    try:
        from .. import __version__

        return __version__
    except Exception:  # pragma: no cover
        return "0"


def _day_or_none(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise HTTPException(422, f"published: {value!r} is not a date in YYYY-MM-DD form") from None


def _code(coder, body: CodeRequest):
    from ..errors import InputError

    published = _day_or_none(body.published)
    if not body.text.strip():
        raise HTTPException(422, "text: nothing to code (empty article)")
    try:
        return coder.code_text(body.text, source=body.source or "<pasted>", published=published)
    except InputError as exc:
        raise HTTPException(422, f"{exc} ({exc.code})") from None


def _evidence(ev: dict[str, Any]) -> dict[str, Any]:
    s0 = ev.get("sentence_start")
    ts, te = ev.get("trigger_start"), ev.get("trigger_end")
    rel = [ts - s0, te - s0] if None not in (s0, ts, te) else None
    return {"sentence": ev.get("sentence_text"), "trigger": ev.get("trigger_text"), "trigger_in_sentence": rel,
            "article_id": ev.get("article_id"), "sentence_span": [ev.get("sentence_start"), ev.get("sentence_end")],
            "trigger_span": [ts, te]}


def _sentence(ev: dict[str, Any]):
    rel = _evidence(ev)["trigger_in_sentence"]
    return sentence_html(ev.get("sentence_text") or "", rel[0] if rel else None, rel[1] if rel else None,
                         ev.get("quad_class"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    return value


__all__ = ["create_app", "parse_filters", "filter_query", "is_loopback", "CSP", "DEFAULT_MAX_BODY"]
