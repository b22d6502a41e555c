"""The network export: GraphML and GEXF parsed back with ElementTree."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_dyads import DOCS

from bilat import store
from bilat.cli import main
from bilat.corpus import graph
from bilat.plover import FIGURES

G = {"g": graph.GRAPHML_NS}
X = {"x": graph.GEXF_NS}

# shown events of DOCS between two different countries, actor -> recipient
EXPECTED_EDGES = {
    ("VNM", "BLR"): (5, {"CONSULT": 3, "SUPPORT": 1, FIGURES: 1}, (3 + 6 + 2 + 3) / 4),
    ("BLR", "VNM"): (3, {"AGREE": 1, "THREATEN": 1, "CONSULT": 1}, (6 - 7 + 3) / 3),
    ("VNM", "RUS"): (1, {"CONSULT": 1}, 3.0),
    ("RUS", "BLR"): (1, {"ASSAULT": 1}, -9.0),
}
EXPECTED_NODES = {"BLR": ("Belarus", 9), "RUS": ("Russia", 2), "VNM": ("Vietnam", 9)}


@pytest.fixture
def conn(tmp_path: Path):
    path = str(tmp_path / "graph.db")
    c = store.connect(path)
    for d in DOCS:
        store.save_document(c, d)
    yield c
    c.close()


def _render(write, conn) -> ET.Element:
    buf = io.StringIO()
    write(conn, buf)
    text = buf.getvalue()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.encode("utf-8"))


def test_graphml_nodes_edges_and_weights(conn):
    root = _render(graph.write_graphml, conn)
    assert root.tag == f"{{{graph.GRAPHML_NS}}}graphml"
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", G)}
    assert keys["weight"] == ("edge", "weight", "double") and keys["label"] == ("node", "label", "string")
    assert keys["n_ASSAULT"] == ("edge", "ASSAULT", "int")
    g = root.find("g:graph", G)
    assert g is not None and g.get("edgedefault") == "directed"
    nodes = {n.get("id"): {d.get("key"): d.text for d in n.findall("g:data", G)} for n in g.findall("g:node", G)}
    assert nodes == {k: {"label": name, "events": str(n)} for k, (name, n) in EXPECTED_NODES.items()}
    edges = {}
    for e in g.findall("g:edge", G):
        data = {d.get("key"): d.text for d in e.findall("g:data", G)}
        assert set(data) <= set(keys)  # every data element refers to a declared key
        edges[(e.get("source"), e.get("target"))] = data
    assert set(edges) == set(EXPECTED_EDGES)
    for pair, (weight, types, coop) in EXPECTED_EDGES.items():
        assert int(edges[pair]["weight"]) == weight
        assert float(edges[pair]["cooperation"]) == pytest.approx(coop, abs=0.01)
        assert {k[2:]: int(v) for k, v in edges[pair].items() if k.startswith("n_")} == types


def test_gexf_nodes_edges_and_attributes(conn):
    root = _render(graph.write_gexf, conn)
    assert root.tag == f"{{{graph.GEXF_NS}}}gexf" and root.get("version") == "1.3"
    g = root.find("x:graph", X)
    assert g is not None and g.get("defaultedgetype") == "directed"
    declared = {a.get("id") for a in g.findall("x:attributes[@class='edge']/x:attribute", X)}
    assert {"cooperation", "n_CONSULT", "n_ASSAULT"} <= declared
    nodes = {n.get("id"): (n.get("label"), int(n.find("x:attvalues/x:attvalue[@for='events']", X).get("value")))
             for n in g.findall("x:nodes/x:node", X)}
    assert nodes == EXPECTED_NODES
    edges = g.findall("x:edges/x:edge", X)
    assert len({e.get("id") for e in edges}) == len(edges) == len(EXPECTED_EDGES)
    for e in edges:
        weight, types, coop = EXPECTED_EDGES[(e.get("source"), e.get("target"))]
        values = {v.get("for"): v.get("value") for v in e.findall("x:attvalues/x:attvalue", X)}
        assert set(values) <= declared
        assert float(e.get("weight")) == weight
        assert float(values["cooperation"]) == pytest.approx(coop, abs=0.01)
        assert {k[2:]: int(v) for k, v in values.items() if k.startswith("n_")} == types


def test_labels_are_escaped(conn, monkeypatch):
    name = '<VNM & "co">'
    monkeypatch.setattr(graph, "country_name", lambda code: name if code == "VNM" else code)
    root = _render(graph.write_graphml, conn)
    assert name in [d.text for d in root.iter(f"{{{graph.GRAPHML_NS}}}data") if d.get("key") == "label"]
    root = _render(graph.write_gexf, conn)
    assert name in [n.get("label") for n in root.iter(f"{{{graph.GEXF_NS}}}node")]


def test_empty_store_gives_an_empty_graph(tmp_path: Path):
    c = store.connect(str(tmp_path / "empty.db"))
    root = _render(graph.write_graphml, c)
    assert root.find("g:graph", G) is not None and root.findall("g:graph/g:node", G) == []
    root = _render(graph.write_gexf, c)
    assert root.findall("x:graph/x:nodes/x:node", X) == []
    c.close()


def test_cli_exports_the_network(conn, tmp_path: Path):
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    out = tmp_path / "net.gexf"
    result = CliRunner().invoke(main, ["export", "network", "--format", "gexf", "--db", path, "-o", str(out)])
    assert result.exit_code == 0, result.output
    root = ET.parse(out).getroot()
    assert len(root.findall("x:graph/x:edges/x:edge", X)) == len(EXPECTED_EDGES)
    result = CliRunner().invoke(main, ["export", "network", "--db", path])
    assert result.exit_code == 0 and "graphml.graphdrawing.org" in result.output
