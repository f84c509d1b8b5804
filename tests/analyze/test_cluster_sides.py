"""Sides in clustering: an attack by one side and the other side's reply are two events; a
clash told by two outlets, or one target's attack blamed on different sides by two outlets, is
one. Made-up reports (ids and sides as ``store.analysis.actor_sides`` gives them)."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.analyze.clusters import Clusterer, exchange_sides
from newsgraph.types import Cluster, ReportView

# The army is Syria's side through the report's own countries; the rebels' side is their
# country's armed groups, not the state's (``store.analysis.actor_sides``).
SIDES = {"rebels-x": "SYR armed_group", "rebels-y": "SYR armed_group", "front-z": "front-z"}
ARMY = "SYR.MIL"


def report(
    i: int,
    article: str,
    actors: tuple[str, ...],
    recipients: tuple[str, ...] = (),
    trigger: str = "shelled",
    story: int | None = 1,
    type_: str = "ASSAULT",
    place: str | None = None,
) -> ReportView:
    return ReportView(
        id=i,
        article_id=article,
        origin=article,
        outlet=f"outlet {article}",
        sent=i,
        type=type_,
        actors=frozenset(actors),
        recipients=frozenset(recipients),
        date="2024-02-05",
        date_precision="day",
        place_id=place,
        place_country="SYR",
        trigger=trigger,
        countries={a: "SYR" for a in (*actors, *recipients) if a.startswith("SYR")},
        story=story,
    )


def events_of(reports: list[ReportView]) -> dict[int, int]:
    return Clusterer(sides=SIDES).add_all(reports)


def test_an_attack_and_the_reply_told_in_one_article_are_two_events() -> None:
    # "Government jets struck the rebels' suburbs; the rebels answered with rockets on the
    # capital": no target named as an actor, one article; the reply then told by another.
    got = events_of(
        [
            report(1, "a", (ARMY,), ("~suburbs",), "struck"),
            report(2, "a", ("rebels-x",), ("~capital",), "fired"),
            report(3, "b", ("~the rebels",), ("~capital",), "fired"),  # unnamed, one side
            report(4, "c", ("~government forces",), ("~suburbs",), "bombed"),
        ]
    )
    assert got[1] != got[2]
    assert got[3] == got[2] and got[4] == got[1]


def test_each_side_attacking_the_other_in_two_articles_are_two_events() -> None:
    got = events_of(
        [
            report(1, "a", (ARMY,), ("rebels-x",), "bombed"),
            report(2, "b", ("rebels-x",), (ARMY,), "shelled"),
            report(3, "c", ("SYR",), ("rebels-x",), "raided"),  # Syria and the same rebels
        ]
    )
    assert got[1] != got[2]
    assert got[3] == got[1]  # the state and its army are one side, the rebels one target


def test_clashes_between_two_sides_told_by_two_outlets_are_one_event() -> None:
    got = events_of(
        [
            report(1, "a", (ARMY,), ("rebels-x",), "clashed"),
            report(2, "b", ("rebels-x",), (ARMY,), "fighting"),
        ]
    )
    assert got[1] == got[2]


def test_a_report_naming_both_sides_as_actors_ties_them() -> None:
    got = events_of(
        [
            report(1, "a", (ARMY,), ("~suburbs",), "struck"),
            report(2, "a", (ARMY, "rebels-x"), (), "battles"),  # "the army and rebels ..."
            report(3, "a", ("rebels-x",), ("~capital",), "fired"),
        ]
    )
    assert got[1] == got[2] == got[3]


def test_allies_a_report_of_the_story_names_together_are_one_side_in_it() -> None:
    """ "Russian jets struck the town" and "government warplanes bombed it", in two articles
    of one story, are one attack once a report of that story names both as its attackers
    ("Syrian and Russian jets"), wherever that report comes in the story; without one, or
    with the pair named only in another story or as two sides of a clash, two events."""
    allies = {**SIDES, "RUS.MIL": "RUS"}

    def run(reports: list[ReportView]) -> dict[int, int]:
        return Clusterer(sides=allies).add_all(reports)

    russia = report(1, "a", ("RUS.MIL",), (), "struck")
    army = report(2, "b", (ARMY,), (), "bombed")
    both = report(3, "c", ("RUS.MIL", ARMY), (), "struck")  # "Syrian and Russian jets"
    got = run([russia, army, both])
    assert got[1] == got[2] == got[3]
    elsewhere = report(3, "c", ("RUS.MIL", ARMY), (), "struck", story=2)
    got = run([russia, army, elsewhere])
    assert got[1] != got[2]
    clash = report(3, "c", ("RUS.MIL", ARMY), (), "clashed")  # two sides, not allies
    got = run([russia, army, clash])
    assert got[1] != got[2]
    hypothetical = replace(both, factual=False)
    got = run([russia, army, hypothetical])
    assert got[1] != got[2]


def test_one_target_blamed_on_two_sides_by_two_outlets_stays_one_event() -> None:
    # An attribution contradiction: one target at one place, two articles, two sides.
    got = events_of(
        [
            report(1, "a", (ARMY,), ("~the crowded vegetable market",), place="saraqib"),
            report(2, "b", ("front-z",), ("~the market",), place="saraqib"),
            report(3, "c", ("rebels-x",), ("~the market",)),  # no place against it
        ]
    )
    assert got[1] == got[2] == got[3]


def test_two_sides_attacks_without_one_target_are_two_events() -> None:
    got = events_of(
        [
            report(1, "a", (ARMY,), ("~the market",), place="saraqib"),
            report(2, "b", ("front-z",), ("~the market",), place="ariha"),  # another place
            report(3, "c", ("front-z",), ("~a checkpoint",), place="saraqib"),  # another target
            report(4, "d", ("rebels-x",), ()),  # nothing hit, nowhere
        ]
    )
    assert got[1] not in (got[2], got[3], got[4])
    # and one article telling both sides' attacks on one market tells two attacks
    same = events_of(
        [
            report(5, "e", (ARMY,), ("~the market",), place="saraqib"),
            report(6, "e", ("front-z",), ("~the market",), place="saraqib"),
        ]
    )
    assert same[5] != same[6]


def test_unresolved_or_one_sided_reports_are_not_split() -> None:
    got = events_of(
        [
            report(1, "a", (ARMY,), ("~suburbs",), "struck"),
            report(2, "a", ("~gunmen",), ("~capital",), "fired"),  # no side known
            report(3, "b", ("SYR",), ("~suburbs",), "bombed"),  # the same side
        ]
    )
    assert got[1] == got[2] == got[3]


def test_a_stored_event_keeps_its_sides_in_a_later_update() -> None:
    first = Clusterer(sides=SIDES)
    cid = first.add(report(1, "a", (ARMY,), ("rebels-x",), "bombed"))
    stored = first.clusters[cid]
    later = Clusterer(sides=SIDES, next_id=cid + 1)
    later.load(
        Cluster(
            id=cid,
            type=stored.type,
            actor_counts=stored.actor_counts,
            recipient_counts=stored.recipient_counts,
            dates=stored.dates,
            countries=stored.countries,
            triggers=stored.triggers,
            report_ids=list(stored.report_ids),
            origins=set(stored.origins),
            participant_countries=dict(stored.participant_countries),
            story=stored.story,
            span=stored.span,
        )
    )
    assert later.add(report(2, "b", ("rebels-x",), (ARMY,), "shelled")) != cid
    assert later.add(report(3, "c", (ARMY,), ("rebels-x",), "struck")) == cid


def test_exchange_sides_of_a_clash_and_of_an_attack() -> None:
    clash = exchange_sides([ARMY], ["rebels-x"], {ARMY: "SYR"}, SIDES, "fierce clashes")
    assert clash.ties == {frozenset({"SYR", "SYR armed_group"})}
    attack = exchange_sides([ARMY], ["rebels-x"], {ARMY: "SYR"}, SIDES, "shelled")
    assert attack.attackers == {"SYR"} and attack.ties == set()
    assert attack.hit == {"rebels-x"}
    unnamed = exchange_sides(["~the regime"], ["~rebels"], {}, SIDES, "fought", country="SYR")
    assert unnamed.ties == {frozenset({"SYR", "SYR armed_group"})}
    for nameless in ("~gunmen", "~kurdish forces", "~the army of conquest", "~regime forces"):
        side = exchange_sides([nameless], [], {}, SIDES, "shot", country="SYR").attackers
        assert side == ({"SYR"} if nameless == "~regime forces" else set()), nameless
