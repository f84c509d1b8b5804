"""Durations and sets: ``two weeks`` P2W, ``the past 18 months`` P18M (anchored on the
publication date), ``2 1/2 years`` P2Y6M, ``several years`` PXY; ``weekly`` P1W, ``every other
week`` P2W, ``twice a week`` P1W, ``every morning`` TMO.
"""

from __future__ import annotations

from newsgraph.extract.timexes import lexicon as lx
from newsgraph.extract.timexes.normaliser import Context, Resolution

QMODS = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "under": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "just under": "LESS_THAN",
    "barely": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _pub(ctx: Context) -> str | None:
    return ctx.published.isoformat() if ctx.published else None


def duration_value(n: int | None, unit: str) -> str:
    count = "X" if n is None else str(n)
    if unit in ("hour", "minute", "second"):
        return f"PT{count}{unit[0].upper()}"
    if unit in ("decade", "century", "millennium"):
        if n is None:
            return {"decade": "PXDE", "century": "PXCE", "millennium": "PXML"}[unit]
        return f"P{n * {'decade': 10, 'century': 100, 'millennium': 1000}[unit]}Y"
    if unit == "fortnight":
        return f"P{'X' if n is None else 2 * n}W"
    letter = {
        "day": "D",
        "night": "D",
        "week": "W",
        "weekend": "WE",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
    }[unit]
    return f"P{count}{letter}"


def make_duration(
    n: int | None, unit: str, ctx: Context, g: dict[str, str], *, anchored: bool
) -> Resolution:
    mod = QMODS.get(_norm(g.get("qmod", "")))
    value = duration_value(n, unit)
    if anchored and ctx.published is not None:
        return Resolution("DURATION", value, unit, _pub(ctx), "publication", None, mod)
    return Resolution("DURATION", value, unit, None, "none", None, mod)


_HALF = {
    "year": (6, "M"),
    "month": (15, "D"),
    "week": (84, "H"),
    "day": (12, "H"),
    "hour": (30, "M"),
    "minute": (30, "S"),
}


def duration(g: dict[str, str], ctx: Context) -> Resolution:
    unit = lx.unit_of(g["unit"])
    det = _norm(g.get("det", ""))
    anchored = any(w in det for w in ("past", "last", "next", "coming", "previous"))
    n = lx.parse_number(g["num"])
    res = make_duration(n, unit, ctx, g, anchored=anchored)
    if (g.get("half") or g.get("half2")) and n is not None and unit in _HALF and res.value:
        amount, letter = _HALF[unit]  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        timed = res.value.startswith("PT") or letter == "H"
        extra = f"{amount}{letter}"
        value = (
            res.value + extra if res.value.startswith("PT") or not timed else f"{res.value}T{extra}"
        )
        if unit == "week":
            value = f"P{7 * n + 3}DT12H"
        res = Resolution(
            res.type, value, res.precision, res.anchor, res.anchor_kind, res.note, res.mod
        )
    return res


def bare_units(g: dict[str, str], ctx: Context) -> Resolution:
    return make_duration(None, lx.unit_of(g["vunit"]), ctx, g, anchored="bdet" in g)


def set_(g: dict[str, str], ctx: Context) -> Resolution:
    if "adv" in g:
        value = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "yearly": "P1Y",
            "annually": "P1Y",
            "quarterly": "P3M",
            "hourly": "PT1H",
            "nightly": "TNI",
            "biweekly": "P2W",
            "fortnightly": "P2W",
            "bimonthly": "P2M",
            "biannually": "P6M",
            "semiannually": "P6M",
        }[g["adv"].lower()]
        return Resolution("SET", value, "set", None, "none")
    unit_word = (g.get("unit") or g.get("unit2") or "day").lower()
    if unit_word in ("morning", "evening", "night"):
        return Resolution("SET", "T" + lx.PARTS_OF_DAY[unit_word], "set", None, "none")
    if unit_word == "weekday":
        return Resolution("SET", "XXXX-WXX-WD", "set", None, "none")
    n = lx.parse_number(g["num"]) if "num" in g else 1
    value = duration_value(n, lx.unit_of(unit_word))
    if "every" in g and "other" in g.get("every", "").lower():
        value = duration_value(2, lx.unit_of(unit_word))
    return Resolution("SET", value, "set", None, "none")
