"""The quarterly review, written from the record: section builders (sections.py), the draft as text the
secretariat edits (draft.py), and the .docx writer (docx.py)."""
