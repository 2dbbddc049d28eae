"""The Server-Timing header (webui.request_timing): on, every response says where its time went; off, nothing
is installed and a phase costs nothing."""
from __future__ import annotations

import time

from flask import jsonify

from webui import create_app
from webui.request_timing import parse_server_timing, phase


def _app(on: bool):
    app = create_app(store_factory=lambda: None, config={"TESTING": True, "SERVER_TIMING": on})

    @app.get("/timed")
    def timed():
        for _ in range(3):  # a phase met several times is summed into one metric
            with phase("search"):
                time.sleep(0.002)
        with phase("hops"):
            pass
        return jsonify(ok=True)

    return app


def test_on_every_response_has_its_timings_and_phases():
    response = _app(True).test_client().get("/timed")
    metrics = parse_server_timing(response.headers["Server-Timing"])
    assert {"app", "cpu", "proc-cpu", "gc", "busy", "search", "search-cpu", "hops", "hops-cpu"} <= set(metrics)
    assert metrics["search"] >= 6.0 and metrics["app"] >= metrics["search"]
    assert metrics["busy"] == 0  # alone in the process
    assert list(response.headers["Server-Timing"].split(", ")).count("search;dur=" + f"{metrics['search']:.1f}") == 1
    health = _app(True).test_client().get("/api/health")
    assert "app;dur=" in health.headers["Server-Timing"]


def test_off_no_header_no_hook_and_a_phase_does_nothing():
    app = _app(False)
    response = app.test_client().get("/timed")
    assert response.status_code == 200 and "Server-Timing" not in response.headers
    hooks = [f.__name__ for f in app.before_request_funcs.get(None, [])]
    assert "_start" not in hooks
    with phase("search"):  # outside any request, and with timing off: nothing recorded, no error
        pass
