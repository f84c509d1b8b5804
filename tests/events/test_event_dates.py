"""Every report's date with its basis: explicit, inherited, or a window (issue 13, item 4)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.events.test_event_cases import find, run_text

from newsgraph.calendar import date_range

PUB = date(2024, 3, 15)  # a Friday


def test_time_under_a_noun_phrase_participle_dates_the_clause_and_by_is_a_bound(
    pipeline: Any,
) -> None:
    evs, _ = run_text(
        pipeline,
        "Rebels launched an offensive against the army controlled city of Goma on Tuesday 12 "
        "March, capturing the airport by Thursday.",
        PUB,
    )
    e = find(evs, "ASSAULT")
    assert e.date == "2024-03-12" and e.date_basis == "explicit"


def test_since_is_a_bound_not_the_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Militants attacked the border post, which Kenya has held since 2017.", PUB
    )
    e = find(evs, "ASSAULT")
    assert e.date != "2017"


def test_undated_past_report_gets_the_week_before_publication(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kenyan police arrested the opposition leader.", PUB)
    e = find(evs, "COERCE")
    assert e.date is None and e.date_basis == "window"
    assert (e.date_start, e.date_end) == ("2024-03-08", "2024-03-15")


def test_future_or_present_report_gets_no_window(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kenya will send troops to Haiti.", PUB)
    assert evs and all(e.date_basis is None and e.date_start is None for e in evs)


def test_past_span_gives_its_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Over the past two weeks, the army has shelled rebel positions in Darfur.", PUB
    )
    e = find(evs, "ASSAULT")
    assert e.date_basis == "window" and e.date is None
    assert e.date_end == "2024-03-15" and e.date_start == "2024-03-01"


def test_nominal_during_a_dated_clause_takes_its_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "On Monday, during a phone call with the Kenyan president, Ethiopia's prime minister "
        "expressed concern about the border.",
        PUB,
    )
    e = find(evs, "CONSULT")
    assert e.date == "2024-03-11" and e.date_basis == "explicit"


def test_lead_reference_time_is_inherited_and_a_time_shift_blocks_it(pipeline: Any) -> None:
    text = (
        "Russia and Turkey on Monday signed a border agreement.\n"
        "In a meeting between Vladimir Putin and Recep Tayyip Erdogan, both leaders praised the "
        "deal.\nRussia later accused Ukraine of sheltering militants."
    )
    evs, _ = run_text(pipeline, text, PUB)
    consult = [e for e in evs if e.sent == 1 and e.type == "CONSULT"]
    assert consult and all(e.date == "2024-03-11" and e.date_basis == "inherited" for e in consult)
    later = [e for e in evs if e.sent == 2]
    assert later and all(e.date_basis != "inherited" for e in later)


def test_week_window_days() -> None:
    assert date_range("2024-W48") == ("2024-11-25", "2024-12-01")


def test_weeks_sort_by_their_monday_in_sql() -> None:
    import sqlite3

    from newsgraph.calendar import sql_start

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (d TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("2024-12-08",), ("2024-W48",), ("2020-W01",)])
    got = [r[0] for r in conn.execute(f"SELECT d FROM t ORDER BY {sql_start('d')}")]
    assert got == ["2020-W01", "2024-W48", "2024-12-08"]


def test_no_window_when_the_narration_is_elsewhen_or_durative(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "In 2015, Russia sent troops to Syria. Iran also supported Damascus.", PUB
    )
    later = [e for e in evs if e.sent == 1]  # the paragraph's time, or nothing: not this week
    assert later and all(e.date_basis != "window" for e in later)
    evs, _ = run_text(pipeline, "Throughout the war, Iran supplied weapons to Damascus.", PUB)
    assert evs and all(e.date_basis is None for e in evs)


def test_inherited_date_chains_through_the_paragraph(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Putin met Erdogan in Sochi on March 4. During this meeting, Erdogan criticised "
        "Russia. Putin reassured Erdogan of Moscow's support.",
        PUB,
    )
    last = [e for e in evs if e.sent == 2 and e.trigger == "reassured"]
    assert last and all(e.date == "2024-03-04" and e.date_basis == "inherited" for e in last)


# ---- reports with no tense of their own, frames and pledges (issue 13, item 4)


def test_a_fronted_time_adverbial_frames_the_paragraph_until_it_breaks(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Kenya has a new president.\nUganda is calm.\nThe rains came late.\n"  # past the lead
        "In 2015, Russia sent troops to Syria. Iran also supported Damascus.\n\n"
        "Iran also supported Damascus.",
        PUB,
    )
    framed = [e for e in evs if e.sent == 4 and e.type == "SUPPORT"]
    assert framed and all(e.date == "2015" and e.date_basis == "inherited" for e in framed)
    assert all(e.historical for e in framed)
    after = [e for e in evs if e.sent == 5 and e.type == "SUPPORT"]  # a new paragraph
    assert after and all(e.date is None for e in after)


def test_a_frame_does_not_date_a_present_perfect_or_a_shifted_report(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "In 2015, Russia sent troops to Syria. Iran has supported Damascus. "
        "Iran later supported Damascus.",
        PUB,
    )
    later = [e for e in evs if e.sent in (1, 2) and e.type == "SUPPORT"]
    assert later and all(e.date != "2015" for e in later)


def test_a_participle_of_a_party_takes_its_clause_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "In 2011, militants backed by Qatar launched a rebellion against the government.",
        PUB,
    )
    backed = [e for e in evs if e.trigger == "backed"]
    assert backed and backed[0].date == "2011" and backed[0].date_basis == "inherited"


def test_a_present_complement_holds_when_it_was_said(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Erdogan told Putin in a meeting on Monday that there is a need for more cooperation "
        "between Turkey and Russia.",
        PUB,
    )
    coop = [e for e in evs if e.trigger == "cooperation"]
    assert coop and coop[0].date == "2024-03-11" and coop[0].date_basis == "inherited"


def test_a_nominal_takes_the_time_of_its_verb(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "The president expressed to the Kenyan foreign minister his grievances regarding "
        "Uganda's support for the rebels.",
        PUB,
    )
    e = find(evs, "ACCUSE")
    assert e.date is None and e.date_basis == "window"
    assert (e.date_start, e.date_end) == ("2024-03-08", "2024-03-15")


def test_an_unread_time_phrase_blocks_the_default_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "In the days leading up to the vote, the president expressed to the Kenyan foreign "
        "minister his grievances regarding Uganda's support for the rebels.",
        PUB,
    )
    e = find(evs, "ACCUSE")
    assert e.date_basis is None and e.date_start is None


def test_a_pledge_is_dated_when_it_was_made_not_the_promised_act(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Turkey and Iran have agreed to resume diplomatic efforts with Russia.",
        PUB,
    )
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and all(e.date is None and e.date_basis == "window" for e in agree)
    evs, _ = run_text(
        pipeline,
        "Iran will bolster its support for Damascus, according to its foreign minister.",
        PUB,
    )
    e = find(evs, "AGREE")
    assert e.future and e.date_basis == "window" and e.date_end == "2024-03-15"


def test_a_purpose_or_a_speculation_gets_no_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "“It is crucial that we stand together to safeguard Syria’s unity,” the Iraqi "
        "president declared. Iran would consider sending troops to Syria.",
        PUB,
    )
    assert all(e.date_basis is None for e in evs if e.trigger != "declared")


def test_an_ongoing_present_act_is_windowed_at_publication(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Turkey claims to be fighting terrorism in Syria.", PUB)
    e = find(evs, "ASSAULT")
    assert e.date is None and e.date_basis == "window" and e.date_end == "2024-03-15"
    evs, _ = run_text(pipeline, "Iran supports the Syrian government.", PUB)
    assert all(e.date_basis is None for e in evs)  # a generic present: no bound


def test_a_participle_adjunct_shares_its_clause_time_and_tense(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Addressing a weekly press conference on Monday, the Kenyan spokesman accused Uganda of "
        "arming the rebels.",
        PUB,  # a Friday: the coming Monday is nearer, but the narration is past
    )
    e = find(evs, "ACCUSE")
    assert e.date == "2024-03-11" and e.date_basis == "explicit"


def test_a_reported_conditional_threat_is_dated_when_it_was_made(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "On Tuesday, the Kenyan minister indicated that Kenya would consider military "
        "intervention in Somalia if requested.",
        PUB,
    )
    threats = [e for e in evs if e.type == "THREATEN"]
    assert threats and all(e.date == "2024-03-12" for e in threats)


def test_a_sentence_dated_long_ago_moves_the_narration_even_without_an_event(
    pipeline: Any,
) -> None:
    evs, _ = run_text(
        pipeline,
        "The dam was finished in 2017 after years of work. Ankara later pledged its support for "
        "a political resolution in Syria.",
        PUB,
    )
    later = [e for e in evs if e.sent == 1]
    # not the week before publication: after 2017 ("later"), up to publication
    assert later and all(e.date is None and e.date_basis == "window" for e in later)
    assert all((e.date_start, e.date_end) == ("2017-01-01", "2024-03-15") for e in later)
    evs, _ = run_text(
        pipeline,
        "The dam was finished in 2017 after years of work. Iran also supported Damascus.",
        PUB,
    )
    after = [e for e in evs if e.sent == 1]  # the narration is elsewhen: from then on
    assert after and all(e.date is None and e.date_basis == "window" for e in after)
    assert all((e.date_start, e.date_end) == ("2017-01-01", "2024-03-15") for e in after)


def test_a_date_that_is_another_nouns_attribute_does_not_date_the_clause(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "In Ghouta, scene of the 2013 sarin attack, government jets bombed a market last week.",
        PUB,
    )
    e = find(evs, "ASSAULT")
    assert e.date == "2024-W10"  # last week, not 2013


def test_background_and_future_in_the_past_get_no_default_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "He told his parents he was going to spend three months in Kuwait meeting officials.",
        PUB,
    )
    meeting = [e for e in evs if e.trigger == "meeting"]
    assert meeting and all(e.date_basis is None for e in meeting)
    evs, _ = run_text(
        pipeline,
        "The court tried two men, who officials said attacked a police station in Mombasa.",
        PUB,
    )
    e = find(evs, "ASSAULT")
    assert e.date_basis is None  # a noun's background, not an act of the days before


# ---- background clauses, earlier tellings, weekend weeks (issue 13, item 4)


def test_a_temporal_clause_under_no_act_gets_no_window(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "When the rebels attacked Goma, she was still a student.", PUB)
    e = find(evs, "ASSAULT")
    assert e.date_basis is None and e.date_start is None
    evs, _ = run_text(
        pipeline, "As the army cracked down on the protests, she wanted to record every abuse.", PUB
    )
    e = find(evs, "COERCE")
    assert e.date_basis is None and e.date_start is None


def test_a_temporal_clause_under_a_reported_act_keeps_its_window(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Police opened fire when protesters stormed the parliament.", PUB)
    stormed = [e for e in evs if e.trigger == "stormed"]
    assert stormed and stormed[0].date_basis == "window"
    assert (stormed[0].date_start, stormed[0].date_end) == ("2024-03-08", "2024-03-15")


def test_a_participle_on_a_noun_gets_no_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "The relatives of three journalists killed by Israeli forces condemned the army.",
        PUB,
    )
    killed = [e for e in evs if e.trigger == "killed"]
    assert killed and killed[0].date_basis is None and killed[0].date_start is None


def test_an_act_told_earlier_than_the_window_gets_no_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Earlier this month, Reuters reported that Sudanese troops attacked the camp.",
        PUB,
    )
    e = find(evs, "ASSAULT")
    assert e.date_basis is None and e.date_start is None
    evs, _ = run_text(
        pipeline, "On Wednesday, Reuters reported that Sudanese troops attacked the camp.", PUB
    )
    e = find(evs, "ASSAULT")  # told within the window: the act is in it or just before
    assert e.date_basis in ("window", "inherited")


def test_a_verb_that_is_no_event_dates_its_conjunct(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "When prices fell in 2014 and militants swept across the north, the plans faded.",
        PUB,
    )
    swept = [e for e in evs if e.trigger == "swept"]
    assert swept and swept[0].date == "2014" and swept[0].date_basis == "inherited"


def test_last_week_at_a_weekend_is_a_window_over_both_weeks(pipeline: Any) -> None:
    saturday = date(2024, 3, 16)
    evs, _ = run_text(pipeline, "Government jets bombed the town last week.", saturday)
    e = find(evs, "ASSAULT")
    assert e.date is None and e.date_basis == "window"
    assert (e.date_start, e.date_end) == ("2024-03-04", "2024-03-16")
    evs, _ = run_text(pipeline, "Government jets bombed the town last week.", PUB)  # a Friday
    e = find(evs, "ASSAULT")
    assert e.date == "2024-W10" and e.date_basis == "explicit"


def test_a_since_clause_of_a_perfect_bounds_the_act_from_its_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Iran has supported the Syrian government since the war began in 2011.", PUB
    )
    e = find(evs, "SUPPORT")
    assert e.date is None and e.date_basis == "window"
    assert (e.date_start, e.date_end) == ("2011-01-01", "2024-03-15")
    evs, _ = run_text(pipeline, "Turkey has backed the rebels since the uprising began.", PUB)
    e = find(evs, "SUPPORT")  # from a time the text does not date: not this week
    assert e.date_basis is None and e.date_start is None


def test_a_clause_set_in_a_period_of_a_life_gets_no_window(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "During his time with the militia, he rose to the rank of commander, fighting "
        "alongside Kurdish forces in Raqqa.",
        PUB,
    )
    fighting = [e for e in evs if e.trigger == "fighting"]
    assert fighting and fighting[0].date_basis is None and fighting[0].date_start is None
    evs, _ = run_text(pipeline, "During the meeting, the minister criticised Kenya.", PUB)
    e = find(evs, "ACCUSE")  # a meeting is an event, not a period: the recent window stays
    assert e.date_basis == "window"


# ---- the discourse's reference time, acts of using, things taken as given (issue 13, item 4)


def test_a_past_act_after_an_older_time_is_windowed_from_that_time(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Ethiopia sent troops to Somalia in 2006. Kenyan forces attacked the rebels.", PUB
    )
    e = find(evs, "ASSAULT")  # not the week before publication, not undated: 2006 to now
    assert e.date is None and e.date_basis == "window"
    assert (e.date_start, e.date_end) == ("2006-01-01", "2024-03-15")
    evs, _ = run_text(
        pipeline,
        "In 2015, Russia sent troops to Syria. Iran also backed Damascus.\n\n"
        "The rebels refused to disarm.",
        PUB,
    )
    # a framed sentence moves the narration's time too, and a refusal is dated when refused
    e = find(evs, "REJECT")
    assert e.date is None and e.date_basis == "window"
    assert (e.date_start, e.date_end) == ("2015-01-01", "2024-03-15")


def test_a_refusal_is_dated_when_refused(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The rebels refused to disarm.", PUB)
    e = find(evs, "REJECT")
    assert e.date_basis == "window" and (e.date_start, e.date_end) == ("2024-03-08", "2024-03-15")
    evs, _ = run_text(pipeline, "The rebels will refuse to disarm.", PUB)
    assert all(e.date_basis is None for e in evs)


def test_what_a_thing_is_used_to_do_is_done_as_it_is_used(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The government is using the militias to attack the rebels.", PUB)
    e = find(evs, "ASSAULT")  # going on at publication, not a mere purpose
    assert e.date_basis == "window" and e.date_end == "2024-03-15"
    evs, _ = run_text(pipeline, "The government sent the militias to attack the rebels.", PUB)
    assert all(e.date_basis is None for e in evs if e.trigger == "attack")  # a purpose


def test_a_nominal_taken_as_given_holds_when_the_pledge_is_made(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Kenya will step up its support for Somalia in its fight against the militants, "
        "according to its foreign minister.",
        PUB,
    )
    fight = [e for e in evs if e.trigger == "fight"]  # the fight exists when this is said
    assert fight and fight[0].date_basis == "window" and fight[0].date_end == "2024-03-15"


def test_a_perfect_with_long_is_durative(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Iran has long backed the Houthi rebels.", PUB)
    e = find(evs, "SUPPORT")  # for years, not this week
    assert e.date_basis is None and e.date_start is None
    evs, _ = run_text(pipeline, "Iran has backed the Houthi rebels.", PUB)
    assert find(evs, "SUPPORT").date_basis == "window"


def test_a_participle_of_a_dated_act_shares_its_date(pipeline: Any) -> None:
    """ "..., killing dozens and wounding hundreds": the participles (and their conjuncts) are
    part of the dated act, on its day (dt11; 'wounding' was a window of the week before)."""
    evs, _ = run_text(
        pipeline,
        "Warplanes targeted the village on Tuesday, killing dozens of people and wounding "
        "hundreds.",
        PUB,
    )
    hurt = [e for e in evs if e.trigger == "wounding"]
    assert hurt and hurt[0].date == "2024-03-12" and hurt[0].date_basis == "inherited"


def test_a_clause_with_its_own_subject_does_not_share_the_date(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Warplanes targeted the village on Tuesday, while rebels were shelling the base.",
        PUB,
    )
    assert all(e.date != "2024-03-12" for e in evs if e.trigger.startswith("shell"))


def test_the_people_a_toll_counts_were_harmed_in_the_news_it_updates(pipeline: Any) -> None:
    """ "The number of civilians killed by the strike has risen": the killing is windowed
    like its toll's clause (dt11; it was undated as a participle on a noun); a participle on
    a noun no quantity counts stays undated."""
    evs, _ = run_text(
        pipeline,
        "The number of civilians killed by the air strike in the northern province has risen "
        "to 20, a monitor said.",
        PUB,
    )
    e = find(evs, "ASSAULT")
    assert e.date_basis == "window" and (e.date_start, e.date_end) == ("2024-03-08", "2024-03-15")
    evs, _ = run_text(
        pipeline, "The families of two men killed fighting the militia condemned the report.", PUB
    )
    assert find(evs, "ASSAULT").date_basis is None


def test_a_verb_in_the_present_shares_no_date(nlp: Any) -> None:
    """A present verb is no dated act to share with its participle (the past one is)."""
    from newsgraph.extract.events.stage import _part_of

    for text, head in (
        ("The group responds, killing 17 soldiers.", None),
        ("The group responded, killing 17 soldiers.", "responded"),
    ):
        doc = nlp(text)
        up = _part_of(next(t for t in doc if t.lower_ == "killing"))
        assert (up.text if up is not None else None) == head, text
