"""Foreign, defence and interior ministers of Southern and East Africa and the Indian Ocean
states, an eleventh checked pass (issue 14, kbafrS28): spells read from stored copies of public
pages (docs/actors.md, "the kbafrS28 pass"); a day inside each new spell, the handover days and
the gaps left open, the new names, and the surnames that stay nobody's.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Botswana: the minister of defence, justice and security
    ("defence minister", "BWA", date(2009, 6, 1)): "ramadeluka-seretse",
    # Comoros
    ("foreign minister", "COM", date(2023, 1, 1)): "dhoihir-dhoulkamal",
    ("foreign minister", "COM", date(2025, 1, 1)): "mbae-mohamed",
    ("interior minister", "COM", date(2019, 1, 1)): "mohamed-daoudou",
    ("interior minister", "COM", date(2023, 1, 1)): "fakridine-mahamoud",
    # São Tomé and Príncipe: defence and internal order, both offices
    ("defence minister", "STP", date(2020, 1, 1)): "oscar-sousa",
    ("interior minister", "STP", date(2020, 1, 1)): "oscar-sousa",
    ("defence minister", "STP", date(2024, 1, 1)): "jorge-amado-stp",
    ("interior minister", "STP", date(2024, 1, 1)): "jorge-amado-stp",
    ("defence minister", "STP", date(2025, 3, 1)): "horacio-de-sousa",
    ("interior minister", "STP", date(2025, 3, 1)): "horacio-de-sousa",
    ("foreign minister", "STP", date(2019, 6, 1)): "elsa-pinto",
    ("foreign minister", "STP", date(2021, 3, 1)): "edite-ten-jua",
    ("foreign minister", "STP", date(2023, 3, 1)): "alberto-neto-pereira",
    ("foreign minister", "STP", date(2024, 6, 1)): "gareth-guadalupe",
    ("foreign minister", "STP", date(2025, 3, 1)): "ilza-amado-vaz",
    # Seychelles: home (internal) affairs
    ("interior minister", "SYC", date(2017, 3, 1)): "mitcy-larue",
    ("interior minister", "SYC", date(2019, 1, 1)): "macsuzy-mondon",
    ("interior minister", "SYC", date(2023, 1, 1)): "errol-fonseka",
    # Angola: Veiga Tavares to the dismissal of 2019-07-24 (refined)
    ("interior minister", "AGO", date(2019, 6, 1)): "angelo-veiga-tavares",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


@pytest.mark.parametrize(
    ("title", "country", "day", "before", "after"),
    [
        (
            "interior minister",
            "AGO",
            date(2019, 7, 24),
            "angelo-veiga-tavares",
            "eugenio-laborinho",
        ),
        ("foreign minister", "COM", date(2024, 7, 9), "dhoihir-dhoulkamal", "mbae-mohamed"),
        ("interior minister", "COM", date(2021, 8, 26), "mohamed-daoudou", "fakridine-mahamoud"),
        ("foreign minister", "STP", date(2020, 9, 21), "elsa-pinto", "edite-ten-jua"),
        ("foreign minister", "STP", date(2025, 1, 14), "gareth-guadalupe", "ilza-amado-vaz"),
        ("defence minister", "STP", date(2025, 1, 14), "jorge-amado-stp", "horacio-de-sousa"),
        ("interior minister", "STP", date(2025, 1, 14), "jorge-amado-stp", "horacio-de-sousa"),
        ("interior minister", "SYC", date(2017, 7, 7), "mitcy-larue", "macsuzy-mondon"),
    ],
)
def test_handovers(
    kb: KnowledgeBase, title: str, country: str, day: date, before: str, after: str
) -> None:
    """The day before a handover names the first holder alone, the day of it the second."""
    assert holder_ids(kb, title, country, date.fromordinal(day.toordinal() - 1)) == {before}
    assert holder_ids(kb, title, country, day) == {after}


def test_gaps_left_open(kb: KnowledgeBase) -> None:
    """The days no page dated stay empty: Seretse's second spell (from October 2011), Mohamed
    Ahmed Assoumani at the Comorian interior (from 2025-04-14, left out for his surname), the
    Comorian foreign ministers before 2021-08-26, São Tomé's foreign ministry between Edite Ten
    Jua's last dated day (2021-09-28) and Alberto Neto Pereira, and its defence between Óscar
    Sousa's dismissal and Jorge Amado's first dated day, the Alberto Neto Pereira-Guadalupe
    night, the week between two Seychelles presidencies, and Seychelles home affairs of
    2012-16."""
    assert holder_ids(kb, "defence minister", "BWA", date(2010, 9, 1)) == set()
    assert holder_ids(kb, "defence minister", "BWA", date(2012, 6, 1)) == set()
    assert holder_ids(kb, "defence minister", "BWA", date(2008, 6, 16)) == set()
    assert holder_ids(kb, "interior minister", "COM", date(2025, 6, 1)) == set()
    assert holder_ids(kb, "foreign minister", "COM", date(2021, 8, 25)) == set()
    # filled by kbafrE39 (Edite Ten Jua to the XVIII government, 2022-11-14)
    assert holder_ids(kb, "foreign minister", "STP", date(2022, 1, 1)) == {"edite-ten-jua"}
    # filled by kbafrE40 (the prime minister acting from Sousa's dismissal to Amado's oath)
    assert holder_ids(kb, "defence minister", "STP", date(2022, 1, 1)) == {"jorge-bom-jesus"}
    assert holder_ids(kb, "foreign minister", "STP", date(2023, 8, 8)) == set()
    assert holder_ids(kb, "foreign minister", "STP", date(2023, 8, 9)) == {"gareth-guadalupe"}
    assert holder_ids(kb, "interior minister", "SYC", date(2020, 10, 30)) == set()
    assert holder_ids(kb, "interior minister", "SYC", date(2020, 11, 3)) == {"errol-fonseka"}
    assert holder_ids(kb, "interior minister", "SYC", date(2014, 1, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The full names and their other spellings name the new ministers."""
    assert alias_ids(kb, "Ramadeluka Seretse") == {"ramadeluka-seretse"}
    assert alias_ids(kb, "Ndelu Seretse") == {"ramadeluka-seretse"}
    assert alias_ids(kb, "Dhoulkamal") == {"dhoihir-dhoulkamal"}
    assert alias_ids(kb, "Mbaé Mohamed") == {"mbae-mohamed"}
    assert alias_ids(kb, "Mahamoud Fakridine") == {"fakridine-mahamoud"}
    assert alias_ids(kb, "Mohamed Daoudou") == {"mohamed-daoudou"}
    assert alias_ids(kb, "Oscar Sousa") == {"oscar-sousa"}
    assert alias_ids(kb, "Horácio Sousa") == {"horacio-de-sousa"}
    assert alias_ids(kb, "Alberto Pereira") == {"alberto-neto-pereira"}
    assert alias_ids(kb, "Gareth Guadalupe") == {"gareth-guadalupe"}
    assert alias_ids(kb, "Ilza Amado Vaz") == {"ilza-amado-vaz"}
    assert alias_ids(kb, "Elsa Pinto") == {"elsa-pinto"}
    assert alias_ids(kb, "Edite Tenjua") == {"edite-ten-jua"}
    assert alias_ids(kb, "Jorge Amado") == {"jorge-amado-stp"}
    assert alias_ids(kb, "Larue") == {"mitcy-larue"}
    assert alias_ids(kb, "Macsuzy Mondon") == {"macsuzy-mondon"}
    assert alias_ids(kb, "Charles Errol Fonseka") == {"errol-fonseka"}


def test_surnames_that_stay_nobodys(kb: KnowledgeBase) -> None:
    """Common, shared or famous surnames written in catalogue form are no one's bare key, and
    Azali Assoumani keeps "Assoumani"; Marcelo Rebelo de Sousa keeps "Sousa"."""
    for bare in (
        "Seretse",
        "Fonseka",
        "Pereira",
        "Amado",
        "Vaz",
        "Guadalupe",
        "Mohamed",
        "Daoudou",
    ):
        assert alias_ids(kb, bare) == set(), bare
    assert alias_ids(kb, "Assoumani") == {"azali-assoumani"}
    assert alias_ids(kb, "Sousa") == {"marcelo-rebelo-de-sousa"}
