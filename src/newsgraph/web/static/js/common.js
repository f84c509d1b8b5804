// Shared helpers for every page. Data is only ever put into the DOM as text
// (textContent / createTextNode / setAttribute on safe attributes), never as HTML.

export const app = document.getElementById("app");

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = String(v);
    else if (k === "href") node.setAttribute("href", safeHref(v));
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Internal links are built by us from ids (encoded); anything else must be http(s).
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (_) { /* not a URL */ }
  return "#";
}

// A link out of the app to an article's own URL: http(s) only, no opener, no referrer.
export function externalLink(url, label) {
  const href = safeHref(url || "");
  if (href === "#" || href.startsWith("/")) return el("span", { class: "muted", text: label || url || "" });
  return el("a", { href, rel: "noopener noreferrer", target: "_blank", class: "external" }, label || href);
}

export const link = {
  article: (id, sent) => `/articles/${encodeURIComponent(id)}` + (sent !== undefined && sent !== null ? `#s${Number(sent)}` : ""),
  actor: (id) => `/actors/${encodeURIComponent(id)}`,
  event: (id) => `/events/${encodeURIComponent(id)}`,
};

export async function api(path, params = {}) {
  const url = new URL("/api/" + path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let msg = res.statusText;
    try { const body = await res.json(); msg = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail); } catch (_) { /* keep */ }
    throw new Error(`${res.status} ${msg}`);
  }
  return res.json();
}

export function done() {
  const l = document.getElementById("loading");
  if (l) l.remove();
  app.setAttribute("data-ready", "1");
}

export function fail(err) {
  const l = document.getElementById("loading");
  if (l) l.remove();
  app.append(el("p", { class: "error", role: "alert", text: "Could not load: " + err.message }));
  app.setAttribute("data-ready", "error");
}

export function query() {
  return new URLSearchParams(window.location.search);
}

// A GET filter form; fields: [{name, label, type, options}] (options: strings or {value,label}).
export function filterForm(fields, values) {
  const form = el("form", { class: "filters", method: "get" });
  for (const f of fields) {
    let input;
    if (f.type === "select") {
      input = el("select", { name: f.name, id: "f-" + f.name });
      input.append(el("option", { value: "", text: f.all || "all" }));
      for (const o of f.options || []) {
        const opt = typeof o === "string" ? { value: o, label: o } : o;
        input.append(el("option", { value: opt.value, text: opt.label, selected: values.get(f.name) === opt.value ? "selected" : null }));
      }
    } else if (f.type === "checks") {
      input = el("span", { class: "checks" });
      const chosen = values.getAll(f.name);
      for (const o of f.options) {
        input.append(el("label", {}, el("input", { type: "checkbox", name: f.name, value: o, checked: chosen.includes(o) ? "checked" : null }), " " + o));
      }
    } else {
      input = el("input", { name: f.name, id: "f-" + f.name, type: f.type || "text", value: values.get(f.name) || "", placeholder: f.placeholder || "" });
    }
    form.append(el("label", { class: "field" }, el("span", { text: f.label }), input));
  }
  form.append(el("button", { type: "submit", text: "Apply" }));
  return form;
}

export function pager(total, limit, offset, onPage) {
  const nav = el("div", { class: "pager" });
  const pages = Math.ceil(total / limit);
  const cur = Math.floor(offset / limit);
  nav.append(el("span", { class: "muted", text: `${total} total` }));
  if (pages > 1) {
    if (cur > 0) nav.append(el("button", { type: "button", text: "← previous", onclick: () => onPage((cur - 1) * limit) }));
    nav.append(el("span", { text: ` page ${cur + 1} of ${pages} ` }));
    if (cur + 1 < pages) nav.append(el("button", { type: "button", text: "next →", onclick: () => onPage((cur + 1) * limit) }));
  }
  return nav;
}

export function table(headers, rows) {
  const t = el("table", { class: "grid" });
  t.append(el("thead", {}, el("tr", {}, headers.map((h) => el("th", { text: h })))));
  const body = el("tbody");
  for (const r of rows) body.append(el("tr", {}, r.map((c) => el("td", {}, c instanceof Node ? c : (c === null || c === undefined ? "" : String(c))))));
  t.append(body);
  return t;
}

export function actorNames(list) {
  return (list || []).map((a) => a.name || a.text || a.actor_id || "?").join(", ");
}

export function actorLinks(list) {
  const out = [];
  (list || []).forEach((a, i) => {
    if (i) out.push(", ");
    const label = a.name || a.text || a.actor_id || "?";
    out.push(a.actor_id ? el("a", { href: link.actor(a.actor_id), text: label }) : el("span", { class: "unresolved", title: "unresolved", text: label }));
  });
  return out;
}

export const FLAGS = ["negated", "hypothetical", "future", "historical", "reported"];

export function flagBadges(r) {
  return FLAGS.filter((f) => r[f]).map((f) => el("span", { class: "badge flag-" + f, text: f }));
}

// Text with highlighted spans: spans [{start, end, kind, title?, cls?, id?}] may overlap.
// Each boundary starts a new <span> carrying the classes of every span covering it.
export function highlighted(text, spans, base = 0) {
  const frag = document.createDocumentFragment();
  const cuts = new Set([0, text.length]);
  const local = spans.map((s) => ({ ...s, start: Math.max(0, s.start - base), end: Math.min(text.length, s.end - base) }))
    .filter((s) => s.end > s.start);
  for (const s of local) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const cover = local.filter((s) => s.start <= a && s.end >= b);
    if (!cover.length) { frag.append(document.createTextNode(piece)); continue; }
    const node = el("span", { class: cover.map((s) => "hl hl-" + s.kind + (s.cls ? " " + s.cls : "")).join(" ") }, piece);
    const titles = cover.map((s) => s.title).filter(Boolean);
    if (titles.length) node.setAttribute("title", titles.join("\n"));
    for (const s of cover) if (s.id) node.setAttribute("data-" + s.kind, s.id);
    frag.append(node);
  }
  return frag;
}

// Marks STX...ETX in FTS snippets as <mark>, everything else as text.
export function snippet(s) {
  const frag = document.createDocumentFragment();
  String(s || "").split("\x02").forEach((part, i) => {
    if (i === 0) { frag.append(document.createTextNode(part)); return; }
    const [hit, rest] = part.split("\x03");
    frag.append(el("mark", {}, hit));
    if (rest) frag.append(document.createTextNode(rest));
  });
  return frag;
}
