"""One person written in Latin letters in one report and in Arabic in the next (textnorm.across_scripts)."""
import pytest

from ds_tracker.textnorm import across_scripts, name_skeleton


@pytest.mark.parametrize("latin, arabic", [
    ("Ali Jahankeer", "علي جهانكير"), ("Mohammed Al-Jubouri", "محمد الجبوري"), ("Dr. Khalid Hussein", "د. خالد حسين"),
    ("Abdullah Omar", "عبدالله عمر"), ("Abdul Rahman Ghanim", "عبد الرحمن غانم"), ("Zainab Qasim", "السيدة زينب قاسم"),
    ("Haider Kadhim", "حيدر كاظم"), ("Shaymaa Jassim", "شيماء جاسم"), ("Ahmed Thamer", "أحمد ثامر"),
])
def test_the_same_name_in_both_scripts_is_the_same_outline(latin, arabic):
    assert name_skeleton(latin) == name_skeleton(arabic) and across_scripts(latin, arabic) == 90


def test_a_fathers_name_written_in_arabic_only_still_proposes():
    assert across_scripts("Ali Jahankeer", "علي حسين جهانكير") == 84


@pytest.mark.parametrize("a, b", [
    ("Khalid Hussein", "أحمد حسين"),      # another first name
    ("Khalid Hussein", "خالد جاسم"),       # another family name
    ("Ali Hassan", "علي حسين"),           # two short names: too little to tell (حسن and حسين share an outline)
    ("Ali", "علي"),                       # one name alone says too little
    ("Ali Jahankeer", "Ali Jahankeer"),   # one script: the spelling matcher's, not this one's
])
def test_different_people_or_too_little_to_tell(a, b):
    assert across_scripts(a, b) == 0


def test_a_foreign_name_written_in_arabic_letters():
    """A stranger's "Teresa Lindqvist" was not proposed for "تيريزا ليندكفيست": Arabic writes her s as ز."""
    assert across_scripts("Teresa Lindqvist", "تيريزا ليندكفيست") == 90
