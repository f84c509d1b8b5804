import { FLAGS, actorLinks, api, app, done, el, fail, filterForm, flagBadges, link, pager, query } from "./common.js";

const LIMIT = 100;

const DAY = 86400000;

// "2024-W48" -> "2024-W48 (2024-11-25 – 2024-12-01)"; a month or a year likewise; a day as is.
function periodLabel(v) {
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  let m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
    return `${v} (${iso(monday)} – ${iso(monday + 6 * DAY)})`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return `${v} (${v}-01 – ${iso(Date.UTC(+m[1], +m[2], 1) - DAY)})`;
  if (/^\d{4}$/.test(v)) return `${v} (${v}-01-01 – ${v}-12-31)`;
  return v.slice(0, 10);
}

async function main() {
  const q = query();
  const [outlets, types] = await Promise.all([api("outlets"), api("event-types")]);
  app.append(filterForm([
    { name: "actor", label: "Actor", placeholder: "id or name" },
    { name: "recipient", label: "Recipient", placeholder: "id or name" },
    { name: "type", label: "Type", type: "select", options: types.map((t) => ({ value: t.type, label: `${t.type} (${t.n})` })) },
    { name: "outlet", label: "Outlet", type: "select", options: outlets },
    { name: "since", label: "Since", type: "date" },
    { name: "until", label: "Until", type: "date" },
    { name: "min_confidence", label: "Min. confidence", type: "number", placeholder: "0–1" },
    { name: "exclude", label: "Leave out", type: "checks", options: FLAGS },
  ], q));
  const box = el("div", { id: "timeline" });
  app.append(box);
  async function load(offset) {
    const p = await api("timeline", {
      actor: q.get("actor"), recipient: q.get("recipient"), type: q.get("type"), outlet: q.get("outlet"),
      since: q.get("since"), until: q.get("until"), min_confidence: q.get("min_confidence"),
      exclude: q.getAll("exclude"), limit: LIMIT, offset,
    });
    const nodes = [el("p", { class: "muted", text: p.origin === "canonical" ? "Canonical events (reports clustered across outlets)." : "Event reports (canonical events not computed yet): one row per report; open one to compare outlets." })];
    if (!p.items.length) nodes.push(el("p", { class: "empty", text: "No events match." }));
    let day = null, list = null;
    for (const e of p.items) {
      // Never the publication date as the event's: a window says so, an undated report too.
      // Events come sorted by their first day: a week, a month or a window sits at its start
      // and is drawn as the span it covers.
      const d = e.date ? periodLabel(e.date)
        : e.date_basis === "window" ? `${e.date_start} – ${e.date_end} (window)`
        : e.published ? `undated (published ${e.published.slice(0, 10)})` : "undated";
      if (d !== day) {
        day = d;
        list = el("ul", { class: "events" });
        const span = (e.date && e.date.length !== 10) || (!e.date && e.date_basis === "window");
        nodes.push(el("section", { class: span ? "day span" : "day" }, el("h3", { class: "date", text: d }), list));
      }
      list.append(el("li", { class: "event", "data-event": e.event_id },
        el("a", { class: "event-link", href: link.event(e.event_id) }, el("span", { class: "type type-" + (e.type || "x"), text: [e.type, e.mode].filter(Boolean).join("/") || "event" }), " ", el("strong", { text: e.label || e.trigger || "" })),
        " ", el("span", { class: "actors" }, actorLinks(e.actors)), (e.recipients || []).length ? [" → ", el("span", { class: "recipients" }, actorLinks(e.recipients))] : null,
        e.place_name ? el("span", { class: "muted", text: " @ " + e.place_name }) : null,
        " ", el("span", { class: "outlets" }, (e.outlets || []).map((o) => el("span", { class: "badge outlet", text: o }))),
        e.n_reports > 1 ? el("span", { class: "muted", text: ` ${e.n_reports} reports` }) : null,
        flagBadges(e),
        (e.contradictions || []).map((k) => el("span", { class: "badge contra", text: "⚠ " + k }))));
    }
    nodes.push(pager(p.total, LIMIT, offset, load));
    box.replaceChildren(...nodes);
  }
  await load(0);
  done();
}

main().catch(fail);
