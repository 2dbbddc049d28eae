"""JSON API under ``/api``, described by ``/api/openapi.json``."""
from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api")

from webui.api import exports, routes  # noqa: E402,F401  (registers the views on bp)
