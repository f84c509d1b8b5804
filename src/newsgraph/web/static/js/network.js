/* global d3 */
import { api, app, done, el, fail, highlighted, link, query } from "./common.js";

const KIND_COLORS = { support: "#2e7d32", cooperate: "#66bb6a", consult: "#1e88e5", accuse: "#fb8c00", oppose: "#8e24aa", assault: "#d32f2f", other: "#757575" };
const color = (k) => KIND_COLORS[k] || KIND_COLORS.other;
const DAY = 86400000;

async function main() {
  const q = query();
  const toggle = el("input", { type: "checkbox", id: "group-states" });
  toggle.checked = q.get("group") !== "false";
  const grouped = () => (toggle.checked ? "true" : "false");
  const first = await api("network", { limit: 1, group: grouped() });
  const dates = first.dates || {};
  const start = dates.first ? Date.parse(dates.first) : null;
  const end = dates.last ? Date.parse(dates.last) : null;
  const controls = el("div", { class: "filters" });
  const label = el("output", { id: "asof-label" });
  const slider = el("input", { type: "range", id: "asof", min: 0, max: start !== null ? Math.max(0, Math.round((end - start) / DAY)) : 0, step: 1 });
  slider.value = slider.max;
  if (q.get("as_of") && start !== null) slider.value = Math.round((Date.parse(q.get("as_of")) - start) / DAY);
  controls.append(el("label", { class: "field" }, el("span", { text: "As of" }), slider, label));
  controls.append(el("label", { class: "field", title: "A state stands for its government, forces, institutions and officials; untick to see each apart" }, toggle, el("span", { text: " Group states" })));
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
  toggle.addEventListener("change", () => {
    const u = new URL(window.location.href);
    if (toggle.checked) u.searchParams.delete("group"); else u.searchParams.set("group", "false");
    window.history.replaceState(null, "", u);
    draw();
  });
  label.textContent = asOf() || "";

  async function draw() {
    const g = await api("network", { as_of: asOf(), limit: 300, group: grouped() });
    info.textContent = `${g.nodes.length} actors, ${g.edges.length} edges, from event reports (resolved actor → recipient, factual only) and backing statements; an edge's weight counts sentences` + (toggle.checked ? "; states grouped with their government, forces and officials" : "");
    render(holder, g, panel, asOf(), grouped());
    app.setAttribute("data-ready", "1");
  }
  await draw();
  done();
}

function render(holder, g, panel, asOf, group) {
  holder.replaceChildren();
  if (!g.nodes.length) { holder.append(el("p", { class: "empty", text: "No relations as of this date." })); return; }
  const width = holder.clientWidth || 800, height = 640;
  const svg = d3.select(holder).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", "100%").attr("height", height);
  svg.append("defs").selectAll("marker").data(Object.keys(KIND_COLORS)).join("marker")
    .attr("id", (k) => "arrow-" + k).attr("viewBox", "0 -5 10 10").attr("refX", 18).attr("refY", 0)
    .attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
    .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", (k) => color(k));
  const nodes = g.nodes.map((n) => ({ ...n }));
  const edges = g.edges.map((e) => ({ ...e }));
  const radius = (d) => 6 + Math.min(12, Math.sqrt(d.degree) * 2);
  // spread the graph over the whole frame: the repulsion and link length grow with the room
  // each node has, and the collision radius covers the node's label, not only its circle
  const room = Math.sqrt((width * height) / Math.max(1, nodes.length));
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((d) => d.id).distance(Math.max(90, room * 0.8)).strength(0.3))
    .force("charge", d3.forceManyBody().strength(-Math.max(320, room * 4)).distanceMax(Math.max(width, height)))
    .force("x", d3.forceX(width / 2).strength(0.04))
    .force("y", d3.forceY(height / 2).strength(0.06))
    .force("collide", d3.forceCollide((d) => Math.max(radius(d) + 6, 4 + 3.2 * (d.label || d.id).length)));
  const link_ = svg.append("g").attr("class", "edges").selectAll("line").data(edges).join("line")
    .attr("class", "edge").attr("stroke", (d) => color(d.kind)).attr("stroke-width", (d) => 1.5 + Math.min(6, Math.log2(1 + d.weight)))
    .attr("marker-end", (d) => `url(#arrow-${KIND_COLORS[d.kind] ? d.kind : "other"})`)
    .attr("data-source", (d) => d.source.id ?? d.source).attr("data-target", (d) => d.target.id ?? d.target);
  link_.append("title").text((d) => `${d.kind}: ${d.weight} (${d.first || "?"} – ${d.last || "?"})`);
  const node = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g").attr("class", "node")
    .call(d3.drag().on("start", (ev, d) => { if (!ev.active) sim.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
      .on("drag", (ev, d) => { d.fx = ev.x; d.fy = ev.y; })
      .on("end", (ev, d) => { if (!ev.active) sim.alphaTarget(0); d.fx = null; d.fy = null; }));
  node.append("circle").attr("r", radius);
  node.append("text").attr("class", "node-label").attr("text-anchor", "middle").attr("y", (d) => -radius(d) - 4).text((d) => d.label);
  node.on("dblclick", (ev, d) => { window.location.href = link.actor(d.id); });
  node.append("title").text((d) => `${d.label} (${(d.members || [d.id]).join(", ")}) — double-click to open`);
  sim.on("tick", () => {
    for (const n of nodes) { n.x = Math.max(20, Math.min(width - 20, n.x)); n.y = Math.max(20, Math.min(height - 20, n.y)); }
    link_.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y).attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
    node.attr("transform", (d) => `translate(${d.x},${d.y})`);
  });
  sim.on("end", () => declutter(svg.node()));
  link_.on("click", (ev, d) => evidence(panel, d, asOf, group));
}

// Hide the labels that would overlap a label already shown, the best-connected actors first;
// a hidden label shows again on hover (its node's title keeps the name).
function declutter(svg) {
  const labels = [...svg.querySelectorAll("text.node-label")];
  labels.sort((a, b) => (b.__data__.degree - a.__data__.degree) || a.textContent.localeCompare(b.textContent));
  const shown = [];
  for (const t of labels) {
    t.style.display = "";
    const r = t.getBoundingClientRect();
    const hit = shown.some((s) => r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom);
    if (hit) t.style.display = "none"; else shown.push(r);
  }
  svg.setAttribute("data-settled", "1");
}

async function evidence(panel, d, asOf, group) {
  const s = d.source.id ?? d.source, t = d.target.id ?? d.target;
  panel.replaceChildren(el("h2", {}, el("a", { href: link.actor(s), text: d.source.label || s }), ` —${d.kind}→ `, el("a", { href: link.actor(t), text: d.target.label || t })),
    el("p", { class: "muted", text: `${d.weight} sentence(s), ${d.first || "?"} – ${d.last || "?"}` }));
  const ev = await api("network/evidence", { source: s, target: t, kind: d.kind, as_of: asOf, limit: 50, group });
  const list = el("ul", { class: "evidence-list" });
  for (const r of ev.items) {
    const spans = r.trigger_start !== null && r.trigger_start !== undefined ? [{ start: r.trigger_start, end: r.trigger_end, kind: "event" }] : [];
    list.append(el("li", {}, el("a", { href: link.article(r.article_id, r.sent), text: `${r.outlet || "?"} ${r.date || ""}` }), " ",
      el("span", { class: "type", text: r.type || "" }), el("p", { class: "sentence" }, r.sentence ? highlighted(r.sentence.text, spans, r.sentence.start) : r.trigger || "")));
  }
  if (!ev.items.length) list.append(el("li", { class: "muted", text: "no evidence rows" }));
  panel.append(list);
  if (ev.total > ev.items.length) panel.append(el("p", { class: "muted", text: `first ${ev.items.length} of ${ev.total}` }));
}

main().catch(fail);
