"""A bare surname two KB people have: resolved by full name, title, date and state, or left
unresolved with both as candidates (issue 14, item 3; docs/actors.md, "Bare surnames").

The rule is tested on made-up people first (``pick_shared``), then end to end with the real
model and the shipped KB on made-up articles about people who share a surname there (Siim and
Kaja Kallas, Estonian prime ministers 2002-03 and 2021-24; Viktor and Ludovic Orban,
Hungarian and Romanian prime ministers).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.actors.resolving import run

from newsgraph.config import Settings
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.mentions import ActorStage
from newsgraph.resolve.surnames import pick_shared, successor_by_name
from newsgraph.resolve.titles import TitlePhrase
from newsgraph.types import Actor, Mention, RoleSpell

# -- the rule, on made-up people


def _person(pid: str, *roles: RoleSpell) -> Actor:
    return Actor(id=pid, type="person", name=pid.replace("-", " ").title(), roles=roles)


OLD = _person(
    "ana-varga", RoleSpell("prime minister", "AAA", None, "GOV", date(2001, 1, 1), date(2004, 1, 1))
)
NEW = _person("bela-varga", RoleSpell("prime minister", "AAA", None, "GOV", date(2020, 1, 1), None))
ELSEWHERE = _person(
    "cora-varga",
    RoleSpell("foreign minister", "BBB", None, "GOV", date(2019, 1, 1), date(2022, 1, 1)),
)


def _cues(*states: str):  # type: ignore[no-untyped-def]
    return lambda _person: set(states)


def _title(title: str, *countries: str) -> TitlePhrase:
    return TitlePhrase(0, 1, title, countries, None, None, False, False, 0)


def test_the_date_picks_the_holder_of_the_day() -> None:
    people = [OLD, NEW]
    assert pick_shared(people, date(2002, 5, 1), None, _cues("AAA")) is OLD
    assert pick_shared(people, date(2021, 5, 1), None, _cues("AAA")) is NEW


def test_a_date_no_one_holds_an_office_picks_no_one() -> None:
    """An office left is no cue: between the two spells neither is picked."""
    assert pick_shared([OLD, NEW], date(2010, 5, 1), None, _cues("AAA")) is None
    assert pick_shared([OLD, NEW], None, None, _cues("AAA")) is None


def test_the_state_must_be_named_and_two_passing_pick_no_one() -> None:
    people = [NEW, ELSEWHERE]  # both in office in 2021
    assert pick_shared(people, date(2021, 5, 1), None, _cues()) is None
    assert pick_shared(people, date(2021, 5, 1), None, _cues("AAA")) is NEW
    assert pick_shared(people, date(2021, 5, 1), None, _cues("BBB")) is ELSEWHERE
    assert pick_shared(people, date(2021, 5, 1), None, _cues("AAA", "BBB")) is None


def test_a_leader_elect_counts_only_when_no_one_holds_an_office() -> None:
    day = date(2019, 6, 1)  # NEW takes office 2020-01-01, within LEADER_AHEAD_DAYS
    assert pick_shared([OLD, NEW], day, None, _cues("AAA")) is NEW
    assert pick_shared([NEW, ELSEWHERE], day, None, _cues("AAA", "BBB")) is ELSEWHERE


def test_a_title_picks_the_one_who_held_it_then_the_one_holding_it() -> None:
    day = date(2021, 5, 1)
    pick = pick_shared([NEW, ELSEWHERE], day, _title("foreign minister"), _cues())
    assert pick is ELSEWHERE  # the only foreign minister among them
    assert pick_shared([OLD, NEW], day, _title("prime minister", "AAA"), _cues()) is NEW
    assert pick_shared([OLD, NEW], date(2010, 5, 1), _title("prime minister"), _cues()) is None


# -- the loader


def test_a_surname_two_people_have_is_nobodys_alias_but_is_shared(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(
        "actors:\n"
        "  - {id: ana-zvarkova, type: person, name: Ana Zvarkova, country: CZE}\n"
        "  - {id: ota-zvarkova, type: person, name: Ota Zvarkova, country: SVK}\n"
        "  - {id: eva-plimsk, type: person, name: Eva Plimsk, country: POL}\n",
        encoding="utf-8",
    )
    kb = load_kb(Settings(kb_paths=(str(f),)))
    assert kb.lookup("Zvarkova") == []
    assert kb.sharing("Zvarkova") == ("ana-zvarkova", "ota-zvarkova")
    assert [h.actor_id for h in kb.lookup("Plimsk")] == ["eva-plimsk"]
    assert kb.sharing("Plimsk") == ()


def test_a_catalogue_form_or_a_junior_does_not_turn_a_shared_surname_into_a_given_name(
    tmp_path: Path,
) -> None:
    """A Korean name's catalogue form ("Gyeon, Mi-rae") or other spelling ("Gyeon So-ra" for
    "Kyun So-ra") starts with a family name, and "Júnior" ends a Portuguese name as "Jr." does:
    none makes the surname a given name, which would leave it nobody's, shared or not."""
    f = tmp_path / "mine.yaml"
    f.write_text(
        "actors:\n"
        "  - {id: gyeon-mi-rae, type: person, name: Gyeon Mi-rae, country: KOR,"
        " aliases: ['Gyeon, Mi-rae']}\n"
        "  - {id: gyeon-tae-ho, type: person, name: Gyeon Tae-ho, country: KOR}\n"
        "  - {id: kyun-so-ra, type: person, name: Kyun So-ra, country: KOR,"
        " aliases: [Gyeon So-ra]}\n"
        "  - {id: rui-zamberra, type: person, name: Rui Zamberra, country: PRT,"
        " aliases: ['Zamberra, Rui']}\n"
        "  - {id: adao-zamberra-junior, type: person, name: Adão Zamberra Júnior, country: AGO,"
        " aliases: ['Zamberra Júnior, Adão']}\n",
        encoding="utf-8",
    )
    kb = load_kb(Settings(kb_paths=(str(f),)))
    assert kb.sharing("Gyeon") == ("gyeon-mi-rae", "gyeon-tae-ho")  # "Gyeon So-ra" no given name
    assert set(kb.sharing("Zamberra")) == {"rui-zamberra", "adao-zamberra-junior"}


# -- end to end, shipped KB and real model


def last(ms: list[Mention], text: str) -> Mention:
    hits = [m for m in ms if m.text == text]
    assert hits, [m.text for m in ms]
    return hits[-1]


ESTONIA = "Estonia's government met in Tallinn on Tuesday. Kallas said the budget would pass."


def test_the_article_date_picks_each_holder(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    assert stage.kb.sharing("Kallas") == ("kaja-kallas", "siim-kallas")
    assert last(run(nlp, stage, ESTONIA, date(2002, 6, 1)), "Kallas").actor_id == "siim-kallas"
    assert last(run(nlp, stage, ESTONIA, date(2022, 6, 1)), "Kallas").actor_id == "kaja-kallas"


def test_a_date_that_picks_neither_leaves_both_as_candidates(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    m = last(run(nlp, stage, ESTONIA, date(2010, 6, 1)), "Kallas")
    assert m.actor_id is None
    assert m.candidates == ("kaja-kallas", "siim-kallas")


def test_without_the_state_named_the_holder_is_not_picked(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "The talks went on late into the night. Kallas said the budget would pass."
    m = last(run(nlp, stage, text, date(2022, 6, 1)), "Kallas")
    assert m.actor_id is None and m.candidates == ("kaja-kallas", "siim-kallas")


def test_a_full_name_first_is_that_person_whatever_the_date(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Siim Kallas spoke at a conference in Tallinn on Tuesday. "
        "Kallas said the budget would pass."
    )
    ms = run(nlp, stage, text, date(2022, 6, 1))  # Kaja Kallas was prime minister that day
    assert last(ms, "Kallas").actor_id == "siim-kallas"
    assert last(ms, "Kallas").method == "coreference"


def test_two_holders_on_one_day_are_told_apart_by_their_state(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    day = date(2020, 6, 1)  # Viktor Orban (Hungary) and Ludovic Orban (Romania) both in office
    hu = "Hungary's parliament met in Budapest on Tuesday. Orban said the law would pass."
    ro = "Romania's parliament met in Bucharest on Tuesday. Orban said the law would pass."
    both = "Hungary and Romania signed a gas deal on Tuesday. Orban said the deal would last."
    assert last(run(nlp, stage, hu, day), "Orban").actor_id == "viktor-orban"
    assert last(run(nlp, stage, ro, day), "Orban").actor_id == "ludovic-orban"
    m = last(run(nlp, stage, both, day), "Orban")
    assert m.actor_id is None and m.candidates == ("ludovic-orban", "viktor-orban")


def test_an_actors_own_alias_is_not_shared(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """ "Maduro" is an alias the data give Nicolas Maduro: it stays his, and Ricardo Maduro
    (Honduras, 2002-06) is found by his full name and the surname after it."""
    assert stage.kb.sharing("Maduro") == ()
    assert [h.actor_id for h in stage.kb.lookup("Maduro")] == ["nicolas-maduro"]
    ve = "Venezuela said on Monday that exports had grown. Maduro said the economy was strong."
    assert last(run(nlp, stage, ve, date(2015, 6, 1)), "Maduro").actor_id == "nicolas-maduro"
    hn = "Ricardo Maduro spoke in Tegucigalpa on Monday. Maduro said the economy was strong."
    assert last(run(nlp, stage, hn, date(2004, 6, 1)), "Maduro").actor_id == "ricardo-maduro"


def test_another_first_name_is_neither_of_them(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "Estonia's government met in Tallinn on Tuesday. Kevin Kallas said the plan would pass."
    ms = run(nlp, stage, text, date(2022, 6, 1))
    assert all(m.actor_id not in ("kaja-kallas", "siim-kallas") for m in ms if "Kallas" in m.text)


def test_a_minister_and_a_prime_minister_in_office_together(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """Wolfgang Sobotka (Austrian interior minister 2016-17) and Bohuslav Sobotka (Czech prime
    minister 2014-17); Najah al-Shammari (Iraqi defence 2019-20), Abdul Amir al-Shammari
    (Iraqi interior from 2022): the date, then the state."""
    day = date(2017, 3, 1)
    at = "Austria's police arrested three men in Vienna. Sobotka said more arrests would follow."
    cz = "Czech police arrested three men in Prague. Sobotka said more arrests would follow."
    assert last(run(nlp, stage, at, day), "Sobotka").actor_id == "wolfgang-sobotka"
    assert last(run(nlp, stage, cz, day), "Sobotka").actor_id == "bohuslav-sobotka"
    iq = "Iraq's army shelled the hills near Mosul. Shammari said the operation would go on."
    assert last(run(nlp, stage, iq, date(2019, 9, 1)), "Shammari").actor_id == "najah-al-shammari"
    assert last(run(nlp, stage, iq, date(2023, 9, 1)), "Shammari").actor_id == (
        "abdul-amir-al-shammari"
    )
    m = last(run(nlp, stage, iq, date(2021, 9, 1)), "Shammari")  # neither in office
    assert m.actor_id is None and len(m.candidates) == 2


# -- a surname that is one person's own alias and another's surname too (successor_by_name)

FOUNDER = _person(
    "dara-varga",
    RoleSpell("supreme leader", "AAA", "AAA.GOV", "GOV", date(1990, 1, 1), date(2026, 2, 1)),
)
HEIR = _person(
    "emil-varga",
    RoleSpell("supreme leader", "AAA", "AAA.GOV", "GOV", date(2026, 3, 1), None),
)
MINISTER = _person(
    "fedor-varga", RoleSpell("foreign minister", "AAA", None, "GOV", date(2020, 1, 1), None)
)


def test_the_owners_alias_names_the_successor_in_the_owners_office() -> None:
    assert successor_by_name(FOUNDER, [HEIR], date(2026, 6, 1), _cues("AAA")) is HEIR
    assert successor_by_name(FOUNDER, [HEIR], date(2026, 6, 1), _cues("BBB")) is FOUNDER


def test_the_owner_keeps_the_alias_while_in_office_and_in_the_interregnum() -> None:
    assert successor_by_name(FOUNDER, [HEIR], date(2020, 6, 1), _cues("AAA")) is FOUNDER
    assert successor_by_name(FOUNDER, [HEIR], date(2026, 2, 15), _cues("AAA")) is FOUNDER
    assert successor_by_name(FOUNDER, [HEIR], None, _cues("AAA")) is FOUNDER


def test_another_office_held_by_a_namesake_is_no_cue() -> None:
    """A former leader is still news: a namesake minister does not take the leader's name."""
    assert successor_by_name(FOUNDER, [MINISTER], date(2026, 6, 1), _cues("AAA")) is FOUNDER
