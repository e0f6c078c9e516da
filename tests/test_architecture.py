"""The house rules of ARCHITECTURE.md, checked on the source: who may import whom, and who may write SQL."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "kelisim"
STDLIB = set(sys.stdlib_module_names)

# For each package: the kelisim packages and the third-party top-level modules it may import.
ALLOWED = {
    "law": ({"law", "resources"}, {"holidays"}),
    "directory": ({"law", "directory", "resources"}, set()),
    "store": ({"law", "directory", "store", "resources", "home"}, set()),  # plain sqlite3
    "documents": ({"law", "directory", "store", "documents", "resources", "home"},
                  {"docxtpl", "docx", "jinja2", "openpyxl"}),
}
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b",
                 re.IGNORECASE)


def modules(package: str):
    return sorted((PACKAGE / package).rglob("*.py"))


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_the_architecture_allows(package):
    own, third = ALLOWED[package]
    bad = []
    for path in modules(package):
        for name in imports(path):
            top = name.split(".")[0]
            if top == "kelisim":
                sub = name.split(".")[1] if "." in name else ""
                if sub not in own:
                    bad.append(f"{path.name}: {name}")
            elif top == "sqlite3" and package != "store":
                bad.append(f"{path.name}: {name} (only store touches the database)")
            elif top not in STDLIB and top not in third:
                bad.append(f"{path.name}: {name}")
    assert not bad, f"{package} imports what it must not: {bad}"


def test_law_has_modules_to_check():
    assert len(modules("law")) >= 4


def test_only_ui_imports_pyside6():
    offenders = [f"{p.relative_to(PACKAGE)}" for p in PACKAGE.rglob("*.py")
                 if p.parts[len(PACKAGE.parts)] not in ("ui", "app.py")
                 and any(n.split(".")[0] == "PySide6" for n in imports(p))]
    assert not offenders


def test_only_store_writes_sql():
    offenders = [f"{p.relative_to(PACKAGE)}" for p in PACKAGE.rglob("*.py")
                 if p.parts[len(PACKAGE.parts)] != "store" and SQL.search(p.read_text(encoding="utf-8"))]
    assert not offenders
