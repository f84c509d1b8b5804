import { api, app, done, el, fail, link, table } from "./common.js";

async function main() {
  const o = await api("overview");
  app.append(el("section", { class: "cards" },
    card("articles", o.articles), card("outlets", o.outlets),
    card("date range", `${o.first || "?"} – ${o.last || "?"}`),
    card("undated", o.undated), card("duplicates / wire copies", o.duplicates),
    card("actors mentioned", o.actors_mentioned)));
  app.append(el("h2", { text: "Outlets" }));
  app.append(table(["outlet", "articles", "first", "last", "duplicates"],
    o.outlets_detail.map((r) => [el("a", { href: "/articles?outlet=" + encodeURIComponent(r.outlet), text: r.outlet }), r.articles, r.first || "", r.last || "", r.duplicates || 0])));
  app.append(el("h2", { text: "What the store holds" }));
  app.append(el("p", { class: "muted", text: "Rows per table, as `newsgraph stats` lists them; the actors table also holds knowledge-base entries no article mentions (actors mentioned: " + (o.actors_mentioned ?? 0) + ")." }));
  const facts = Object.entries(o.facts).filter(([k, v]) => !["articles", "schema_migrations"].includes(k) && v);
  app.append(table(["table", "rows"], facts.map(([k, v]) => [k, v])));
  app.append(el("h2", { text: "Skipped, and why" }));
  if (!o.skipped.length) app.append(el("p", { class: "muted", text: "Nothing was skipped." }));
  else app.append(table(["stage", "status", "reason", "count", "example input"],
    o.skipped.map((s) => [s.stage, s.status, s.reason, s.n, s.example])));
  const stages = Object.entries(o.stages || {});
  if (stages.length) {
    app.append(el("h2", { text: "Stages" }));
    app.append(table(["stage status", "articles"], stages));
  }
  app.append(el("p", {}, el("a", { href: "/articles", text: "All articles →" })));
  void link;
  done();
}

function card(label, value) {
  return el("div", { class: "card" }, el("div", { class: "value", text: value ?? "–" }), el("div", { class: "label", text: label }));
}

main().catch(fail);
