"""``POST /api/export/xlsx``: a result table the browser shows, as an Excel workbook (openpyxl).

CSV and copying happen in the browser; Excel needs a real writer. The body is
``{"name": "...", "columns": [...], "rows": [[...], ...]}``, bounded in rows,
columns and cell length so that no request can make the server build a huge file.
"""
from __future__ import annotations

import io
import re

from flask import request, send_file

from webui.api import bp
from webui.errors import BadParameter

MAX_ROWS = 20_000
MAX_COLUMNS = 100
MAX_CELL = 32_767  # Excel's own limit per cell
# Characters XML 1.0 (and so openpyxl) refuses.
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value):
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = ILLEGAL.sub("", str(value))[:MAX_CELL]
    # A leading = + - @ would be read as a formula by Excel: keep it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _number(text) else text


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


@bp.post("/export/xlsx")
def export_xlsx():
    from openpyxl import Workbook

    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadParameter("the request body must be a JSON object with 'columns' and 'rows'")
    columns, rows = body.get("columns"), body.get("rows")
    if not isinstance(columns, list) or not columns or len(columns) > MAX_COLUMNS:
        raise BadParameter(f"parameter 'columns' must be a list of 1 to {MAX_COLUMNS} names")
    if not isinstance(rows, list) or len(rows) > MAX_ROWS or not all(isinstance(r, list) for r in rows):
        raise BadParameter(f"parameter 'rows' must be a list of at most {MAX_ROWS} lists")
    name = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", str(body.get("name") or "civkg"))[:60] or "civkg"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=name[:31])
    sheet.append([_cell(c) for c in columns])
    for row in rows:
        sheet.append([_cell(v) for v in row[:len(columns)]])
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    return send_file(out, as_attachment=True, download_name=f"{name}.xlsx",
                     mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
