"""What keeps hostile article text inert in the browser: link schemes, bidi controls, response
headers, and the warning printed when the UI is bound beyond loopback.

Article fields (title, url, text) come from the open web. Jinja2 escapes them; this module adds
what escaping cannot do: a ``javascript:`` URL is valid HTML, and a U+202E in a title reverses
the text around it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Awaitable, Callable
from typing import Any

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

# Only these schemes become live links; anything else is shown as text.
SAFE_SCHEMES = ("http", "https")

# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): a title
# carrying them can reorder the page around it. Removed from everything displayed.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])

# Characters browsers drop or ignore in a URL before the scheme (C0 controls, space, DEL) or
# inside it (tab, newline): "java\tscript:" is still javascript: to the URL parser.
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")

# style-src allows inline styles (attributes the charts and Swagger UI set); scripts only from /static.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def safe_url(url: Any) -> str | None:
    """The URL if its scheme is http or https (after the browser's own clean-up), else None."""
    if not isinstance(url, str):
        return None
    cleaned = _URL_JUNK.sub("", url.translate(BIDI_CONTROLS))
    m = _SCHEME.match(cleaned)
    if m is None or m.group(1).lower() not in SAFE_SCHEMES or not cleaned[m.end():].startswith("//"):
        return None
    return url.strip()


def strip_bidi(value: Any) -> Any:
    """Jinja's finalize hook: every displayed string loses its bidi embedding/override controls.
    Markup (our own SVG) stays Markup: removing characters cannot create a tag."""
    if isinstance(value, str) and not value.isascii():
        cleaned = value.translate(BIDI_CONTROLS)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


async def add_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """HTTP middleware: the security headers on every response, errors and static files included."""
    response = await call_next(request)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str) -> str | None:
    """The warning `bilat serve` prints when it listens beyond this machine."""
    if is_loopback(host):
        return None
    return (f"warning: listening on {host}: the web UI and API have no authentication; anyone who can "
            f"reach this address can read the whole store. Bind to 127.0.0.1 unless that is intended.")
