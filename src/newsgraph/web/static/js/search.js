import { api, app, done, el, fail, link, pager, query, snippet } from "./common.js";

const LIMIT = 20;

async function main() {
  const q = query();
  const form = el("form", { class: "filters", method: "get", role: "search" },
    el("label", { class: "field" }, el("span", { text: "Search" }), el("input", { name: "q", id: "f-q", type: "search", value: q.get("q") || "", placeholder: "words…" })),
    el("label", { class: "field" }, el("span", { text: "In" }),
      el("select", { name: "kind", id: "f-kind" },
        el("option", { value: "articles", text: "articles", selected: q.get("kind") !== "quotes" ? "selected" : null }),
        el("option", { value: "quotes", text: "quotes", selected: q.get("kind") === "quotes" ? "selected" : null }))),
    el("button", { type: "submit", text: "Search" }));
  app.append(form);
  const box = el("div", { id: "results" });
  app.append(box);
  const text = q.get("q");
  if (!text) { done(); return; }
  const kind = q.get("kind") === "quotes" ? "quotes" : "articles";
  async function load(offset) {
    const p = await api("search", { q: text, kind, limit: LIMIT, offset });
    const list = el("ol", { class: "results" });
    for (const r of p.items) {
      if (kind === "articles") {
        list.append(el("li", {}, el("a", { href: link.article(r.id), class: "result-title", text: r.title || r.id }),
          el("span", { class: "muted", text: ` ${r.outlet || ""} ${r.published || ""}` }), el("div", { class: "snippet" }, snippet(r.snippet))));
      } else {
        list.append(el("li", {}, el("blockquote", {}, r.snippet ? snippet(r.snippet) : r.content),
          el("div", { class: "muted" }, "— ", r.speaker || "unknown speaker", " · ", el("a", { href: link.article(r.article_id, r.sent), text: `${r.outlet || ""} ${r.published || ""}` }))));
      }
    }
    box.replaceChildren(el("p", { text: `${p.total} ${kind} match “${text}”` }), list, pager(p.total, LIMIT, offset, load));
  }
  await load(0);
  done();
}

main().catch(fail);
