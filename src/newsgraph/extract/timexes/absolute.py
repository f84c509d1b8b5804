"""Calendar expressions: dates, months, years, decades, quarters, seasons, holidays.

A calendar expression without a year (``December 2``, ``the third quarter``, ``in March``)
takes its year from the publication date, looking back in past-tense clauses and ahead in
future ones (nearest otherwise); without a publication date it stays unresolved.
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.calendar import MONTHS
from newsgraph.extract.timexes import calendar as cal
from newsgraph.extract.timexes import lexicon as lx
from newsgraph.extract.timexes.normaliser import (
    IMPOSSIBLE,
    NO_PUBLICATION,
    Context,
    Resolution,
    from_period,
    pmod_of,
    unresolved,
)

Rule = Callable[[dict[str, str], Context], Resolution]
# A date without a year in a past-tense clause is still the coming one when it is this close
# and last year's is far: "said the vote will be held Nov. 17" parses with a past "said".
WINDOW = 40


def _month_no(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_no(word: str) -> int:
    return int(word.lower().rstrip("stndrh") or 0)


def _pub(ctx: Context) -> str | None:
    return ctx.published.isoformat() if ctx.published else None


def _full_date(y: int, m: int, d: int, wd: str | None) -> Resolution:
    if not 1 <= m <= 12 or not 1 <= d <= _cal.monthrange(y, m)[1]:
        return unresolved("DATE", f"{IMPOSSIBLE}: {y:04d}-{m:02d}-{d:02d}", "day")
    res = from_period(cal.day(date(y, m, d)))
    if wd and date(y, m, d).weekday() != lx.WEEKDAYS[wd.lower().rstrip(".")]:
        res = res.noted(f"weekday {wd} does not match {res.value}")
    return res


def day_month(g: dict[str, str], ctx: Context) -> Resolution:
    m, d = _month_no(g["month"]), _day_no(g["day"])
    wd = g.get("wd")
    if "year" in g:
        return _full_date(int(g["year"]), m, d, wd)
    if d > _cal.monthrange(2024, m)[1]:  # 2024 is a leap year: 29 February is possible
        return unresolved("DATE", f"{IMPOSSIBLE}: {d} {_cal.month_name[m]}", "day")
    if ctx.published is None:
        return unresolved("DATE", f"{NO_PUBLICATION} (year of XXXX-{m:02d}-{d:02d} unknown)", "day")
    y0 = ctx.published.year
    cands = [cal.day(date(y, m, d)) for y in (y0 - 1, y0, y0 + 1) if d <= _cal.monthrange(y, m)[1]]
    if wd:  # "Wednesday 27 November": the year whose 27 November is a Wednesday, if one is near
        matching = [p for p in cands if p.start.weekday() == lx.WEEKDAYS[wd.lower().rstrip(".")]]
        cands = matching or cands
    best = cal.pick(cands, ctx.published, ctx.tense, window=WINDOW)
    return from_period(best, kind="publication", anchor=_pub(ctx))


def week_of(g: dict[str, str], ctx: Context) -> Resolution:
    """ "the week of March 6": the ISO week holding the day (its year found as for the day)."""
    day_g = {"month": g.get("month") or g["month2"], "day": g.get("day") or g["day2"]}
    if "year" in g:
        day_g["year"] = g["year"]
    res = day_month(day_g, ctx)
    if res.period is None:
        return res
    return from_period(
        cal.week(res.period.start), kind=res.anchor_kind, anchor=res.anchor, note=res.note
    )


def iso_date(g: dict[str, str], ctx: Context) -> Resolution:
    return _full_date(int(g["year"]), int(g["m"]), int(g["d"]), None)


def numeric_date(g: dict[str, str], ctx: Context) -> Resolution:
    a, b, ys = int(g["a"]), int(g["b"]), g["year"]
    y = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) < 50 else 1900 + int(ys))
    note = None
    if a > 12:
        d, m = a, b
    elif b > 12:
        m, d = a, b
    else:
        d, m = (a, b) if ctx.day_first else (b, a)
        if a != b:
            order = "day/month" if ctx.day_first else "month/day"
            note = f"ambiguous day/month order: read as {order}"
    return _full_date(y, m, d, None).noted(note)


def month_year(g: dict[str, str], ctx: Context) -> Resolution:
    if "yrel" in g:  # "in June last year"
        if ctx.published is None:
            return unresolved("DATE", NO_PUBLICATION, "month")
        y = ctx.published.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0)
        return from_period(
            cal.month(y, _month_no(g["month"])),
            kind="publication",
            anchor=_pub(ctx),
            mod=pmod_of(g),
        )
    return from_period(cal.month(int(g["year"]), _month_no(g["month"])), mod=pmod_of(g))


def spelled_year(g: dict[str, str], ctx: Context) -> Resolution:
    """ "nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    if "teens" in g:
        words = g["teens"].lower().replace("-", " ").split()
        n = sum(lx.NUMBER_WORDS.get(w, 0) for w in words)
        return from_period(cal.year(1900 + n))
    words = g.get("twok", "").lower().replace("-", " ").split()
    return from_period(cal.year(2000 + sum(lx.NUMBER_WORDS.get(w, 0) for w in words)))


def month_alone(g: dict[str, str], ctx: Context) -> Resolution:
    m = _month_no(g["month"])
    if g.get("rel", "").lower() in ("every", "each"):
        return Resolution("SET", f"XXXX-{m:02d}", "month", None, "none")
    if ctx.published is None:
        return unresolved("DATE", f"{NO_PUBLICATION} (year of XXXX-{m:02d} unknown)", "month")
    pub = ctx.published
    cands = [cal.month(y, m) for y in (pub.year - 1, pub.year, pub.year + 1)]
    rel = " ".join(g.get("rel", "").lower().split())
    if rel in ("last", "past", "this past"):
        best = [p for p in cands if p.end < cal.month(pub.year, pub.month).start][-1]
    elif rel in ("next", "coming"):
        best = [p for p in cands if p.start > pub][0]
    elif rel == "this":
        best = cal.month(pub.year, m)
    elif (rel == "that" or g.get("thatyear")) and ctx.last_period is not None:
        best = cal.month(ctx.last_period.start.year, m)
        return from_period(best, kind="previous", anchor=ctx.last_period.value, mod=pmod_of(g))
    else:
        best = cal.pick(cands, pub, ctx.tense, window=WINDOW)
    return from_period(best, kind="publication", anchor=_pub(ctx), mod=pmod_of(g))


def year_end(g: dict[str, str], ctx: Context) -> Resolution:
    """ "by year end": the publication year (mod END); early in a year, a past clause means the
    year just ended ("profits fell at year end", said in February)."""
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, "year")
    pub = ctx.published
    y = pub.year - 1 if ctx.tense == "past" and pub.month <= 3 else pub.year
    return from_period(cal.year(y), kind="publication", anchor=_pub(ctx), mod="END")


def year(g: dict[str, str], ctx: Context) -> Resolution:
    return from_period(cal.year(int(g["year"])), mod=pmod_of(g))


def decade(g: dict[str, str], ctx: Context) -> Resolution:
    if "dec" in g:
        y = int(g["dec"])
    elif "decw" in g:
        y = 1900 + 10 * lx.DECADE_WORDS[g["decw"].lower()]
    else:
        two = int(g.get("dec2") or g["dec3"])
        y = 1900 + two if two >= 20 else 2000 + two
    return from_period(cal.decade(y), mod=pmod_of(g))


def century(g: dict[str, str], ctx: Context) -> Resolution:
    word = g["ord"].lower()
    n = (
        int(word[:-2])
        if word[:-2].isdigit()
        else {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}[word]
    )
    return from_period(cal.century(100 * (n - 1)), mod=pmod_of(g))


def _quarter_no(word: str) -> int:
    return {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(word.lower(), 4)


def quarter(g: dict[str, str], ctx: Context) -> Resolution:
    y = g.get("year") or g.get("year2") or g.get("ypre")
    if "yrel" in g and ctx.published is not None:  # "last year's third quarter"
        y = str(ctx.published.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0))
    if y and "qord" not in g:  # "the 1988 quarter": the quarter of the text, in that year
        base = ctx.sentence_period or ctx.last_period
        if base is not None and base.precision == "quarter":
            return from_period(
                cal.quarter(int(y), int(base.value[-1])), kind="previous", anchor=base.value
            )
    if "qord" in g and y:
        return from_period(cal.quarter(int(y), _quarter_no(g["qord"])))
    if y and "qadj" not in g and ctx.published is not None:
        # "the 1988 quarter" with no quarter named before: the reported quarter (the last one
        # completed by the publication date) in that year
        last = cal.shift_period(cal.period_of(ctx.published, "quarter"), -1)
        return from_period(
            cal.quarter(int(y), int(last.value[-1])), kind="publication", anchor=_pub(ctx)
        )
    adj, det = g.get("qadj", "").lower(), g.get("qdet", "").lower()
    if adj in ("year-earlier", "year-ago"):
        base = (
            ctx.last_period if ctx.last_period and ctx.last_period.precision == "quarter" else None
        )
        if base is not None and "qord" in g:
            base = cal.quarter(base.start.year, _quarter_no(g["qord"]))
        if base is not None:
            return from_period(cal.shift_period(base, -4), kind="previous", anchor=base.value)
    if adj == "same" and ctx.last_period and ctx.last_period.precision == "quarter":
        return from_period(ctx.last_period, kind="previous", anchor=ctx.last_period.value)
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, "quarter")
    pub = ctx.published
    current = cal.period_of(pub, "quarter")
    if "qord" in g:
        q = _quarter_no(g["qord"])
        cands = [cal.quarter(yy, q) for yy in (pub.year - 1, pub.year, pub.year + 1)]
        if det == "last" or adj in ("previous", "past"):
            best = [p for p in cands if p.end < current.start][-1]
        elif det == "next":
            best = [p for p in cands if p.start > current.end][0]
        else:
            best = cal.pick(cands, pub, "past")  # reported quarters: the latest begun
    elif det == "this" or adj == "current":
        best = current
    elif det == "next":
        best = cal.shift_period(current, 1)
    elif (
        det in ("the", "that")
        and adj == ""
        and ctx.sentence_period
        and ctx.sentence_period.precision == "quarter"
    ):
        return from_period(ctx.sentence_period, kind="previous", anchor=ctx.sentence_period.value)
    elif det == "that" and ctx.last_period and ctx.last_period.precision == "quarter":
        return from_period(ctx.last_period, kind="previous", anchor=ctx.last_period.value)
    else:  # "the latest quarter", "last quarter", "the quarter": the last one completed
        best = cal.shift_period(current, -1)
    return from_period(best, kind="publication", anchor=_pub(ctx))


def quarter_q(g: dict[str, str], ctx: Context) -> Resolution:
    q = int(g["qn"])
    if "year" in g:
        return from_period(cal.quarter(int(g["year"]), q))
    return quarter({"qord": ("first", "second", "third", "fourth")[q - 1]}, ctx)


def half(g: dict[str, str], ctx: Context) -> Resolution:
    # "the first half", "the last half" / "the latter half", "the first two quarters" of a year
    h = 1 if (g.get("hord") or g.get("hqord", "")).lower() in ("first", "1st") else 2
    if "year" in g:
        return from_period(cal.half(int(g["year"]), h))
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, "half")
    shift = {"last": -1, "next": 1}.get(g.get("hrel", "").lower(), 0)
    return from_period(
        cal.half(ctx.published.year + shift, h), kind="publication", anchor=_pub(ctx)
    )


def season(g: dict[str, str], ctx: Context) -> Resolution:
    code = lx.SEASONS[g["season"].lower()]
    if "year" in g:
        return from_period(cal.season(int(g["year"]), code), mod=pmod_of(g))
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, "season")
    pub = ctx.published
    cands = [cal.season(y, code) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    rel = " ".join(g.get("rel", "").lower().split())
    if rel in ("last", "past", "this past"):
        best = [p for p in cands if p.end < pub][-1]
    elif rel in ("next", "coming"):
        best = [p for p in cands if p.start > pub][0]
    elif rel == "this":
        best = cal.pick(cands, pub, None)
    else:
        best = cal.pick(cands, pub, ctx.tense)
    return from_period(best, kind="publication", anchor=_pub(ctx), mod=pmod_of(g))


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day_ + 1)


def _holiday_date(name: str, y: int) -> date:
    n = " ".join(name.lower().replace("'", "").split())
    if n.startswith("christmas"):
        return date(y, 12, 24 if n.endswith("eve") else 25)
    if n.startswith("new year"):
        return date(y, 12, 31) if n.endswith("eve") else date(y, 1, 1)
    if n.startswith("thanksgiving"):  # the fourth Thursday of November (US)
        first = date(y, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if n.startswith("easter"):
        return _easter(y) + timedelta(days=1 if n.endswith("monday") else 0)
    if n.startswith("halloween"):
        return date(y, 10, 31)
    return date(y, 2, 14)  # Valentine's Day


def holiday(g: dict[str, str], ctx: Context) -> Resolution:
    if ctx.published is None:
        return unresolved("DATE", NO_PUBLICATION, "day")
    pub = ctx.published
    cands = [cal.day(_holiday_date(g["hol"], y)) for y in (pub.year - 1, pub.year, pub.year + 1)]
    rel = " ".join(g.get("hrel", "").lower().split())
    if rel in ("last", "this past"):  # "last Thanksgiving": the latest before publication
        best = [p for p in cands if p.start < pub][-1]
    elif rel in ("next", "this coming"):
        best = [p for p in cands if p.start > pub][0]
    else:
        best = cal.pick(cands, pub, ctx.tense)
    return from_period(best, kind="publication", anchor=_pub(ctx))


RULES: dict[str, Rule] = {
    "date_dmy": day_month,
    "date_mdy": day_month,
    "date_iso": iso_date,
    "week_of": week_of,
    "date_num": numeric_date,
    "month_year": month_year,
    "spelled_year": spelled_year,
    "month": month_alone,
    "year": year,
    "year_end": year_end,
    "decade": decade,
    "century": century,
    "quarter": quarter,
    "quarter_q": quarter_q,
    "half": half,
    "season": season,
    "holiday": holiday,
}
