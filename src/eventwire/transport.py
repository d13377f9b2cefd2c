"""A small HTTP transport for fetching feeds and pages, safe by default.

``Transport`` is the interface the feed reader uses (``get(url, headers) ->
Response``); ``HttpxTransport`` implements it with ``httpx``:

* only ``http``/``https`` URLs;
* hosts that resolve to private, loopback, link-local, reserved, multicast or
  otherwise non-global addresses are refused unless ``allow_private=True``.
  The check runs after DNS resolution for the first URL and for every redirect
  target, and again at connect time (the connection goes to the address that
  was checked, so DNS rebinding between check and connect does not help);
* timeouts for connect and read, plus a total time limit per response;
* a maximum response size, enforced while streaming (the download stops at
  the limit; ``Content-Length`` beyond it is refused before reading);
* redirects followed by hand, at most ``max_redirects`` (a loop is named);
* retries with exponential backoff on connection errors, 5xx and 429
  (``Retry-After`` is respected when it is small, otherwise we give up);
* a polite ``User-Agent``;
* conditional requests: the caller holds the validators (ETag /
  Last-Modified) per URL and passes them back with ``conditional_headers``;
  a ``304`` comes back as a ``Response`` whose ``not_modified`` is true.

Every failure is a ``FetchError`` with a one-line reason; any other status
than 2xx or 304 is a failure too ("HTTP 500 Internal Server Error").
"""

from __future__ import annotations

import email.utils
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Protocol, runtime_checkable

import httpx

from .errors import FetchError

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


def default_user_agent() -> str:
    from . import __version__

    return f"eventwire/{__version__} (+https://github.com/eventwire)"


# --------------------------------------------------------------------------- responses


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched response: the final URL (after redirects), status, headers (lower-case names), body."""

    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    def validators(self) -> dict[str, str]:
        """ETag / Last-Modified of this response, to keep for the next conditional request."""
        out = {}
        if self.headers.get("etag"):
            out["etag"] = self.headers["etag"]
        if self.headers.get("last-modified"):
            out["last_modified"] = self.headers["last-modified"]
        return out


def conditional_headers(validators: Mapping[str, str] | None) -> dict[str, str]:
    """Request headers for a conditional GET from validators kept by ``Response.validators``."""
    if not validators:
        return {}
    out = {}
    if validators.get("etag"):
        out["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        out["If-Modified-Since"] = validators["last_modified"]
    return out


@runtime_checkable
class Transport(Protocol):
    """What the feed reader needs from HTTP: one GET, a ``Response`` or a ``FetchError``."""

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response: ...


# --------------------------------------------------------------------------- address checks


def is_public_address(address: str) -> bool:
    """True when an IP address is globally routable (not private, loopback, link-local, reserved...)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            ip = mapped
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
        or ip.is_multicast or ip.is_unspecified
    )


def resolve(host: str, port: int) -> list[str]:
    """The addresses a host name resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    out: list[str] = []
    for info in infos:
        addr = str(info[4][0])
        if addr not in out:
            out.append(addr)
    if not out:
        raise FetchError(f"cannot resolve host {host!r}")
    return out


def check_addresses(host: str, addresses: Iterable[str]) -> None:
    bad = [a for a in addresses if not is_public_address(a)]
    if bad:
        raise PrivateAddressError(
            f"refused: host {host!r} resolves to a private or reserved address ({bad[0]}); "
            "pass allow_private (--allow-private) to fetch from it"
        )


class PrivateAddressError(FetchError):
    """The URL's host is (or resolves to) an address that is not public."""


class _GuardedBackend:
    """httpcore network backend that connects only to addresses it has checked."""

    def __init__(self, allow_private: bool):
        import httpcore

        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        import httpcore

        addresses = resolve(host, port)
        if not self._allow_private:
            check_addresses(host, addresses)
        last: Exception | None = None
        for addr in addresses:
            try:
                return self._inner.connect_tcp(addr, port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        raise FetchError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:  # pragma: no cover
        time.sleep(seconds)


def _guarded_httpx_transport(allow_private: bool) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(trust_env=False, retries=0)
    pool = getattr(transport, "_pool", None)
    if pool is not None and hasattr(pool, "_network_backend"):
        pool._network_backend = _GuardedBackend(allow_private)
    return transport


# --------------------------------------------------------------------------- the httpx transport


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class HttpxTransport:
    """``Transport`` over ``httpx.Client``.  Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 20.0,
        total_timeout: float = 60.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        retries: int = 2,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        max_retry_after: float = 60.0,
        allow_private: bool = False,
        user_agent: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        client: httpx.Client | None = None,
    ):
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.total_timeout = total_timeout
        self.allow_private = allow_private
        self._sleep = sleep
        self._client = client or httpx.Client(
            transport=_guarded_httpx_transport(allow_private),
            timeout=httpx.Timeout(connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": user_agent or default_user_agent()},
        )

    # context manager -------------------------------------------------------
    def __enter__(self) -> "HttpxTransport":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # the interface ---------------------------------------------------------
    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        seen: list[str] = []
        current = url
        while True:
            target = self._check_url(current)
            seen.append(target)
            response = self._get_with_retries(target, headers)
            if response.status not in _REDIRECTS:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without a Location header")
            try:
                nxt = str(httpx.URL(target).join(location).copy_with(fragment=None))
            except (httpx.InvalidURL, ValueError) as exc:
                raise FetchError(f"redirect to an invalid URL {location!r}") from exc
            if nxt in seen:
                raise FetchError(f"redirect loop ({' -> '.join(seen[seen.index(nxt):] + [nxt])})")
            if len(seen) > self.max_redirects:
                raise FetchError(f"too many redirects (more than {self.max_redirects})")
            current = nxt

    # internals -------------------------------------------------------------
    def _check_url(self, url: str) -> str:
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(f"invalid URL {url!r}") from exc
        if parsed.scheme not in ("http", "https"):
            raise FetchError(f"only http and https URLs are fetched, not {parsed.scheme or 'a relative URL'!r}")
        if not parsed.host:
            raise FetchError(f"URL without a host: {url!r}")
        if parsed.userinfo:
            raise FetchError("URLs with credentials are not fetched")
        if not self.allow_private:
            port = parsed.port or (443 if parsed.scheme == "https" else 80)
            check_addresses(parsed.host, resolve(parsed.host, port))
        return str(parsed.copy_with(fragment=None))

    def _get_with_retries(self, url: str, headers: Mapping[str, str] | None) -> Response:
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers)
            except _Retry as retry:
                if attempt >= self.retries:
                    raise FetchError(retry.reason) from None
                if retry.wait is not None and retry.wait > self.max_retry_after:
                    raise FetchError(f"{retry.reason} (server asks to retry after {retry.wait:.0f} s)") from None
                wait = retry.wait if retry.wait is not None else min(self.backoff * (2 ** attempt), self.max_backoff)
                self._sleep(max(wait, 0.0))
                attempt += 1

    def _get_once(self, url: str, headers: Mapping[str, str] | None) -> Response:
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=dict(headers or {})) as r:
                status = r.status_code
                hdrs = {k.lower(): v for k, v in r.headers.items()}
                if status == 429 or 500 <= status < 600:
                    raise _Retry(f"HTTP {status} {r.reason_phrase}".strip(), _retry_after(hdrs.get("retry-after")))
                if status in _REDIRECTS or status == 304:
                    return Response(str(r.url), status, hdrs, b"")
                if not 200 <= status < 300:
                    raise FetchError(f"HTTP {status} {r.reason_phrase}".strip())
                declared = hdrs.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"larger than {self.max_bytes} bytes (Content-Length {declared})")
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"larger than {self.max_bytes} bytes")
                    if time.monotonic() - started > self.total_timeout:
                        raise FetchError(f"timed out (response took longer than {self.total_timeout:g} s)")
                    chunks.append(chunk)
                return Response(str(r.url), status, hdrs, b"".join(chunks))
        except httpx.TimeoutException as exc:
            if isinstance(exc, httpx.ConnectTimeout):
                raise _Retry("timed out connecting") from None
            raise FetchError(f"timed out ({_kind(exc)})") from None
        except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError) as exc:
            raise _Retry(f"connection failed: {exc or type(exc).__name__}") from None
        except httpx.DecodingError as exc:
            raise FetchError(f"cannot decode the response body: {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"HTTP error: {exc or type(exc).__name__}") from None


def _kind(exc: httpx.TimeoutException) -> str:
    return {
        httpx.ReadTimeout: "no data from the server within the read timeout",
        httpx.WriteTimeout: "write timeout",
        httpx.PoolTimeout: "no free connection",
    }.get(type(exc), type(exc).__name__)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


__all__ = [
    "Transport",
    "Response",
    "HttpxTransport",
    "PrivateAddressError",
    "conditional_headers",
    "is_public_address",
    "default_user_agent",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_REDIRECTS",
]
