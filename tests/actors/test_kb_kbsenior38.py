"""The senior officials most named in world news, a checked pass (issue 14, items 1 and 5,
kbsenior38): China's permanent representatives to the UN (Liu Jieyi, Ma Zhaoxu, Fu Cong) and
Iran's (Gholamali Khoshroo), read from stored copies of public pages (docs/actors.md, "the
kbsenior38 pass"); a day inside each new spell, the handover days, the gaps left open (Zhang
Jun, a very common full name; Iran's later ambassadors), the names, and the titles that
resolve to the holder of the day.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids
from tests.actors.resolving import actors_at, run

from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

pytestmark = pytest.mark.slow  # builds the shipped KB

UN = "ambassador to the un"

SPELLS = {
    (UN, "CHN", date(2015, 1, 1)): "liu-jieyi",
    (UN, "CHN", date(2018, 6, 1)): "ma-zhaoxu",
    (UN, "CHN", date(2025, 1, 1)): "fu-cong",
    (UN, "IRN", date(2017, 1, 1)): "gholamali-khoshroo",
}

test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_china_handovers(kb: KnowledgeBase) -> None:
    """Liu Jieyi from his credentials (2013-09-03) to Ma Zhaoxu's (2018-01-30), Ma Zhaoxu to
    Zhang Jun's (2019-07-30); Zhang Jun left out, so 2019-07-30 to 2024-04-15 stays empty; Fu
    Cong from his credentials (2024-04-16)."""
    chn = "CHN"
    assert holder_ids(kb, UN, chn, date(2013, 9, 2)) == set()
    assert holder_ids(kb, UN, chn, date(2013, 9, 3)) == {"liu-jieyi"}
    assert holder_ids(kb, UN, chn, date(2018, 1, 29)) == {"liu-jieyi"}
    assert holder_ids(kb, UN, chn, date(2018, 1, 30)) == {"ma-zhaoxu"}
    assert holder_ids(kb, UN, chn, date(2019, 7, 29)) == {"ma-zhaoxu"}
    assert holder_ids(kb, UN, chn, date(2019, 7, 30)) == set()  # Zhang Jun, left out
    assert holder_ids(kb, UN, chn, date(2024, 4, 15)) == set()
    assert holder_ids(kb, UN, chn, date(2024, 4, 16)) == {"fu-cong"}


def test_iran_handovers(kb: KnowledgeBase) -> None:
    """Khoshroo from 2015 (the year) to the Friday his mission ended (2018-11-16); his
    successors Takht-Ravanchi and Iravani left out, so the office is empty after."""
    irn = "IRN"
    assert holder_ids(kb, UN, irn, date(2014, 12, 31)) == set()
    assert holder_ids(kb, UN, irn, date(2015, 6, 1)) == {"gholamali-khoshroo"}
    assert holder_ids(kb, UN, irn, date(2018, 11, 15)) == {"gholamali-khoshroo"}
    assert holder_ids(kb, UN, irn, date(2018, 11, 16)) == set()
    assert holder_ids(kb, UN, irn, date(2020, 1, 1)) == set()  # Takht-Ravanchi, left out


def test_names(kb: KnowledgeBase) -> None:
    """The new people's names resolve; Chinese names are family name first, so the loader
    takes "Liu", "Ma" and "Fu" as the bare surnames: "Liu" is now shared with Liu Shyh-fang,
    "Ma" stays Ma Ying-jeou's (his own alias now), "Fu" is Fu Cong's; the given names are
    no one's."""
    names = {
        "Liu Jieyi": "liu-jieyi",
        "Ma Zhaoxu": "ma-zhaoxu",
        "Fu Cong": "fu-cong",
        "Ma": "ma-ying-jeou",
        "Ma Ying-jeou": "ma-ying-jeou",
        "Fu": "fu-cong",
        "Gholamali Khoshroo": "gholamali-khoshroo",
        "Gholam Ali Khoshroo": "gholamali-khoshroo",
        "Gholamali Khoshrou": "gholamali-khoshroo",
        "Khoshroo": "gholamali-khoshroo",
    }
    for name, person in names.items():
        assert alias_ids(kb, name) == {person}, name
    assert set(kb.sharing("Liu")) == {"liu-jieyi", "liu-shyh-fang"}
    assert kb.sharing("Ma") == ()
    # Kim Song (North Korea) was left out: his given name would take the shared "Song"
    assert set(kb.sharing("Song")) == {"song-min-soon", "song-young-moo"}
    for word in ("Jieyi", "Zhaoxu", "Cong", "Zhang Jun", "Kim Song"):
        assert alias_ids(kb, word) == set(), word
        assert kb.sharing(word) == (), word


@pytest.mark.parametrize(
    ("text", "word", "day", "actor_id"),
    [
        # full names
        (
            "Ma Zhaoxu told the Security Council that China opposed sanctions.",
            "Ma",
            date(2018, 6, 1),
            "ma-zhaoxu",
        ),
        (
            "Fu Cong told the Security Council that China backed a ceasefire.",
            "Fu",
            date(2025, 1, 10),
            "fu-cong",
        ),
        (
            "Gholamali Khoshroo urged the Security Council to uphold the nuclear deal.",
            "Gholamali",
            date(2017, 1, 10),
            "gholamali-khoshroo",
        ),
        # standalone title: the holder of the day
        (
            "China's ambassador to the UN, speaking after the vote, urged restraint.",
            "China",
            date(2015, 3, 10),
            "liu-jieyi",
        ),
        (
            "China's UN ambassador said Beijing opposed the resolution.",
            "China",
            date(2025, 1, 10),
            "fu-cong",
        ),
        (
            "Iran's UN ambassador wrote to the Secretary-General.",
            "Iran",
            date(2017, 1, 10),
            "gholamali-khoshroo",
        ),
    ],
)
def test_a_new_holder_resolves_by_name_and_title(
    nlp,  # type: ignore[no-untyped-def]
    stage: ActorStage,
    text: str,
    word: str,
    day: date,
    actor_id: str,
) -> None:
    ms = run(nlp, stage, text, day)
    assert [a for a, _ in actors_at(ms, text, (word,))[word]] == [actor_id]
