"""Arabic a PDF gives in presentation forms, some lines in visual order (invented text)."""
import unicodedata

from ds_tracker.importer import Reference, parse
from ds_tracker.importer.arabic_forms import logical_arabic

REF = Reference.from_seed()
_RIGHT_ONLY = set("اأإآدذرزوؤة")


def shaped(text: str) -> str:
    """Each letter in its contextual presentation form, as such PDFs carry it."""
    out = []
    for word in text.split(" "):
        forms = []
        for i, ch in enumerate(word):
            if not ("\u0621" <= ch <= "\u064a"):
                forms.append(ch)
                continue
            before = i > 0 and "\u0621" <= word[i - 1] <= "\u064a" and word[i - 1] not in _RIGHT_ONLY
            after = i < len(word) - 1 and "\u0621" <= word[i + 1] <= "\u064a" and ch not in _RIGHT_ONLY
            form = {(False, False): "ISOLATED", (False, True): "INITIAL", (True, True): "MEDIAL",
                    (True, False): "FINAL"}[(before, after)]
            try:
                forms.append(unicodedata.lookup(f"{unicodedata.name(ch)} {form} FORM"))
            except KeyError:
                forms.append(unicodedata.lookup(f"{unicodedata.name(ch)} ISOLATED FORM"))
        out.append("".join(forms))
    return " ".join(out)


def test_presentation_forms_folded_and_a_visual_line_put_back_in_reading_order():
    logical = "تم التصويت بالاجماع على مطالبة مجلس المحافظة بتنفيذ"
    visual = shaped("المشاريع المتوقفة في القضاء خلال 30 يوما")[::-1].replace("03", "30")   # numbers stay as read
    got = logical_arabic(f"## {visual}\n١_ {shaped(logical)}\n")
    assert got.split("\n")[:2] == ["## المشاريع المتوقفة في القضاء خلال 30 يوما", f"١_ {logical}"]


def test_a_council_session_from_such_a_pdf_gives_its_numbered_decisions():
    lines = ["جلسة مجلس المحافظة الاعتيادية", "بعدها تمت مناقشة فقرات الجلسة كمايلي :",
             "١_ تم التصويت بالاجماع على مطالبة وزارة المالية بصرف مستحقات المقاولين",
             "٢_ تم التصويت بالاجماع على تشكيل لجنة لمتابعة مشاريع الماء"]
    text = "\n".join(shaped(l) if i % 2 else shaped(l)[::-1] for i, l in enumerate(lines)) + "\n"
    texts = [r["text"] for r in parse(text, REF)["decisions"]]
    assert any("مطالبة وزارة المالية بصرف مستحقات المقاولين" in t for t in texts)
    assert any("تشكيل لجنة لمتابعة مشاريع الماء" in t for t in texts)
