import { api, app, done, el, fail, link, query, table } from "./common.js";

async function main() {
  const q = query();
  const actors = await api("actors", { limit: 200 });
  const form = el("form", { class: "filters", method: "get" });
  const sel = el("select", { name: "actor", id: "f-actor" }, el("option", { value: "", text: "choose an actor" }));
  for (const a of actors.items) sel.append(el("option", { value: a.id, text: `${a.name || a.id} (${a.mentions ?? ""})`, selected: q.get("actor") === a.id ? "selected" : null }));
  form.append(el("label", { class: "field" }, el("span", { text: "Actor" }), sel), el("button", { type: "submit", text: "Compare" }));
  app.append(form);
  // With no actor asked for, open on the most-mentioned one (the list is ordered by mentions).
  const actor = q.get("actor") || (actors.items.length ? actors.items[0].id : null);
  if (!actor) {
    app.append(el("p", { class: "muted", text: "No actors in the store yet." }));
    done();
    return;
  }
  if (!q.get("actor")) {
    sel.value = actor;
    app.append(el("p", { class: "muted small", id: "default-actor", text: "Showing the most-mentioned actor; choose another to compare." }));
  }
  const c = await api("compare", { actor });
  const chosen = actors.items.find((a) => a.id === actor);
  app.append(el("h2", {}, "How each outlet labels ", el("a", { href: link.actor(actor), text: chosen ? chosen.name : actor })));
  const byOutlet = new Map();
  for (const r of c.framing.rows) { if (!byOutlet.has(r.outlet)) byOutlet.set(r.outlet, []); byOutlet.get(r.outlet).push(r); }
  if (!byOutlet.size) app.append(el("p", { class: "muted", text: "No labels recorded." }));
  const cols = el("div", { class: "columns", id: "framing" });
  for (const [outlet, rows] of byOutlet) {
    cols.append(el("section", { class: "column", "data-outlet": outlet }, el("h3", { class: "outlet-name", text: outlet }),
      el("ul", { class: "labels" }, rows.map((r) => el("li", {}, el("span", { class: "label-text", text: r.label }), el("span", { class: "muted", text: ` ×${r.n}` }), r.example ? el("div", { class: "small muted", text: r.example }) : null)))));
  }
  app.append(cols, el("p", { class: "muted small", text: c.framing.origin === "mentions" ? "From the actor's mention texts (framing analysis not computed yet)." : "" }));
  app.append(el("h2", { text: "Coverage: which outlets report which events" }));
  const outlets = c.coverage.outlets;
  if (!c.coverage.events.length) app.append(el("p", { class: "muted", text: "No events involving this actor." }));
  else app.append(table(["date", "event", ...outlets], c.coverage.events.map((e) => [e.date || "?", el("a", { href: link.event(e.event_id), text: `${e.type || ""} ${e.trigger || ""}` }),
    ...outlets.map((o) => (e.outlets.includes(o) ? el("span", { class: "covered", text: "✔" }) : el("span", { class: "omitted", text: "—" })))])));
  app.append(el("h2", { text: "Quotes by outlet" }));
  app.append(c.quotes.length ? table(["outlet", "quotes"], c.quotes.map((r) => [r.outlet, r.n])) : el("p", { class: "muted", text: "No quotes from this actor." }));
  app.append(el("h2", { text: "Contradictions" }));
  const cs = c.contradictions.items;
  app.append(cs.length ? table(["kind", "event", "summary", "sides"], cs.map((x) => [
    el("span", { class: "badge contra", text: x.kind || "?" }),
    x.canonical_id !== undefined && x.canonical_id !== null ? el("a", { href: link.event("c" + x.canonical_id), text: "event " + x.canonical_id }) : "",
    x.summary || "",
    el("ul", {}, (Array.isArray(x.sides) ? x.sides : []).map((sd) => el("li", {}, el("strong", { text: typeof sd.value === "object" && sd.value !== null ? JSON.stringify(sd.value) : String(sd.value ?? (sd.actors || []).join(", ")) }), " — ", (sd.outlets || []).join(", ")))),
  ])) : el("p", { class: "muted", text: "None found." }));
  done();
}

main().catch(fail);
