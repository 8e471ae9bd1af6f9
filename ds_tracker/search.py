"""Full-text search over recommendations and actions, on SQLite FTS5 or PostgreSQL tsvector.

Each searchable record has one SearchEntry whose body is the normalised text of everything a person
might type to find it (text in both languages, reference, themes, places with their aliases, addressees,
owner). The database-specific index over it is made by a hand-written migration:
SQLite: the FTS5 table search_fts (external content, kept by triggers);
PostgreSQL: a stored column body_fts = to_tsvector('simple', body), with a GIN index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from .dates import MONTHS
from .extensions import db
from .models import SearchEntry
from .stemming import stem_words, stems
from .textnorm import normalise, words

STOPWORDS = set("""a an and are as at be by did do does for from has have how in is it its of on or the to was were
what when where which who whom why with happened happen about any there their this that these those status update
ما ماذا متى اين أين من في على الى إلى عن هل كيف لماذا حدث هذا هذه ذلك تلك التي الذي مع او أو و
ماذا وماذا ما هو هي كم اي لدى بشان حول منذ حتى تم جرى صار وضع بخصوص بعد قبل عند ثم الان لم لا قد كان كانت
اخبار اخر جديد وصل وصلت حصل جري""".split())
STOPWORDS |= {normalise(w) for w in STOPWORDS}
KIND_WORDS = {"recommendation": "recommendation", "recommendations": "recommendation", "توصيه": "recommendation",
              "التوصيه": "recommendation", "توصيات": "recommendation", "التوصيات": "recommendation",
              "action": "action", "actions": "action", "اجراء": "action", "الاجراء": "action",
              "اجراءات": "action", "الاجراءات": "action"}
KIND_STEMS = {"توص": "recommendation", "اجراء": "action"}  # لتوصية، وللإجراءات...
_NORMALISED_MONTHS = {normalise(k): v for k, v in MONTHS.items() if " " not in k}
_TWO_WORD_MONTHS = {tuple(normalise(k).split()): v for k, v in MONTHS.items() if " " in k}


@dataclass
class Query:
    terms: list[str] = field(default_factory=list)
    kind: str | None = None
    month: int | None = None
    year: int | None = None
    year_as_word: int | None = None   # a year no meeting matched, searched among the words instead (finder)

    @property
    def is_empty(self) -> bool:
        return not self.terms and self.month is None and self.year is None


def parse_query(text: str) -> Query:
    """Split what a person typed into search terms, a kind, and a month/year of the meeting."""
    q = Query()
    tokens = words(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        pair = tuple(tokens[i:i + 2])
        if pair in _TWO_WORD_MONTHS:
            q.month = _TWO_WORD_MONTHS[pair]
            i += 2
            continue
        if tok in _NORMALISED_MONTHS and len(tok) > 2:
            q.month = _NORMALISED_MONTHS[tok]
        elif re.fullmatch(r"(19|20)\d\d", tok):
            q.year = int(tok)
        elif tok in KIND_WORDS:
            q.kind = KIND_WORDS[tok]
        elif kind := next((KIND_STEMS[s] for s in stems(tok) if s in KIND_STEMS), None):
            q.kind = kind
        elif tok not in STOPWORDS and (len(tok) > 1 or tok.isdigit()):
            q.terms.append(tok)
        i += 1
    return q


def match_clause(terms: list[str]):
    """A WHERE clause on SearchEntry matching every term: as a word prefix, or (Arabic) by one of its stems,
    which the document stores beside the words (stemming.py)."""
    dialect = db.session.get_bind().dialect.name
    if dialect == "postgresql":
        def one(t):
            word = re.sub(r"[^\w]", "", t)
            return "(" + " | ".join([word + ":*", *stems(word)]) + ")"
        tsquery = " & ".join(one(t) for t in terms if re.sub(r"[^\w]", "", t))
        # body_fts: the stored to_tsvector('simple', body) the migration adds on PostgreSQL
        return sa.literal_column("search_entries.body_fts").bool_op("@@")(
            sa.func.to_tsquery(sa.literal_column("'simple'"), tsquery))

    return SearchEntry.id.in_(sa.text("SELECT rowid FROM search_fts WHERE search_fts MATCH :fts")
                              .bindparams(fts=_fts_query(terms)).columns(sa.column("rowid")))


def _fts_query(terms: list[str]) -> str:
    """SQLite FTS5's query: every term, as a word prefix or by one of its stems."""
    def either(t):
        t = t.replace('"', "")
        return "(" + " OR ".join(['"' + t + '"*', *('"' + s + '"' for s in stems(t))]) + ")"
    return " AND ".join(either(t) for t in terms)


def newest_matches(query, record_type: str, record_id, terms: list[str]):
    """`query` narrowed to the records whose search entry matches every term, newest entry first. On SQLite the
    full-text index is read newest first and stops at the page's limit; matching first and sorting after
    cost a common word (thousands of matches) a hundred times more."""
    query = query.join(SearchEntry, sa.and_(SearchEntry.record_type == record_type, SearchEntry.record_id == record_id))
    if db.session.get_bind().dialect.name == "postgresql":
        return query.where(match_clause(terms)).order_by(SearchEntry.id.desc())
    fts = sa.table("search_fts", sa.column("rowid"))
    return query.join(fts, fts.c.rowid == SearchEntry.id) \
        .where(sa.text("search_fts MATCH :fts").bindparams(fts=_fts_query(terms))).order_by(fts.c.rowid.desc())


def document(*parts) -> str:
    """The normalised body of a search entry, then the stems of its Arabic words."""
    body = " ".join(normalise(p) for p in parts if p)
    return f"{body} {stem_words(body)}".strip()


def index(record_type: str, record_id: int, forum_id: int, body: str) -> None:
    """Create or replace the search entry of a record (inside the caller's transaction)."""
    entry = db.session.scalar(sa.select(SearchEntry).filter_by(record_type=record_type, record_id=record_id))
    if entry is None:
        db.session.add(SearchEntry(record_type=record_type, record_id=record_id, forum_id=forum_id, body=body))
    elif entry.body != body or entry.forum_id != forum_id:
        entry.body, entry.forum_id = body, forum_id


def recommendation_document(rec) -> str:
    return document(rec.reference, rec.text, rec.text_ar,
                    *[t.name for t in rec.themes], *[t.name_ar for t in rec.themes],
                    *[_place_words(p) for p in rec.places], *[_org_words(o) for o in rec.addressees],
                    rec.group.name if rec.group else None)


def action_document(action) -> str:
    rec = action.recommendation
    return document(action.text, _org_words(action.owner), *[_org_words(o) for o in action.supporters],
                    action.focal_person.name if action.focal_person else None,
                    rec.reference if rec else None,
                    *([_place_words(p) for p in rec.places] if rec else []),
                    *([t.name for t in rec.themes] if rec else []),
                    *([t.name_ar for t in rec.themes] if rec else []))


def _place_words(place) -> str:
    return " ".join(filter(None, [place.name, place.name_ar, *place.aliases]))


def _org_words(org) -> str:
    return " ".join(filter(None, [org.name, org.name_ar, org.acronym, *org.aliases]))


def month_filter(column, q: Query):
    """Restrict a date column to the month/year the query named."""
    clauses = []
    if q.year:
        clauses.append(column >= date(q.year, 1, 1))
        clauses.append(column < date(q.year + 1, 1, 1))
    if q.month:
        if db.session.get_bind().dialect.name == "postgresql":
            clauses.append(sa.extract("month", column) == q.month)
        else:
            clauses.append(sa.func.strftime("%m", column) == f"{q.month:02d}")
    return sa.and_(*clauses) if clauses else sa.true()
