import { api, app, done, el, fail, link, pager, table } from "./common.js";

async function main() {
  const id = app.dataset.id;
  const a = await api("actors/" + encodeURIComponent(id));
  document.getElementById("page-title").textContent = a.name || id;
  const meta = el("dl", { class: "meta" });
  for (const k of ["id", "type", "country", "sector", "wikidata", "qid"]) {
    if (a[k] !== undefined && a[k] !== null && a[k] !== "") meta.append(el("dt", { text: k }), el("dd", { text: a[k] }));
  }
  app.append(meta);
  app.append(el("h2", { text: "Aliases" }), a.aliases.length ? el("p", { class: "aliases" }, a.aliases.map((x) => el("span", { class: "badge", text: x }))) : el("p", { class: "muted", text: "none recorded" }));
  app.append(el("h2", { text: "Roles over time" }));
  if (!a.roles.length) app.append(el("p", { class: "muted", text: "none recorded" }));
  else {
    const keys = Object.keys(a.roles[0]).filter((k) => k !== "actor_id" && k !== "id");
    app.append(table(keys, a.roles.map((r) => keys.map((k) => r[k]))));
  }
  app.append(el("h2", { text: "Mentions by outlet" }));
  app.append(table(["outlet", "mentions", "articles"], (a.mentions_by_outlet || []).map((r) => [r.outlet, r.n, r.articles])));
  app.append(el("p", {}, el("a", { href: "/outlets?actor=" + encodeURIComponent(id), text: "Compare how outlets cover this actor →" }), " · ",
    el("a", { href: "/timeline?actor=" + encodeURIComponent(id), text: "events on the timeline →" })));
  app.append(el("h2", { text: "Relations" }));
  if (!a.relations.length) app.append(el("p", { class: "muted", text: "none yet" }));
  else app.append(table(["source", "kind", "target", "weight", "first", "last"], a.relations.map((r) => [
    el("a", { href: link.actor(r.source), text: r.source_label || r.source }), r.kind, el("a", { href: link.actor(r.target), text: r.target_label || r.target }), r.weight, r.first || "", r.last || ""])));

  app.append(el("h2", { text: "Quotes" }));
  const qbox = el("div");
  app.append(qbox);
  const qs = await api("quotes", { speaker_id: id, limit: 50 });
  qbox.append(qs.items.length ? table(["outlet", "date", "quote", "via"], qs.items.map((q) => [q.outlet || "", q.published || "", el("a", { href: link.article(q.article_id, q.sent), text: q.content }), (q.via || []).join(" ← ")])) : el("p", { class: "muted", text: "no quotes" }));

  app.append(el("h2", { text: "Mentions" }));
  const mbox = el("div");
  app.append(mbox);
  async function mentions(offset) {
    const p = await api(`actors/${encodeURIComponent(id)}/mentions`, { limit: 20, offset });
    mbox.replaceChildren(table(["outlet", "date", "text", "method", "role"], p.items.map((m) => [m.outlet || "", m.published || "", el("a", { href: link.article(m.article_id, m.sent), text: m.text }), m.method || "", m.role || ""])),
      pager(p.total, 20, offset, mentions));
  }
  await mentions(0);
  done();
}

main().catch(fail);
