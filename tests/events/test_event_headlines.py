"""Headline-style leads (branch evguard9): a verbless or title-case headline that states a
complete attack (a casualty count, a word of death or harm, and an attack noun or an
attacker) is its article's report of the event when it comes before the body; menus, tag
lists, headlines with no attack and the titles of other articles after the body stay out.
Made-up texts (real pipeline, real model)."""

from __future__ import annotations

from typing import Any

from test_event_cases import find, run_text


def _skipped(skips: list[Any], sent: int, what: str) -> bool:
    return any(s.reason.startswith(f"sentence {sent}: {what}") for s in skips)


def test_a_verbless_casualty_headline_before_the_body_is_a_report(pipeline: Any) -> None:
    evs, skips = run_text(
        pipeline,
        "Mon 04 May 2015 18 dead in Islamic State attack on Kurdish town. Six civilians were "
        "among the victims, a monitoring group said.",
    )
    e = find(evs, "ASSAULT")
    assert e.trigger == "attack"
    assert "Islamic State" in " ".join(a.text for a in e.actors)
    assert not _skipped(skips, e.sent, "no verb")


def test_a_copular_toll_with_an_attack_is_a_report(pipeline: Any) -> None:
    # "were dead" has no verb but an auxiliary: the strikes are the attack
    evs, _ = run_text(pipeline, "At least 20 people were dead in Russian air strikes on Idlib.")
    e = find(evs, "ASSAULT")
    assert "Russia" in " ".join(a.text for a in e.actors)


def test_a_title_case_toll_with_its_attacker_is_a_report(pipeline: Any) -> None:
    evs, skips = run_text(pipeline, "At Least 19 Civilians Killed By Islamic State In Raqqa.")
    e = find(evs, "ASSAULT")
    assert "Islamic State" in " ".join(a.text for a in e.actors)
    assert not _skipped(skips, 0, "headline in title case")


def test_a_related_link_title_after_the_body_stays_out(pipeline: Any) -> None:
    # the same headline after running text is another article's title, not this one's event
    evs, skips = run_text(
        pipeline,
        "The army withdrew from the border town on Monday, officials said. "
        "18 dead in Islamic State attack on Kurdish town.",
    )
    assert not any(e.type == "ASSAULT" for e in evs), [(e.type, e.trigger) for e in evs]
    assert _skipped(skips, 1, "no verb")


def test_menus_and_headlines_with_no_casualty_stay_out(pipeline: Any) -> None:
    evs, skips = run_text(pipeline, "Home World Politics Syria")
    assert evs == []
    evs, skips = run_text(pipeline, "Four Armed Groups Join Ranks With The Rebel Alliance")
    assert evs == []
    assert _skipped(skips, 0, "headline in title case")
    # a toll with no attack and no attacker (an accident) is no attack headline
    evs, skips = run_text(pipeline, "12 Dead In Bus Crash On Coastal Highway In Latakia.")
    assert not any(e.type == "ASSAULT" for e in evs)
