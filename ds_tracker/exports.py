"""Lists as files: CSV (UTF-8 with a BOM, so Excel shows Arabic) and .xlsx (frozen header, filters, widths,
dates as dates). `columns` is a list of (header, function of a row)."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime

from flask import Response

from .message import label

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text a spreadsheet would read as a formula gets a leading apostrophe (OWASP CSV injection): an
    action's text typed as =HYPERLINK(...) must stay text in the co-chair's Excel. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _plain(value):
    if value is None:
        return ""
    if hasattr(value, "value") and not isinstance(value, (date, datetime)):
        return neutralise(str(label(value)))  # status words in the reader's language
    return neutralise(value)


def csv_response(rows, columns, filename: str) -> Response:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([neutralise(str(h)) for h, _ in columns])
    for row in rows:
        writer.writerow([_csv_value(_plain(get(row))) for _, get in columns])
    return Response(out.getvalue().encode("utf-8"), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename={filename}.csv"})


def _local(value: datetime) -> datetime:
    """A stored (UTC) time as people read it: Baghdad time, without a zone (spreadsheets have none)."""
    from .status import BAGHDAD
    if value.tzinfo is None:
        return value
    return value.astimezone(BAGHDAD).replace(tzinfo=None)


def _csv_value(value):
    if isinstance(value, datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def workbook(sheets) -> bytes:
    """sheets: [(title, columns, rows, widths)] -> .xlsx bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    wb = Workbook(write_only=True)
    from flask_babel import get_locale
    right_to_left = str(get_locale() or "en") == "ar"
    for title, columns, rows, widths in sheets:
        ws = wb.create_sheet(str(title)[:31])
        ws.sheet_view.rightToLeft = right_to_left  # an Arabic reader's sheet reads from the right
        for i, width in enumerate(widths or [18] * len(columns), start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        header = []
        from openpyxl.cell import WriteOnlyCell
        for h, _ in columns:
            cell = WriteOnlyCell(ws, value=neutralise(str(h)))
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        count = 0
        for row in rows:
            values = []
            for _, get in columns:
                value = _plain(get(row))
                if isinstance(value, date) and not isinstance(value, datetime):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = "yyyy-mm-dd"
                    values.append(cell)
                elif isinstance(value, datetime):
                    cell = WriteOnlyCell(ws, value=_local(value))
                    cell.number_format = "yyyy-mm-dd hh:mm"
                    values.append(cell)
                elif isinstance(value, str):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.data_type = "s"   # never a formula, whatever the text starts with
                    values.append(cell)
                else:
                    values.append(value)
            ws.append(values)
            count += 1
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def xlsx_response(rows, columns, filename: str, title: str, widths=None) -> Response:
    return Response(workbook([(title, columns, rows, widths)]), mimetype=XLSX,
                    headers={"Content-Disposition": f"attachment; filename={filename}.xlsx"})


def respond(fmt: str, rows, columns, filename: str, title: str, widths=None) -> Response:
    if fmt == "xlsx":
        return xlsx_response(rows, columns, filename, title, widths)
    return csv_response(rows, columns, filename)
