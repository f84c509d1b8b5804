/* global d3 */
import { api, app, done, el, fail, highlighted, link, query } from "./common.js";

const KIND_COLORS = { support: "#2e7d32", cooperate: "#66bb6a", consult: "#1e88e5", accuse: "#fb8c00", oppose: "#8e24aa", assault: "#d32f2f", other: "#757575" };
const color = (k) => KIND_COLORS[k] || KIND_COLORS.other;
const DAY = 86400000;

async function main() {
  const q = query();
  const first = await api("network", { limit: 1 });
  const dates = first.dates || {};
  const start = dates.first ? Date.parse(dates.first) : null;
  const end = dates.last ? Date.parse(dates.last) : null;
  const controls = el("div", { class: "filters" });
  const label = el("output", { id: "asof-label" });
  const slider = el("input", { type: "range", id: "asof", min: 0, max: start !== null ? Math.max(0, Math.round((end - start) / DAY)) : 0, step: 1 });
  slider.value = slider.max;
  if (q.get("as_of") && start !== null) slider.value = Math.round((Date.parse(q.get("as_of")) - start) / DAY);
  controls.append(el("label", { class: "field" }, el("span", { text: "As of" }), slider, label));
  const legend = el("div", { class: "legend" });
  for (const [k, c] of Object.entries(KIND_COLORS)) {
    const sw = el("span", { class: "swatch" });
    sw.style.background = c;
    legend.append(el("span", { class: "legend-item" }, sw, " " + k));
  }
  controls.append(legend);
  app.append(controls);
  const wrap = el("div", { class: "network-wrap" });
  const holder = el("div", { id: "graph", class: "graph" });
  const panel = el("aside", { id: "evidence", class: "evidence" }, el("p", { class: "muted", text: "Click an edge to see its evidence, a node to open the actor." }));
  wrap.append(holder, panel);
  app.append(wrap);
  const info = el("p", { class: "muted", id: "graph-info" });
  app.append(info);

  const asOf = () => (start === null ? null : new Date(start + Number(slider.value) * DAY).toISOString().slice(0, 10));
  let timer = null;
  slider.addEventListener("input", () => { label.textContent = asOf() || ""; clearTimeout(timer); timer = setTimeout(draw, 150); });
  label.textContent = asOf() || "";

  async function draw() {
    const g = await api("network", { as_of: asOf(), limit: 300 });
    info.textContent = `${g.nodes.length} actors, ${g.edges.length} edges, from event reports (resolved actor → recipient, factual only) and backing statements`;
    render(holder, g, panel, asOf());
    app.setAttribute("data-ready", "1");
  }
  await draw();
  done();
}

function render(holder, g, panel, asOf) {
  holder.replaceChildren();
  if (!g.nodes.length) { holder.append(el("p", { class: "empty", text: "No relations as of this date." })); return; }
  const width = holder.clientWidth || 800, height = 560;
  const svg = d3.select(holder).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", "100%").attr("height", height);
  svg.append("defs").selectAll("marker").data(Object.keys(KIND_COLORS)).join("marker")
    .attr("id", (k) => "arrow-" + k).attr("viewBox", "0 -5 10 10").attr("refX", 18).attr("refY", 0)
    .attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
    .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", (k) => color(k));
  const nodes = g.nodes.map((n) => ({ ...n }));
  const edges = g.edges.map((e) => ({ ...e }));
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((d) => d.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-320))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide(24));
  const link_ = svg.append("g").attr("class", "edges").selectAll("line").data(edges).join("line")
    .attr("class", "edge").attr("stroke", (d) => color(d.kind)).attr("stroke-width", (d) => 1.5 + Math.min(6, Math.log2(1 + d.weight)))
    .attr("marker-end", (d) => `url(#arrow-${KIND_COLORS[d.kind] ? d.kind : "other"})`)
    .attr("data-source", (d) => d.source.id ?? d.source).attr("data-target", (d) => d.target.id ?? d.target)
    .on("click", (ev, d) => evidence(panel, d, asOf));
  link_.append("title").text((d) => `${d.kind}: ${d.weight} (${d.first || "?"} – ${d.last || "?"})`);
  const node = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g").attr("class", "node")
    .call(d3.drag().on("start", (ev, d) => { if (!ev.active) sim.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
      .on("drag", (ev, d) => { d.fx = ev.x; d.fy = ev.y; })
      .on("end", (ev, d) => { if (!ev.active) sim.alphaTarget(0); d.fx = null; d.fy = null; }));
  node.append("circle").attr("r", (d) => 6 + Math.min(12, Math.sqrt(d.degree) * 2));
  node.append("text").attr("x", 12).attr("y", 4).text((d) => d.label);
  node.on("dblclick", (ev, d) => { window.location.href = link.actor(d.id); });
  node.append("title").text((d) => `${d.label} (${d.id}) — double-click to open`);
  sim.on("tick", () => {
    for (const n of nodes) { n.x = Math.max(20, Math.min(width - 20, n.x)); n.y = Math.max(20, Math.min(height - 20, n.y)); }
    link_.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y).attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
    node.attr("transform", (d) => `translate(${d.x},${d.y})`);
  });
}

async function evidence(panel, d, asOf) {
  const s = d.source.id ?? d.source, t = d.target.id ?? d.target;
  panel.replaceChildren(el("h2", {}, el("a", { href: link.actor(s), text: d.source.label || s }), ` —${d.kind}→ `, el("a", { href: link.actor(t), text: d.target.label || t })),
    el("p", { class: "muted", text: `${d.weight} report(s), ${d.first || "?"} – ${d.last || "?"}` }));
  const ev = await api("network/evidence", { source: s, target: t, kind: d.kind, as_of: asOf, limit: 50 });
  const list = el("ul", { class: "evidence-list" });
  for (const r of ev.items) {
    const spans = r.trigger_start !== null && r.trigger_start !== undefined ? [{ start: r.trigger_start, end: r.trigger_end, kind: "event" }] : [];
    list.append(el("li", {}, el("a", { href: link.article(r.article_id, r.sent), text: `${r.outlet || "?"} ${r.date || ""}` }), " ",
      el("span", { class: "type", text: r.type || "" }), el("p", { class: "sentence" }, r.sentence ? highlighted(r.sentence.text, spans, r.sentence.start) : r.trigger || "")));
  }
  if (!ev.items.length) list.append(el("li", { class: "muted", text: "no evidence rows" }));
  panel.append(list);
}

main().catch(fail);
