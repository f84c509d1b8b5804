"""The package's layout in numbers: lines per folder and the import edges that point up.

    python scripts/layering.py [--edges] [--flow]

The layers, bottom to top, are those of docs/architecture.md: the modules at the top of the
package (types, errors, config, calendar, ...) are the floor everything may import; the store
sits on it and imports nothing above it; an article flows ingest -> clean -> parse -> extract,
with resolve/ (the knowledge base and gazetteer the extractors resolve against) below extract;
then analyze -> query read the store, and the brief, the pipeline's wiring (pipeline.py and
its helper concurrency.py, the stage list stages.py while it existed, distributed/, watch/),
the web app, the command line and the package's public names sit above. ``--flow`` puts
resolve/ above extract/ instead (the order an article's names are settled in), which makes
extract/'s imports of resolve/ count.
An edge points up when a module imports one from a higher layer; every import counts, at
module level or inside a function (a lazy import is still a dependency), with
``TYPE_CHECKING`` imports counted apart. ``--edges`` lists each upward edge. Modules named
by string (``registry.BUILTIN_MODULES``, imported with importlib) are not counted.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsgraph"

# Bottom to top. A top-level module not named here is floor (rank 0). The store sits just
# above the floor: every station of the flow may write to it, and it imports none of them.
# The package itself (``newsgraph/__init__``, the public API) is the top.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("store",),
    ("ingest",),
    ("clean",),
    ("parse",),
    ("resolve",),
    ("extract",),
    ("analyze",),
    ("query",),
    ("brief",),
    ("pipeline", "stages", "concurrency", "distributed", "watch"),
    ("web",),
    ("cli",),
    ("newsgraph",),
)
RANK = {name: i + 1 for i, names in enumerate(LAYERS) for name in names}
FLOW_RANK = {**RANK, "resolve": RANK["extract"], "extract": RANK["resolve"]}


def layer_of(module: str) -> str:
    """``newsgraph.store.report_queries`` -> ``store``; a floor module -> its own name."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def rank_of(layer: str, flow: bool = False) -> int:
    return (FLOW_RANK if flow else RANK).get(layer, 0)


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for sub in node.body:
                lines.update(range(sub.lineno, (sub.end_lineno or sub.lineno) + 1))
    return lines


def imports_of(path: Path) -> list[tuple[str, bool]]:
    """(imported newsgraph module, only under TYPE_CHECKING) for each import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = _type_checking_lines(tree)
    me = module_name(path)
    out: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this package
                base = me.split(".")[: -node.level] if path.name != "__init__.py" else me.split(".")
                names = [".".join([*base, node.module or ""]).rstrip(".")]
            elif node.module:
                names = [node.module]
        out.extend((n, node.lineno in guarded) for n in names if n.startswith("newsgraph"))
    return out


def upward_edges(flow: bool = False) -> list[tuple[str, str, bool]]:
    edges = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = module_name(path)
        for target, guarded in imports_of(path):
            if target == "newsgraph":
                continue
            if rank_of(layer_of(target), flow) > rank_of(layer_of(me), flow):
                edges.append((me, target, guarded))
    return edges


def lines_per_folder() -> Counter[str]:
    lines: Counter[str] = Counter()
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        key = rel.parts[0] if len(rel.parts) > 1 else "(top-level modules)"
        lines[key] += len(path.read_text(encoding="utf-8").splitlines())
    return lines


def main(argv: list[str]) -> int:
    lines = lines_per_folder()
    files = Counter(
        p.relative_to(PACKAGE).parts[0] if len(p.relative_to(PACKAGE).parts) > 1 else "(top)"
        for p in PACKAGE.rglob("*.py")
    )
    print(f"{'folder':<22}{'lines':>8}")
    for name, n in sorted(lines.items()):
        print(f"{name:<22}{n:>8}")
    print(f"{'total':<22}{sum(lines.values()):>8}  in {sum(files.values())} files")
    edges = upward_edges(flow="--flow" in argv)
    pairs = Counter((layer_of(a), layer_of(b)) for a, b, _ in edges)
    print(
        f"\nimport edges that point up: {len(edges)} "
        f"({sum(1 for e in edges if e[2])} only under TYPE_CHECKING)"
    )
    for (a, b), n in sorted(pairs.items()):
        print(f"  {a:>12} -> {b:<12}{n:>4}")
    if "--edges" in argv:
        for a, b, guarded in edges:
            print(f"    {a} -> {b}{'  (TYPE_CHECKING)' if guarded else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
