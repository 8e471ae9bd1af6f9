"""A PDF's bullet drawn in a font that maps it to no letter comes out as "(cid:127)", set apart from its item: the
item is a list item, not a table row of a glyph and a name, and no "(cid:…)" reaches the draft."""
import io

from ds_tracker.importer import parse
from ds_tracker.importer.files import read_bytes


def _pdf(lines) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    styles = getSampleStyleSheet()
    story = []
    for kind, text in lines:
        if kind == "h":
            story.append(Paragraph(text, styles["Heading2"]))
        elif kind == "b":
            story.append(Paragraph(text, styles["BodyText"], bulletText="\u2022"))
        else:
            story.append(Paragraph(text, styles["BodyText"]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def test_glyph_bullets_are_list_items():
    data = _pdf([("h", "Health working group meeting"), ("p", "Date: 4 June 2024"), ("h", "Attendees"),
                 ("b", "Nadia Rahim, WHO"), ("b", "Karim Saleh, UNICEF"), ("b", "Joan Miles, IRC"),
                 ("h", "Action points"), ("b", "WHO to share the cholera plan by 11 June 2024."),
                 ("b", "UNICEF to map the water points by 18 June 2024.")])
    text, _warnings = read_bytes(data, "minutes.pdf")
    assert "(cid:" not in text and "\t" not in text
    draft = parse(text)
    assert [(p["name"], p["organisation"]) for p in draft["participants"]] == [
        ("Nadia Rahim", "WHO"), ("Karim Saleh", "UNICEF"), ("Joan Miles", "International Rescue Committee")]
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("WHO", "2024-06-11"), ("UNICEF", "2024-06-18")]
