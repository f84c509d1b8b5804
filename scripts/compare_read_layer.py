"""Dump every export and the main API answers of a store to a folder, to diff two versions.

    python scripts/compare_read_layer.py STORE.db OUT_DIR
    diff -r OUT_BEFORE OUT_AFTER

Each export (``export --what NAME``, as json) goes to ``export-NAME.json``; each API answer to
``api-<path>.json``; the relation graph of ``newsgraph relations --format json`` to
``cli-relations.json``. Keys are sorted so a diff shows only changed values. The API calls
go through FastAPI's TestClient (in process, no network); the ids an answer needs (an
article, an event, an actor, an edge) are taken from earlier answers. The times rows were
written (``created_at``, ``updated_at``, ``ingested_at``) are masked, so two stores built from
one corpus at different times compare equal.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from fastapi.testclient import TestClient

from newsgraph.cli import cli
from newsgraph.web.app import create_app

# When a row was written, not what it says: masked so two builds of one corpus compare equal.
WRITE_TIMES = frozenset({"created_at", "updated_at", "ingested_at"})


def _masked(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: "<time>" if k in WRITE_TIMES else _masked(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_masked(v) for v in data]
    return data


def _write(out: Path, name: str, data: Any) -> None:
    text = json.dumps(_masked(data), sort_keys=True, indent=1, ensure_ascii=False, default=str)
    (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def dump_cli(db: str, out: Path) -> None:
    runner = CliRunner()
    kinds = runner.invoke(cli, ["--db", db, "export", "--list"]).output.split()
    for what in kinds:
        r = runner.invoke(cli, ["--db", db, "export", "--what", what, "--format", "json"])
        _write(out, f"export-{what}", json.loads(r.output) if r.exit_code == 0 else r.output)
    r = runner.invoke(cli, ["--db", db, "relations", "--format", "json"])
    _write(out, "cli-relations", json.loads(r.output) if r.exit_code == 0 else r.output)


def _first(items: list[dict[str, Any]], key: str) -> str | None:
    return str(items[0][key]) if items else None


def dump_api(db: str, out: Path) -> None:
    calls: list[str] = [
        "/api/overview",
        "/api/outlets",
        "/api/articles?limit=500",
        "/api/event-types",
        "/api/timeline?limit=500",
        "/api/timeline?limit=500&min_confidence=0",
        "/api/network?limit=2000",
        "/api/network?limit=2000&group=false",
        "/api/actors?limit=500",
        "/api/quotes?limit=500",
        "/api/map",
        "/api/contradictions?limit=500",
        "/api/search?q=said&limit=50",
        "/api/search?q=said&kind=quotes&limit=50",
        "/api/map?type=ASSAULT",
        "/api/map?since=2019-01-01&until=2024-12-01",
    ]
    with TestClient(create_app(db, warm=False)) as client:

        def get(path: str) -> Any:
            r = client.get(path)
            return {"status": r.status_code, "body": r.json()}

        answers = {p: get(p) for p in calls}
        body = answers["/api/articles?limit=500"]["body"]
        if aid := _first(body["items"], "id"):
            answers["/api/articles/{first}"] = get(f"/api/articles/{aid}")
        tl = answers["/api/timeline?limit=500"]["body"]["items"]
        for eid in dict.fromkeys(str(i["event_id"]) for i in tl if i.get("event_id")):
            answers[f"/api/events/{eid}"] = get(f"/api/events/{eid}")
        acts = answers["/api/actors?limit=500"]["body"]["items"]
        for a in acts[:3]:
            answers[f"/api/actors/{a['id']}"] = get(f"/api/actors/{a['id']}")
            answers[f"/api/actors/{a['id']}/mentions"] = get(f"/api/actors/{a['id']}/mentions")
            answers[f"/api/compare?actor={a['id']}"] = get(f"/api/compare?actor={a['id']}")
        outlets = answers["/api/outlets"]["body"]
        for f in (
            *(f"actor={a['id']}" for a in acts[:3]),
            *(f"recipient={a['id']}" for a in acts[:2]),
            "actor=government",
            "type=ASSAULT",
            "since=2019-02-01&until=2024-12-01",
            "until=2019",
            "exclude=negated&exclude=hypothetical&min_confidence=0",
            *(f"outlet={o}" for o in outlets[:2]),
        ):
            answers[f"/api/timeline?limit=500&{f}"] = get(f"/api/timeline?limit=500&{f}")
        for o in outlets[:2]:
            answers[f"/api/map?outlet={o}"] = get(f"/api/map?outlet={o}")
        for a in acts[:3]:
            for q in (f"speaker={a['id']}", f"speaker_id={a['id']}"):
                answers[f"/api/quotes?limit=500&{q}"] = get(f"/api/quotes?limit=500&{q}")
            c = f"/api/contradictions?limit=500&actor={a['id']}"
            answers[c] = get(c)
        answers["/api/quotes?speaker=minister"] = get("/api/quotes?speaker=minister")
        answers["/api/actors?q=syr"] = get("/api/actors?q=syr")
        edges = answers["/api/network?limit=2000"]["body"]["edges"]
        for e in edges[:5]:
            q = f"source={e['source']}&target={e['target']}&kind={e['kind']}"
            answers[f"/api/network/evidence?{q}"] = get(f"/api/network/evidence?{q}")
    for path, data in answers.items():
        name = path.strip("/").replace("/", "_").replace("?", "__").replace("&", "_")
        name = "".join(c if c.isalnum() or c in "_-=." else "+" for c in name)
        _write(out, name.replace("=", "-"), data)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    db, out = argv[0], Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    dump_cli(db, out)
    dump_api(db, out)
    print(f"wrote {len(list(out.glob('*.json')))} files to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
