"""Relative expressions, durations, sets and clock times.

Deictic ones (``yesterday``, ``last week``, ``on Sunday``, ``two years ago``) resolve against
the publication date; anaphoric ones (``the following day``, ``two days later``, ``that
week``) against the reference time, the last date the text mentioned (anchor_kind
``previous``), and fall back to the publication date, with a note, when the text gave none.
"""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.extract.timexes import calendar as cal
from newsgraph.extract.timexes import lexicon as lx
from newsgraph.extract.timexes.calendar import Period
from newsgraph.extract.timexes.normaliser import (
    NO_PUBLICATION,
    Context,
    Resolution,
    from_period,
    pmod_of,
    unresolved,
)
from newsgraph.extract.timexes.quantities import QMODS, bare_units, duration, make_duration, set_

Rule = Callable[[dict[str, str], Context], Resolution]
NO_EARLIER = "no earlier date in the text: anchored on the publication date"
_CAL_PRECISION = {
    "second": "day",
    "minute": "day",
    "hour": "day",
    "day": "day",
    "night": "day",
    "week": "week",
    "fortnight": "week",
    "weekend": "weekend",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
    "millennium": "century",
}
_REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "current": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "recent": "PAST_REF",
    "future": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "shortly": "FUTURE_REF",
}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _pub(ctx: Context) -> str | None:
    return ctx.published.isoformat() if ctx.published else None


def _on_publication(p: Period, ctx: Context, **kw: object) -> Resolution:
    return from_period(p, kind="publication", anchor=_pub(ctx), **kw)  # type: ignore[arg-type]


def _reference(ctx: Context, precision: str) -> tuple[Period | None, str, str | None]:
    """The period anaphoric expressions of ``precision`` count from: (period, kind, note)."""
    fine = precision in ("day", "week", "weekend")
    base = ctx.last_day if fine else (ctx.last_period or ctx.last_day)
    if base is not None:
        return base, "previous", None
    if ctx.published is not None:
        return cal.day(ctx.published), "publication", NO_EARLIER
    return None, "none", None


def _shift_from(base: Period, unit: str, n: int) -> Period:
    """``n`` units after ``base``, at the unit's precision, or at ``base``'s when it is a
    month or quarter and the unit a year (``a year earlier`` after ``the third quarter``)."""
    precision = _CAL_PRECISION[unit]
    if n == 0:  # "that year" after "June 1998": 1998
        return cal.period_of(base.start, precision)
    if unit == "year" and base.precision in ("quarter", "month", "half", "season"):
        per_year = {"quarter": 4, "month": 12, "half": 2, "season": 1}[base.precision]
        return cal.shift_period(base, n * per_year)
    step_unit = "day" if unit in ("hour", "minute", "second") else unit
    step = 0 if unit in ("hour", "minute", "second") else n
    if step_unit in ("fortnight",):
        step_unit, step = "week", 2 * n
    if step_unit == "night":
        step_unit = "day"
    return cal.period_of(cal.shift(base.start, step_unit, step), precision)


# ------------------------------------------------------------------ deictic days and parts


def deictic(g: dict[str, str], ctx: Context) -> Resolution:
    if ctx.published is None:
        return unresolved("TIME" if "part" in g else "DATE", NO_PUBLICATION, "day")
    word = _norm(g["deix"])
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    p = cal.day(cal.shift(ctx.published, "day", offset))
    part = "night" if word == "tonight" else g.get("part")
    if part:
        return _with_part(p, part, "publication", _pub(ctx))
    return _on_publication(p, ctx, mod=pmod_of(g))


def _with_part(p: Period, part: str, kind: str, anchor: str | None) -> Resolution:
    code = lx.PARTS_OF_DAY[part.lower()]
    return Resolution("TIME", f"{p.value}T{code}", "part_of_day", anchor, kind, None, None, p)


def part_of_day(g: dict[str, str], ctx: Context) -> Resolution:
    if "over" in g:
        if ctx.published is None:
            return unresolved("TIME", NO_PUBLICATION, "part_of_day")
        return _with_part(cal.day(ctx.published), "night", "publication", _pub(ctx))
    rel, part = _norm(g["prel"]), g["part"].lower()
    if rel in ("that", "the same", "the next", "the following", "the previous"):
        base, kind, note = _reference(ctx, "day")
        if base is None:
            return unresolved("TIME", NO_PUBLICATION, "part_of_day")
        offset = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        p = cal.day(cal.shift(base.start, "day", offset))
        return _with_part(p, part, kind, base.value).noted(note)
    if ctx.published is None:
        return unresolved("TIME", NO_PUBLICATION, "part_of_day")
    offset = {"last": -1 if part == "night" else 0, "tomorrow": 1, "yesterday": -1}.get(rel, 0)
    if rel == "last" and part != "night":
        offset = -1
    return _with_part(
        cal.day(cal.shift(ctx.published, "day", offset)), part, "publication", _pub(ctx)
    )


def ref(g: dict[str, str], ctx: Context) -> Resolution:
    word = _norm(g["ref"])
    if word.endswith(" ago") or word.startswith("recent "):
        value = "PAST_REF"
    elif word.startswith(("the coming", "the next few")):
        value = "FUTURE_REF"
    else:
        value = _REFS.get(word, "PRESENT_REF")
    return Resolution("DATE", value, "ref", _pub(ctx), "publication" if ctx.published else "none")


# ------------------------------------------------------------------ weekdays


def weekday(g: dict[str, str], ctx: Context) -> Resolution:
    n = lx.WEEKDAYS[g["wd"].lower()]
    rel = _norm(g.get("rel", ""))
    if g.get("plural") or rel in ("every", "each") or g.get("pplural"):
        part = lx.PARTS_OF_DAY[g["part"].lower()] if "part" in g else ""
        return Resolution(
            "SET", f"XXXX-WXX-{n + 1}" + (f"T{part}" if part else ""), "week", None, "none"
        )
    if rel in ("following", "that"):
        base, kind, note = _reference(ctx, "day")
        if base is None:
            return unresolved("DATE", NO_PUBLICATION, "day")
        start = base.start
        if rel == "following":
            target = cal.shift(start, "day", (n - start.weekday()) % 7 or 7)
        else:
            target = cal.shift(start, "day", -((start.weekday() - n) % 7))
        res = from_period(cal.day(target), kind=kind, anchor=base.value, note=note)
    else:
        if ctx.published is None:
            return unresolved("TIME" if "part" in g else "DATE", NO_PUBLICATION, "day")
        pub = ctx.published
        back = cal.shift(pub, "day", -((pub.weekday() - n) % 7))  # on or before pub
        ahead = cal.shift(pub, "day", (n - pub.weekday()) % 7)  # on or after pub
        if rel in ("last", "past", "this past", "previous"):
            target = back if back < pub else cal.shift(back, "week", -1)
        elif rel in ("next", "coming", "this coming"):
            target = ahead if ahead > pub else cal.shift(ahead, "week", 1)
        elif rel == "this":
            target = cal.shift(cal.week(pub).start, "day", n)
        elif ctx.tense == "future":
            target = ahead
        elif ctx.tense == "past":  # past narration: the publication weekday counts as that day
            target = back
        else:  # present or no verb: the nearer one, the past one on a tie
            target = back if (pub - back) <= (ahead - pub) else ahead
        res = _on_publication(cal.day(target), ctx, mod=pmod_of(g))
    if "part" in g and res.period is not None:
        return _with_part(res.period, g["part"], res.anchor_kind, res.anchor).noted(res.note)
    return res


# ------------------------------------------------------------------ this week, last year, ...


def relunit(g: dict[str, str], ctx: Context) -> Resolution:
    unit, rel, det = g["unit"].lower(), _norm(g["rel"]), "det" in g
    precision = _CAL_PRECISION[unit]
    if (det and rel in ("past", "last")) or (rel == "past" and not det):
        return make_duration(1, unit, ctx, g, anchored=True)
    if rel == "next" and det and ctx.preceding in ("over", "during", "within", "in", "for"):
        return make_duration(1, unit, ctx, g, anchored=True)
    if rel in ("following", "same", "that", "preceding") or (det and rel in ("next", "previous")):
        base, kind, note = _reference(ctx, precision)
        if base is None:
            return unresolved("DATE", NO_PUBLICATION, precision)
        n = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(rel, 0)
        p = _shift_from(base, unit, n)
        return from_period(p, kind=kind, anchor=base.value, mod=pmod_of(g), note=note)
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, precision)
    n = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1}.get(rel, 0)
    here = cal.period_of(ctx.published, precision)
    if unit == "weekend" and rel == "this past" and ctx.published.weekday() == 6:
        n = 0
    return _on_publication(cal.shift_period(here, n), ctx, mod=pmod_of(g))


def the_unit(g: dict[str, str], ctx: Context) -> Resolution:
    if "unit3" in g:  # "that day", "the same day"
        base, kind, note = _reference(ctx, "day")
        if base is None:
            return unresolved("DATE", NO_PUBLICATION, "day")
        return from_period(base, kind=kind, anchor=base.value, note=note)
    if "unit2" in g:  # "the day before", "the week after"
        unit = g["unit2"].lower()
        n = -1 if g["dir"].lower() in ("before", "earlier", "prior") else 1
        base, kind, note = _reference(ctx, _CAL_PRECISION[unit])
        if base is None:
            return unresolved("DATE", NO_PUBLICATION, unit)
        return from_period(_shift_from(base, unit, n), kind=kind, anchor=base.value, note=note)
    if "eunit" in g:  # "the end of the month"
        unit = g["eunit"].lower()
        if g["edet"].lower() == "that":
            base, kind, note = _reference(ctx, _CAL_PRECISION[unit])
            if base is not None:
                return from_period(
                    cal.period_of(base.start, _CAL_PRECISION[unit]),
                    kind=kind,
                    anchor=base.value,
                    mod=pmod_of(g),
                    note=note,
                )
        if ctx.published is None:
            return unresolved("DATE", NO_PUBLICATION, _CAL_PRECISION[unit])
        return _on_publication(
            cal.period_of(ctx.published, _CAL_PRECISION[unit]), ctx, mod=pmod_of(g)
        )
    if "ayear" in g:  # "for the year ended June 30": an accounting year, a span
        return make_duration(1, "year", ctx, g, anchored=False)
    if "wunit" in g:
        g = {"tdet": g["wdet"], "unit": "weekend"}
    unit = g["unit"].lower()
    precision = _CAL_PRECISION[unit]
    if g["tdet"].lower() == "that" and (ctx.last_period or ctx.last_day):
        base, kind, note = _reference(ctx, precision)
        assert base is not None
        return from_period(cal.period_of(base.start, precision), kind=kind, anchor=base.value)
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, precision)
    here = cal.period_of(ctx.published, precision)
    if unit == "weekend":
        cands = [cal.shift_period(here, k) for k in (-1, 0, 1)]
        return _on_publication(cal.pick(cands, ctx.published, ctx.tense, unknown="past"), ctx)
    return _on_publication(here, ctx)


# ------------------------------------------------------------------ ago / later / earlier


def ago(g: dict[str, str], ctx: Context) -> Resolution:
    n = lx.parse_number(g["num"])
    unit = lx.unit_of(g["unit"])
    direction = _norm(g["dir"])
    sign = (
        1 if direction in ("later", "after", "afterward", "afterwards", "from now", "hence") else -1
    )
    mod = QMODS.get(_norm(g.get("qmod", "")))
    deictic_ = direction in ("ago", "from now", "hence")
    if n is None or n == 0:
        if deictic_:
            return Resolution(
                "DATE",
                "PAST_REF" if sign < 0 else "FUTURE_REF",
                "ref",
                _pub(ctx),
                "publication" if ctx.published else "none",
            )
        return make_duration(None, unit, ctx, g, anchored=False)
    if deictic_:
        if ctx.published is None:
            return unresolved("DATE", NO_PUBLICATION, _CAL_PRECISION[unit])
        base = cal.day(ctx.published)
        same = ctx.sentence_period or ctx.last_period
        if unit == "year" and n == 1 and same is not None and same.precision == "quarter":
            base = same  # "the third quarter ... a year ago": the same quarter a year before
        if unit in ("decade", "century", "millennium"):  # "a decade ago": a year
            years = {"decade": 10, "century": 100, "millennium": 1000}[unit]
            return _on_publication(cal.year(ctx.published.year + sign * n * years), ctx, mod=mod)
        p = _shift_from(base, unit, sign * n)
        return _on_publication(p, ctx, mod=mod)
    base_, kind, note = _reference(ctx, _CAL_PRECISION[unit])
    if base_ is None:
        return unresolved("DATE", NO_PUBLICATION, _CAL_PRECISION[unit])
    return from_period(
        _shift_from(base_, unit, sign * n), kind=kind, anchor=base_.value, mod=mod, note=note
    )


def year_ago(g: dict[str, str], ctx: Context) -> Resolution:
    """ "year-earlier": the quarter of this sentence a year before, else the previous year.

    "the 1988 period": the quarter or half told last, in that year (earnings reports compare
    the same period of two years); with none told, the year itself."""
    same = ctx.sentence_period or ctx.last_period
    if g.get("pyear"):
        y = int(g["pyear"])
        if same is not None and same.precision in ("quarter", "half"):
            per_year = 4 if same.precision == "quarter" else 2
            moved = cal.shift_period(same, (y - same.start.year) * per_year)
            return from_period(moved, kind="previous", anchor=same.value)
        return from_period(cal.year(y))
    if same is not None and same.precision == "quarter":
        return from_period(cal.shift_period(same, -4), kind="previous", anchor=same.value)
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, "year")
    return _on_publication(cal.year(ctx.published.year - 1), ctx)


# ------------------------------------------------------------------ clock times


def _clock(g: dict[str, str]) -> str:
    if "hw" in g or "hoc" in g:
        word = (g.get("hw") or g["hoc"]).lower()
        h = int(word) if word.isdigit() else lx.NUMBER_WORDS[word]
        if g.get("hpart", "").lower() in ("afternoon", "evening") and h < 12:
            h += 12
        return f"{h % 24:02d}:00"
    if "hh" in g:  # wire style: "0600 GMT"
        return f"{g['hh']}:{g['mm']}"
    if "named" in g:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["named"].lower()]
    if "h24" in g:
        return f"{int(g['h24']):02d}:{g['mi24']}"
    h = int(g["h"]) % 12
    if g["ampm"].lower().startswith("p"):
        h += 12
    return f"{h:02d}:{g.get('mi', '00')}"


def clock(g: dict[str, str], ctx: Context) -> Resolution:
    base, kind, note = _reference(ctx, "day")
    mod = {"around": "APPROX", "about": "APPROX", "approximately": "APPROX"}.get(
        _norm(g.get("cmod", ""))
    )
    if base is None:
        return Resolution(
            "TIME",
            f"T{_clock(g)}",
            "minute",
            None,
            "none",
            "no date to attach the clock time to",
            mod,
        )
    return Resolution(
        "TIME", f"{base.value}T{_clock(g)}", "minute", base.value, kind, None, mod, base
    )


def clock_day(g: dict[str, str], ctx: Context) -> Resolution:
    from newsgraph.extract.timexes.absolute import RULES as ABSOLUTE

    day_groups = {k[4:]: v for k, v in g.items() if k.startswith("day_") and k != "day_kind"}
    rule = {**ABSOLUTE, **RULES}[g["day_kind"]]
    day_res = rule(day_groups, ctx)
    if day_res.period is None:
        return Resolution("TIME", None, "minute", day_res.anchor, day_res.anchor_kind, day_res.note)
    return Resolution(
        "TIME",
        f"{day_res.period.value}T{_clock(g)}",
        "minute",
        day_res.anchor,
        day_res.anchor_kind,
        day_res.note,
        None,
        day_res.period,
    )


RULES: dict[str, Rule] = {
    "deictic": deictic,
    "part": part_of_day,
    "ref": ref,
    "ref_adj": ref,
    "weekday": weekday,
    "relunit": relunit,
    "the_unit": the_unit,
    "ago": ago,
    "yearago": year_ago,
    "duration": duration,
    "bare_units": bare_units,
    "set": set_,
    "clock": clock,
    "clock_day": clock_day,
}
