"""A synthetic store for benchmarks and tests: many rows, written with direct SQL inserts.

``fill_synthetic(conn, n_reports)`` writes articles (with sentences), actors, mentions, places,
quotes, event reports with their participants, canonical events with contradictions, labels
and backing statements, in the current schema, so the web API can be timed on a store of
100k event reports without running the NLP pipeline.
Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta
from typing import Any

_ACTORS = [
    ("SYR", "state", "Syria"),
    ("SYR.GOV", "institution", "Government of Syria"),
    ("IRN", "state", "Iran"),
    ("TUR", "state", "Turkey"),
    ("RUS", "state", "Russia"),
    ("USA", "state", "United States"),
    ("ISR", "state", "Israel"),
    ("QAT", "state", "Qatar"),
    ("IRQ", "state", "Iraq"),
    ("hts", "armed_group", "Hayat Tahrir al-Sham"),
    ("sdf", "armed_group", "Syrian Democratic Forces"),
    ("un", "igo", "United Nations"),
] + [(f"p{i:03d}", "person", f"Person {i}") for i in range(60)]
_TYPES = [
    "CONSULT",
    "ASSAULT",
    "SUPPORT",
    "ACCUSE",
    "COOPERATE",
    "AID",
    "AGREE",
    "THREATEN",
    "COERCE",
    "REQUEST",
    "PROTEST",
    "MOBILIZE",
]
_PLACES = [
    ("Damascus", 33.51, 36.29, "SYR"),
    ("Aleppo", 36.2, 37.16, "SYR"),
    ("Idlib", 35.93, 36.63, "SYR"),
    ("Hama", 35.13, 36.75, "SYR"),
    ("Homs", 34.73, 36.71, "SYR"),
    ("Tehran", 35.69, 51.42, "IRN"),
    ("Ankara", 39.93, 32.86, "TUR"),
    ("Moscow", 55.75, 37.62, "RUS"),
    ("Baghdad", 33.34, 44.4, "IRQ"),
    ("Doha", 25.29, 51.53, "QAT"),
]
_COMMON = (
    "officials",
    "said",
    "the",
    "talks",
    "on",
    "crisis",
    "would",
    "continue",
    "as",
    "forces",
    "moved",
    "near",
    "city",
    "while",
    "ministers",
    "met",
    "in",
    "capital",
    "and",
    "rebels",
    "attacked",
    "positions",
    "a",
    "of",
    "to",
    "government",
)
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "su",
    "an",
    "ber",
    "dol",
    "fen",
    "gar",
    "hul",
    "is",
    "jor",
    "kel",
    "mun",
    "nor",
    "pal",
    "qua",
    "rin",
    "sol",
    "tam",
    "vel",
    "zor",
)


def fill_synthetic(
    conn: sqlite3.Connection,
    n_reports: int = 100_000,
    *,
    seed: int = 1,
    reports_per_article: int = 10,
) -> dict[str, int]:
    """Write a synthetic corpus with ``n_reports`` event reports; returns rows per table."""
    rng = random.Random(seed)
    n_articles = max(1, n_reports // reports_per_article)
    outlets = [f"Outlet {i}" for i in range(12)]
    start = date(2024, 1, 1)
    counts: dict[str, int] = {}
    vocab, cum = vocabulary(rng)
    conn.execute("BEGIN")
    try:
        conn.executemany(
            "INSERT OR IGNORE INTO actors(id, type, name, country) VALUES (?, ?, ?, ?)",
            [(i, t, n, i[:3].upper() if t != "person" else None) for i, t, n in _ACTORS],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm, kind) "
            "VALUES (?, ?, ?, 'name')",
            [(i, n, n.lower()) for i, _t, n in _ACTORS],
        )
        arts, sents = [], []
        days = {}
        for a in range(n_articles):
            aid = f"syn{a:07d}"
            sentences = [
                words(rng, vocab, cum, rng.randint(10, 18)).capitalize() + "." for _ in range(12)
            ]
            text, pos = "", 0
            for i, s in enumerate(sentences):
                sents.append((aid, i, pos, pos + len(s)))
                text += s + " "
                pos = len(text)
            day = start + timedelta(days=rng.randrange(365))
            days[aid] = day
            arts.append(
                (
                    aid,
                    f"syn_{a}.txt",
                    f"synthetic:{a}",
                    "text",
                    rng.choice(outlets),
                    f"Synthetic report {a}",
                    f"https://example.org/{a}",
                    day.isoformat(),
                    text,
                    text,
                )
            )
        conn.executemany(
            "INSERT INTO articles(id, source_id, origin, format, outlet, title, url, published, "
            "raw_text, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arts,
        )
        conn.executemany(
            'INSERT INTO sentences(article_id, idx, start, "end") VALUES (?, ?, ?, ?)', sents
        )
        counts["articles"], counts["sentences"] = len(arts), len(sents)
        spans = {(s[0], s[1]): (s[2], s[3]) for s in sents}
        ids = [a[0] for a in arts]
        actor_ids = [a[0] for a in _ACTORS]
        weights = [30 if a[2] != "person" else 1 for a in _ACTORS]
        reports, parts = [], []
        for r in range(n_reports):
            aid = ids[r % n_articles]
            sent = rng.randrange(12)
            s0, s1 = spans[(aid, sent)]
            ev_day = days[aid] - timedelta(days=rng.randrange(3))
            d = ev_day.isoformat() if rng.random() < 0.8 else None
            place = rng.choice(_PLACES) if rng.random() < 0.5 else None
            actor, recip = rng.choices(actor_ids, weights, k=2)
            typ = rng.choice(_TYPES)
            reports.append(
                (
                    r + 1,
                    aid,
                    sent,
                    "met",
                    s0,
                    min(s0 + 6, s1),
                    typ,
                    None,
                    None,
                    "040",
                    1,
                    d,
                    "day" if d else None,
                    d,
                    d,
                    place[0] if place else None,
                    place[1] if place else None,
                    place[2] if place else None,
                    place[3] if place else None,
                    int(rng.random() < 0.05),
                    int(rng.random() < 0.05),
                    int(rng.random() < 0.03),
                    int(rng.random() < 0.05),
                    int(rng.random() < 0.2),
                    json.dumps([{"text": actor, "actor_id": actor}]),
                    json.dumps([{"text": recip, "actor_id": recip}]),
                    round(rng.random(), 2),
                )
            )
            parts.append((r + 1, "actor", actor, actor))
            parts.append((r + 1, "recipient", recip, recip))
        conn.executemany(
            "INSERT INTO event_reports(id, article_id, sent, trigger, trigger_start, "
            "trigger_end, type, mode, context, cameo, quad, date, date_precision, "
            "date_start, date_end, place_name, place_lat, place_lon, place_country, "
            "negated, hypothetical, future, historical, reported, actors, recipients, "
            "confidence) VALUES (" + ",".join("?" * 27) + ")",
            reports,
        )
        conn.executemany(
            "INSERT INTO event_actors(event_id, role, actor_id, text) VALUES (?, ?, ?, ?)",
            parts,
        )
        counts["event_reports"], counts["event_actors"] = len(reports), len(parts)
        canon, members = [], []
        cid = 0
        by_day: dict[tuple[str | None, str], int] = {}
        for rep in reports:
            key = (rep[11], rep[6])
            if key not in by_day or rng.random() < 0.3:
                cid += 1
                by_day[key] = cid
                canon.append((cid, rep[6], rep[11], rep[15], rep[16], rep[17]))
            members.append((rep[0], by_day[key]))
        conn.executemany(
            "INSERT INTO canonical_events(id, type, date, place_name, "
            "place_lat, place_lon) VALUES (?, ?, ?, ?, ?, ?)",
            canon,
        )
        conn.executemany(
            "INSERT INTO canonical_event_reports(report_id, canonical_id) VALUES (?, ?)",
            members,
        )
        conn.execute(
            "UPDATE canonical_events SET n_reports = (SELECT count(*) FROM "
            "canonical_event_reports m WHERE m.canonical_id = canonical_events.id)"
        )
        contra = [
            (
                "date",
                c[0],
                "dates differ",
                json.dumps([{"value": c[2], "outlets": [outlets[0]], "reports": []}]),
                0.9 if k % 2 == 0 else 0.4,  # shown by default, and held back
            )
            for k, c in enumerate(canon[::20])
        ]
        conn.executemany(
            "INSERT INTO contradictions(kind, canonical_id, summary, sides, confidence) "
            "VALUES (?, ?, ?, ?, ?)",
            contra,
        )
        counts["canonical_events"], counts["contradictions"] = len(canon), len(contra)
        rows: list[tuple[Any, ...]] = []
        for i in range(n_reports * 2):
            aid = ids[i % n_articles]
            sent = rng.randrange(12)
            s0, _s1 = spans[(aid, sent)]
            actor = rng.choices(actor_ids, weights)[0]
            rows.append(
                (aid, sent, s0, s0 + 4, actor, actor.lower(), "ORG", actor, "dictionary", 0.9)
            )
        conn.executemany(
            'INSERT INTO mentions(article_id, sent, start, "end", text, norm, label, '
            "actor_id, method, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        counts["mentions"] = len(rows)
        rows = []
        for i in range(n_reports // 2):
            aid = ids[i % n_articles]
            p = rng.choice(_PLACES)
            s0, _s1 = spans[(aid, 1)]
            rows.append((aid, 1, s0, s0 + 3, p[0], p[0], p[1], p[2], p[3], "city"))
        conn.executemany(
            'INSERT INTO places(article_id, sent, start, "end", text, name, lat, lon, '
            "country, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        counts["places"] = len(rows)
        rows = []
        for i in range(n_reports // 3):
            aid = ids[i % n_articles]
            s0, s1 = spans[(aid, 2 + i // n_articles % 8)]
            sp = rng.choices(actor_ids, weights)[0]
            rows.append(
                (
                    f"{aid}:q{i}",
                    aid,
                    i,
                    2,
                    "indirect",
                    "cue",
                    "said",
                    s0,
                    s0 + 4,
                    words(rng, vocab, cum, rng.randint(6, 14)),
                    s0,
                    s1,
                    sp,
                    sp,
                )
            )
        conn.executemany(
            "INSERT INTO quotes(quote_id, article_id, idx, sent, kind, method, cue, "
            "cue_start, cue_end, content, content_start, content_end, speaker_text, "
            "speaker_actor_id) VALUES (" + ",".join("?" * 14) + ")",
            rows,
        )
        counts["quotes"] = len(rows)
        labels = ["regime", "rebels", "terrorists", "government", "militants", "forces"]
        rows = [
            (
                ids[i % n_articles],
                3,
                0,
                5,
                rng.choices(actor_ids, weights)[0],
                rng.choice(labels),
                "modifier",
                "mention",
                0.8,
            )
            for i in range(n_reports // 3)
        ]
        conn.executemany(
            'INSERT INTO labels(article_id, sent, start, "end", actor_id, '
            "label, kind, method, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        counts["labels"] = len(rows)
        rows = [
            (ids[i % n_articles], 4, 0, 5, "backed", a, a, b, b, "adjectival")
            for i in range(n_reports // 20)
            for a, b in [rng.choices(actor_ids, weights, k=2)]
            if a != b
        ]
        conn.executemany(
            'INSERT INTO backing(article_id, sent, start, "end", text, '
            "supporter_id, supporter_text, supported_id, supported_text, "
            "pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        counts["backing"] = len(rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def vocabulary(rng: random.Random, n: int = 5000) -> tuple[list[str], list[float]]:
    """News-like common words plus ``n`` pseudo-words, with Zipf cumulative weights."""
    seen = set(_COMMON)
    vocab = list(dict.fromkeys(_COMMON))
    target = len(vocab) + n
    while len(vocab) < target:
        w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            vocab.append(w)
    cum, total = [], 0.0
    for rank in range(len(vocab)):
        total += 1.0 / (rank + 1)
        cum.append(total)
    return vocab, cum


def words(rng: random.Random, vocab: list[str], cum: list[float], k: int) -> str:
    return " ".join(rng.choices(vocab, cum_weights=cum, k=k))
