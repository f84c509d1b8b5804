"""Any export as Parquet (pyarrow), for DuckDB, Spark or pandas: one file, or a folder of parts.

Rows are written in groups of ``ROW_GROUP`` as they come, so memory stays flat. The column
types are those of the first group (a column with no value there is a string column); nested
values (lists, objects) are JSON strings, as in the CSV export. An export of more than
``rows_per_file`` rows becomes a folder ``PATH/part-00000.parquet``, ``part-00001`` ...
(DuckDB: ``read_parquet('PATH/*.parquet')``; Spark and pandas read the folder).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from newsgraph.query.formats import flat_cell

ROW_GROUP = 50_000
ROWS_PER_FILE = 1_000_000
_PART = re.compile(r"part-\d{5}\.parquet")


def write_parquet(
    rows: Iterable[dict[str, Any]], path: str | Path, *, rows_per_file: int = ROWS_PER_FILE
) -> int:
    """Write ``rows`` to ``path`` (a file, or a folder of parts when large). Returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    it = iter(rows)
    parts = Path(tempfile.mkdtemp(prefix=".parquet-", dir=path.parent))
    n = 0
    files: list[Path] = []
    writer: Any = None
    schema: Any = None
    in_file = 0
    try:
        for group in _groups(it, min(ROW_GROUP, rows_per_file)):
            table = _table(group, schema)
            schema = table.schema
            if writer is None or in_file + len(group) > rows_per_file:
                if writer is not None:
                    writer.close()
                files.append(parts / f"part-{len(files):05d}.parquet")
                writer = pq.ParquetWriter(files[-1], schema)
                in_file = 0
            writer.write_table(table)
            in_file += len(group)
            n += len(group)
        if writer is None:  # no rows: an empty file with no columns
            files.append(parts / "part-00000.parquet")
            pq.write_table(pa.table({}), files[-1])
        else:
            writer.close()
        _remove(path)
        if len(files) == 1:
            files[0].replace(path)
            shutil.rmtree(parts)
        else:
            parts.replace(path)
    except BaseException:
        shutil.rmtree(parts, ignore_errors=True)
        raise
    return n


def _groups(it: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while group := list(islice(it, size)):
        yield group


def _table(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    if schema is not None:
        names = list(schema.names)
    else:
        names = list(dict.fromkeys(k for r in rows for k in r))
    columns = {k: [flat_cell(r.get(k)) for r in rows] for k in names}
    if schema is None:
        arrays = [pa.array(v) for v in columns.values()]
        arrays = [a.cast(pa.string()) if pa.types.is_null(a.type) else a for a in arrays]
        return pa.Table.from_arrays(arrays, names=names)
    arrays = []
    for f in schema:
        try:
            arrays.append(pa.array(columns[f.name], type=f.type))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            # a later value of another type than the first group's: kept, as its text
            values = columns[f.name]
            if not pa.types.is_string(f.type):
                raise ValueError(
                    f"column {f.name!r}: a value of another type than the first rows' "
                    f"({f.type}): {next(v for v in values if v is not None)!r}"
                ) from None
            arrays.append(pa.array([None if v is None else str(v) for v in values], pa.string()))
    return pa.Table.from_arrays(arrays, schema=schema)


def _remove(path: Path) -> None:
    """Make room for the export: an earlier export there is replaced, anything else refused."""
    if path.is_dir() and not path.is_symlink():
        other = [p.name for p in path.iterdir() if not _PART.fullmatch(p.name)]
        if other:
            raise FileExistsError(
                f"{path} is a folder with other files than parquet parts (e.g. {other[0]})"
            )
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
