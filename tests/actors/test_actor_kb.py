"""The actor knowledge base: shipped data, lookups, dated roles, user layers, validation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.actors.kb_holders import alias_ids

from newsgraph.config import Settings
from newsgraph.errors import KnowledgeBaseError
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.kb import KnowledgeBase, translit_key


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(Settings())


def test_demonyms_and_names_resolve_to_states(kb: KnowledgeBase) -> None:
    for text, iso in [
        ("Iranian", "IRN"),
        ("Turkish", "TUR"),
        ("Emirati", "ARE"),
        ("American", "USA"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Syrian Arab Republic", "SYR"),
        ("UAE", "ARE"),
    ]:
        assert alias_ids(kb, text) == {iso}, text
    assert kb.get("IRN") is not None and kb.get("IRN").qid == "Q794"  # type: ignore[union-attr]
    assert "Tehran" in kb.get("IRN").capitals  # type: ignore[union-attr]


def test_aliases_and_transliterations(kb: KnowledgeBase) -> None:
    assert alias_ids(kb, "Araqchi") == alias_ids(kb, "Abbas Araghchi") == {"abbas-araghchi"}
    for spelling in (
        "Hayat Tahrir al-Sham",
        "Hayat Tahrir-al-Sham",
        "HTS",
        "al-Nusra Front",
        "Jabhat al-Nusra",
        "Hay'at Tahrir al-Sham",
    ):
        assert alias_ids(kb, spelling) == {"hts"}, spelling
    assert alias_ids(kb, "Kremlin") == {"RUS.GOV"}
    assert alias_ids(kb, "Fidan") == {"hakan-fidan"}
    assert translit_key("Araghchi") == translit_key("Araqchi")


def test_media_sector(kb: KnowledgeBase) -> None:
    irna = kb.get("IRNA")
    assert irna is not None and irna.type == "media" and irna.country == "IRN"
    assert irna.sector == "JRN" and "GOV" in irna.sectors


def test_roles_follow_the_date(kb: KnowledgeBase) -> None:
    assert [r.title for r in kb.roles_at("bashar-al-assad", date(2024, 12, 3))] == ["president"]
    assert kb.roles_at("bashar-al-assad", date(2024, 12, 13)) == []
    assert kb.status_at("bashar-al-assad", date(2024, 12, 13)) == (None, "SYR", "ELI")
    assert kb.status_at("bashar-al-assad", date(2015, 1, 1))[2] == "GOV"
    who = lambda title, day, c: {a for a, _ in kb.holders(title, day, country=c)}  # noqa: E731
    assert who("president", date(2024, 12, 3), "IRN") == {"masoud-pezeshkian"}
    assert who("president", date(2023, 1, 1), "IRN") == {"ebrahim-raisi"}
    assert who("foreign minister", date(2024, 12, 3), "TUR") == {"hakan-fidan"}
    assert who("foreign minister", date(2024, 8, 21), "IRN") == {"abbas-araghchi"}
    assert who("prime minister", date(2024, 12, 3), "IRQ") == {"mohammed-shia-al-sudani"}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_user_kb_overrides_and_extends(tmp_path: Path) -> None:
    _write(
        tmp_path / "fictional.yaml",
        """
actors:
  - {id: FRB, type: state, name: Freedonia, demonyms: [Freedonian], capitals: [Fredville]}
  - id: rufus
    type: person
    name: Rufus T. Firefly
    roles: [{title: president, country: FRB, sector: GOV, start: 1933-11-17}]
extend:
  - {id: SYR.GOV, aliases: [Damascus government]}
""",
    )
    kb = load_kb(Settings(kb_paths=(str(tmp_path),), db=str(tmp_path / "x.db")))
    assert alias_ids(kb, "Freedonian") == {"FRB"} and "FRB.GOV" in kb
    assert alias_ids(kb, "Firefly") == {"rufus"}
    assert alias_ids(kb, "Damascus government") == {"SYR.GOV"}
    assert {a for a, _ in kb.holders("president", date(1934, 1, 1), country="FRB")} == {"rufus"}


@pytest.mark.parametrize(
    "body, problem, line",
    [
        ("actors:\n  - {id: X1, type: state, name: X\n", "invalid YAML", 3),
        (
            "actors:\n  - {id: IRN, type: state, name: Iran again}\n"
            "  - {id: IRN, type: state, name: B}\n",
            "duplicate actor id",
            3,
        ),
        (
            "actors:\n  - {id: A1, type: ngo, name: Alpha, aliases: [Same]}\n"
            "  - {id: B1, type: ngo, name: Beta, aliases: [same]}\n",
            "already claimed",
            3,
        ),
        (
            "actors:\n  - id: P1\n    type: person\n    name: P\n"
            "    roles: [{title: president, start: 2024-02-30}]\n",
            "invalid date",
            5,
        ),
        ("actors:\n  - {id: Q1, type: planet, name: Q}\n", "unknown type", 2),
        (
            # a key written twice in one entry: YAML would keep the second list and silently
            # drop the first spell
            "actors:\n  - id: R1\n    type: person\n    name: R\n"
            "    roles: [{title: president, country: FRA, start: 2001-01-01}]\n"
            "    roles: [{title: prime minister, country: FRA, start: 2002-01-01}]\n",
            "duplicate key 'roles' (first at line 5)",
            6,
        ),
    ],
)
def test_malformed_kb_file_names_file_line_and_problem(
    tmp_path: Path, body: str, problem: str, line: int
) -> None:
    bad = _write(tmp_path / "bad.yaml", body)
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb(Settings(kb_paths=(str(bad),), db=str(tmp_path / "x.db")))
    msg = str(err.value)
    assert f"{bad}:{line}" in msg and problem in msg, msg


def test_missing_kb_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="not found"):
        load_kb(Settings(kb_paths=(str(tmp_path / "nope.yaml"),)))


def test_the_same_files_load_once_and_an_edited_file_again(tmp_path: Path) -> None:
    """A pipeline's entity rulers and actor stage each load the KB: the same bytes give the
    same object; a user file edited since (even to the same size) is read again."""
    user = _write(tmp_path / "mine.yaml", "actors:\n  - {id: ngo-a1, type: ngo, name: Alpha}\n")
    settings = Settings(kb_paths=(str(user),), db=str(tmp_path / "x.db"))
    first = load_kb(settings)
    assert load_kb(settings) is first and alias_ids(first, "Alpha") == {"ngo-a1"}
    _write(user, "actors:\n  - {id: ngo-b1, type: ngo, name: Bravo}\n")  # same length
    second = load_kb(settings)
    assert second is not first
    assert alias_ids(second, "Bravo") == {"ngo-b1"} and not alias_ids(second, "Alpha")
    assert load_kb(Settings(db=str(tmp_path / "x.db"))) is not second  # other layers


def test_names_written_family_name_first(kb: KnowledgeBase, tmp_path: Path) -> None:
    """Chinese and Korean names are written family name first: "Xi" and "Ban" are their
    surnames, "Jinping" and "Ki-moon" are not; a given name written first keeps the usual
    order. ("Moon" is kept from Moon Jae-in by the data's inverted alias: a shared name.)"""
    assert alias_ids(kb, "Xi") == {"xi-jinping"} and alias_ids(kb, "Ban") == {"ban-ki-moon"}
    assert not alias_ids(kb, "Ki-moon") and not alias_ids(kb, "Moon")
    assert not alias_ids(kb, "Jinping") and not alias_ids(kb, "Seng")
    assert "park-geun-hye" in kb.sharing("Park")  # several Parks: resolved in context
    from newsgraph.resolve.ruler import alias_variants

    assert alias_variants("Xi") == {"Xi"}  # not "XI", a numeral ("Louis XI")
    assert "BAN" in alias_variants("Ban")  # a headline in capitals
    _write(
        tmp_path / "people.yaml",
        """
actors:
  - {id: zeng-haoran, type: person, name: Zeng Haoran, country: TWN}
  - {id: tony-quan, type: person, name: Tony Quan, country: TWN}
  - {id: tony-x, type: person, name: Tony Example, country: GBR}
  - {id: hao-x, type: person, name: Hao Example, country: JPN}
""",
    )
    mine = load_kb(Settings(kb_paths=(str(tmp_path),), db=str(tmp_path / "x.db")))
    assert alias_ids(mine, "Zeng") == {"zeng-haoran"} and not alias_ids(mine, "Haoran")
    assert alias_ids(mine, "Quan") == {"tony-quan"}  # "Tony" is a given name elsewhere


def test_catalogue_order_aliases_give_shared_surnames_only(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    """An alias written "Surname, Given" gives its first word as a surname that is only ever
    shared (resolved in context), never one person's alias; a word that is someone's given
    name, a short form's full name ("Douglas") or a state or large city stays no one's."""
    _write(
        tmp_path / "people.yaml",
        """
actors:
  - {id: quenby-zorlak, type: person, name: Quenby Zorlak, country: GBR}
  - {id: velmar-zorlak, type: person, name: Velmar Zorlak, country: GBR,
     aliases: ["Zorlak, Velmar"]}
  - {id: ostrid-pannefar, type: person, name: Ostrid Pannefar, country: GBR,
     aliases: ["Pannefar, Ostrid"]}
  - {id: ilvo-brask, type: person, name: Ilvo Brask, country: GBR, aliases: ["Brask, Ilvo"]}
  - {id: brask-tammer, type: person, name: Brask Tammer, country: GBR}
  - {id: yarn-douglas, type: person, name: Yarn Douglas, country: GBR}
  - {id: eddo-douglas, type: person, name: Eddo Douglas, country: GBR,
     aliases: ["Douglas, Eddo"]}
  - {id: pim-houston, type: person, name: Pim Houston, country: USA}
  - {id: rud-houston, type: person, name: Rud Houston, country: USA,
     aliases: ["Houston, Rud"]}
""",
    )
    mine = load_kb(Settings(kb_paths=(str(tmp_path),), db=str(tmp_path / "x.db")))
    assert set(mine.sharing("Zorlak")) == {"quenby-zorlak", "velmar-zorlak"}
    assert not alias_ids(mine, "Zorlak")
    # One person's catalogue surname: neither an alias nor shared (the data wrote it so).
    assert not alias_ids(mine, "Pannefar") and not mine.sharing("Pannefar")
    # Someone's given name, a short form's full name, a large city: no one's surname.
    for word in ("Brask", "Douglas", "Houston"):
        assert not alias_ids(mine, word) and not mine.sharing(word), word
    assert set(kb.sharing("Bush")) >= {"george-h-w-bush", "george-w-bush"}
    assert not alias_ids(kb, "Bush") and not alias_ids(kb, "Austin") and not kb.sharing("Austin")


def test_the_monarch_of_the_realms_is_the_uk_monarch_first(kb: KnowledgeBase) -> None:
    """Elizabeth II and Charles III hold a role spell in each Commonwealth realm for the years
    it was one (Barbados to 2021-11-30): the title resolves in each realm, while the person's
    role and country of the day stay the United Kingdom's, whichever spell began last."""
    day = date(2015, 6, 1)
    assert kb.status_at("queen-elizabeth-ii", day) == ("GBR queen", "GBR", "GOV")
    assert kb.status_at("king-charles-iii", date(2024, 5, 1)) == ("GBR king", "GBR", "GOV")
    for iso in ("CAN", "AUS", "NZL", "JAM", "PNG", "TUV", "BRB"):
        assert {a for a, _ in kb.holders("queen", day, country=iso)} == {"queen-elizabeth-ii"}
    assert kb.holders("king", date(2024, 5, 1), country="BRB") == []  # a republic since 2021
    assert {a for a, _ in kb.holders("king", date(2024, 5, 1), country="CAN")} == {
        "king-charles-iii"
    }
    # The French president is co-prince of Andorra: still France's president first.
    assert kb.status_at("emmanuel-macron", date(2024, 5, 1))[1] == "FRA"
