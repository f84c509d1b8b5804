"""The relations graph as GEXF (Gephi) and GraphML (Cytoscape, networkx, yEd)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from newsgraph.analyze.relations import Edge


def to_graphml(edges: Sequence[Edge], names: dict[str, str]) -> str:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key, target, name, typ in (
        ("label", "node", "label", "string"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "int"),
        ("first", "edge", "first", "string"),
        ("last", "edge", "last", "string"),
        ("outlets", "edge", "outlets", "string"),
    ):
        ET.SubElement(
            root, "key", id=key, attrib={"for": target, "attr.name": name, "attr.type": typ}
        )
    graph = ET.SubElement(root, "graph", id="relations", edgedefault="directed")
    for node in _nodes(edges):
        n = ET.SubElement(graph, "node", id=node)
        ET.SubElement(n, "data", key="label").text = names.get(node, node)
    for i, e in enumerate(edges):
        el = ET.SubElement(graph, "edge", id=f"e{i}", source=e.source, target=e.target)
        for key, value in (
            ("kind", e.kind),
            ("weight", str(len(e.evidence))),
            ("first", e.first or ""),
            ("last", e.last or ""),
            ("outlets", ";".join(e.outlets)),
        ):
            ET.SubElement(el, "data", key=key).text = value
    return _xml(root)


def to_gexf(edges: Sequence[Edge], names: dict[str, str]) -> str:
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    graph = ET.SubElement(
        root, "graph", defaultedgetype="directed", mode="dynamic", timeformat="date"
    )
    attrs = ET.SubElement(graph, "attributes", attrib={"class": "edge"})
    for i, name in enumerate(("kind", "outlets")):
        ET.SubElement(attrs, "attribute", id=str(i), title=name, type="string")
    nodes = ET.SubElement(graph, "nodes")
    for node in _nodes(edges):
        ET.SubElement(nodes, "node", id=node, label=names.get(node, node))
    els = ET.SubElement(graph, "edges")
    for i, e in enumerate(edges):
        attrib = {
            "id": f"e{i}",
            "source": e.source,
            "target": e.target,
            "weight": str(len(e.evidence)),
            "label": e.kind,
        }
        if e.first:
            attrib["start"] = e.first[:10]
        if e.last:
            attrib["end"] = e.last[:10]
        el = ET.SubElement(els, "edge", attrib=attrib)
        values = ET.SubElement(el, "attvalues")
        ET.SubElement(values, "attvalue", attrib={"for": "0", "value": e.kind})
        ET.SubElement(values, "attvalue", attrib={"for": "1", "value": ";".join(e.outlets)})
    return _xml(root)


def _nodes(edges: Sequence[Edge]) -> list[str]:
    return sorted({e.source for e in edges} | {e.target for e in edges})


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
