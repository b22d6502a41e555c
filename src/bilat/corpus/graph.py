"""The country network for Gephi: ``bilat export network --format graphml|gexf``.

Nodes are countries (id = ISO3, label = English name, ``events`` = shown events involving the
country). Edges are directed actor -> recipient aggregates of shown events between two different
countries: ``weight`` = number of events, ``cooperation`` = their mean score (``dyads.score``;
absent when every event is a STATEMENT_OF_FIGURES), and one count per PLOVER type. Written with
``xml.etree.ElementTree``, so every name and label is escaped.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import xml.etree.ElementTree as ET
from collections import Counter
from typing import TextIO

from bilat.corpus.dyads import Link, country_name, links

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_XSD = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
GEXF_NS = "http://gexf.net/1.3"
GEXF_XSD = "http://gexf.net/1.3/gexf.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
DESCRIPTION = "bilat: countries and the PLOVER events between them (actor -> recipient)"


def _nodes(edges: list[Link]) -> dict[str, int]:
    """ISO3 -> number of events it takes part in, sorted by code."""
    counts: Counter[str] = Counter()
    for e in edges:
        counts[e.source] += e.weight
        counts[e.target] += e.weight
    return dict(sorted(counts.items()))


def _types(edges: list[Link]) -> list[str]:
    return sorted({t for e in edges for t in e.events})


def _num(value: float) -> str:
    return f"{value:g}"


def _write(root: ET.Element, out: TextIO) -> None:
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")


def write_graphml(conn: sqlite3.Connection, out: TextIO) -> None:
    """GraphML with <key> declarations (label, events; weight, cooperation, one count per type)."""
    write_graphml_links(links(conn), out)


def write_graphml_links(edges: list[Link], out: TextIO) -> None:
    """GraphML of the given links (the web UI's downloads: the events a page lists)."""
    types = _types(edges)
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS, "xmlns:xsi": XSI_NS,
                                  "xsi:schemaLocation": f"{GRAPHML_NS} {GRAPHML_XSD}"})
    for key, domain, name, kind in (("label", "node", "label", "string"), ("events", "node", "events", "int"),
                                    ("weight", "edge", "weight", "double"),
                                    ("cooperation", "edge", "cooperation", "double")):
        ET.SubElement(root, "key", {"id": key, "for": domain, "attr.name": name, "attr.type": kind})
    for t in types:
        key = ET.SubElement(root, "key", {"id": f"n_{t}", "for": "edge", "attr.name": t, "attr.type": "int"})
        ET.SubElement(key, "default").text = "0"
    graph = ET.SubElement(root, "graph", {"id": "bilat", "edgedefault": "directed"})
    for code, n in _nodes(edges).items():
        node = ET.SubElement(graph, "node", {"id": code})
        ET.SubElement(node, "data", {"key": "label"}).text = country_name(code)
        ET.SubElement(node, "data", {"key": "events"}).text = str(n)
    for i, e in enumerate(edges):
        edge = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": e.source, "target": e.target})
        ET.SubElement(edge, "data", {"key": "weight"}).text = str(e.weight)
        if e.cooperation is not None:
            ET.SubElement(edge, "data", {"key": "cooperation"}).text = _num(e.cooperation)
        for t, n in e.events.items():
            ET.SubElement(edge, "data", {"key": f"n_{t}"}).text = str(n)
    _write(root, out)


def write_gexf(conn: sqlite3.Connection, out: TextIO) -> None:
    """GEXF 1.3 (what Gephi writes): static directed graph, node and edge attributes declared."""
    edges = links(conn)
    types = _types(edges)
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "xmlns:xsi": XSI_NS,
                               "xsi:schemaLocation": f"{GEXF_NS} {GEXF_XSD}", "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, "creator").text = "bilat"
    ET.SubElement(meta, "description").text = DESCRIPTION
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_attrs = ET.SubElement(graph, "attributes", {"class": "node", "mode": "static"})
    ET.SubElement(node_attrs, "attribute", {"id": "events", "title": "events", "type": "integer"})
    edge_attrs = ET.SubElement(graph, "attributes", {"class": "edge", "mode": "static"})
    ET.SubElement(edge_attrs, "attribute", {"id": "cooperation", "title": "cooperation", "type": "double"})
    for t in types:
        attr = ET.SubElement(edge_attrs, "attribute", {"id": f"n_{t}", "title": t, "type": "integer"})
        ET.SubElement(attr, "default").text = "0"
    nodes = ET.SubElement(graph, "nodes")
    for code, n in _nodes(edges).items():
        node = ET.SubElement(nodes, "node", {"id": code, "label": country_name(code)})
        ET.SubElement(ET.SubElement(node, "attvalues"), "attvalue", {"for": "events", "value": str(n)})
    edge_parent = ET.SubElement(graph, "edges")
    for i, e in enumerate(edges):
        edge = ET.SubElement(edge_parent, "edge", {"id": str(i), "source": e.source, "target": e.target,
                                                   "weight": str(e.weight)})
        values = ET.SubElement(edge, "attvalues")
        if e.cooperation is not None:
            ET.SubElement(values, "attvalue", {"for": "cooperation", "value": _num(e.cooperation)})
        for t, n in e.events.items():
            ET.SubElement(values, "attvalue", {"for": f"n_{t}", "value": str(n)})
    _write(root, out)
