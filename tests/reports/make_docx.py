"""Writes workshop-hlp-2024-10.docx, a workshop report as Word exports it, with real tables.

Kept beside the .docx so the test report can be regenerated: `.venv/bin/python tests/reports/make_docx.py`.
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent


def main():
    doc = Document()
    doc.add_heading("Technical Workshop on Housing, Land and Property in Areas of Return", level=1)
    doc.add_paragraph("Erbil, 7–8 October 2024")
    doc.add_paragraph("Organised by the DS Technical Working Group with the Norwegian Refugee Council and UN-Habitat, "
                      "hosted by the Ministry of Migration and Displacement.")
    doc.add_heading("List of participants", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text, table.rows[0].cells[2].text = "Name", "Position", "Organisation"
    rows = [
        ("Government", None, None),
        ("Hamoudi Mahjoub", "Deputy Director General", "MoMD"),
        ("Raghad Assad Kadhim", "Legal Advisor", "Ministry of Environment"),
        ("Falah Noori Hameed", "Head of Compensation Unit", "Anbar Governor Office"),
        ("UN/NGOs", None, None),
        ("Jehat Mirkhan", "ICLA Coordinator", "NRC"),
        ("Aveen Karim", "Land Officer", "UN-Habitat"),
        ("Zaid Ghanim", "Senior Field Manager", "REACH"),
    ]
    for name, position, org in rows:
        cells = table.add_row().cells
        if position is None:
            merged = cells[0].merge(cells[2])
            merged.text = name
        else:
            cells[0].text, cells[1].text, cells[2].text = name, position, org
    doc.add_heading("Group work", level=2)
    doc.add_heading("Group 1: Property restitution", level=3)
    doc.add_paragraph("Challenges:")
    doc.add_paragraph("Many title deeds were destroyed during the conflict.", style="List Bullet")
    doc.add_paragraph("Recommendations:")
    doc.add_paragraph("Establish mobile property registration teams in Sinjar and Tal Afar.", style="List Bullet")
    doc.add_paragraph("Accept community attestations where title deeds are lost.", style="List Bullet")
    doc.add_heading("Group 2: Compensation", level=3)
    doc.add_paragraph("Recommendations:")
    doc.add_paragraph("Increase the staffing of compensation committees in Ninewa.", style="List Bullet")
    doc.add_heading("Action points", level=2)
    actions = doc.add_table(rows=1, cols=3)
    actions.rows[0].cells[0].text, actions.rows[0].cells[1].text, actions.rows[0].cells[2].text = \
        "Action", "Responsible", "Deadline"
    for text, who, when in [("Draft guidance on community attestations", "NRC", "30 November 2024"),
                            ("Share the list of compensation committee vacancies", "MoMD", "15/11/2024")]:
        cells = actions.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = text, who, when
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("The outcomes of the workshop will be submitted to the Council of Ministers.")
    doc.save(HERE / "workshop-hlp-2024-10.docx")


if __name__ == "__main__":
    main()
