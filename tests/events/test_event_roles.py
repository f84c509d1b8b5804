"""Roles at the event's date, not the article's (issue 13, item 5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from tests.events.test_event_cases import find, run_text

from newsgraph.resolve.roles import refs_on, status_on
from newsgraph.types import Actor, ActorRef, RoleSpell

LEADER = Actor(
    "x-leader",
    "person",
    "X Leader",
    country="XXX",
    roles=(
        RoleSpell("president", "XXX", sector="GOV", start=date(2010, 1, 1), end=date(2020, 6, 1)),
    ),
)
GROUP = Actor(
    "x-group",
    "armed_group",
    "X Group",
    country="XXX",
    sector="REB",
    roles=(RoleSpell("government", "XXX", sector="GOV", start=date(2020, 6, 1)),),
)
ACTORS = {a.id: a for a in (LEADER, GROUP)}


def _ref(a: Actor, start: int = 40) -> ActorRef:
    return ActorRef(a.name, start, start + len(a.name), a.id, a.name, a.country, None)


def test_status_on_the_day() -> None:
    assert status_on(LEADER, date(2015, 1, 1))[2] == "GOV"
    assert status_on(LEADER, date(2021, 1, 1))[2] == "ELI"
    assert status_on(GROUP, date(2019, 1, 1))[2] == "REB"
    assert status_on(GROUP, date(2021, 1, 1))[2] == "GOV"


def test_a_party_leader_who_heads_the_government_is_the_head_of_government() -> None:
    """A party post ranks below any office of state, whichever began later; an armed group's
    leader keeps the rank of a head of government."""
    pm = RoleSpell("prime minister", "XXX", sector="GOV", start=date(2018, 4, 2))
    party = RoleSpell("leader", "XXX", org="x-party", sector="PTY", start=date(2019, 12, 1))
    rebel = RoleSpell("leader", "XXX", org="x-group", sector="REB", start=date(2019, 12, 1))
    both = Actor("x-pm", "person", "X Pm", country="XXX", roles=(pm, party))
    assert status_on(both, date(2021, 1, 1)) == ("XXX prime minister", "XXX", "GOV")
    assert status_on(both, date(2021, 1, 1)) == status_on(
        replace(both, roles=(party, pm)), date(2021, 1, 1)
    )
    chief = Actor("x-chief", "person", "X Chief", country="XXX", roles=(pm, rebel))
    assert status_on(chief, date(2021, 1, 1))[2] == "REB"  # equal rank: the later begun


def test_a_party_leader_ranks_below_an_office_the_ranks_do_not_list() -> None:
    """A chancellor, speaker or minister (titles ``_RANK`` does not list) who becomes a party's
    leader while in office keeps the office: the party post ranks below it, whichever began
    later; a party post and another party-level role of one day keep a fixed order."""
    office = RoleSpell("chancellor", "XXX", sector="GOV", start=date(2016, 5, 17))
    party = RoleSpell("leader", "XXX", org="x-party", sector="PTY", start=date(2016, 6, 25))
    both = Actor("x-chancellor", "person", "X Chancellor", country="XXX", roles=(office, party))
    assert status_on(both, date(2017, 1, 1)) == ("XXX chancellor", "XXX", "GOV")
    assert status_on(replace(both, roles=(party, office)), date(2017, 1, 1))[2] == "GOV"
    opp = RoleSpell("leader of the opposition", "XXX", sector="OPP", start=date(2016, 6, 25))
    shadow = Actor("x-opp", "person", "X Opp", country="XXX", roles=(party, opp))
    assert status_on(shadow, date(2017, 1, 1))[2] == "OPP"
    assert status_on(replace(shadow, roles=(opp, party)), date(2017, 1, 1))[2] == "OPP"


def test_a_chancellor_who_leads_a_party_begun_later_is_the_chancellor() -> None:
    """A chancellor heads the government as a prime minister does: a party spell begun after
    the chancellorship does not recode the chancellor as the party's leader (PTY)."""
    chancellor = RoleSpell("chancellor", "XXX", sector="GOV", start=date(2018, 4, 2))
    party = RoleSpell("leader", "XXX", org="x-party", sector="PTY", start=date(2019, 12, 1))
    both = Actor("x-ch", "person", "X Ch", country="XXX", roles=(chancellor, party))
    assert status_on(both, date(2021, 1, 1)) == ("XXX chancellor", "XXX", "GOV")
    minister = RoleSpell("foreign minister", "XXX", sector="GOV", start=date(2017, 1, 1))
    acting = Actor("x-fm", "person", "X Fm", country="XXX", roles=(minister, chancellor))
    assert status_on(acting, date(2021, 1, 1))[0] == "XXX chancellor"


def test_refs_take_the_status_of_the_event_date_and_keep_it_when_it_changes_within() -> None:
    before = date(2020, 5, 20)
    out = refs_on([_ref(LEADER), _ref(GROUP)], ACTORS, before, before)
    assert [r.sector for r in out] == ["GOV", "REB"]
    after = date(2020, 7, 1)
    assert [r.sector for r in refs_on([_ref(LEADER)], ACTORS, after, after)] == ["ELI"]
    across = refs_on([_ref(LEADER)], ACTORS, date(2020, 5, 28), date(2020, 6, 4))
    assert (
        across[0].sector is None
    )  # the role changed inside the window: left as the mention gave it
    text = "x" * 30 + "the former " + "X Leader"
    former = refs_on([_ref(LEADER, 41)], ACTORS, before, before, text)
    assert former[0].sector is None


def test_a_later_article_codes_the_then_president_at_the_meeting(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "On December 2, Syrian President Bashar al-Assad met Iran's foreign minister Abbas "
        "Araghchi in Damascus.",
        date(2024, 12, 20),
    )
    e = find(evs, "CONSULT")
    assert e.date == "2024-12-02"
    assad = [p for p in (*e.actors, *e.recipients) if p.actor_id == "bashar-al-assad"]
    assert assad and assad[0].sector == "GOV" and assad[0].country == "SYR"


def test_a_framed_past_report_after_a_change_of_government_takes_the_then_role(
    pipeline: Any,
) -> None:
    """Published after Assad's fall (8 December 2024), about 2015: the paragraph's frame dates
    the second sentence, whose Assad is the president he was then, not a former leader."""
    evs, _ = run_text(
        pipeline,
        "The war changed course a decade ago.\nIts allies held firm.\nMoscow was wary.\n"
        "In 2015, Russia sent troops to Syria. Bashar al-Assad also met Iranian officials in "
        "Tehran.",
        date(2025, 1, 10),
    )
    met = [e for e in evs if e.sent == 4 and e.type == "CONSULT"]
    assert met and met[0].date == "2015" and met[0].date_basis == "inherited"
    assad = [p for p in (*met[0].actors, *met[0].recipients) if p.actor_id == "bashar-al-assad"]
    assert assad and assad[0].sector == "GOV"
    evs, _ = run_text(
        pipeline, "Bashar al-Assad met Iranian officials in Moscow.", date(2025, 1, 10)
    )
    late = find(evs, "CONSULT")  # the week before publication: after his fall
    assert late.date_basis == "window"
    assad = [p for p in late.actors if p.actor_id == "bashar-al-assad"]
    assert assad and assad[0].sector == "ELI"


def _titled_ref(a: Actor, title: str) -> tuple[ActorRef, str]:
    text = "x" * 30 + f" {title} " + a.name
    start = text.index(a.name)
    return ActorRef(a.name, start, start + len(a.name), a.id, a.name, a.country, None), text


def test_the_texts_title_picks_the_role_held_within_the_span() -> None:
    ref, text = _titled_ref(LEADER, "President")
    across = refs_on([ref], ACTORS, date(2020, 5, 28), date(2020, 6, 4), text)
    assert across[0].sector == "GOV"  # "President X" in a window across his fall
    # a role not held on any day of the span is never taken from the title
    after = refs_on([ref], ACTORS, date(2020, 7, 1), date(2020, 7, 8), text)
    assert after[0].sector == "ELI"
    # an undated report: any day up to the reference time, never a role not begun by then
    assert refs_on([ref], ACTORS, None, date(2021, 1, 1), text, undated=True)[0].sector == "GOV"
    early = refs_on([ref], ACTORS, None, date(2009, 1, 1), text, undated=True)
    assert early[0].sector is None
    # no title, no reference time: the mention's reading stays
    plain = refs_on([_ref(LEADER)], ACTORS, None, date(2021, 1, 1), "", undated=True)
    assert plain[0].sector is None
    # a title the KB does not list for the actor ("Minister X") is no cue
    other, text = _titled_ref(LEADER, "Minister")
    assert refs_on([other], ACTORS, None, date(2021, 1, 1), text, undated=True)[0].sector is None


def _assad(e: Any) -> list[ActorRef]:
    return [p for p in (*e.actors, *e.recipients) if p.actor_id == "bashar-al-assad"]


def test_an_undated_report_is_read_at_the_lead_events_date(pipeline: Any) -> None:
    """Published after Assad's fall (8 December 2024): the lead is dated before it, so an
    undated report of the article is read then (the president, GOV), not at publication."""
    evs, _ = run_text(
        pipeline,
        "On December 2, Iran's foreign minister Abbas Araghchi met officials in Damascus. "
        "Throughout the war, Iran spent billions to support Bashar al-Assad.",
        date(2024, 12, 20),
    )
    e = find(evs, "SUPPORT")
    assert e.date is None and e.date_start is None  # undated: "throughout the war"
    assert [p.sector for p in _assad(e)] == ["GOV"]


def test_an_undated_report_after_the_change_keeps_the_new_role(pipeline: Any) -> None:
    """The lead is dated after the fall: the undated report is read then (a former leader);
    and with no lead, at publication, as the mention was."""
    for text in (
        "On December 20, Russian officials met Iranian envoys in Moscow. "
        "Throughout the war, Iran spent billions to support Bashar al-Assad.",
        "Throughout the war, Iran spent billions to support Bashar al-Assad.",
    ):
        evs, _ = run_text(pipeline, text, date(2025, 1, 20))
        e = find(evs, "SUPPORT")
        assert e.date is None and e.date_start is None
        assert [p.sector for p in _assad(e)] == ["ELI"]


def test_an_undated_report_takes_the_title_the_text_gives(pipeline: Any) -> None:
    """No lead date, but the text calls him president: the role he held before publication."""
    evs, _ = run_text(
        pipeline,
        "In the days before his fall, Syrian President Bashar al-Assad complained to Iran "
        "about Turkey.",
        date(2024, 12, 20),
    )
    e = find(evs, "ACCUSE")
    assert e.date is None and e.date_start is None
    assert [p.sector for p in _assad(e)] == ["GOV"]


def test_a_title_is_read_only_right_before_the_name() -> None:
    text = "x" * 30 + " its junior president. " + LEADER.name + ", the envoy"
    start = text.index(LEADER.name)
    ref = ActorRef(LEADER.name, start, start + len(LEADER.name), LEADER.id, LEADER.name)
    out = refs_on([ref], ACTORS, None, date(2021, 1, 1), text, undated=True)
    assert out[0].sector is None  # the previous sentence's title is another person's


def test_the_leads_date_is_no_reference_far_from_the_lead(pipeline: Any) -> None:
    """Past the lead's sentences, an undated report is read at publication, not at a lead that
    may be an old comparison."""
    evs, _ = run_text(
        pipeline,
        "On December 2, Iran's foreign minister Abbas Araghchi met officials in Damascus.\n"
        "Oil prices rose.\nMarkets were calm.\nTraders waited.\n"
        "Throughout the war, Iran spent billions to support Bashar al-Assad.",
        date(2024, 12, 20),
    )
    e = find(evs, "SUPPORT")
    assert e.date is None and e.date_start is None
    assert [p.sector for p in _assad(e)] == ["ELI"]


def test_an_undated_past_report_reaches_back_before_a_change_just_before_its_reference() -> None:
    """An undated report told as past lies in a window ending at its reference time: a role
    that ended on the reference day or in the days before it (``reach``) was held in it."""
    end = date(2020, 6, 1)  # LEADER's spell ends (end day excluded), GROUP's government begins
    week = date(2020, 5, 25)
    on_end = refs_on([_ref(LEADER), _ref(GROUP)], ACTORS, end, end, undated=True, reach=week)
    assert [r.sector for r in on_end] == ["GOV", "REB"]
    assert [r.sector for r in refs_on([_ref(LEADER)], ACTORS, end, end, undated=True)] == ["ELI"]
    # no reference time but publication, a few days after the change
    pub = refs_on([_ref(LEADER)], ACTORS, None, date(2020, 6, 4), undated=True, reach=week)
    assert pub[0].sector == "GOV"
    # years after: no change in the days the report reaches back to, the status then
    late = refs_on(
        [_ref(LEADER)], ACTORS, date(2023, 1, 1), date(2023, 1, 1), reach=date(2022, 12, 25)
    )
    assert late[0].sector == "ELI"
    # a change inside the reference span itself is not ours to pick
    across = refs_on(
        [_ref(LEADER)], ACTORS, date(2020, 5, 28), date(2020, 6, 4), reach=date(2020, 5, 21)
    )
    assert across[0].sector is None
    # the text calling the party former wins
    text = "x" * 30 + "the former " + "X Leader"
    former = refs_on([_ref(LEADER, 41)], ACTORS, end, end, text, undated=True, reach=week)
    assert former[0].sector is None


def test_an_undated_durative_report_keeps_the_office_that_ended_on_the_leads_day(
    pipeline: Any,
) -> None:
    """The lead is dated on the day Assad's spell ends (8 December 2024, end day excluded):
    the undated "throughout the war" reaches back before it (the president, GOV), while a
    report dated after the change keeps the former leader (ELI)."""
    evs, _ = run_text(
        pipeline,
        "On December 8, Syrian rebels seized Damascus. "
        "Throughout the war, Iran spent billions to support Bashar al-Assad. "
        "On December 10, Russian officials met Bashar al-Assad in Moscow.",
        date(2024, 12, 20),
    )
    e = find(evs, "SUPPORT")
    assert e.date is None and e.date_start is None
    assert [p.sector for p in _assad(e)] == ["GOV"]
    met = find(evs, "CONSULT")
    assert met.date == "2024-12-10"
    assert [p.sector for p in _assad(met)] == ["ELI"]


def test_an_undated_past_report_days_or_years_after_the_change(pipeline: Any) -> None:
    """No lead date: the reference is publication. Five days after the fall the past report
    reaches back into the presidency; years after it does not (the former leader); a present
    or future report is at its reference time (the former leader), whatever its distance."""
    text = "Throughout the war, Iran spent billions to support Bashar al-Assad."
    for published, sector in ((date(2024, 12, 13), "GOV"), (date(2029, 6, 1), "ELI")):
        e = find(run_text(pipeline, text, published)[0], "SUPPORT")
        assert e.date is None and e.date_start is None
        assert [p.sector for p in _assad(e)] == [sector], published
    for now in ("Russia supports Bashar al-Assad every day.", "Iran will support Bashar al-Assad."):
        evs, _ = run_text(pipeline, now, date(2024, 12, 13))
        e = next(e for e in evs if _assad(e))
        assert e.date is None and e.date_start is None
        assert [p.sector for p in _assad(e)] == ["ELI"], now
