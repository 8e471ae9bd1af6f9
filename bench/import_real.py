"""`bench/import.py --real DIR`: the importer on real published minutes kept OUTSIDE the repository.

DIR holds reports (.txt, .md, .html, .docx, .pdf) and, beside each, a truth file named after it
(`minutes-may.pdf` -> `minutes-may.truth.json`) that a person wrote by reading the report:

    {
      "file": "minutes-may.pdf",                 // optional: the report it describes
      "language": "en",                          // en | ar (the figures are printed per language too)
      "date": "2022-05-25",                      // the meeting's (first) day, ISO; null when the report gives none
      "city": "Erbil",                           // where it met; null when not stated
      "participants": [                          // PEOPLE present (an organisation listed alone is no participant)
        {"name": "Rania Dagash", "organisation": "OCHA", "group": null}   // organisation/group null: not checked
      ],
      "recommendations": ["It was decided that the Support Team will prepare a shorter list"],
                                                 // recommendations AND decisions: enough of the words to find it
      "actions": [{"text": "Partners need to register their projects in GSM", "owner": "Partners",
                   "due": "2022-05-31"}],        // owner as written; due ISO or null
      "escalations": ["Council of Ministers"]    // bodies the report says the outcomes go up to
    }

Printed: recall and precision per field, over all reports, per language and per format (txt, docx, pdf, html), (participants right only with the right organisation, and group when the
truth gives one; actions right only with the right owner and due date), dates and cities right, and garbage rows:
rows of the draft (participants, recommendations, decisions, actions, commitments) that are nothing of the truth.
Nothing of the reports or their truth is stored in the repository.
"""
from __future__ import annotations

import json
from pathlib import Path

from rapidfuzz import fuzz

from ds_tracker.importer import Reference, parse
from ds_tracker.importer.abroad import world_city
from ds_tracker.importer.escalation import _canonical
from ds_tracker.importer.files import read_file
from ds_tracker.textnorm import bare_name, normalise

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def _key(text) -> str:
    """Compared without case, accents or Arabic letter variants; "للمجلس" (to/of the council) is "المجلس"."""
    words = normalise(text or "").replace("’", "'").strip(" .;:").split()
    return " ".join("ال" + w[2:] if w.startswith("لل") and len(w) > 4 else w for w in words)


def same_name(a, b) -> bool:
    """Titles are not the name: a truth's "السيد طه فرحات" is the draft's "طه فرحات"."""
    a, b = _key(bare_name(a)), _key(bare_name(b))
    return bool(a and b) and (a == b or fuzz.token_sort_ratio(a, b) >= 88 or (len(b) > 8 and b in a))


def same_org(truth, got, ref: Reference) -> bool:
    if truth is None:
        return True
    t, g = _key(truth), _key(got)
    if not g:
        return False
    if t == g or (len(t) > 2 and (t in g.split() or t in g)) or (len(g) > 2 and g in t):
        return True
    known_t, known_g = ref.organisation(truth), ref.organisation(got)
    return bool(known_t and known_t == known_g)


def same_text(truth, got) -> bool:
    t, g = _key(truth), _key(got)
    return bool(t and g) and (t in g or g in t or fuzz.partial_ratio(t, g) >= 88)


def score(draft: dict, truth: dict, ref: Reference) -> dict:
    """{field: [right, expected, found]} and the garbage rows."""
    people = draft["participants"]
    recs, seen = [], set()
    for r in draft["recommendations"] + draft.get("decisions", []):
        if _key(r["text"]) not in seen:
            seen.add(_key(r["text"]))
            recs.append(r)
    actions = draft["actions"]
    out = {}
    right = sum(1 for t in truth["participants"] if any(
        same_name(p["name"], t["name"]) and same_org(t.get("organisation"), p.get("organisation"), ref)
        and (t.get("group") is None or _key(t["group"]) == _key(p.get("group"))) for p in people))
    # the fourth figure: rows of the draft that are some row of the truth (precision; one long row may hold
    # several short truths, so right/found could pass 100%)
    out["participants"] = [right, len(truth["participants"]), len(people), sum(1 for p in people if any(
        same_name(p["name"], t["name"]) for t in truth["participants"]))]
    right = sum(1 for t in truth["recommendations"] if any(same_text(t, r["text"]) for r in recs))
    out["recommendations"] = [right, len(truth["recommendations"]), len(recs), sum(1 for r in recs if any(
        same_text(t, r["text"]) for t in truth["recommendations"]))]
    right = sum(1 for t in truth["actions"] if any(
        same_text(t["text"], a["text"]) and same_org(t.get("owner"), a.get("owner"), ref)
        and (t.get("due") or None) == (a.get("due") or None) for a in actions))
    out["actions"] = [right, len(truth["actions"]), len(actions), sum(1 for a in actions if any(
        same_text(t["text"], a["text"]) for t in truth["actions"]))]
    # a body matched to the reference list may be named in English for an Arabic report ("مجلس الوزراء" is the
    # Council of Ministers): compared by their canonical name too
    def body_keys(name):
        return {_key(name), _key(_canonical(name, ref))}
    bodies = [body_keys(e["body"]) for e in draft["escalations"]]
    wanted = [body_keys(t) for t in truth.get("escalations", [])]
    right = sum(1 for w in wanted if any(w & b for b in bodies))
    out["escalations"] = [right, len(wanted), len({frozenset(b) for b in bodies}),
                          sum(1 for b in {frozenset(b) for b in bodies} if any(set(b) & w for w in wanted))]
    sitting = (draft["sittings"] or [{}])[0]
    out["dates"] = [int((truth.get("date") or None) == (sitting.get("date") or None)), 1, 1]
    city = truth.get("city")
    got = sitting.get("city")     # a labelled field keeps the name as written: "الموصل" is Mosul
    same_place = bool(city and got and ref.place(city) and ref.place(city) == ref.place(got))
    abroad = world_city(city) if city else None     # "الرياض" is Riyadh: the world list's name for it
    same_place = same_place or bool(abroad and got and abroad in (got, world_city(got)))
    out["cities"] = [int(_key(city) == _key(got) or same_place if city else not got), 1, 1]
    rows = [("p", p["name"], p) for p in people] + [("r", r["text"], r) for r in recs] + \
        [("a", a["text"], a) for a in actions] + [("c", c["text"], c) for c in draft["commitments"]]
    texts = [t["name"] for t in truth["participants"]] + list(truth["recommendations"]) + \
        [t["text"] for t in truth["actions"]]
    garbage = [(text, row) for kind, text, row in rows if not any(
        (same_name(text, t) if kind == "p" else same_text(t, text)) for t in texts)]
    # the review screen flags unsure rows for the reviewer: garbage among the rows it shows as sure is the worse kind
    sure = [row for _kind, _text, row in rows if not row.get("unsure")]
    out["garbage"] = [len(garbage), len(rows), [text for text, _row in garbage]]
    out["sure garbage"] = [sum(1 for _text, row in garbage if not row.get("unsure")), len(sure)]
    return out


def run(directory: str, ref: Reference | None = None, show: bool = True) -> dict:
    ref = ref or Reference.from_seed()
    folder = Path(directory)
    totals: dict = {}
    print(f"{'report':40}{'people':>9}{'recs':>9}{'actions':>9}{'esc':>7}{'date':>6}{'city':>6}{'garbage':>9}")
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in REPORT_SUFFIXES:
            continue
        truth_path = path.with_suffix(".truth.json")
        if not truth_path.exists():
            print(f"{path.name}: no truth file ({truth_path.name}), skipped")
            continue
        truth = json.loads(truth_path.read_text())
        draft = parse(read_file(str(path))[0], ref)
        result = score(draft, truth, ref)
        fmt = path.suffix.lower().lstrip(".").replace("htm", "html").replace("htmll", "html").replace("md", "txt")
        for scope in ("all", truth.get("language", "en"), fmt):
            bucket = totals.setdefault(scope, {})
            for field, values in result.items():
                t = bucket.setdefault(field, [0, 0, 0, 0])
                for i in range(2 if "garbage" in field else len(values)):
                    t[i] += values[i]
        cells = [f"{result[f][0]}/{result[f][1]}" for f in ("participants", "recommendations", "actions", "escalations")]
        print(f"{path.name[:39]:40}" + "".join(f"{c:>9}" for c in cells[:3]) + f"{cells[3]:>7}"
              f"{'ok' if result['dates'][0] else 'NO':>6}{'ok' if result['cities'][0] else 'NO':>6}"
              f"{result['garbage'][0]:>4}/{result['garbage'][1]:<4}")
        if show and result["garbage"][2]:
            for text in result["garbage"][2][:6]:
                print(f"    garbage: {text[:100]}")
    print()
    for scope, bucket in totals.items():
        parts = []
        for field in ("participants", "recommendations", "actions", "escalations", "dates", "cities"):
            right, expected, found, kept = bucket.get(field, [0, 0, 0, 0])
            recall = f"{100 * right / expected:.0f}%" if expected else "n/a"
            precision = f"/{100 * kept / found:.0f}%" if found and field not in ("dates", "cities") else ""
            parts.append(f"{field} {recall}{precision} ({right}/{expected})")
        g, rows = bucket.get("garbage", [0, 0])[:2]
        parts.append(f"garbage rows {g}/{rows} ({100 * g / rows:.1f}%)" if rows else "garbage rows 0/0")
        g, rows = bucket.get("sure garbage", [0, 0])[:2]
        parts.append(f"among rows not marked unsure {g}/{rows} ({100 * g / rows:.1f}%)" if rows else "")
        print(f"{scope}: " + "; ".join(parts))
    print("(recall/precision; participants right only with the right organisation, actions only with owner and "
          "due date)")
    return totals
