import { api, app, done, el, externalLink, fail, filterForm, link, pager, query, table } from "./common.js";

const LIMIT = 50;

async function main() {
  const q = query();
  const outlets = await api("outlets");
  app.append(filterForm([
    { name: "outlet", label: "Outlet", type: "select", options: outlets },
    { name: "since", label: "Since", type: "date" },
    { name: "until", label: "Until", type: "date" },
  ], q));
  const box = el("div");
  app.append(box);
  async function load(offset) {
    const p = await api("articles", { outlet: q.get("outlet"), since: q.get("since"), until: q.get("until"), limit: LIMIT, offset });
    box.replaceChildren(
      table(["published", "outlet", "title", "source", "chars", "link"], p.items.map((a) => [
        a.published || "?", a.outlet || "", el("a", { href: link.article(a.id), class: "article-link", text: a.title || a.source_id }),
        a.source_id, a.chars, a.url ? externalLink(a.url, "original") : "",
      ])),
      pager(p.total, LIMIT, offset, load));
  }
  await load(0);
  done();
}

main().catch(fail);
