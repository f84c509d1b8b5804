import { FLAGS, actorLinks, api, app, done, el, fail, filterForm, flagBadges, link, pager, query } from "./common.js";

const LIMIT = 100;

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
      const d = e.date ? e.date.slice(0, 10)
        : e.date_basis === "window" ? `${e.date_start} – ${e.date_end} (window)`
        : e.published ? `undated (published ${e.published.slice(0, 10)})` : "undated";
      if (d !== day) {
        day = d;
        list = el("ul", { class: "events" });
        nodes.push(el("section", { class: "day" }, el("h3", { class: "date", text: d }), list));
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
