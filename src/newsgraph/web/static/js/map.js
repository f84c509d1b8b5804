/* global d3, topojson */
import { api, app, done, el, fail, filterForm, query, table } from "./common.js";

const ATLAS = "/static/vendor/world-atlas-2.0.2/countries-50m.json";
const CELL = 28; // px: points closer than this on screen are drawn as one cluster

async function main() {
  const q = query();
  const [outlets, types] = await Promise.all([api("outlets"), api("event-types")]);
  app.append(filterForm([
    { name: "since", label: "Since", type: "date" },
    { name: "until", label: "Until", type: "date" },
    { name: "type", label: "Event type", type: "select", all: "all (with places)", options: types.map((t) => t.type) },
    { name: "outlet", label: "Outlet", type: "select", options: outlets },
  ], q));
  const holder = el("div", { id: "map", class: "map" });
  const panel = el("aside", { id: "map-panel", class: "evidence" }, el("p", { class: "muted", text: "Click a circle to list its places." }));
  app.append(el("div", { class: "network-wrap" }, holder, panel));
  const [world, data] = await Promise.all([
    fetch(ATLAS).then((r) => r.json()),
    api("map", { since: q.get("since"), until: q.get("until"), type: q.get("type"), outlet: q.get("outlet") }),
  ]);
  const pts = data.points;
  app.append(el("p", { class: "muted", id: "map-info", text: `${pts.length} locations (${pts.reduce((a, p) => a + p.events, 0)} located events, ${pts.reduce((a, p) => a + p.places, 0)} place mentions)` }));
  const width = holder.clientWidth || 800, height = 520;
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1();
  if (pts.length) {
    const lons = pts.map((p) => p.lon), lats = pts.map((p) => p.lat);
    const pad = 4;
    const box = { type: "MultiPoint", coordinates: [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]] };
    projection.fitExtent([[20, 20], [width - 20, height - 20]], box);
  } else {
    projection.fitSize([width, height], countries);
  }
  const path = d3.geoPath(projection);
  const svg = d3.select(holder).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", "100%").attr("height", height);
  const gMap = svg.append("g");
  gMap.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
  gMap.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((d) => d.properties.name);
  const gPts = svg.append("g").attr("class", "clusters");
  let k = 1, tx = 0, ty = 0;
  const draw = () => {
    const proj = pts.map((p) => { const xy = projection([p.lon, p.lat]); return { p, x: xy[0] * k + tx, y: xy[1] * k + ty }; });
    const cells = new Map();
    for (const o of proj) {
      const key = `${Math.floor(o.x / CELL)}:${Math.floor(o.y / CELL)}`;
      const c = cells.get(key) || { x: 0, y: 0, n: 0, items: [] };
      const w = o.p.events + o.p.places;
      c.x += o.x * w; c.y += o.y * w; c.n += w; c.items.push(o.p);
      cells.set(key, c);
    }
    const clusters = [...cells.values()].map((c) => ({ ...c, x: c.x / (c.n || 1), y: c.y / (c.n || 1) }));
    const sel = gPts.selectAll("g.cluster").data(clusters).join((enter) => {
      const g = enter.append("g").attr("class", "cluster");
      g.append("circle");
      g.append("text").attr("text-anchor", "middle").attr("dy", 4);
      return g;
    });
    sel.attr("transform", (d) => `translate(${d.x},${d.y})`).attr("data-count", (d) => d.n)
      .classed("has-events", (d) => d.items.some((p) => p.events > 0))
      .on("click", (ev, d) => show(panel, d));
    sel.select("circle").attr("r", (d) => 6 + Math.sqrt(d.n) * 3);
    sel.select("text").text((d) => (d.items.length > 1 ? d.n : (d.items[0].name || "").slice(0, 18)));
  };
  svg.call(d3.zoom().scaleExtent([0.5, 40]).on("zoom", (ev) => {
    ({ k, x: tx, y: ty } = ev.transform);
    gMap.attr("transform", ev.transform);
    gMap.selectAll("path").attr("stroke-width", 0.5 / k);
    draw();
  }));
  draw();
  done();
}

function show(panel, c) {
  const rows = c.items.sort((a, b) => (b.events + b.places) - (a.events + a.places)).map((p) => [
    el("a", { href: "/search?q=" + encodeURIComponent(p.name || ""), text: p.name || "?" }), p.country || "", p.precision || "", p.places, p.events,
    Object.entries(p.types || {}).map(([t, n]) => `${t} ${n}`).join(", "),
  ]);
  panel.replaceChildren(el("h2", { text: `${c.items.length} location(s), ${c.n} item(s)` }), table(["place", "country", "precision", "mentions", "events", "types"], rows));
}

main().catch(fail);
