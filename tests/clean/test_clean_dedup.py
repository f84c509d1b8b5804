"""Near duplicates and wire copies, ingested through the real pipeline into a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.clean.dedup import Deduplicator, agencies
from newsgraph.clean.shingles import hamming, jaccard_containment, shingle_hashes
from newsgraph.config import Settings
from newsgraph.pipeline import ingest
from newsgraph.store import open_store

pytestmark = pytest.mark.model

AGENCY_STORY = """Turkey says rebels will not be allowed to threaten its border

ANKARA, Dec 5 (Reuters) - Turkey will not allow armed groups in northern Syria to threaten its
security, Foreign Minister Hakan Fidan said on Thursday, as rebels pressed an offensive that has
seized Aleppo and Hama from government forces in little more than a week.
Fidan told reporters in Ankara that Turkey was in contact with Russia and Iran, which back
President Bashar al-Assad, and with the United States, which supports Kurdish-led forces in the
northeast of the country.
"We will not allow any terrorist organisation to take advantage of the instability," Fidan said,
referring to the Kurdish YPG militia, which Ankara regards as an offshoot of the PKK.
Turkey has backed some rebel factions during the 13-year civil war and hosts about three million
Syrian refugees, a burden that has become a heated political issue at home.
The offensive, led by Hayat Tahrir al-Sham, began on Nov. 27, the day a ceasefire took effect in
Lebanon between Israel and Hezbollah, an ally of Assad that once sent fighters to Syria.
Diplomats said foreign ministers of Turkey, Russia and Iran would meet in Doha on Saturday on the
sidelines of a regional forum to discuss the crisis, the first such meeting in months.
Reporting by Huseyin Hayatsever; Editing by Daren Butler
"""

# A syndicated copy: an outlet runs the first paragraphs of the agency story under its own
# headline, cuts the end and adds a paragraph of its own.
SYNDICATED = """Ankara warns Syrian rebels over border

ANKARA (Reuters) - Turkey will not allow armed groups in northern Syria to threaten its
security, Foreign Minister Hakan Fidan said on Thursday, as rebels pressed an offensive that has
seized Aleppo and Hama from government forces in little more than a week.
Fidan told reporters in Ankara that Turkey was in contact with Russia and Iran, which back
President Bashar al-Assad, and with the United States, which supports Kurdish-led forces in the
northeast of the country.
"We will not allow any terrorist organisation to take advantage of the instability," Fidan said,
referring to the Kurdish YPG militia, which Ankara regards as an offshoot of the PKK.
Turkey has backed some rebel factions during the 13-year civil war and hosts about three million
Syrian refugees, a burden that has become a heated political issue at home.
Our own correspondent in Gaziantep reported long queues at the border crossings on Friday.
"""


def _near_copy(original: str) -> str:
    """A rewritten headline and a few edited sentences."""
    lines = original.splitlines()
    lines[0] = "Tehran and Moscow pledge to stand by Damascus"
    out = "\n".join(lines)
    for old, new in [
        (
            "Russia, though focused on its war in Ukraine since 2022, retains an airbase in "
            "northern Syria.",
            "Moscow, busy with the war in Ukraine since 2022, still keeps an air base in "
            "the north of Syria.",
        ),
        (
            "Russia has said it will continue to support him.",
            "The Kremlin has said it would go on backing the Syrian leader.",
        ),
        (
            "Aron Lund of the Century International think tank said a major question hangs over "
            "possible Turkish involvement.",
            "A big question is whether Turkey was involved, "
            "analyst Aron Lund of Century International said.",
        ),
    ]:
        assert old in out
        out = out.replace(old, new)
    return out


def _write(folder: Path, name: str, text: str, published: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text((f" date {published}\n" if published else "") + text, encoding="utf-8")
    return path


def _links(db: Path) -> dict[str, tuple[str | None, str | None, float | None]]:
    with sqlite3.connect(db) as conn:
        ids = dict(conn.execute("SELECT id, source_id FROM articles"))
        return {
            src: (ids.get(dup) if dup else None, kind, sim)
            for src, dup, kind, sim in conn.execute(
                "SELECT source_id, duplicate_of, duplicate_kind, similarity FROM articles"
            )
        }


@pytest.fixture
def samples(sample_dir: Path) -> dict[str, str]:
    return {
        f.name[:3]: f.read_text(encoding="utf-8")
        for f in sorted((sample_dir / "articles").glob("*.txt"))
    }


def test_near_copy_and_wire_copy_are_linked(  # type: ignore[no-untyped-def]
    tmp_path, pipeline, settings, samples
) -> None:
    folder = tmp_path / "in"
    for key, text in samples.items():  # five different articles on the same events
        _write(folder, f"{key}.txt", text.removeprefix(" date 2024-12-03 "), None)
    _write(folder, "near.txt", _near_copy(samples["002"]), "2024-12-04")
    _write(folder, "agency.txt", AGENCY_STORY, "2024-12-05")
    _write(folder, "syndicated.txt", SYNDICATED, "2024-12-06")
    db = tmp_path / "t.db"
    with open_store(db) as store:
        report = ingest([folder], store, settings=settings, pipeline=pipeline)
    assert report.ingested == 8 and report.duplicates == 2
    links = _links(db)
    assert links["near.txt"][:2] == ("002.txt", "near")
    assert links["near.txt"][2] is not None and 0.5 <= links["near.txt"][2] < 0.95
    assert links["syndicated.txt"][:2] == ("agency.txt", "wire")
    # The unrelated articles, all on the same story, are not linked to anything.
    for key in samples:
        assert links[f"{key}.txt"] == (None, None, None)
    assert links["agency.txt"] == (None, None, None)
    with open_store(db) as store:
        assert store.stats()["duplicates"] == 2
        again = ingest([folder], store, settings=settings, pipeline=pipeline)
    assert again.ingested == 0 and _links(db) == links


def test_original_is_the_earlier_published_even_when_ingested_later(  # type: ignore[no-untyped-def]
    tmp_path, pipeline, settings, samples
) -> None:
    db = tmp_path / "t.db"
    copy = _write(tmp_path / "a", "copy.txt", _near_copy(samples["002"]), "2024-12-05")
    wire = _write(tmp_path / "a", "wire.txt", SYNDICATED, "2024-12-06")
    with open_store(db) as store:
        ingest([copy, wire], store, settings=settings, pipeline=pipeline)
        assert _links(db) == {"copy.txt": (None, None, None), "wire.txt": (None, None, None)}
        original = _write(
            tmp_path / "b",
            "original.txt",
            samples["002"].removeprefix(" date 2024-12-03 "),
            "2024-12-03",
        )
        agency = _write(tmp_path / "b", "agency.txt", AGENCY_STORY, "2024-12-05")
        ingest([original, agency], store, settings=settings, pipeline=pipeline)
    links = _links(db)
    assert links["original.txt"] == (None, None, None)
    assert links["copy.txt"][:2] == ("original.txt", "near")
    assert links["agency.txt"] == (None, None, None)
    assert links["wire.txt"][:2] == ("agency.txt", "wire")


def test_copies_in_one_batch_point_at_the_earliest(  # type: ignore[no-untyped-def]
    tmp_path, pipeline, settings, samples
) -> None:
    folder = tmp_path / "in"
    body = samples["002"]
    _write(folder, "a_late.txt", _near_copy(body), "2024-12-09")
    _write(folder, "b_first.txt", body, "2024-12-03")
    _write(
        folder,
        "c_mid.txt",
        body.replace("Tehran and the Kremlin said.", "officials in both capitals said."),
        "2024-12-05",
    )
    db = tmp_path / "t.db"
    with open_store(db) as store:
        report = ingest([folder], store, settings=Settings(batch_size=16), pipeline=pipeline)
    assert report.duplicates == 2
    links = _links(db)
    assert links["b_first.txt"] == (None, None, None)
    assert links["a_late.txt"][0] == "b_first.txt" and links["c_mid.txt"][0] == "b_first.txt"


def test_simhash_bands_alone_miss_edited_copies(samples) -> None:  # type: ignore[no-untyped-def]
    """Why the fingerprint index exists: the edited copy is far in Hamming distance."""
    d = Deduplicator(Settings())
    from newsgraph.types import Article

    a = Article("a", "a", "a", "text", samples["002"], samples["002"])
    b = Article("b", "b", "b", "text", _near_copy(samples["002"]), _near_copy(samples["002"]))
    sa, sb = d.signature(a), d.signature(b)
    assert sa is not None and sb is not None and 0 <= sa < 2**64
    j, _ = jaccard_containment(shingle_hashes(a.text), shingle_hashes(b.text))
    assert j >= 0.5 and hamming(sa, sb) > 3


def test_agencies() -> None:
    assert agencies("BEIRUT (Reuters) - ...") == {"reuters"}
    assert agencies("told Agence France-Presse on Monday") == {"afp"}
    assert agencies("The Associated Press reported") == {"ap"}
    assert agencies("an AP-style list of Apple products") == frozenset()


@pytest.mark.parametrize("cache_size", [5_000, 1])
def test_stored_original_found_from_the_cache_or_the_store(  # type: ignore[no-untyped-def]
    tmp_path, pipeline, settings, samples, monkeypatch, cache_size
) -> None:
    """The stored original's shingles come from the (packed) cache, or, once evicted from it,
    from the store: the copy ingested later is linked either way."""
    import newsgraph.clean.dedup as dedup

    monkeypatch.setattr(dedup, "SHINGLE_CACHE", cache_size)
    body = samples["002"].removeprefix(" date 2024-12-03 ")
    _write(tmp_path / "a", "original.txt", body, "2024-12-03")
    _write(tmp_path / "a", "other.txt", AGENCY_STORY, "2024-12-05")
    _write(tmp_path / "b", "copy.txt", _near_copy(samples["002"]), "2024-12-06")
    db = tmp_path / "t.db"
    with open_store(db) as store:
        ingest([tmp_path / "a"], store, settings=settings, pipeline=pipeline)
        cached = pipeline.dedup._shingled
        assert len(cached) <= cache_size
        ingest([tmp_path / "b"], store, settings=settings, pipeline=pipeline)
    assert _links(db)["copy.txt"][:2] == ("original.txt", "near")
    for packed, *_ in pipeline.dedup._shingled.values():
        assert packed.typecode == "Q"  # kept as 64-bit integers, not a set
