"""Exports never hand a spreadsheet a live formula (OWASP CSV injection); numbers stay numbers."""
import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from ds_tracker.exports import csv_response, workbook
from ds_tracker.extensions import db
from ds_tracker.services import SYSTEM, actions

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)"]


def _hostile_actions(world):
    for text in HOSTILE:
        actions.create_action(SYSTEM, text=text, owner=world.momd, recommendation=world.rec, due_on=date(2025, 6, 1))
    db.session.commit()


def test_csv_export_neutralises_formulas(client, world, login_as):
    _hostile_actions(world)
    login_as("co_chair")
    body = client.get("/actions/export.csv?status=all").get_data(as_text=True).lstrip("\ufeff")
    texts = [row[0] for row in csv.reader(io.StringIO(body, newline=""))][1:]
    for text in HOSTILE:
        assert "'" + text in texts
    assert not any(t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)


@pytest.mark.parametrize("path", ["/actions/export.xlsx?status=all", "/forums/{jcf}/pack.xlsx"])
def test_xlsx_export_has_no_formula_cells(client, world, login_as, path):
    _hostile_actions(world)
    login_as("co_chair")
    response = client.get(path.format(jcf=world.jcf.id))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.value for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert "'" + HOSTILE[0] in texts


def test_xlsx_keeps_negative_numbers_as_numbers():
    data = workbook([("Figures", [("Name", lambda r: r[0]), ("Balance", lambda r: r[1])],
                      [("=cmd", -42), ("-3 families", -1.5)], None)])
    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows == [("'=cmd", -42), ("'-3 families", -1.5)]


def test_tab_and_carriage_return_starts_are_neutralised_too(app):
    columns = [("Text", lambda r: r)]
    with app.test_request_context():
        body = csv_response(["\tcmd", "\rcmd", "plain"], columns, "x").get_data(as_text=True).lstrip("\ufeff")
    assert [r[0] for r in csv.reader(io.StringIO(body, newline=""))][1:] == ["'\tcmd", "'\rcmd", "plain"]
    sheet = load_workbook(io.BytesIO(workbook([("T", columns, ["\tcmd", "=1+1"], None)]))).active
    assert [c.value for c in sheet["A"]][1:] == ["'\tcmd", "'=1+1"]
