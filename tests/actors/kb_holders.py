"""Who held an office on a day, for the tests of the KB passes' spells."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

import pytest

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.roles import status_on
from newsgraph.types import Actor


def holder_ids(kb: KnowledgeBase, title: str, country: str, day: date) -> set[str]:
    """The ids of the actors holding `title` in `country` on `day`."""
    return {aid for aid, _ in kb.holders(title, day, country=country)}


def alias_ids(kb: KnowledgeBase, text: str) -> set[str]:
    """The ids of the actors a name (``text``) looks up to in the KB's alias index."""
    return {h.actor_id for h in kb.lookup(text)}


OFFICES = (
    "foreign minister",
    "defence minister",
    "interior minister",
    "head of government",
    "head of state",
    "prime minister",
    "president",
)


def overlapping_spells(kb: KnowledgeBase, days: int = 30) -> set[tuple[str, str, str, str]]:
    """(state, office, holder, holder) of the spells of one office in one state that overlap
    by more than ``days`` days, the later start in 2000 or after: two holders of "the foreign
    minister of X" on one day (the kbfix passes' listing)."""
    spells: dict[tuple[str, str], list[tuple[date, date | None, str]]] = defaultdict(list)
    for actor in kb:
        if actor.type != "person":
            continue
        for r in actor.roles:
            if r.title in OFFICES and r.country and r.start:
                spells[(r.country, r.title)].append((r.start, r.end, actor.id))
    far = date(2100, 1, 1)
    out = set()
    for (state, office), v in spells.items():
        v.sort()
        for i, (s1, e1, a1) in enumerate(v):
            for s2, e2, a2 in v[i + 1 :]:
                overlap = (min(e1 or far, e2 or far) - max(s1, s2)).days
                if a1 != a2 and overlap > days and max(s1, s2).year >= 2000:
                    out.add((state, office, a1, a2))
    return out


Office = tuple[str, str, date]  # (title, country, a day inside the spell)


def each_spell_names_its_holder(spells: dict[Office, str]) -> Callable[..., None]:
    """A pass's parametrised test: on each day of ``spells``, its holder is that person alone.
    Assign it to ``test_each_new_spell_names_its_holder`` in the pass's test module."""

    @pytest.mark.parametrize(("office", "person"), list(spells.items()), ids=str)
    def test_each_new_spell_names_its_holder(
        kb: KnowledgeBase, office: Office, person: str
    ) -> None:
        title, country, day = office
        assert holder_ids(kb, title, country, day) == {person}

    return test_each_new_spell_names_its_holder


Handover = tuple[str, str, date, date, str, str]  # title, state, day before, day after, 1st, 2nd


def each_handover_names_its_holders(handovers: list[Handover]) -> Callable[..., None]:
    """A kbfix pass's parametrised test: the day before each handover names the first holder
    alone, the day after the second alone. Assign it to
    ``test_each_handover_names_one_holder_each_side`` in the pass's test module."""

    @pytest.mark.parametrize("handover", handovers, ids=lambda h: f"{h[1]}-{h[4]}-{h[5]}")
    def test_each_handover_names_one_holder_each_side(
        kb: KnowledgeBase, handover: Handover
    ) -> None:
        title, state, before, after, first, second = handover
        assert holder_ids(kb, title, state, before) == {first}
        assert holder_ids(kb, title, state, after) == {second}

    return test_each_handover_names_one_holder_each_side


def overlaps_left(kb: KnowledgeBase, fixed: set[tuple[str, str, str, str]]) -> set[tuple[str, ...]]:
    """The overlaps of ``fixed`` (state, office, holder, holder) that ``overlapping_spells``
    still lists, in either order of the two holders: empty once a kbfix pass has dated them."""
    return {o for o in overlapping_spells(kb) if o in fixed or (o[0], o[1], o[3], o[2]) in fixed}


def _get(kb: KnowledgeBase, actor_id: str) -> Actor:
    actor = kb.get(actor_id)
    assert actor is not None, actor_id
    return actor


def each_name_and_alias_looks_up_to_it_alone(ids: list[str]) -> Callable[..., None]:
    """A pass's parametrised test over ``ids``: each actor's name and each of its (ordinary)
    aliases look up to it alone in the KB's alias index."""

    @pytest.mark.parametrize("actor_id", ids)
    def test_each_name_and_alias_looks_up_to_it_alone(kb: KnowledgeBase, actor_id: str) -> None:
        actor = _get(kb, actor_id)
        for text in (actor.name, *actor.aliases):
            assert alias_ids(kb, text) == {actor_id}, text

    return test_each_name_and_alias_looks_up_to_it_alone


def each_body_is_its_states(bodies: dict[str, str]) -> tuple[Callable[..., None], ...]:
    """A kbinst pass's two parametrised tests over ``bodies`` (actor id -> sector): each is an
    institution of the state its id begins with, with that sector and no local alias; its name
    and each alias look up to it alone. Assign them to ``test_each_body_is_its_states_with_its_
    sector, test_each_name_and_alias_looks_up_to_the_body_alone`` in the pass's test module."""

    @pytest.mark.parametrize(("actor_id", "sector"), list(bodies.items()))
    def test_each_body_is_its_states_with_its_sector(
        kb: KnowledgeBase, actor_id: str, sector: str
    ) -> None:
        body = _get(kb, actor_id)
        assert (body.type, body.sector, body.country) == ("institution", sector, actor_id[:3])
        assert body.local_aliases == ()  # a bare "Parliament" stays with those that claim it

    return (
        test_each_body_is_its_states_with_its_sector,
        each_name_and_alias_looks_up_to_it_alone(list(bodies)),
    )


def each_party_is_its_states(parties: dict[str, str]) -> tuple[Callable[..., None], ...]:
    """A kbparty pass's two parametrised tests over ``parties`` (actor id -> state): each is a
    party of that state with sector PTY; its name and each ordinary alias look up to it alone.
    Assign them to ``test_each_party_is_its_states_with_sector_pty,
    test_each_name_and_alias_looks_up_to_the_party_alone`` in the pass's test module."""

    @pytest.mark.parametrize(("actor_id", "state"), list(parties.items()))
    def test_each_party_is_its_states_with_sector_pty(
        kb: KnowledgeBase, actor_id: str, state: str
    ) -> None:
        party = _get(kb, actor_id)
        assert (party.type, party.sector, party.country) == ("party", "PTY", state)

    return (
        test_each_party_is_its_states_with_sector_pty,
        each_name_and_alias_looks_up_to_it_alone(list(parties)),
    )


def each_outlet_is_its_states(outlets: dict[str, str]) -> tuple[Callable[..., None], ...]:
    """A kbmedia pass's two parametrised tests over ``outlets`` (actor id -> state): each is a
    media actor of that state with sector JRN, no local alias, and a state outlet (secondary
    sector GOV) says so in its note; its name and each alias look up to it alone. Assign them
    to ``test_each_outlet_is_its_states_with_sector_jrn,
    test_each_name_and_alias_looks_up_to_the_outlet_alone`` in the pass's test module."""

    @pytest.mark.parametrize(("actor_id", "state"), list(outlets.items()))
    def test_each_outlet_is_its_states_with_sector_jrn(
        kb: KnowledgeBase, actor_id: str, state: str
    ) -> None:
        outlet = _get(kb, actor_id)
        assert (outlet.type, outlet.sector, outlet.country) == ("media", "JRN", state)
        assert outlet.local_aliases == ()
        if "GOV" in outlet.sectors:
            assert "state" in (outlet.note or ""), actor_id

    return (
        test_each_outlet_is_its_states_with_sector_jrn,
        each_name_and_alias_looks_up_to_it_alone(list(outlets)),
    )


def each_group_or_leader_is_its_states(
    actors: dict[str, tuple[str, str | None, str]],
) -> tuple[Callable[..., None], ...]:
    """A kbarmed pass's two parametrised tests over ``actors`` (actor id -> (type, state,
    sector)): each armed group or leader has that type, state and sector and no local alias;
    its name and each alias look up to it alone. Assign them to ``test_each_actor_is_its_states_
    with_its_type_and_sector, test_each_name_and_alias_looks_up_to_the_actor_alone`` in the
    pass's test module."""

    @pytest.mark.parametrize(("actor_id", "expected"), list(actors.items()))
    def test_each_actor_is_its_states_with_its_type_and_sector(
        kb: KnowledgeBase, actor_id: str, expected: tuple[str, str | None, str]
    ) -> None:
        actor = _get(kb, actor_id)
        assert (actor.type, actor.country, actor.sector) == expected
        assert actor.local_aliases == ()

    return (
        test_each_actor_is_its_states_with_its_type_and_sector,
        each_name_and_alias_looks_up_to_it_alone(list(actors)),
    )


def org_holder_ids(kb: KnowledgeBase, org: str, day: date, title: str = "leader") -> set[str]:
    """The ids of the actors holding ``title`` of ``org`` (its actor id: a party, an armed
    group) on ``day``."""
    return {aid for aid, _ in kb.holders(title, day, org=org)}


def each_group_has_its_leader(leaders: dict[tuple[str, date], str]) -> Callable[..., None]:
    """A pass's parametrised test: on each (group id, day) of ``leaders``, that person alone
    leads the group (an armed group, a movement). Assign it to
    ``test_each_group_has_its_leader_on_a_day`` in the pass's test module."""

    @pytest.mark.parametrize(("spell", "person"), list(leaders.items()), ids=str)
    def test_each_group_has_its_leader_on_a_day(
        kb: KnowledgeBase, spell: tuple[str, date], person: str
    ) -> None:
        group, day = spell
        assert org_holder_ids(kb, group, day) == {person}

    return test_each_group_has_its_leader_on_a_day


def party_leader_ids(kb: KnowledgeBase, party: str, day: date) -> set[str]:
    """The ids of the actors leading ``party`` (its actor id) on ``day``."""
    return org_holder_ids(kb, party, day)


PartyDay = tuple[str, date]  # (party id, a day inside a leader's spell)
PersonDay = tuple[str, date, str]  # (person id, day, office label or state)


def each_party_leader_is_coded(
    leaders: dict[PartyDay, str], heads: list[PersonDay], opposition: list[PersonDay]
) -> tuple[Callable[..., None], ...]:
    """A kbleaders pass's three parametrised tests: each party of ``leaders`` has that leader
    on that day (by the party and by its state); each of ``heads`` (person, day, office label)
    leads a party that day and is still coded as the office, sector GOV; each of
    ``opposition`` (person, day, state) is coded as the party's leader, sector PTY. Assign
    them to ``test_each_party_has_its_leader_on_a_day,
    test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
    test_an_opposition_leader_is_coded_pty`` in the pass's test module."""

    @pytest.mark.parametrize(("spell", "person"), list(leaders.items()), ids=str)
    def test_each_party_has_its_leader_on_a_day(
        kb: KnowledgeBase, spell: PartyDay, person: str
    ) -> None:
        party, day = spell
        assert party_leader_ids(kb, party, day) == {person}
        party_actor = _get(kb, party)
        assert party_actor.type == "party"
        assert person in holder_ids(kb, "leader", party_actor.country or "", day)

    @pytest.mark.parametrize(("person", "day", "office"), heads)
    def test_a_prime_minister_who_leads_a_party_is_coded_prime_minister(
        kb: KnowledgeBase, person: str, day: date, office: str
    ) -> None:
        actor = _get(kb, person)
        assert any(r.title == "leader" and r.sector == "PTY" and r.covers(day) for r in actor.roles)
        label, _, sector = status_on(actor, day)
        assert (label, sector) == (office, "GOV")

    @pytest.mark.parametrize(("person", "day", "country"), opposition)
    def test_an_opposition_leader_is_coded_pty(
        kb: KnowledgeBase, person: str, day: date, country: str
    ) -> None:
        assert status_on(_get(kb, person), day) == (f"{country} leader", country, "PTY")

    return (
        test_each_party_has_its_leader_on_a_day,
        test_a_prime_minister_who_leads_a_party_is_coded_prime_minister,
        test_an_opposition_leader_is_coded_pty,
    )
