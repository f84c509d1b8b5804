"""Constructions of news English that carry an event and its parties (issue 13, recall):
denials, troop deployments, people detained or questioned, appeals ("want X to"), "under
attack from", "it" through the document. Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE


def _ids(refs: Any) -> list[str | None]:
    return [r.actor_id or r.country for r in refs]


def test_a_denial_is_a_rejection(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Iran denied any involvement in the tanker attacks on Friday.")
    ev = find(evs, "REJECT")
    assert _ids(ev.actors) == ["IRN"]


def test_sending_troops_is_mobilising(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russia sent troops to the border region on Tuesday.")
    ev = find(evs, "MOBILIZE")
    assert ev.mode == "troops"
    assert not [e for e in evs if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The two activists were detained by Egyptian police in Cairo.", "COERCE"),
        ("The pair have been questioned by Turkish intelligence officers.", "ACCUSE"),
    ],
)
def test_people_named_by_what_they_are_can_be_detained_or_questioned(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.actors and ev.actors[0].country in ("EGY", "TUR")


def test_questioning_a_claim_is_no_investigation(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Analysts questioned the figures in the annual report.")
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_struggling_to_cope_is_no_fight(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Local authorities are struggling to cope with the floods.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_under_attack_from_gives_both_parties(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kurdish fighters in the north came under attack from Turkey.")
    ev = find(evs, "ASSAULT")
    assert _ids(ev.actors) == ["TUR"]
    assert ev.recipients


def test_it_takes_the_subject_named_before(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Hezbollah has rebuilt its arsenal since 2006. It fired rockets at Israel on Monday.",
    )
    ev = find(evs, "ASSAULT")
    assert ev.actors[0].text == "It"
    assert ev.actors[0].actor_id is not None


def test_it_without_a_subject_antecedent_is_no_party(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "It was a cold morning. It attacked nobody, the report said.")
    assert evs == []


def test_objecting_is_disapproval(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Greece objected to the Turkish drilling plans on Monday.")
    ev = find(evs, "ACCUSE")
    assert _ids(ev.actors) == ["GRC"]


def test_strikes_aimed_at_a_place_are_attacks_a_labour_strike_is_not(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russian strikes on Idlib killed nine civilians on Sunday.")
    ev = find(evs, "ASSAULT")
    assert _ids(ev.actors) == ["RUS"]
    evs, _ = run_text(pipeline, "Nurses in Kenya went on strike on Monday over unpaid wages.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_passive_agent_is_no_object_of_the_verb_pattern(pipeline: Any) -> None:
    # "ATTACK GOVERNMENT" (criticism) is written for the object; here the government attacks.
    evs, _ = run_text(pipeline, "The rebels were attacked by government troops near Homs.")
    find(evs, "ASSAULT")
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_an_arrest_is_coercion_whoever_is_arrested(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Turkish police arrested two journalists in Ankara on Friday.")
    ev = find(evs, "COERCE")
    assert ev.mode == "arrest"


def test_the_conjoined_passive_keeps_who_was_acted_on(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "The pair had tried to cross the border and were later detained by Iraqi police.",
    )
    ev = find(evs, "COERCE")
    assert [r.text for r in ev.recipients] == ["The pair"]


def test_a_wish_told_in_the_past_is_no_appeal(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Analysts said Turkey never wanted the rebels to advance so far.")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_fighting_an_enemy_alongside_a_partner_is_an_attack(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Britain fought Isis alongside Kurdish fighters in Raqqa.")
    ev = find(evs, "ASSAULT")
    assert _ids(ev.actors) == ["GBR"]
    assert not [e for e in evs if e.type == "COOPERATE"]
    # with nothing fought, the partner's pattern stays cooperation
    evs, _ = run_text(pipeline, "Kurdish fighters fought alongside US special forces in Raqqa.")
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army was placed on high alert on Monday.",
        "Iran's navy has been on a heightened state of alert since March, officials said.",
        "The defence ministry issued an alert to the army on Monday.",
    ],
)
def test_a_state_of_alert_is_mobilisation(pipeline: Any, text: str) -> None:
    ev = find(run_text(pipeline, text)[0], "MOBILIZE")
    assert ev.cameo == "152"
    assert ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Office issued a travel alert for Egypt on Monday.",
        "Officials in Ankara said the alert had been lifted on Monday.",
    ],
)
def test_a_warning_is_no_alert_status(pipeline: Any, text: str) -> None:
    assert not [e for e in run_text(pipeline, text)[0] if e.type == "MOBILIZE"]


def test_seeming_to_act_is_no_act(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Turkey appeared to back the rebels in Idlib on Monday.")
    assert all(e.hypothetical for e in evs if e.type == "SUPPORT")
    evs, _ = run_text(pipeline, "Turkey backed the rebels in Idlib on Monday.")
    assert not find(evs, "SUPPORT").hypothetical


def test_a_double_quote_opened_in_a_double_quote_is_no_nesting() -> None:
    from newsgraph.quoting import quote_depths

    # a closing mark lost in a text without paragraph breaks: the next quote opens again
    text = "He said “we will stay. Later Iran said “Russia attacked the rebels” on Monday."
    d = quote_depths(text)
    assert max(d) == 1
    assert d[text.index("Russia")] == 1
    assert d[text.index("on Monday")] == 0
    # a single quotation inside a double one is nested; a plural possessive is no quote
    text = "Fidan said: “They told us ‘Russia attacked the rebels’ and left.” The rebels’ base"
    d = quote_depths(text)
    assert d[text.index("Russia")] == 2
    assert d[text.index("and left")] == 1
    assert d[text.index("base")] == 0
    text = "Iran said “the rebels’ positions were hit” and Turkey said “Kurdish fighters left”."
    d = quote_depths(text)
    assert d[text.index("positions")] == 1
    assert d[text.index("and Turkey")] == 0


def test_a_quote_left_open_does_not_hide_the_next_quotes_events(pipeline: Any) -> None:
    evs, skips = run_text(
        pipeline,
        "An official said “we are ready. Later the ministry said “Russia attacked the rebels"
        " in Idlib” on Monday.",
    )
    assert not any("nested quotation" in s.reason for s in skips)
    assert find(evs, "ASSAULT").reported


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Egypt has objected to the Israeli invasion of the border town.", "ISR"),
        ("The Iranian foreign ministry condemned Russia's air strikes on Idlib.", "RUS"),
    ],
)
def test_a_deplored_use_of_force_with_its_own_actor_is_an_attack(
    pipeline: Any, text: str, attacker: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert find(evs, "ACCUSE")
    assert _ids(find(evs, "ASSAULT").actors) == [attacker]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt condemned the attack on the embassy.",  # no attacker named
        "Syria accused Turkey of the attacks on Afrin.",  # an allegation
        "The coach criticised the Brazilian attack after the defeat.",  # no political critic
        "The manager complained about Liverpool's attack in the second half.",
        "Analysts criticised Apple's strike on the patent holder.",
    ],
)
def test_a_deplored_act_without_its_own_political_frame_is_no_attack(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan and Egypt cooperated on border security last year.",
        "Syria, Russia and Turkey have cooperated in the assault on the town.",
    ],
)
def test_cooperating_with_no_partner_but_the_subject_is_material_cooperation(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "COOPERATE")
    assert len({a.country for a in ev.actors}) >= 2
    assert not [e for e in evs if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The two companies cooperated on the new battery.",
        "Fans and players cooperated in the clean-up after the match.",
        "The minister said everyone should cooperate.",
    ],
)
def test_cooperation_of_no_political_parties_or_no_joint_act_is_no_event(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type in ("COOPERATE", "SUPPORT")]


def test_cooperating_with_a_partner_keeps_the_diplomatic_default(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russia cooperated closely with Iran last year.")
    ev = find(evs, "SUPPORT")
    assert [r.country for r in ev.recipients] == ["IRN"]


def test_cooperating_in_a_coded_act_is_material_cooperation(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kurdish fighters cooperated in the offensive against Isis.")
    find(evs, "COOPERATE")
    find(evs, "ASSAULT")


def test_a_fleet_is_a_force_that_can_be_put_on_alert(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "The Russian fleet has been on a heightened level of alert since March."
    )
    ev = find(evs, "MOBILIZE")
    assert _ids(ev.actors) == ["RUS"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # places taken in war: ASSAULT (issue 13, events_recall tune misses)
        ("Rebel fighters have captured a number of villages near the border.", 1),
        ("The army seized parts of the city on Friday.", 1),
        ("Government troops regained the border town on Monday.", 1),
        # what is no place is no occupation
        ("The patient regained consciousness on Monday.", 0),
        ("The party regained its majority in the state senate.", 0),
        ("The firm captured a number of new customers last year.", 0),
        ("The midfielder regained control of the ball.", 0),
    ],
)
def test_a_place_taken_in_war_is_an_assault(pipeline: Any, text: str, coded: int) -> None:
    evs, _ = run_text(pipeline, text)
    assert bool([e for e in evs if e.type in ("ASSAULT", "COERCE")]) == bool(coded), [
        (e.type, e.trigger) for e in evs
    ]
    assert not [e for e in evs if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a person put out of a place: expelled, CAMEO 174 (PLOVER COERCE)
        ("The mayor threw the journalist out of the press briefing.", 1),
        ("The governor kicked two activists out of the hearing on Monday.", 1),
        # no person put out: a case dismissed, a ball, a pitch
        ("The judge threw out the case on Tuesday.", 0),
        ("The striker kicked the ball out of play.", 0),
        ("The senator threw out the first pitch at the game.", 0),
    ],
)
def test_a_person_thrown_out_is_expelled(pipeline: Any, text: str, coded: int) -> None:
    evs, _ = run_text(pipeline, text)
    assert bool([e for e in evs if e.type == "COERCE" and e.cameo == "174"]) == bool(coded), [
        (e.type, e.trigger) for e in evs
    ]
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The National Guard occupies the quiet streets of the city.",
        "Ethiopia continues to occupy the border village of Badame.",
    ],
)
def test_occupying_a_place_is_holding_it_not_an_assault(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    e = find(evs, "COERCE")
    assert e.cameo == "192" and e.mode == "seize"
    assert not [x for x in evs if x.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the act is the complement of "managed to": coded there
        ("The army managed to kill dozens of militants near the border.", 1),
        ("Police managed to arrest the two suspects on Sunday.", 1),
        # managing something is no cooperation
        ("The ministry managed the crisis badly, critics said.", 0),
    ],
)
def test_managed_to_is_the_act_managed(pipeline: Any, text: str, coded: int) -> None:
    evs, _ = run_text(pipeline, text)
    assert bool([e for e in evs if e.type in ("ASSAULT", "COERCE")]) == bool(coded), [
        (e.type, e.trigger) for e in evs
    ]
    assert not [e for e in evs if e.type == "COOPERATE"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # munitions launched or fired at a target: an attack
        ("Militants launched mortars into the town on Friday.", 1),
        ("The rebels launched rockets at an army base on Friday.", 1),
        ("Government troops fired shells into the valley on Friday.", 1),
        # a launch into the sea is a test, a launched product is no weapon
        ("North Korea launched a ballistic missile into the sea on Friday.", 0),
        ("North Korea fired two missiles into the sea on Friday.", 0),
        ("The firm launched a new phone at a fair in Paris.", 0),
    ],
)
def test_munitions_launched_at_a_target_are_an_attack(pipeline: Any, text: str, coded: int) -> None:
    evs, _ = run_text(pipeline, text)
    assert bool([e for e in evs if e.type == "ASSAULT"]) == bool(coded), [
        (e.type, e.trigger) for e in evs
    ]


def test_attackers_are_a_party(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Suicide attackers targeted a checkpoint in the capital.")
    ev = find(evs, "ASSAULT")
    assert [a.text for a in ev.actors] == ["Suicide attackers"]
    evs, _ = run_text(pipeline, "The attackers have never been identified, police said.")
    assert not [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        # people counted are the actor of a protest
        ("Thousands of people protested against the government on Monday.", 1),
        ("Hundreds of people rallied outside the embassy on Monday.", 1),
        # of no other act, and bare "people" counts no crowd
        ("Thousands of people attended the concert on Monday.", 0),
        ("People protested.", 0),
    ],
)
def test_a_crowd_counted_is_the_actor_of_a_protest(pipeline: Any, text: str, protest: int) -> None:
    evs, _ = run_text(pipeline, text)
    found = [e for e in evs if e.type == "PROTEST"]
    assert bool(found) == bool(protest), [(e.type, e.trigger) for e in evs]
    assert all(a.sector == "CVL" for e in found for a in e.actors)
    assert not [e for e in evs if e.type != "PROTEST"]


def test_the_opposition_is_a_party(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The opposition demanded the resignation of the prime minister.")
    ev = find(evs, "REQUEST")
    assert [a.sector for a in ev.actors] == ["OPP"]
    evs, _ = run_text(pipeline, "The opposition to the plan grew on Monday.")
    assert not evs


@pytest.mark.parametrize(
    ("text", "plover", "actor"),
    [
        # "by V-ing" after a past act: the means is the subject's own act (branch evrec10)
        ("Moscow responded by expelling 23 British diplomats.", "SANCTION", "RUS"),
        ("Iran retaliated by seizing a British oil tanker in the Gulf.", "COERCE", "IRN"),
        (
            "Senator Smith took orders from the White House by posting criticisms of the Pentagon.",
            "ACCUSE",
            None,
        ),
    ],
)
def test_a_means_told_by_a_gerund_is_the_subjects_act(
    pipeline: Any, text: str, plover: str, actor: str | None
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.actors, ev
    if actor is not None:
        assert ev.actors[0].country == actor
    else:
        assert "Smith" in ev.actors[0].text


@pytest.mark.parametrize(
    "text",
    [
        # proposed, asked for or to come: no act of the subject's
        "The UN urged Israel to respond by withdrawing its troops from the border.",
        "Turkey can start by withdrawing its troops from the border.",
        "Turkey will respond by withdrawing its troops from the border.",
    ],
)
def test_a_means_proposed_or_to_come_is_no_act(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "RETREAT" and not (e.future or e.hypothetical)]
    assert not [e for e in evs if e.type == "RETREAT" and e.actors[0].country == "UN"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Russia slammed the American decision to withdraw from the treaty.", True),
        ("The new law was slammed by Russia as an attack on free speech.", True),
        # a crash, a door, a place shelled: no criticism
        ("A Russian rocket slammed into a building in the city centre.", False),
        ("The minister slammed the door on further talks with Russia.", False),
        ("Israeli forces slammed the town with artillery fire.", False),
    ],
)
def test_slamming_what_was_done_is_criticism(pipeline: Any, text: str, accused: bool) -> None:
    evs, _ = run_text(pipeline, text)
    found = [e for e in evs if e.type == "ACCUSE"]
    assert bool(found) == accused, [(e.type, e.trigger) for e in evs]
    if accused:
        assert found[0].actors[0].country == "RUS"


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Protesters dismissed the minister's comments as selfish.", True),
        ("The Kremlin dismissed calls for an international inquiry.", True),
        ("Iran dismissed the American accusations as baseless.", True),
        # dismissing a person is no rejection
        ("The president dismissed the defence minister on Monday.", False),
    ],
)
def test_dismissing_what_was_said_or_asked_is_rejection(
    pipeline: Any, text: str, rejected: bool
) -> None:
    evs, _ = run_text(pipeline, text)
    assert bool([e for e in evs if e.type == "REJECT"]) == rejected, [
        (e.type, e.trigger) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        # training a party is military aid (CAMEO 072), not an intent to cooperate (030)
        ("Iran trained the Houthi rebels in Yemen.", True),
        ("By arming and training Shia militants, Tehran has sought to push back Isis.", True),
        # nobody trained: no event
        ("She trained as a doctor in Damascus.", False),
    ],
)
def test_training_a_party_is_military_aid(pipeline: Any, text: str, aid: bool) -> None:
    evs, _ = run_text(pipeline, text)
    trained = [e for e in evs if e.trigger.lower().startswith("train")]
    assert [(e.type, e.cameo) for e in trained] == ([("AID", "072")] if aid else [])
    if aid:
        assert trained[0].actors[0].country == "IRN" and trained[0].recipients


def test_an_act_agreed_on_is_no_reported_speech(pipeline: Any) -> None:
    from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE

    # "agreed to V": the act agreed on, to come (AGREE), not a claim reported
    evs, _ = run_text(pipeline, "Iran and Saudi Arabia agreed to restore diplomatic relations.")
    ev = find(evs, "AGREE")
    assert not ev.reported and ev.future
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE
    # the infinitive of a claim stays reported
    evs, _ = run_text(pipeline, "The army claims to be fighting terrorists in the north.")
    assert find(evs, "ASSAULT").reported


@pytest.mark.parametrize(
    ("text", "hosted"),
    [
        # receiving an official is hosting a visit (CAMEO 043)
        ("Erdogan received the Iraqi prime minister in Ankara.", True),
        ("The Iraqi prime minister was received by Erdogan in Ankara on Monday.", True),
        # receiving refugees or a letter is no visit
        ("Turkey has received 3 million Syrian refugees since 2011.", False),
        ("The minister received a letter from the American president.", False),
    ],
)
def test_receiving_an_official_is_hosting_a_visit(pipeline: Any, text: str, hosted: bool) -> None:
    evs, _ = run_text(pipeline, text)
    found = [e for e in evs if e.type == "CONSULT" and e.cameo == "043"]
    assert bool(found) == hosted, [(e.type, e.cameo, e.trigger) for e in evs]
    if hosted:
        assert "erdogan" in (found[0].actors[0].actor_id or "") and found[0].recipients


@pytest.mark.parametrize(
    ("text", "plover", "actor", "recipient"),
    [
        # a light verb the subject undergoes: the giver ("from"/"by") acts, the subject gets it
        ("Jordan received military aid from the United States.", "AID", "USA", "JOR"),
        ("Egypt received humanitarian assistance from the EU.", "AID", "EU", "EGY"),
    ],
)
def test_what_a_party_receives_is_the_givers_act(
    pipeline: Any, text: str, plover: str, actor: str, recipient: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert [a.actor_id or a.country for a in ev.actors] == [actor]
    assert [r.actor_id or r.country for r in ev.recipients] == [recipient]


# ---------------------------------------------------------------- branch evrec11


@pytest.mark.parametrize(
    ("text", "plover", "actor"),
    [
        # the clause of a counted time tells the act itself, not a description of a noun
        ("It was the second time this month that rebels attacked the convoy.", "ASSAULT", "rebels"),
        ("This was the first time the army had shelled the town.", "ASSAULT", "the army"),
        (
            "It was the first time that Turkey had publicly accused Russia of breaking the truce.",
            "ACCUSE",
            "Turkey",
        ),
    ],
)
def test_a_counted_time_tells_its_act(pipeline: Any, text: str, plover: str, actor: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert [a.text for a in ev.actors] == [actor]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "He recalled the time the army shelled the town.",  # no count: a time described
        "It was the time that he spent in Damascus that changed him.",
    ],
)
def test_a_time_not_counted_stays_a_description(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not evs, [(e.type, e.trigger) for e in evs]


def test_a_deplored_attack_with_no_attacker_named_is_no_act_of_the_deplorer(pipeline: Any) -> None:
    # the attack is told as done by the harm it did; the one who condemns it did not do it
    text = "The opposition condemned the bombing that killed 12 people in the market."
    evs, _ = run_text(pipeline, text)
    assert [a.text for a in find(evs, "ACCUSE").actors] == ["The opposition"]
    ev = find(evs, "ASSAULT")
    assert not ev.actors
    assert ev.confidence < DEFAULT_MIN_CONFIDENCE  # evidence for the analysis, not shown


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Turkey condemned the Russian air strikes that killed 20 civilians.", ["RUS"]),
        ("Syria condemned the attack on its embassy.", None),  # no harm told: the ACCUSE only
        ("Russia condemned the attack and called for an investigation.", None),
    ],
)
def test_a_deplored_attack_keeps_its_named_attacker_or_stays_covered(
    pipeline: Any, text: str, attackers: list[str] | None
) -> None:
    evs, _ = run_text(pipeline, text)
    found = [e for e in evs if e.type == "ASSAULT"]
    if attackers is None:
        assert not found, [(e.type, e.trigger) for e in evs]
    else:
        assert [a.actor_id or a.country for a in found[0].actors] == attackers


@pytest.mark.parametrize(
    ("text", "plover", "actor"),
    [
        # a "when" clause the parser hangs on a date as a relative clause is a time clause
        (
            "The scene played out in August, when Trump threw the reporter out of a news "
            "conference.",
            "COERCE",
            "Trump",
        ),
        ("Ties soured in 2015, when Russia launched air strikes in Syria.", "ASSAULT", "Russia"),
    ],
)
def test_a_when_clause_on_a_date_tells_its_act(
    pipeline: Any, text: str, plover: str, actor: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert [a.text for a in ev.actors] == [actor]
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_when_clause_on_a_date_is_background_to_a_main_event(pipeline: Any) -> None:
    # framed like a "when" clause on the verb: the main event is the report
    evs, _ = run_text(pipeline, "The rebels retreated in March, when the army shelled the town.")
    assert find(evs, "RETREAT")
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.trigger) for e in evs]
