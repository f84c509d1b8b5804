"""Verb senses fixed by the object or the complement (issue 13, event types): asking for aid,
stopping aid or talks, lifting sanctions, releasing a person, expelling diplomats, receiving
observers, selling arms, a statement's participle ("issued a statement condemning"), refusals
(negated consent, "refused to"), legal accusations and convictions, demands made through a
verb of saying ("said X must"), allegations through one ("said X had armed the terrorists"),
conditional threats ("will ... unless"). Sentences made up for these tests (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from test_event_cases import find, run_text

from newsgraph.extract.events.confidence import DEFAULT_MIN_CONFIDENCE


def _types(evs: Any) -> list[str]:
    return sorted(e.type for e in evs)


def _ids(refs: Any) -> list[str | None]:
    return [r.actor_id or r.country for r in refs]


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Egypt asked Sudan for military aid on Monday.", "REQUEST", "023"),
        ("France halted economic aid to Syria last week.", "SANCTION", "162"),
        ("Russia suspended talks with Ukraine on Friday.", "SANCTION", "164"),
        ("Germany lifted sanctions against Iran on Wednesday.", "RETREAT", "085"),
        ("Egypt lifted the state of emergency on Sunday.", "RETREAT", "0814"),
        ("Turkish police released the journalist on Tuesday.", "RETREAT", "0841"),
        ("Russia expelled two British diplomats on Monday.", "SANCTION", "166"),
        ("Iran rejected the American ultimatum on Sunday.", "REJECT", "120"),
        ("The Iraqi government sued Exxon over the contracts.", "ACCUSE", "115"),
        ("A Turkish court convicted the former minister of corruption.", "SANCTION", "116"),
        ("Qatar ended its mediation efforts between Hamas and Israel.", "SANCTION", "165"),
        ("Iran received a mission of observers from the IAEA on Monday.", "RETREAT", "086"),
        ("Britain sells arms to Saudi Arabia.", "AID", "072"),
        ("The Egyptian government agreed to the demands of the protesters.", "CONCEDE", "083"),
        ("Serbia eased emergency measures in Kosovo on Wednesday.", "RETREAT", "0814"),
        ("Hamas issued a statement condemning the Israeli strikes.", "ACCUSE", "111"),
        # promised cooperation is the intent to cooperate (PLOVER AGREE, CAMEO 03)
        ("France pledged support for the Lebanese army.", "AGREE", "032"),
        ("Japan promised humanitarian aid to Myanmar.", "AGREE", "0333"),
        ("Turkey offered military assistance to Azerbaijan.", "AGREE", "0332"),
        # an agreement concluded (CAMEO 057), never an attack
        ("The two governments struck an agreement on border security.", "SUPPORT", "057"),
        # combatants captured are ASSAULT `abduct' (the PLOVER manual); people, an arrest
        ("The army captured 30 rebel fighters.", "ASSAULT", "181"),
        ("Police captured the suspect after a chase.", "COERCE", "173"),
        # mines laid are an attack with explosives
        ("The militants laid mines on the main road.", "ASSAULT", "1833"),
    ],
)
def test_the_object_fixes_the_verb_sense(pipeline: Any, text: str, plover: str, cameo: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.cameo == cameo
    assert len(evs) == 1, _types(evs)


def test_a_labour_strike_ended_is_no_deescalation(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Teachers in Belgrade ended their strike on Monday.")
    assert not [e for e in evs if e.type == "RETREAT"]


def test_a_hunger_strike_is_a_protest(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Palestinian prisoners began a hunger strike on Monday.")
    assert find(evs, "PROTEST").mode == "hunger"


def test_negated_consent_is_a_refusal_not_a_negated_act(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Israel will not allow Palestinian refugees to return.")
    ev = find(evs, "REJECT")
    assert _ids(ev.actors) == ["ISR"]
    assert not ev.negated and not ev.future


def test_refusing_an_act_is_a_rejection_and_declining_to_comment_is_nothing(
    pipeline: Any,
) -> None:
    evs, _ = run_text(pipeline, "Hamas refused to allow the inspectors to enter Gaza.")
    assert _types(evs) == ["REJECT"]
    evs, _ = run_text(pipeline, "Iran declined to comment on the report on Sunday.")
    assert evs == []


def test_said_that_another_party_must_act_is_a_demand(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Egypt said on Monday that Israel must halt its attacks on Gaza.")
    ev = find(evs, "REQUEST")
    assert _ids(ev.actors) == ["EGY"]
    assert _ids(ev.recipients) == ["ISR"]
    assert _types(evs) == ["REQUEST"]  # the attacks demanded to stop are no second event


def test_a_party_saying_it_must_act_makes_no_demand(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Syria said on Monday that it must defend itself.")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_an_allegation_through_a_neutral_verb_of_saying(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Damascus said on Monday that Washington had armed the terrorists in Idlib."
    )
    ev = find(evs, "ACCUSE")
    assert [r.country for r in ev.recipients] == ["USA"]
    assert _types(evs) == ["ACCUSE"]  # the arming is the allegation, not a fact in its voice


def test_a_report_of_an_attack_through_said_stays_the_attack(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The army said Isis fighters attacked a checkpoint on Monday.")
    assert _types(evs) == ["ASSAULT"]


def test_an_act_announced_unless_a_condition_is_met_is_a_threat(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Nigeria said on Monday that it will withdraw its troops from Mali unless the junta "
        "holds elections.",
    )
    ev = find(evs, "THREATEN")
    assert not ev.hypothetical


def test_sworn_to_fight_is_a_threat(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Kurdish rebels have sworn to fight until the regime falls.")
    assert _types(evs) == ["THREATEN"]


def test_a_promise_carries_the_act_promised_with_its_parties(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Britain promised to continue military aid to Mozambique.")
    ev = find(evs, "AGREE")
    assert [r.country for r in ev.recipients] == ["MOZ"]
    assert _types(evs) == ["AGREE"]


def test_volunteering_for_a_group_is_no_offer(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "He volunteered for the Kurdish YPG militia in 2015.")
    assert not [e for e in evs if e.type == "AGREE"]


def test_reported_would_is_a_threat_only_for_the_speakers_own_act(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Hezbollah said on Friday that it would attack Israeli positions.")
    assert find(evs, "THREATEN")
    evs, _ = run_text(pipeline, "Analysts said on Friday that Russia would attack Ukraine.")
    assert not [e for e in evs if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it might launch a new offensive against Kurdish fighters.",
        "The interior minister said he may use his powers to exclude the activist from the "
        "country.",
    ],
)
def test_force_a_speaker_says_it_may_use_is_a_threat(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "THREATEN")
    assert not ev.hypothetical
    assert not [e for e in evs if e.type in ("ASSAULT", "COERCE", "SANCTION")]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Russia could attack the port.",  # a prediction about another party
        "The minister said he could be arrested on his return.",  # done to the speaker
        "The president said he may meet the rebels next week.",  # no force
        "The coach said his team could attack more in the second half.",
    ],
)
def test_what_a_speaker_says_may_happen_is_no_threat(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Turkish police prevented the demonstration in Istanbul on Sunday.", "COERCE"),
        ("Washington pressured Ankara to release the pastor.", "REQUEST"),
        ("Russia increased its military presence in Syria last month.", "MOBILIZE"),
        ("Protesters blocked roads in Beirut on Monday.", "PROTEST"),
        ("Government forces blocked the road to the Turkish border.", "COERCE"),
    ],
)
def test_suppressing_a_protest_and_pressing_a_party(pipeline: Any, text: str, plover: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert _types(evs) == [plover]


def test_an_agreement_to_act_on_a_party_is_one_report(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline, "Ethiopia agreed on Monday to reopen its border to UN peacekeepers."
    )
    assert _types(evs) == ["AGREE"]
    evs, _ = run_text(pipeline, "President Akayev agreed on Monday to resign.")
    assert _types(evs) == ["AGREE"]


def test_what_a_demand_asks_for_is_no_second_event(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Washington demanded that Hamas renounce its armed struggle.")
    assert _types(evs) == ["REQUEST"]


def test_a_view_about_a_party_is_no_demand(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Ronalds said on Monday that Australia should be concerned.")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_stopping_someone_elses_attacks_is_no_deescalation(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "US forces did not act to stop attacks on civilians in Idlib.")
    assert not [e for e in evs if e.type == "RETREAT"]
    evs, _ = run_text(pipeline, "Russia halted its offensive in Idlib on Monday.")
    assert find(evs, "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "The minister's family were dismayed by the interior minister's remarks on the radio.",
        "The US decision to arm Kurdish fighters dismayed Turkey.",
        "Egypt was disappointed by the ruling of the Israeli court.",
        "Fans were disappointed by the result on Saturday.",
    ],
)
def test_a_feeling_whose_object_feels_is_no_disapproval(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.type == "ACCUSE"], [(e.type, e.trigger) for e in evs]


def test_a_feeling_its_subject_voices_stays_disapproval(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Germany deplored the decision by Russia to expel its diplomats.")
    ev = find(evs, "ACCUSE")
    assert _ids(ev.actors) == ["DEU"]


# ---------------------------------------------------------------- branch evsense3
# Word senses and frames the parse settles (issue 13, precision first on other outlets' news).
# Each rule has a sentence it must drop and one of the same shape it must keep.
@pytest.mark.parametrize(
    "text",
    [
        # a record or a text released, withdrawn or filmed: no prisoner freed, no attack
        "The judge ordered the release of the memos from the agency.",
        "The ministry withdrew the request on Friday.",
        "The blurry footage, shot by a nurse in the ward, was shown on television.",
        # an opinion disputed
        "The ambassador and other officials have strongly disputed that notion.",
        "The spokesman rejected the idea that the cabinet was divided.",
        "The woman disputes the idea that she needed to be hospitalized.",
        # calling someone on a thing, hitting upon an idea
        "The senator called them on it.",
        "The governor has struggled to hit upon a clear message for his campaign.",
        # the setting of a speech, no protester named
        "At a rally in Ohio, Senator Warren said the plan would fail.",
        # a task given to one's own staff
        "The senator asked her assistant to print the letters.",
        # a caution against a way of doing or seeing, nobody warned
        "The governor cautioned against reading the poll as a verdict.",
    ],
)
def test_a_sense_the_parse_settles_is_not_shown(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE], [
        (e.type, e.trigger, e.confidence) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Police released the detained journalist on Tuesday.", "RETREAT"),
        ("The army withdrew its troops from the border town.", "RETREAT"),
        ("A protester was shot by soldiers in the square.", "ASSAULT"),
        ("Iran rejected the American proposal on Monday.", "REJECT"),
        ("Iran called on Iraq to release the prisoners.", "REQUEST"),
        # (a parser may take the party called on as the verb's object, "on" left alone)
        (
            "Lawmakers from Peru's Popular Party called on Interior Minister Carlos Ruiz"
            " to resign.",
            "REQUEST",
        ),
        ("Police seized on Monday a ship carrying weapons.", "COERCE"),
        ("Police fired tear gas at a protest of farmers in the capital.", "ASSAULT"),
        ("The government urged its citizens to leave Lebanon.", "REQUEST"),
        ("The minister asked his counterpart to release the prisoners.", "REQUEST"),
        ("The US warned Iran against attacking the tankers.", "THREATEN"),
        ("Russia warned against any foreign intervention in Syria.", "THREATEN"),
    ],
)
def test_the_same_shapes_with_the_political_sense_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


def test_the_frame_of_an_adjective_is_its_copulas(pipeline: Any) -> None:
    """ "will not be able to attack": the negation and the modal sit on "be", not on "able"."""
    evs, _ = run_text(pipeline, "The army will not be able to attack the town.")
    ev = find(evs, "ASSAULT")
    assert ev.negated and ev.future and ev.confidence < DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(pipeline, "The army was able to attack the town on Monday.")
    ev = find(evs, "ASSAULT")
    assert not (ev.negated or ev.future or ev.hypothetical)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_present_when_clause_tells_what_happens_each_time(pipeline: Any) -> None:
    """ "whenever the rebels attack the city, the army shells their villages": both acts are
    generic (each time), neither is told as happened; a past "when" clause is."""
    evs, _ = run_text(
        pipeline, "Whenever the rebels attack the city, the army shells the villages."
    )
    assert len(evs) == 2 and all(e.hypothetical for e in evs)
    assert all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in evs)
    evs, _ = run_text(pipeline, "When the army attacked the town on Monday, residents fled.")
    ev = find(evs, "ASSAULT")
    assert not ev.hypothetical and ev.confidence >= DEFAULT_MIN_CONFIDENCE


# ---------------------------------------------------------------- branch evsense4
# Campaign, travel and money prose read as political acts (issue 13, precision first on other
# outlets' news, the fourth fresh set): each rule has sentences it must drop and ones of the
# same shape it must keep.
@pytest.mark.parametrize(
    "text",
    [
        # a contest: a poll's result, a share of the electorate won
        "A new poll shows the senator beating the governor in the state.",
        "Senator Warren pulled in a third of the electorate in the state.",
        # people gathered, no force mobilised
        "The senator rallied her supporters in Ohio on Tuesday.",
        "Thousands of students rallied against the new law in the capital.",
        "The prime minister is rallying a coalition against the opposition parties.",
        # a place left, a trip to a town at home
        "The refugees left the town on Monday.",
        "Hillary Clinton traveled to Des Moines on Tuesday.",
        "Vladimir Putin visited Kazan on Tuesday.",
        # support the subject has, time or money spent on no party
        "The opposition leader has strong support among farmers.",
        "The minister spent three days in Cairo.",
        "Senator Warren spent $2 million on television ads in Iowa.",
    ],
)
def test_campaign_travel_and_money_prose_is_not_shown(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE], [
        (e.type, e.trigger, e.confidence) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The army defeated the rebels in the town.", "ASSAULT"),
        ("The army mobilized 20,000 reservists on Monday.", "MOBILIZE"),
        ("Iran mobilized its troops along the border with Iraq.", "MOBILIZE"),
        ("The governor rallied the National Guard after the riots.", "MOBILIZE"),
        (
            "The foreign minister left for Beijing on Monday for talks with Chinese officials.",
            "CONSULT",
        ),
        ("The president visited Russia on Monday.", "CONSULT"),
        ("Emmanuel Macron traveled to Kyiv on Tuesday.", "CONSULT"),
        ("Vladimir Putin visited Ankara on Tuesday.", "CONSULT"),
        ("Germany supported the Ukrainian government on Monday.", "SUPPORT"),
    ],
)
def test_the_same_shapes_with_a_force_a_host_or_a_party_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


def test_going_to_and_a_modal_over_a_noun_are_not_told_as_done(pipeline: Any) -> None:
    """ "is going to attack" is to come; "could expose X to further attacks" supposes them;
    "is going to the town to attack" and "faced attacks" tell them."""
    evs, _ = run_text(pipeline, "The army is going to attack the town.")
    ev = find(evs, "ASSAULT")
    assert ev.future and ev.confidence < DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(pipeline, "The army is going to the town to attack the rebels.")
    ev = find(evs, "ASSAULT")
    assert not ev.future and ev.confidence >= DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(
        pipeline, "The plan could open Senator Warren up to further attacks by Mr. Biden."
    )
    ev = find(evs, "ACCUSE")
    assert ev.hypothetical and ev.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        # a company deal, whoever the parties
        "Acme Electric agreed to sell a 40% stake to Zenith Holdings of Canada for $90 million.",
        "French regulators have cleared Alpha Bank's takeover of a majority stake in Beta Finance.",
        # an opinion disagreed with
        "The mayor disagrees with the governor's stance on immigration.",
        # a negation carried over "or"; the content of a suggestion
        "Police said the suspect did not attack the guard or threaten anyone else.",
        "The senator's aides bristle at the suggestion that she is entirely to blame for the feud"
        " with the governor.",
    ],
)
def test_deals_opinions_and_what_is_not_told_as_done_are_not_shown(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert not [e for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE], [
        (e.type, e.trigger, e.confidence) for e in evs
    ]


def test_the_same_shapes_with_an_act_stay(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "Russia agreed to sell S-400 missiles to Turkey on Monday.")
    assert find(evs, "AGREE")
    for text in (
        "The mayor disagreed with the governor on Monday.",
        "The senator blamed the governor for the feud.",
    ):
        evs, _ = run_text(pipeline, text)
        assert find(evs, "ACCUSE").confidence >= DEFAULT_MIN_CONFIDENCE, text
    evs, _ = run_text(
        pipeline, "Police said the suspect did not attack the guard and then threatened the owner."
    )
    assert find(evs, "THREATEN").confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_word_of_a_treatys_name_is_no_event(pipeline: Any) -> None:
    evs, _ = run_text(
        pipeline,
        "Mr. Smith has also hit Mrs. Jones over her trade record, including the Central American"
        " Free Trade Agreement, which many voters believe hurt American workers.",
    )
    assert not [e for e in evs if e.trigger == "Agreement"]
    assert find(evs, "ACCUSE").confidence >= DEFAULT_MIN_CONFIDENCE


def test_money_spent_on_a_person_and_a_supposed_purpose_are_not_shown(pipeline: Any) -> None:
    """ "spent $3 million attacking Senator X": campaign ads, not an attack; a force paid for
    stays ("spent $10 billion bombing the militants"), and so does aid paid for ("arming").
    The purpose of a supposed trip is supposed ("why X would come here to criticize Y")."""
    evs, _ = run_text(pipeline, "The group spent $3 million attacking Senator Warren in Iowa.")
    assert not [e for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE]
    evs, _ = run_text(pipeline, "The US has spent $10 billion bombing the militants in Syria.")
    assert find(evs, "ASSAULT").confidence >= DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(pipeline, "The government spent $2 billion arming the rebels.")
    assert find(evs, "COOPERATE").confidence >= DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(
        pipeline,
        "The mayor said he understood why Senator Warren would come here to criticize"
        " Governor Smith.",
    )
    ev = find(evs, "ACCUSE")
    assert ev.hypothetical and ev.confidence < DEFAULT_MIN_CONFIDENCE
    evs, _ = run_text(pipeline, "Senator Warren came here to criticize Governor Smith.")
    assert find(evs, "ACCUSE").confidence >= DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "The Senate killed the bill on Tuesday.",
        "Republicans killed the proposal in committee on Monday.",
        "The committee killed the measure last week.",
    ],
)
def test_killing_a_bill_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert "ASSAULT" not in _types(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces killed a teenager in the city on Monday.",
        "The rebels killed dozens of soldiers near the town on Monday.",
        "The militants killed two and wounded five on Monday.",
        "The army killed the rebel commander on Sunday.",
    ],
)
def test_killing_people_stays_an_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert "ASSAULT" in _types(evs)


# ---------------------------------------------------------------- branch evsense9
# Word senses fixed by the object, the complement or a particle (issue 13, shown reports on
# other outlets' news): each wrong sense dropped, and the same verb in its political sense kept.
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a talk given, nobody reproached
        (
            "The economist traveled abroad for conferences and lectured on human rights at the"
            " parliament.",
            "ACCUSE",
        ),
        # going on with one's own course
        ("The police pushed ahead with their investigation into the shooting.", "COERCE"),
        # effort, no fight
        (
            "The family has fought to keep the boy, saying they could give him a better life.",
            "ASSAULT",
        ),
        # advice against a state of mind, nobody threatened
        ("The government warned against excessive optimism about the talks.", "THREATEN"),
        # a stance taken, no place
        (
            "The ministry already has taken the position the only person who can ask for asylum"
            " is the father.",
            "ASSAULT",
        ),
        # a siege broken through: no norm or agreement breached
        ("Government forces breached the siege of the city on Monday.", "REJECT"),
        # the first half of a compound word is not the verb
        ("The rebels attempted to counter-attack near the airport.", "ACCUSE"),
        # a worry voiced, no meeting
        ("Iran has repeatedly raised concerns about the residents of the town.", "CONSULT"),
        # a state's own vote held, a count investigated
        ("Ethiopia held elections in May and invited observers.", "AGREE"),
        ("Syria is investigating the number of casualties.", "ACCUSE"),
        # a bill voted down is rejected, nobody accused
        ("The senator voted against the president's crime bill.", "ACCUSE"),
    ],
)
def test_a_sense_its_object_or_particle_rules_out_is_not_reported(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert plover not in _types(evs), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The minister lectured the ambassador on human rights.", "ACCUSE"),
        ("Troops pushed into the town on Monday.", "ASSAULT"),
        ("The rebels fought to retake the town.", "ASSAULT"),
        ("The rebels fought the army near the town.", "ASSAULT"),
        ("The US warned Iran against attacking the tankers.", "THREATEN"),
        ("The rebels took positions near the bridge, the army said.", "ASSAULT"),
        ("The rebels took the town on Monday.", "ASSAULT"),
        ("The rebels seized a position on the hill overlooking the town.", "ASSAULT"),
        ("The rebels seized a position that overlooks the town.", "ASSAULT"),
        ("Iran breached the agreement on Monday.", "REJECT"),
        ("The rebels attempted to counter-attack near the airport.", "ASSAULT"),
        ("The senator voted against the president's crime bill.", "REJECT"),
        ("Police are investigating the suspect.", "ACCUSE"),
        ("Troops attacked the town on Monday.", "ASSAULT"),
        ("Police fired tear gas at the protesters.", "ASSAULT"),
        ("The army launched an offensive against the rebels.", "ASSAULT"),
    ],
)
def test_the_same_verbs_in_their_political_sense_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


@pytest.mark.parametrize(
    "text",
    [
        "The two governments struck a deal on trade.",
        "The company fired its chief executive on Monday.",
        "The company launched a new phone on Monday.",
        "The senator attacked the plan on Tuesday.",
    ],
)
def test_deals_staff_products_and_plans_are_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert "ASSAULT" not in _types(evs), [(e.type, e.trigger) for e in evs]


# Branch evprec10 (issue 13, events precision on other outlets' news): a position taken apart
# from a party, a side driven back, a step of a court case, a company's deal, a departure, an
# act to be done to the subject, a time clause to come, a supposed attack as a subject, a
# letter's content as its act. Every case ruled out here but the deadline moved fails on main
# 0a80dd6.
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a reflexive object with "from", a verb of parting with "from"/"with": a position
        ("After the backlash, the senator quickly distanced himself from the bill.", "ACCUSE"),
        ("The governor broke from his own party's position on the tax plan.", "ASSAULT"),
        # "push back": a side driven back (a fight) or a date moved, never a request
        ("The militia tried to push back the army's offensive on Monday.", "REQUEST"),
        ("The rebels pushed back the government forces from the town.", "REQUEST"),
        # a step of a court case: a lawsuit dismissed
        ("The Justice Department moved to dismiss the lawsuit of the activists.", "ACCUSE"),
        # leaving a place is no visit
        ("The chancellor departs France for Italy today.", "CONSULT"),
        # the letter's participle is the act; the sending is no meeting
        ("The senators sent a letter on Monday urging the president to veto the bill.", "CONSULT"),
    ],
)
def test_a_position_a_court_step_or_a_departure_is_not_reported(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert plover not in _types(evs), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        # a company named by its legal form, on no political party
        "Acme Holdings Inc. has agreed to acquire Widget Corp. for $50 a share.",
        # what is to be done to the subject: its agent promised nothing
        "The chancellor will be welcomed by hundreds of students in Rome.",
        # a present-tense time clause: the visit is to come
        "France must wait until Lakhdar Brahimi visits Damascus.",
        # an indefinite attack as the subject of a modal: supposed
        "Beijing warned that Israeli air strikes against Iran could harm the talks.",
        # "pushed back the deadline": no interaction
        "The committee pushed back the deadline by a week.",
    ],
)
def test_a_company_deal_and_acts_to_come_are_not_shown(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    shown = [(e.type, e.trigger) for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE]
    assert not shown, shown


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The rebels pushed back the government forces from the town.", "ASSAULT"),
        ("The opposition pushed for new negotiations with the government.", "REQUEST"),
        ("The president dismissed the accusations of the opposition.", "REJECT"),
        ("The government appealed to the United Nations for help.", "REQUEST"),
        ("Russia has agreed to sell weapons to Syria.", "AGREE"),
        ("The president visited Britain on Monday.", "CONSULT"),
        ("France will provide aid to Lebanon.", "AGREE"),
        ("Lakhdar Brahimi visited Damascus on Tuesday.", "CONSULT"),
        ("The Israeli air strikes against Iran killed ten people.", "ASSAULT"),
        ("The army blasted the rebel positions with artillery.", "ASSAULT"),
        ("The president sent a letter to the king on Monday.", "CONSULT"),
        ("The senators sent a letter on Monday urging the president to veto the bill.", "REQUEST"),
    ],
)
def test_the_same_shapes_with_a_party_a_force_or_an_act_done_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)
    if "urging the president" in text:
        assert [r.text for r in ev.recipients] == ["the president"]


# Branch evsense10 (issue 13, word senses and types on other outlets' news, round two): a person
# dismissed or removed from office, a thing asked for, negotiating, a meeting ended, positions
# that differ, a sweep across a place, a company deal agreed through "they", a letter of protest,
# a government's protest. Every case ruled out or recoded here fails on main 3bdb39d but the
# storm (a guard of the new sweep rule, no event on main either); the cases that stay pass on
# both.
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # firing a person is no accusation (PLOVER has no event for a reshuffle)
        ("The prime minister dismissed the defence minister on Tuesday.", "ACCUSE"),
        ("The defence minister was dismissed by the prime minister.", "ACCUSE"),
        # an office holder dismissed or removed: a firing, no accusation nor expulsion
        ("The prime minister dismissed the head of the central bank.", "ACCUSE"),
        ("The president removed the army chief on Monday.", "COERCE"),
        # a government's protest is a complaint, no demonstration
        ("The Turkish deployment was protested by Baghdad on Monday.", "PROTEST"),
        ("The Syrian government protested the American presence on its territory.", "PROTEST"),
        # a news conference ended is over, no talks halted
        ("The minister and the ambassador ended a news conference in the capital.", "SANCTION"),
        # positions that differ on a matter
        ("Turkey and Greece have differed on the borders in the Aegean.", "ACCUSE"),
        # a movement across a place: no search or inquiry; a storm's is no attack
        ("The rebels have swept across the northern province in recent weeks.", "ACCUSE"),
        ("A powerful storm has swept across the northern province this week.", "ASSAULT"),
        # a company deal agreed, told through "they"
        (
            "Acme and Widget said they reached an agreement in principle for the acquisition"
            " of Widget by Gizmo.",
            "AGREE",
        ),
        # a letter of protest is a complaint, no meeting
        (
            "The opposition sent letters of protest to the president and the prime minister.",
            "CONSULT",
        ),
    ],
)
def test_a_firing_a_meeting_ended_a_difference_or_a_deal_is_not_that_type(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    assert plover not in _types(evs), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # a thing asked for is a request, no consultation (CAMEO 020)
        ("Ukraine asked Russia for guarantees of its security.", "REQUEST", "020"),
        ("Cuba had asked for 20 visas for the delegation.", "REQUEST", "020"),
        # negotiating is CAMEO 046 (PLOVER CONSULT), not diplomatic cooperation (050)
        (
            "The Kurdish government negotiated with the Iraqi government over the oil revenues.",
            "CONSULT",
            "046",
        ),
        # a government's protest: a formal complaint (CAMEO 114)
        ("The Turkish deployment was protested by Baghdad on Monday.", "ACCUSE", "114"),
        # an armed sweep across a place is an offensive (CAMEO 190)
        ("The rebels have swept across the northern province in recent weeks.", "ASSAULT", "190"),
        # a letter of protest sent to a party: a formal complaint (CAMEO 114)
        (
            "The opposition sent letters of protest to the president and the prime minister.",
            "ACCUSE",
            "114",
        ),
    ],
)
def test_a_request_a_negotiation_and_a_complaint_get_their_codes(
    pipeline: Any, text: str, plover: str, cameo: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.cameo == cameo, (ev.type, ev.cameo, ev.trigger)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The president dismissed the accusations of the opposition.", "REJECT"),
        ("Russia suspended talks with Ukraine on Friday.", "SANCTION"),
        ("Qatar ended its mediation efforts between Hamas and Israel.", "SANCTION"),
        ("Israel and Hamas reached an agreement on a ceasefire in Gaza.", "AGREE"),
        ("The president sent a letter to the king on Monday.", "CONSULT"),
        ("The minister asked for a meeting with the president.", "REQUEST"),
        ("Police removed the protesters from the square.", "COERCE"),
        ("Students protested the new law in the capital.", "PROTEST"),
    ],
)
def test_the_same_verbs_on_a_claim_talks_or_a_party_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


# Branch evprec11 (issue 13, events precision on other outlets' news, the seventh fresh set's
# tune errors): a rally named by its day as the setting of a speech, grief, popularity, a thing
# pushed along, a refusal to address a report, a denial of a claim that holds no act, a plea in
# court, a yes/no question over a small clause. Every case ruled out here fails on main bd496fc;
# the cases that stay pass on both.
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a rally named by its day is where the speech was, no protest
        ('"We will win," the senator said at a Friday rally.', "PROTEST"),
        # weeping and crying tell grief, no disapproval
        ("The mourners began weeping as the coffin passed.", "ACCUSE"),
        ("The children began crying when the soldiers arrived.", "ACCUSE"),
        # a candidate's appeal among (with) voters is popularity, no appeal
        ("The governor's appeal among rural voters has grown.", "REQUEST"),
        ("The senator has wide appeal with independents.", "REQUEST"),
        # pushing a person or a thing along is no demand
        ("The nurse was pushing the patient in a wheelchair down the corridor.", "REQUEST"),
        ("The minister was pushing a cart of documents.", "REQUEST"),
        # declining to address a report is no comment, no rejection
        ("The minister declined to address the accusations specifically.", "REJECT"),
        # a denial of a claim that holds no act: a statement, no rejection
        ("The minister denied the decision was related to the protests.", "REJECT"),
        ("The governor denied that the dismissals were linked to the protests.", "REJECT"),
        # a plea in court is a step of a case
        (
            "The activist has pleaded innocent to charges that he failed to report the plot.",
            "REJECT",
        ),
        # a yes/no question over a small clause asks, it tells no fight
        ("Would it make the rebels less committed to fight the army?", "ASSAULT"),
    ],
)
def test_grief_popularity_a_plea_or_a_question_is_not_shown_as_that_type(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    shown = [(e.type, e.trigger) for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE]
    assert plover not in [t for t, _ in shown], shown


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Thousands of students held a rally in the capital against the new law.", "PROTEST"),
        ("The mayor's supporters staged a rally in the capital to urge him to run.", "PROTEST"),
        ("The UN issued an appeal for aid to the refugees.", "REQUEST"),
        ("The opposition pushed for new negotiations with the government.", "REQUEST"),
        ("The senator pleaded with the president to veto the bill.", "REQUEST"),
        ("The government denied that its forces had shelled the village.", "REJECT"),
        ("The president dismissed the accusations of the opposition.", "REJECT"),
        ("Hezbollah fighters killed three Israeli soldiers last week.", "ASSAULT"),
    ],
)
def test_the_same_words_as_a_protest_a_request_or_a_denial_of_an_act_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


@pytest.mark.parametrize(
    "text",
    [
        # a fight in a domain of no arms: ideas, courts
        "The boy has become a symbol of the government's long ideological battle with the exiles.",
        "The family lost a long legal battle with the state over the land.",
    ],
)
def test_a_battle_of_ideas_or_courts_is_no_attack(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert "ASSAULT" not in _types(evs), [(e.type, e.trigger) for e in evs]


def test_a_battle_of_forces_stays_an_attack(pipeline: Any) -> None:
    evs, _ = run_text(pipeline, "The army's battle with the rebels for the city lasted weeks.")
    ev = find(evs, "ASSAULT")
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


def test_forces_pushed_out_of_a_place_stay_coded(pipeline: Any) -> None:
    text = "The rebels have pushed the militants out of large parts of the province."
    evs, _ = run_text(pipeline, text)
    assert any(e.trigger.startswith("pushed") for e in evs), [(e.type, e.trigger) for e in evs]


# Branch evsense12 (issue 13, word sense on other outlets' news, the seven sets' tune errors
# pooled): a trip of people on the move or to a private occasion is no visit. Every case ruled
# out here fails on main c8de54a; the cases that stay pass on both.
@pytest.mark.parametrize(
    "text",
    [
        # people on the move travel, they visit no host
        "Refugees fleeing the fighting travelled to Turkey.",
        "Thousands of refugees travelled to Germany last year.",
        "Families fleeing the shelling travelled to Jordan.",
        # a trip to a private occasion
        "The businessman traveled to Paris to attend his daughter's wedding.",
        "The senator flew home to attend meetings and his daughter's graduation.",
    ],
)
def test_a_journey_of_people_on_the_move_or_to_a_private_occasion_is_no_visit(
    pipeline: Any, text: str
) -> None:
    evs, _ = run_text(pipeline, text)
    shown = [(e.type, e.trigger) for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE]
    assert "CONSULT" not in [t for t, _ in shown], shown


@pytest.mark.parametrize(
    "text",
    [
        "The president traveled to Beijing to attend the summit.",
        "The minister flew to Rome to attend the funeral of the pope.",
        "The foreign minister travelled to Ankara for talks with his Turkish counterpart.",
    ],
)
def test_a_trip_of_an_official_to_a_host_stays_a_visit(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "CONSULT")
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


# Branch evsense12: attacks in words. Legislators, judges and journalists hold no arms whatever
# they attack; a "him" or "her" attacked by a party that holds none is a person criticised.
@pytest.mark.parametrize(
    "text",
    [
        "The actress said the senator had attacked her unfairly in a television interview.",
        "The candidate complained that the columnist had attacked him in print.",
        "Two dozen senators blasted the Pentagon over the raids.",
    ],
)
def test_an_attack_by_a_party_holding_no_arms_is_criticism(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    assert "ASSAULT" not in _types(evs), [(e.type, e.trigger) for e in evs]
    assert "ACCUSE" in _types(evs), [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "A gunman attacked her outside the embassy.",
        "Rebels attacked him at a checkpoint near the border.",
        "The army attacked the rebels near the border.",
    ],
)
def test_an_attack_by_an_armed_party_on_a_person_stays_an_assault(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, "ASSAULT")
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)


# Branch evsense12: companies as parties. A company bought is a deal, whoever the buyer; named
# parties with no political role acting on a business alone make no political event.
@pytest.mark.parametrize(
    "text",
    [
        "Acme Group PLC's U.S. subsidiary has agreed to acquire toy maker Widget Holdings Inc. "
        "for $30 a share.",
        "Nordic Steel AB's German subsidiary agreed to acquire the carmaker for $4 billion.",
        "Several members of the Jones family urged the carmaker to replace its chief executive.",
    ],
)
def test_a_company_bought_or_urged_by_private_parties_is_business(pipeline: Any, text: str) -> None:
    evs, _ = run_text(pipeline, text)
    shown = [(e.type, e.trigger) for e in evs if e.confidence >= DEFAULT_MIN_CONFIDENCE]
    assert not shown, shown


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The government agreed to buy 40 fighter jets from France.", "AGREE"),
        ("Turkey has agreed to buy the S-400 missile system from Russia.", "AGREE"),
        ("The minister urged the company to halt its exports to Iran.", "REQUEST"),
        ("They urged the company to close the plant.", "REQUEST"),
    ],
)
def test_arms_bought_or_a_company_urged_by_an_official_stay(
    pipeline: Any, text: str, plover: str
) -> None:
    evs, _ = run_text(pipeline, text)
    ev = find(evs, plover)
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE, (ev.type, ev.trigger, ev.confidence)
