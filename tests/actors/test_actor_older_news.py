"""Older and non-Western news (branch act11): a monarch's title before a surname, a title
inside the NER's person entity, "the X side of the border".

Real model and shipped KB; each text is made up to test one rule (no corpus sentences).
"""

from __future__ import annotations

from datetime import date

from tests.actors.resolving import covering, run

from newsgraph.resolve.fuzzy import spelt_alike
from newsgraph.resolve.mentions import ActorStage


def test_a_king_is_not_the_president_of_the_same_surname(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "King Hussein" after "Saddam Hussein": a title of a reigning house before a surname
    names someone who held such a title; the one-word name is kept as a mention (it used to
    be dropped with the title word that starts the NER's entity) but is not Saddam."""
    text = (
        "Saddam Hussein sent an envoy to Amman on Monday. "
        "Later that week King Hussein flew to Cairo for talks with the Egyptians."
    )
    ms = run(nlp, stage, text, date(1990, 9, 3))
    assert any(m.actor_id == "saddam-hussein" for m in covering(ms, text, "Saddam"))
    hits = covering(ms, text, "Hussein flew")
    assert hits and all(m.actor_id != "saddam-hussein" for m in hits)


def test_a_monarch_keeps_his_surname_coreference(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A king named in full, then as "King <name>": still the same KB person."""
    text = "Abdullah II of Jordan opened the session. On Tuesday King Abdullah met the envoys."
    ms = run(nlp, stage, text, date(2019, 5, 7))
    assert {m.actor_id for m in covering(ms, text, "Abdullah met")} <= {"abdullah-ii"}


def test_the_side_of_a_border_is_the_state_not_its_delegation(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shells landed on the Turkish side of the border overnight. "
        "At the talks the Turkish side said it wanted more time."
    )
    ms = run(nlp, stage, text, date(2016, 3, 1))
    first = covering(ms, text, "Turkish side of")
    assert [m.actor_id for m in first] == ["TUR"]
    second = covering(ms, text, "Turkish side said")
    assert [m.actor_id for m in second] == ["TUR.GOV"]


def test_a_first_name_that_lost_a_letter_is_still_the_kb_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """Wire text of the 1990s drops letters it cannot encode ("Bronisaw" for "Bronisław"):
    such a spelling of the KB person's given name does not contradict it, while another
    first name still does ("Kevin Harris" is not Kamala Harris)."""
    text = "Visiting Prague, Poland's Bronisaw Geremek urged faster reform of the alliance."
    ms = run(nlp, stage, text, date(1998, 11, 20))
    assert {m.actor_id for m in covering(ms, text, "Geremek")} == {"bronislaw-geremek"}
    text = "Visiting Prague, Poland's Boris Geremek urged faster reform of the alliance."
    ms = run(nlp, stage, text, date(1998, 11, 20))
    assert "bronislaw-geremek" not in {m.actor_id for m in covering(ms, text, "Geremek")}


def test_spelling_variants_of_given_names() -> None:
    assert spelt_alike("Bronisaw", "bronislaw")
    assert not spelt_alike("Daniel", "danielle")
    assert not spelt_alike("Christian", "christina")
    assert not spelt_alike("Kevin", "kamala")


def test_a_family_named_by_a_surname_is_not_the_person(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "the Barzani clan", "the Assad family" after the person's full name: a kin group, no
    actor (not the person by surname coreference, nor a corpus actor that would make a family
    a political party); the person's own later surname still is the person."""
    text = (
        "Masoud Barzani addressed supporters in Erbil on Monday. Critics say the Barzani "
        "clan controls the region's oil revenue. Barzani rejected the charge."
    )
    ms = run(nlp, stage, text, date(2017, 10, 2))
    assert not [m.actor_id for m in covering(ms, text, "Barzani clan") if m.actor_id]
    assert any(m.actor_id == "masoud-barzani" for m in covering(ms, text, "Barzani rejected"))
    text2 = "Bashar al-Assad spoke on Sunday. The Assad family has ruled Syria since 1970."
    ms2 = run(nlp, stage, text2, date(2017, 10, 2))
    assert not [m.actor_id for m in covering(ms2, text2, "Assad family") if m.actor_id]


def test_a_kb_name_that_starts_with_a_title_word_is_kept(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """A KB person whose name or alias begins with a title word ("King Salman", "Crown Prince
    Hassan") is that person: the title phrase the name starts with does not swallow it."""
    text = "On Sunday King Salman received the envoys in Riyadh before the summit."
    ms = run(nlp, stage, text, date(2019, 5, 7))
    assert {m.actor_id for m in covering(ms, text, "Salman received")} == {"king-salman"}
    text = "Jordan's King Hussein flew to Washington on Thursday."
    ms = run(nlp, stage, text, date(1990, 8, 15))
    assert {m.actor_id for m in covering(ms, text, "Hussein flew")} == {"king-hussein"}
    assert {m.actor_id for m in covering(ms, text, "Jordan's")} == {"JOR"}
    text = "Crown Prince Hassan, the king's brother, chaired the cabinet meeting in Amman."
    ms = run(nlp, stage, text, date(1991, 2, 4))
    assert {m.actor_id for m in covering(ms, text, "Hassan,")} == {"crown-prince-hassan"}
