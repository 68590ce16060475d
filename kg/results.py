"""Engine-neutral query results: what `kg` hands to the CLI and the web front end.

Views and commands render a `Results`; they never see rdflib or pyoxigraph terms.

    >>> r = Results.select(["x"], [{"x": Term("uri", "https://kgqa.dev/id/a")}])
    >>> r.to_csv().splitlines()
    ['x', 'https://kgqa.dev/id/a']
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape as xml_escape


@dataclass(frozen=True)
class Term:
    """One RDF term: kind is "uri", "literal" or "bnode"."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def to_json(self) -> dict[str, str]:
        """The term as in SPARQL 1.1 JSON results."""
        out = {"type": {"uri": "uri", "literal": "literal", "bnode": "bnode"}[self.kind], "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype and self.datatype != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = self.datatype
        return out

    def n3(self) -> str:
        """The term in N-Triples syntax."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = json.dumps(self.value, ensure_ascii=False)
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != "http://www.w3.org/2001/XMLSchema#string":
            return f"{text}^^<{self.datatype}>"
        return text

    def __str__(self) -> str:
        return self.value


Row = Mapping[str, "Term | None"]


def bound(row: Row, var: str) -> Term:
    """The term a row binds to var (a variable the query always binds): `bound(row, "p").value`."""
    term = row.get(var)
    if term is None:
        raise KeyError(f"?{var} is unbound in this row")
    return term


def value_of(row: Row, var: str) -> str | None:
    """The plain value a row binds to var, None when unbound: `value_of(row, "date")`."""
    term = row.get(var)
    return term.value if term is not None else None


@dataclass
class Results:
    """The outcome of a query: rows of a SELECT, a boolean of an ASK, or triples of a CONSTRUCT."""

    kind: str  # "select", "ask" or "graph"
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Term | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Term, Term, Term]] = field(default_factory=list)
    truncated: bool = False
    elapsed_ms: float = 0.0

    @classmethod
    def select(cls, vars: list[str], rows: list[dict[str, Term | None]], **kw: Any) -> Results:
        """Results of a SELECT."""
        return cls("select", vars=vars, rows=rows, **kw)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def __iter__(self) -> Iterator[dict[str, Term | None]]:
        return iter(self.rows)

    def values(self, var: str) -> list[str]:
        """The plain values of one variable, in row order, skipping unbound ones."""
        return [term.value for row in self.rows if (term := row.get(var)) is not None]

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON (with a kgqa "truncated" flag)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        if self.kind == "graph":
            return {
                "head": {"vars": ["subject", "predicate", "object"]},
                "results": {
                    "bindings": [
                        {"subject": s.to_json(), "predicate": p.to_json(), "object": o.to_json()}
                        for s, p, o in self.triples
                    ]
                },
            }
        out = {
            "head": {"vars": self.vars},
            "results": {"bindings": [{k: v.to_json() for k, v in row.items() if v is not None} for row in self.rows]},
        }
        if self.truncated:
            out["truncated"] = True
        return out

    def to_csv(self, delimiter: str = ",") -> str:
        """SPARQL 1.1 CSV results (plain values)."""
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
        if self.kind == "ask":
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
            return buf.getvalue()
        vars_, rows = self.table()
        writer.writerow(vars_)
        for row in rows:
            writer.writerow([value_of(row, v) or "" for v in vars_])
        return buf.getvalue()

    def to_tsv(self) -> str:
        """SPARQL 1.1 TSV results (terms in N-Triples syntax)."""
        if self.kind == "ask":
            return "?boolean\n" + ("true" if self.boolean else "false") + "\n"
        vars_, rows = self.table()
        lines = ["\t".join(f"?{v}" for v in vars_)]
        for row in rows:
            terms = [row.get(v) for v in vars_]
            lines.append("\t".join("" if t is None else t.n3().replace("\t", "\\t") for t in terms))
        return "\n".join(lines) + "\n"

    def to_xml(self) -> str:
        """SPARQL Query Results XML."""
        head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
        if self.kind == "ask":
            return head + f"<head/><boolean>{'true' if self.boolean else 'false'}</boolean></sparql>\n"
        vars_, rows = self.table()
        parts = [head, "<head>", *(f'<variable name="{xml_escape(v)}"/>' for v in vars_), "</head><results>"]
        for row in rows:
            parts.append("<result>")
            for v in vars_:
                term = row.get(v)
                if term is None:
                    continue
                if term.kind == "uri":
                    inner = f"<uri>{xml_escape(term.value)}</uri>"
                elif term.kind == "bnode":
                    inner = f"<bnode>{xml_escape(term.value)}</bnode>"
                else:
                    attrs = (
                        f' xml:lang="{xml_escape(term.lang)}"'
                        if term.lang
                        else (f' datatype="{xml_escape(term.datatype)}"' if term.datatype else "")
                    )
                    inner = f"<literal{attrs}>{xml_escape(term.value)}</literal>"
                parts.append(f'<binding name="{xml_escape(v)}">{inner}</binding>')
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts)

    def to_ntriples(self) -> str:
        """The triples of a CONSTRUCT/DESCRIBE in N-Triples."""
        return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in self.triples)

    def to_turtle(self, prefixes: dict[str, str] | None = None) -> str:
        """The triples of a CONSTRUCT/DESCRIBE in Turtle, with these prefixes bound (ValueError for other kinds)."""
        if self.kind != "graph":
            raise ValueError("Turtle needs a CONSTRUCT or DESCRIBE query")
        from rdflib import Graph

        g = Graph()
        for k, v in (prefixes or {}).items():
            g.bind(k, v)
        g.parse(data=self.to_ntriples(), format="nt")
        return g.serialize(format="turtle")

    def to_table(self, max_width: int = 60) -> str:
        """A plain-text table for a terminal (columns padded by display width, CJK counted double), with a
        row-count line: `print(results.totable())`."""
        if self.kind == "ask":
            return ("true" if self.boolean else "false") + "\n"
        vars_, rows = self.table()
        table = [vars_] + [[value_of(r, v) or "" for v in vars_] for r in rows]
        widths = [min(max_width, max(_width(row[i]) for row in table)) for i in range(len(vars_))]
        out = []
        for n, row in enumerate(table):
            out.append("  ".join(_pad(cell, w) for cell, w in zip(row, widths)))
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated' if self.truncated else ''})")
        return "\n".join(out) + "\n"

    def table(self) -> tuple[list[str], list[dict[str, Term | None]]]:
        """Column names and rows; a graph result as subject/predicate/object rows: `vars_, rows = r.table()`."""
        if self.kind == "graph":
            return ["subject", "predicate", "object"], [
                {"subject": s, "predicate": p, "object": o} for s, p, o in self.triples
            ]
        return self.vars, self.rows


def _width(text: str) -> int:
    """Display width in a terminal: wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    """The text cut (with …) or padded to a display width."""
    while _width(text) > width:
        text = text[:-2] + "…"
    return text + " " * (width - _width(text))
