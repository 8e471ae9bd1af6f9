"""Issue 12 §3: a forum's template is learnt from the reviewer's corrections and reads its next report."""
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.importer.parse import parse
from ds_tracker.importer.template import Template, learn
from ds_tracker.models import ReportDraft, TemplateRule, TrailEntry

from conftest import make_forum

# One secretariat's template: headings and table headers the parser does not know without help.
TEMPLATE = """# Monthly coordination meeting

Date: {date}
Location: {city}

## Those present

| Name | Entity | Job |
|---|---|---|
{people}

## Points raised

The forum reviewed the returns and the situation of the camps.

## Way forward agreed

| Point | Taken up by | Expected by |
|---|---|---|
{actions}

## Items for the higher level

{recommendations}
"""

REPORT_A = TEMPLATE.format(
    date="12 March 2025", city="Mosul",
    people="| Omar Khalid | MoMD | Director of the Ninewa branch |\n| Sara Ahmed | UNICEF | Child protection officer |",
    actions="| Share the list of families waiting for security clearance | MoMD | 30 March 2025 |\n"
            "| Organise a visit to the camp with the district office | UNICEF | 15 April 2025 |",
    recommendations="- Allocate compensation funds for destroyed houses in Sinjar district.\n"
                    "- Speed up civil documentation for returnees without identity papers.")
REPORT_B = TEMPLATE.format(
    date="9 April 2025", city="Mosul",
    people="| Layla Hassan | UNICEF | Education officer |\n| Karim Yousif | MoMD | Returns officer |\n"
           "| Huda Saleh | Ministry of Finance | Budget adviser |",
    actions="| Circulate the updated return intentions survey | UNICEF | 20 April 2025 |\n"
            "| Report on the compensation files sent to Baghdad | MoMD | 5 May 2025 |\n"
            "| Confirm the budget line for the returnee grants | Ministry of Finance | 30 May 2025 |",
    recommendations="- Open a mobile civil affairs office in Tal Afar for returnees.\n"
                    "- Restore electricity in the villages south of Mosul before the summer.\n"
                    "- Reopen the schools of Baaj district for the next school year.")


def _latest():
    return db.session.scalars(sa.select(ReportDraft).order_by(ReportDraft.id.desc())).first()


def _line(data, text):
    return next(h["line"] for h in data["structure"]["headings"] if h["text"] == text)


def _table(data, first_cell):
    return next(t["line"] for t in data["structure"]["tables"] if t["header"][0] == first_cell)


def test_a_corrected_template_reads_the_forums_next_report_without_correction(client, world, login_as):
    login_as("secretariat")
    client.post("/imports/new", data={"forum": world.jcf.id, "text": REPORT_A})
    draft = _latest()
    data = draft.data
    # without help the parser reads the people by the header's Name and Entity, but not their Job, and misses the
    # action table and the recommendations
    assert [(p["name"], p["position"]) for p in data["participants"]] == [("Omar Khalid", None), ("Sara Ahmed", None)]
    assert data["actions"] == [] and data["recommendations"] == []
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert "How the report was read" in page and f'name="heading-{_line(data, "Those present")}"' in page
    points = _table(data, "Point")
    people = _table(data, "Name")
    answer = client.post(f"/imports/{draft.id}/structure", data={
        f"heading-{_line(data, 'Those present')}": "participants",
        f"heading-{_line(data, 'Way forward agreed')}": "actions",
        f"heading-{_line(data, 'Items for the higher level')}": "recommendations",
        f"column-{points}-0": "action", f"column-{points}-1": "responsible", f"column-{points}-2": "deadline",
        f"column-{people}-2": "position"})
    assert answer.status_code == 302
    db.session.expire_all()
    data = db.session.get(ReportDraft, draft.id).data
    assert [(p["name"], p["position"]) for p in data["participants"]] == [
        ("Omar Khalid", "Director of the Ninewa branch"), ("Sara Ahmed", "Child protection officer")]
    assert [(a["owner"], a["due"]) for a in data["actions"]] == [("MoMD", "2025-03-30"), ("UNICEF", "2025-04-15")]
    assert len(data["recommendations"]) == 2 and data["commitments"] == []
    assert {c["op"] for c in data["corrections"]} == {"heading", "column"}
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert saved.status_code == 302
    rules = db.session.scalars(sa.select(TemplateRule).where(TemplateRule.forum_id == world.jcf.id)).all()
    assert {r.kind for r in rules} == {"heading", "columns"}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(TrailEntry)
                             .where(TrailEntry.record_type == "TemplateRule")) == len(rules)

    # report B of the same template: other people, dates and points, read right with no correction
    client.post("/imports/new", data={"forum": world.jcf.id, "text": REPORT_B})
    b = _latest().data
    assert [(p["name"], p["position"]) for p in b["participants"]] == [
        ("Layla Hassan", "Education officer"), ("Karim Yousif", "Returns officer"), ("Huda Saleh", "Budget adviser")]
    assert [(a["owner"], a["due"]) for a in b["actions"]] == [
        ("UNICEF", "2025-04-20"), ("MoMD", "2025-05-05"), ("Ministry of Finance", "2025-05-30")]
    assert len(b["recommendations"]) == 3 and b["commitments"] == []
    assert b["sittings"][0]["date"] == "2025-04-09" and b["template_rules"] == len(rules)
    assert "Read with" in client.get(f"/imports/{_latest().id}").get_data(as_text=True)

    # another forum's report of the same shape is not read with this forum's template
    client.post("/logout")
    login_as("dstf_member")
    answer = client.post("/imports/new", data={"forum": world.dstf.id, "text": REPORT_B})
    assert answer.status_code == 302, answer.get_data(as_text=True)[-3000:]
    other = _latest()
    assert other.forum_id == world.dstf.id
    assert other.data["actions"] == [] and "template_rules" not in other.data
    assert [p["position"] for p in other.data["participants"]] == [None, None, None]


def test_a_structure_choice_that_is_not_offered_is_refused_beside_it(client, world, login_as):
    login_as("secretariat")
    client.post("/imports/new", data={"forum": world.jcf.id, "text": REPORT_A})
    draft = _latest()
    line = _line(draft.data, "Those present")
    before = draft.data["participants"]
    answer = client.post(f"/imports/{draft.id}/structure", data={f"heading-{line}": "minutes"})
    assert answer.status_code == 422 and "Choose one of the sections offered." in answer.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(ReportDraft, draft.id).data["participants"] == before   # nothing half-written


def test_a_rows_kind_changed_under_a_heading_is_learnt_by_the_heading_not_by_its_words():
    report = "Minutes\n\nDate: 3 May 2025\n\nNEXT STEPS\n- The co-chairs will brief the governor on the returns.\n"
    draft = parse(report)
    row = draft["commitments"][0]
    draft["corrections"] = [{"op": "kind", "kind": "commitments", "item": "c1", "to": "actions", "line": row["line"]}]
    rules = learn(report, draft)
    assert rules == [("row", "under:next steps", {"from": "commitments", "to": "actions"})]
    other = "Minutes\n\nDate: 7 June 2025\n\nNEXT STEPS\n- IOM will share the camp closure plan with partners.\n"
    again = parse(other, template=Template.from_rules(rules))
    assert [a["text"] for a in again["actions"]] == ["IOM will share the camp closure plan with partners"] \
        or [a["text"] for a in again["actions"]] == ["IOM will share the camp closure plan with partners."]
    assert again["commitments"] == []


def test_the_structure_panel_shows_each_column_as_it_was_read(client, world, login_as):
    login_as("secretariat")
    client.post("/imports/new", data={"forum": world.jcf.id, "text": REPORT_A})
    draft = _latest()
    people = _table(draft.data, "Name")
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    first = page.split(f'name="column-{people}-0"', 1)[1].split("</select>", 1)[0]
    second = page.split(f'name="column-{people}-1"', 1)[1].split("</select>", 1)[0]
    assert 'value="name" selected' in first and 'value="organisation" selected' in second   # "Name", "Entity"
    third = page.split(f'name="column-{people}-2"', 1)[1].split("</select>", 1)[0]
    assert "selected" not in third and "not read" in third                                  # "Job": nobody knew


def test_one_row_moved_among_siblings_left_as_read_teaches_nothing_about_the_section():
    """Three agreed points read as recommendations; the reviewer makes one of them an action: that corrects that
    row, and the forum's next report still reads its agreed points as recommendations. Moving all three teaches
    the section."""
    report = ("Minutes\n\nDate: 3 May 2025\n\nAGREED POINTS\n- Resume the return approvals for Sinjar.\n"
              "- Open a civil documentation office in Baaj.\n- Extend the camp water contracts until June.\n")
    draft = parse(report)
    points = draft["recommendations"]
    assert len(points) == 3
    one = points[1]
    draft["actions"] = draft.get("actions", []) + [{"text": one["text"], "line": one["line"]}]
    draft["recommendations"] = [p for p in points if p is not one]
    draft["corrections"] = [{"op": "kind", "kind": "recommendations", "item": "r2", "to": "actions",
                             "line": one["line"]}]
    assert learn(report, draft) == []
    nxt = "Minutes\n\nDate: 7 June 2025\n\nAGREED POINTS\n- Pay the return grants in Tal Afar.\n- Reopen the schools.\n"
    assert len(parse(nxt, template=Template.from_rules(learn(report, draft)))["recommendations"]) == 2
    draft["actions"] = [{"text": p["text"], "line": p["line"]} for p in points]
    draft["recommendations"] = []
    draft["corrections"] = [{"op": "kind", "kind": "recommendations", "item": f"r{i}", "to": "actions",
                             "line": p["line"]} for i, p in enumerate(points)]
    assert learn(report, draft) == [("row", "under:agreed points", {"from": "recommendations", "to": "actions"})]


def test_a_forums_staff_see_what_was_learnt_in_words_and_forget_one(client, world, login_as):
    """The review screen says "Read with 2 things learnt"; the forum's staff see them and forget the one that was
    right for one report only (a tester found no way to); nobody else sees them."""
    heading = TemplateRule(forum_id=world.jcf.id, kind="heading", key="way forward agreed", value="actions")
    row = TemplateRule(forum_id=world.jcf.id, kind="row", key="under:agreed points",
                       value={"from": "recommendations", "to": "actions"})
    db.session.add_all([heading, row])
    db.session.commit()
    login_as("focal_momd")
    assert client.get(f"/imports/forums/{world.jcf.id}/template").status_code == 403
    assert client.post(f"/imports/template-rules/{row.id}/forget").status_code == 404
    client.post("/logout")
    login_as("secretariat")
    page = client.get(f"/imports/forums/{world.jcf.id}/template").get_data(as_text=True)
    assert "“<bdi data-record>way forward agreed</bdi>” opens <strong>action points</strong>" in page
    assert "Rows under “<bdi data-record>agreed points</bdi>”: recommendation <i class=arrow>→</i> <strong>action point" in page
    done = client.post(f"/imports/template-rules/{row.id}/forget", follow_redirects=True).get_data(as_text=True)
    assert "Forgotten" in done and "agreed points" not in done and "way forward agreed" in done
    assert db.session.scalars(sa.select(TemplateRule.key)).all() == ["way forward agreed"]
    assert db.session.scalar(sa.select(TrailEntry).where(TrailEntry.record_type == "TemplateRule",
                                                         TrailEntry.operation == "delete")) is not None


def _teach(forum, section="actions", columns=("action", "responsible", "deadline")):
    db.session.add(TemplateRule(forum_id=forum.id, kind="heading", key="way forward agreed", value=section))
    db.session.add(TemplateRule(forum_id=forum.id, kind="columns", key="point | taken up by | expected by",
                                value={str(i): kind for i, kind in enumerate(columns)}))


def test_what_reviewers_of_two_forums_corrected_alike_reads_every_forums_reports(client, world, login_as):
    """A correction two forums' reviewers made alike is how reports are written here: a third forum's first
    report of that shape is read with it, and says so; one forum's correction alone stays that forum's."""
    _teach(world.jcf)
    db.session.commit()
    login_as("dstf_member")
    client.post("/imports/new", data={"forum": world.dstf.id, "text": REPORT_B})
    assert _latest().data["actions"] == [] and "shared_rules" not in _latest().data   # one forum: not shared
    _teach(make_forum("JCF Anbar", "JCF-ANB"))
    db.session.commit()
    client.post("/imports/new", data={"forum": world.dstf.id, "text": REPORT_B})
    draft = _latest()
    assert [(a["owner"], a["due"]) for a in draft.data["actions"]] == [
        ("UNICEF", "2025-04-20"), ("MoMD", "2025-05-05"), ("Ministry of Finance", "2025-05-30")]
    assert draft.data["shared_rules"] == 2 and not draft.data.get("template_rules")
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert "Read with 2 things that reviewers of several forums corrected alike." in page


def test_a_forums_own_correction_wins_over_what_other_forums_agreed(client, world, login_as):
    _teach(world.dstf)
    _teach(make_forum("JCF Anbar", "JCF-ANB"))
    _teach(world.jcf, "other", ("ignore",) * 3)    # this forum's reports: no action points there
    db.session.commit()
    login_as("secretariat")
    client.post("/imports/new", data={"forum": world.jcf.id, "text": REPORT_B})
    data = _latest().data
    assert data["actions"] == [] and data["template_rules"] == 2 and "shared_rules" not in data
