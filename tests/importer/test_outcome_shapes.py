"""Recommendations, decisions, action points and escalations in the shapes real minutes take (invented text)."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def actions(draft):
    return [(a["text"], a["owner"], a["due"]) for a in draft["actions"]]


def test_an_action_table_copied_one_cell_a_line_column_by_column_with_its_next_page_after_it():
    text = ("Shelter Cluster Meeting\nDate: 4 March 2015\n\nMEETING Action points\n"
            "ACTION ITEM\nCirculate the kit list to all partners\nUpdate the district gap map\n"
            "RESPONSIBLE PARTY\nCluster partners\nCluster partners\nTIMELINE\nMar. 10th\nMar. 10th\n"
            "Share the winterisation plan with donors\nTo complete the list of collective centres in the\n"
            "northern districts\nCluster IM\nCluster partners\nMar. 17\nth\nMar. 12\n"
            "NEXT MEETING\nTBA\n")
    assert actions(parse(text, REF)) == [
        ("Circulate the kit list to all partners", "Cluster partners", "2015-03-10"),
        ("Update the district gap map", "Cluster partners", "2015-03-10"),
        ("Share the winterisation plan with donors", "Cluster IM", "2015-03-17"),
        ("To complete the list of collective centres in the northern districts", "Cluster partners", "2015-03-12")]
