"""Schemathesis against /openapi.json (issue 15): generated requests, valid and invalid, to every
route in the schema (JSON API and HTML pages), in-process. Bounded and deterministic: a few
examples per operation and mode, derandomized, so it takes seconds.

Checked on every response: no 5xx, a documented status and content type, a body that conforms to
the route's response schema (the typed models), and invalid input refused with a 4xx."""

from __future__ import annotations

import atexit
import tempfile

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from webstore import build

from bilat.web.app import create_app

MAX_EXAMPLES = 8


def _schema() -> schemathesis.BaseSchema:
    # schemathesis parametrizes at collection time, so the store is built then, in a temporary
    # folder removed when the session ends
    tmp = tempfile.TemporaryDirectory(prefix="bilat-schemathesis-")
    atexit.register(tmp.cleanup)
    path = f"{tmp.name}/api.db"
    build(path)
    loaded = schemathesis.openapi.from_asgi("/openapi.json", create_app(path))
    loaded.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True,
                                    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
    return loaded


schema = _schema()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_and_never_fails(case):
    response = case.call_and_validate()
    assert response.status_code < 500, (case.path, response.status_code)
