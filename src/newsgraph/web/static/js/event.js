import { actorLinks, api, app, done, el, externalLink, fail, flagBadges, highlighted, link } from "./common.js";

function fmt(v) {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

async function main() {
  const id = app.dataset.id;
  const e = await api("events/" + encodeURIComponent(id));
  document.getElementById("page-title").textContent = `${e.type || "Event"}${e.date ? " · " + e.date : ""}${e.trigger ? " · " + e.trigger : ""}`;
  app.append(el("p", { class: "muted", text: `${e.n_reports} report(s) from ${e.outlets.length} outlet(s)` + (e.origin === "reports" ? " — grouped by type and day until canonical events are computed" : "") }));
  const contraReports = new Map();
  if (e.contradictions && e.contradictions.length) {
    const box = el("section", { class: "contradictions", id: "contradictions" }, el("h2", { text: "Contradictions" }));
    for (const c of e.contradictions) {
      const sides = Array.isArray(c.sides) ? c.sides : [];
      box.append(el("div", { class: "contradiction" }, el("span", { class: "badge contra", text: c.kind || "contradiction" }), " ", c.summary || "",
        sides.length ? el("ul", {}, sides.map((sd) => el("li", {}, el("strong", { text: fmt(sd.value) }), " — ", (sd.outlets || []).join(", ")))) : null));
      for (const sd of sides) {
        for (const r of sd.reports || []) {
          const rid = typeof r === "object" && r !== null ? (r.report_id ?? r.id) : r;
          if (rid !== undefined && rid !== null) contraReports.set(String(rid), `${c.kind}: ${fmt(sd.value)}`);
        }
      }
    }
    app.append(box);
  }
  const agreed = e.agreement || {};
  const agreedItems = ["date", "place"].filter((k) => agreed[k]).map((k) => el("li", {}, el("strong", { text: `${k}: ${agreed[k].value}` }), ` — ${agreed[k].originals} of ${agreed[k].of} original articles (${(agreed[k].outlets || []).join(", ")})`))
    .concat((agreed.participants || []).map((p) => el("li", {}, el("strong", { text: p.id }), ` — named by ${p.originals} original articles (${(p.outlets || []).join(", ")})`)));
  if (agreedItems.length) {
    app.append(el("section", { class: "agreement", id: "agreement" }, el("h2", { text: "What the outlets agree on" }),
      el("p", { class: "muted", text: `${e.corroboration ?? agreed.originals} original article(s); copies count once` }), el("ul", {}, agreedItems)));
  }
  const cols = el("div", { class: "columns", id: "columns" });
  for (const col of e.outlets) {
    const c = el("section", { class: "column", "data-outlet": col.outlet }, el("h2", { class: "outlet-name", text: col.outlet }));
    for (const r of col.reports) {
      const chosen = e.report_id !== undefined && e.report_id !== null && String(e.report_id) === String(r.id);
      const card = el("article", { class: "report" + (contraReports.has(String(r.id)) ? " contradicted" : "") + (chosen ? " chosen" : ""), "data-report": r.id });
      card.append(el("div", { class: "report-head" }, el("a", { class: "to-article", href: link.article(r.article_id, r.sent), text: r.title || r.article_id }), el("span", { class: "muted", text: " " + (r.published || "") }), " ", r.url ? externalLink(r.url, "original") : null));
      if (r.sentence) {
        const spans = [];
        if (r.trigger_start !== null && r.trigger_start !== undefined) spans.push({ start: r.trigger_start, end: r.trigger_end, kind: "event", title: "trigger" });
        card.append(el("p", { class: "sentence target" }, highlighted(r.sentence.text, spans, r.sentence.start)));
      } else {
        card.append(el("p", { class: "muted", text: r.trigger || "" }));
      }
      const facts = el("dl", { class: "meta small" });
      const add = (k, v) => { if (v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && !v.length)) facts.append(el("dt", { text: k }), el("dd", {}, v)); };
      add("type", [r.type, r.mode, r.context].filter(Boolean).join(" / "));
      add("actor", actorLinks(r.actors));
      add("recipient", actorLinks(r.recipients));
      add("date", r.date ? `${r.date}${r.date_precision ? " (" + r.date_precision + ")" : ""}${r.date_text ? " “" + r.date_text + "”" : ""}` : "unknown");
      add("place", r.place_name);
      add("confidence", r.confidence !== null && r.confidence !== undefined ? Number(r.confidence).toFixed(2) : null);
      card.append(facts, el("div", {}, flagBadges(r)));
      if (contraReports.has(String(r.id))) card.append(el("span", { class: "badge contra", text: "contradiction — " + contraReports.get(String(r.id)) }));
      c.append(card);
    }
    cols.append(c);
  }
  app.append(cols);
  done();
  const chosenCard = document.querySelector("article.report.chosen");
  if (chosenCard) chosenCard.scrollIntoView({ block: "center" });
}

main().catch(fail);
