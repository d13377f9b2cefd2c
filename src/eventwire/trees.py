"""Boosted regression trees over named 0/1 facts, read from a data file and walked in plain Python.

Two learned stages score with trees that LightGBM fits at training time (only training needs LightGBM): the party
stage ranks an event's candidate target states (``parties.PartyTrees``) and the confidence stage scores whether an
event is right (``confidence.EventTrees``).  Both describe their inputs as named facts ("cur=True",
"trigger=urge"), so a tree's split asks whether a fact is present, and a score is the sum of the leaf values the
facts lead to, one leaf per tree.

The file is tab-separated: ``key<TAB>tree<TAB>node<TAB>fact<TAB>absent<TAB>present`` for a split (the child nodes
for a candidate without and with the fact) and ``key<TAB>tree<TAB>node<TAB>(leaf)<TAB>value<TAB>-`` for a leaf, where
the key names the ensemble (a party role, or the confidence model's one); '#' lines are the header (provenance).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import ClassVar, Mapping

from .errors import DataFileError

#: One regression tree over named 0/1 facts: node id -> (fact, child when absent, child when present) for a split,
#: or the leaf's value; the root is "s0" (a one-leaf tree: "l0").
Tree = Mapping[str, "tuple[str, str, str] | float"]


def _nested(nodes: Tree, key: str):
    v = nodes[key]
    return v if isinstance(v, float) else (v[0], _nested(nodes, v[1]), _nested(nodes, v[2]))


@dataclass(frozen=True, slots=True)
class Forests:
    """Ensembles of boosted regression trees, one per key: a candidate's score under a key is the sum of the leaf
    values its facts lead to (a split sends a candidate with the fact to one child, without it to the other).
    Subclasses name the keys their file may hold (``KEYS``), the file's default name and its key column."""

    trees: Mapping[str, tuple[Tree, ...]]   # key -> trees
    provenance: str = ""
    # each tree as nested (fact, subtree when absent, subtree when present) tuples down to the leaf values: walked
    # a fifth faster than the node table (every tree for each candidate)
    _roots: Mapping[str, tuple] = field(init=False, repr=False, compare=False)

    KEYS: ClassVar[tuple[str, ...]] = ()
    FILE: ClassVar[str] = "trees.tsv"
    COLUMN: ClassVar[str] = "key"

    def __post_init__(self):
        object.__setattr__(self, "_roots", {k: tuple(_nested(nodes, "s0" if "s0" in nodes else "l0") for nodes in trees)
                                            for k, trees in self.trees.items()})

    @classmethod
    def load(cls, path: Path | None = None):
        """The trees at ``path``, else the packaged ``data/<FILE>`` if it ships; None when there are none."""
        if path is not None:
            return cls.parse(path.read_text(encoding="utf-8"), str(path))
        packaged = resources.files("eventwire").joinpath("data", cls.FILE)
        return cls.parse(packaged.read_text(encoding="utf-8"), cls.FILE) if packaged.is_file() else None

    @classmethod
    def parse(cls, text: str, name: str | None = None):
        """The ensembles of a trees file (see the module's docstring); a key outside ``KEYS``, a malformed row or a
        child no row defines is a ``DataFileError`` naming the file and the line."""
        name = name or cls.FILE
        header: list[str] = []
        trees: dict[str, dict[int, dict[str, tuple[str, str, str] | float]]] = {}
        columns = f"{cls.COLUMN}\ttree\tnode\tfact\tabsent\tpresent"
        for n, line in enumerate(text.splitlines(), 1):
            if line.startswith("#"):
                header.append(line[1:].strip())
                continue
            if not line.strip() or line == columns:
                continue
            cells = line.split("\t")
            if len(cells) != 6 or cells[0] not in cls.KEYS or not cells[1].isdigit():
                raise DataFileError(f"{name}: line {n} is not '{cls.COLUMN}<TAB>tree<TAB>node<TAB>fact<TAB>absent<TAB>present'"
                                    f" with {cls.COLUMN} one of {', '.join(cls.KEYS)}")
            key, tree, node, fact, absent, present = cells
            nodes = trees.setdefault(key, {}).setdefault(int(tree), {})
            if fact == "(leaf)":
                try:
                    nodes[node] = float(absent)
                except ValueError:
                    raise DataFileError(f"{name}: line {n}: leaf value {absent!r} is not a number") from None
            else:
                nodes[node] = (fact, absent, present)
        for key, by_tree in trees.items():
            for t, nodes in by_tree.items():
                root = "s0" if "s0" in nodes else "l0"
                if root not in nodes or any(not isinstance(v, float) and (v[1] not in nodes or v[2] not in nodes)
                                            for v in nodes.values()):
                    raise DataFileError(f"{name}: {key} tree {t} has a child it does not define")
        return cls({k: tuple(by_tree[t] for t in sorted(by_tree)) for k, by_tree in trees.items()}, "\n".join(header))

    def dump(self, header: str) -> str:
        lines = [f"# {ln}" if ln else "#" for ln in header.splitlines()]
        lines.append(f"{self.COLUMN}\ttree\tnode\tfact\tabsent\tpresent")
        for key in self.KEYS:
            for t, nodes in enumerate(self.trees.get(key, ())):
                for node, v in nodes.items():
                    lines.append(f"{key}\t{t}\t{node}\t(leaf)\t{v!r}\t-" if isinstance(v, float)
                                 else f"{key}\t{t}\t{node}\t{v[0]}\t{v[1]}\t{v[2]}")
        return "\n".join(lines) + "\n"

    def score(self, key: str, features: tuple[str, ...]) -> float:
        facts = set(features)
        total = 0.0
        for v in self._roots[key]:
            while v.__class__ is tuple:
                v = v[2] if v[0] in facts else v[1]
            total += v
        return total
