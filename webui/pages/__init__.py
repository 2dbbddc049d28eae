"""HTML pages; their templates live beside them in ``pages/templates``."""
from flask import Blueprint

bp = Blueprint("pages", __name__, template_folder="templates")

from webui.pages import routes  # noqa: E402,F401  (registers the views on bp)
