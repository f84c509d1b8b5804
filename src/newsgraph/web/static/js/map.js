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
    // fit the map to where the data is: the middle 90% of the weight (mentions and events)
    // on each axis, so that one mention of a far country does not open on the whole world
    const box = dataBox(pts);
    projection.fitExtent([[20, 20], [width - 20, height - 20]], { type: "MultiPoint", coordinates: box });
    holder.setAttribute("data-extent", box.flat().map((v) => v.toFixed(2)).join(","));
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
    const clusters = separate([...cells.values()].map((c) => ({ ...c, x: c.x / (c.n || 1), y: c.y / (c.n || 1) })));
    const sel = gPts.selectAll("g.cluster").data(clusters).join((enter) => {
      const g = enter.append("g").attr("class", "cluster");
      g.append("circle");
      g.append("text").attr("text-anchor", "middle").attr("dy", 4);
      return g;
    });
    sel.attr("transform", (d) => `translate(${d.x},${d.y})`).attr("data-count", (d) => d.n)
      .classed("has-events", (d) => d.items.some((p) => p.events > 0))
      .on("click", (ev, d) => show(panel, d));
    sel.select("circle").attr("r", radius);
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

const radius = (c) => 6 + Math.sqrt(c.n) * 3;

// Weighted quantile of values (weights: a point's mentions and events).
function quantile(pairs, q) {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((a, p) => a + p[1], 0);
  let cum = 0;
  for (const [v, w] of sorted) { cum += w; if (cum >= q * total) return v; }
  return sorted[sorted.length - 1][0];
}

function dataBox(pts) {
  const w = (p) => Math.max(1, p.events + p.places);
  const axis = (key) => {
    const pairs = pts.map((p) => [p[key], w(p)]);
    let lo = quantile(pairs, 0.05), hi = quantile(pairs, 0.95);
    const pad = Math.max(2, (hi - lo) * 0.15);
    const mid = (lo + hi) / 2, half = Math.max(4, (hi - lo) / 2 + pad);
    return [mid - half, mid + half];
  };
  const [x0, x1] = axis("lon"), [y0, y1] = axis("lat");
  return [[Math.max(-180, x0), Math.max(-85, y0)], [Math.min(180, x1), Math.min(85, y1)]];
}

// Merge clusters whose circles would overlap into the larger one, until none do: counts
// never sit on top of each other.
function separate(clusters) {
  let merged = true;
  while (merged) {
    merged = false;
    clusters.sort((a, b) => b.n - a.n);
    outer: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i], b = clusters[j];
        if (Math.hypot(a.x - b.x, a.y - b.y) < radius(a) + radius(b) + 2) {
          const n = a.n + b.n || 1;
          clusters[i] = { x: (a.x * a.n + b.x * b.n) / n, y: (a.y * a.n + b.y * b.n) / n, n: a.n + b.n, items: [...a.items, ...b.items] };
          clusters.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  return clusters;
}

function show(panel, c) {
  const rows = c.items.sort((a, b) => (b.events + b.places) - (a.events + a.places)).map((p) => [
    el("a", { href: "/search?q=" + encodeURIComponent(p.name || ""), text: p.name || "?" }), p.country || "", p.precision || "", p.places, p.events,
    Object.entries(p.types || {}).map(([t, n]) => `${t} ${n}`).join(", "),
  ]);
  panel.replaceChildren(el("h2", { text: `${c.items.length} location(s), ${c.n} item(s)` }), table(["place", "country", "precision", "mentions", "events", "types"], rows));
}

main().catch(fail);
