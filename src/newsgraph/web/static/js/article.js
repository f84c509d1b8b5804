import { api, app, done, el, externalLink, fail, highlighted, link, table } from "./common.js";

const KINDS = ["mention", "event", "quote", "cue", "speaker", "timex", "place", "label", "figure"];

function title(a) {
  switch (a.kind) {
    case "mention": return `actor: ${a.actor_id || "unresolved"}${a.role ? " (" + a.role + ")" : ""} [${a.method || a.label || ""}]`;
    case "event": return `event ${a.type || ""}${a.mode ? "/" + a.mode : ""}${a.date ? " on " + a.date : ""}`;
    case "quote": return `quote (${a.subkind || ""}) speaker: ${a.speaker_name || a.speaker_text || "?"}${a.via && a.via.length ? " via " + a.via.join(" ← ") : ""}`;
    case "speaker": return `speaker: ${a.speaker_name || a.speaker_text || "?"} (${a.speaker_actor_id || "unresolved"})`;
    case "timex": return `time ${a.type || ""} = ${a.value || "unresolved"}`;
    case "place": return `place ${a.name || "unresolved"}${a.country ? ", " + a.country : ""} (${a.precision || "?"})`;
    case "label": return `label for ${a.actor_id || "?"}: ${a.label || ""} (${a.subkind || ""})`;
    case "figure": return `figure: ${a.count ?? "?"} ${a.grp || ""} ${a.category || ""}`;
    default: return a.kind;
  }
}

async function main() {
  const id = app.dataset.id;
  const a = await api("articles/" + encodeURIComponent(id));
  document.getElementById("page-title").textContent = a.title || a.source_id;
  document.title = (a.title || a.source_id) + " · newsgraph";
  const meta = el("dl", { class: "meta" });
  const add = (k, v) => { if (v !== null && v !== undefined && v !== "") meta.append(el("dt", { text: k }), el("dd", {}, v)); };
  add("outlet", a.outlet);
  add("published", a.published ? `${a.published} (${a.published_source || "?"})` : "unknown");
  add("url", a.url ? externalLink(a.url) : null);
  add("source", a.source_id);
  add("id", a.id);
  if (a.duplicate_of) add("copy of", el("a", { href: link.article(a.duplicate_of), text: `${a.duplicate_of} (${a.duplicate_kind || ""})` }));
  if (a.warnings && a.warnings.length) add("warnings", a.warnings.join("; "));
  app.append(meta);
  const lead = a.main_event;
  if (lead) {
    const p = lead.provenance;
    app.append(el("h2", { text: "Main event" }));
    app.append(el("p", { class: "main-event", id: "main-event" },
      el("a", { href: link.article(a.id) + "#s" + p.sent, text: lead.summary }),
      ` (sentence #${p.sent}, trigger “${lead.did.trigger}”, score ${lead.score})`));
    const b = lead.blamed;
    if (b) {
      app.append(el("p", { class: "blamed", id: "blamed" },
        `Blamed for the lead attack: ${b.name || b.text || b.actor_id}` +
        `${b.inferred ? ` (${b.country}, inferred)` : ""} — rule: ${b.rule}`));
    }
  }

  const counts = {};
  for (const s of a.annotations) counts[s.kind] = (counts[s.kind] || 0) + 1;
  const body = el("div", { class: "article-text", id: "article-text" });
  const legend = el("div", { class: "legend" }, el("strong", { text: "Highlight: " }));
  for (const k of KINDS) {
    if (!counts[k]) continue;
    const box = el("input", { type: "checkbox", checked: "checked", "data-kind": k });
    box.addEventListener("change", () => body.classList.toggle("hide-" + k, !box.checked));
    legend.append(el("label", { class: "hl hl-" + k }, box, ` ${k}s (${counts[k]})`));
  }
  if (!a.annotations.length) legend.append(el("span", { class: "muted", text: "no extracted facts in this article yet" }));
  app.append(legend);

  const spans = a.annotations.map((s) => ({ ...s, title: title(s), id: s.kind === "event" ? s.id : null }));
  const text = a.text;
  let pos = 0;
  const sents = a.sentences.length ? a.sentences : [{ idx: 0, start: 0, end: text.length }];
  for (const s of sents) {
    if (s.start > pos) body.append(document.createTextNode(text.slice(pos, s.start)));
    const inside = spans.filter((x) => x.start < s.end && x.end > s.start);
    body.append(el("span", { class: "sentence", id: "s" + s.idx, "data-sent": s.idx }, highlighted(text.slice(s.start, s.end), inside, s.start)));
    pos = Math.max(pos, s.end);
  }
  if (pos < text.length) body.append(document.createTextNode(text.slice(pos)));
  app.append(body);

  const events = a.annotations.filter((x) => x.kind === "event");
  if (events.length) {
    app.append(el("h2", { text: "Events" }));
    app.append(table(["sentence", "trigger", "type", "date", "open"], events.map((e) => [
      el("a", { href: "#s" + e.sent, text: "#" + e.sent }), text.slice(e.start, e.end),
      [e.type, e.mode].filter(Boolean).join("/") + (lead && lead.event_id === e.id ? " (main event)" : ""), e.date || "",
      el("a", { href: link.event("r" + e.id), text: "compare outlets" })])));
  }
  const quotes = a.annotations.filter((x) => x.kind === "quote");
  if (quotes.length) {
    app.append(el("h2", { text: "Quotes" }));
    app.append(table(["sentence", "speaker", "kind", "quote", "via", "disputes"], quotes.map((q) => [
      el("a", { href: "#s" + q.sent, text: "#" + q.sent }),
      q.speaker_actor_id ? el("a", { href: link.actor(q.speaker_actor_id), text: q.speaker_name || q.speaker_text || q.speaker_actor_id }) : (q.speaker_text || (q.anonymous ? "anonymous" : "?")),
      q.subkind || "", text.slice(q.start, q.end), (q.via || []).join(" ← "),
      (q.disputes || []).map((d) => (typeof d === "object" && d !== null ? d.summary || d.text || d.kind || JSON.stringify(d) : String(d))).join("; ")])));
  }
  app.append(el("h2", { text: "Removed as boilerplate" }));
  if (!a.removed.length) app.append(el("p", { class: "muted", text: "Nothing was removed." }));
  for (const r of a.removed) app.append(el("div", { class: "removed" }, el("span", { class: "badge", text: r.kind }), el("pre", { text: r.text })));
  done();
  focusHash();
  window.addEventListener("hashchange", focusHash);
}

function focusHash() {
  document.querySelectorAll(".sentence.target").forEach((n) => n.classList.remove("target"));
  const m = /^#s(\d+)$/.exec(window.location.hash);
  if (!m) return;
  const node = document.getElementById("s" + m[1]);
  if (node) { node.classList.add("target"); node.scrollIntoView({ block: "center" }); }
}

main().catch(fail);
