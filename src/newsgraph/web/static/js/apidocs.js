import { app, done, el, fail } from "./common.js";

async function main() {
  const res = await fetch("/api/openapi.json");
  const spec = await res.json();
  app.append(el("p", {}, spec.info.description, " Machine-readable: ", el("a", { href: "/api/openapi.json", text: "/api/openapi.json" }), "."));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => `${p.name}${p.required ? "" : "?"} (${p.in})`).join(", ");
      app.append(el("section", { class: "endpoint" },
        el("h3", {}, el("code", { text: `${method.toUpperCase()} ${path}` })),
        el("p", { text: op.summary || "" }),
        params ? el("p", { class: "muted", text: "parameters: " + params }) : null));
    }
  }
  done();
}

main().catch(fail);
