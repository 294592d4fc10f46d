"""The layer rule of DESIGN.md, checked by walking every import in the package.

domain (pure) <- render <- ports <- services <- adapters <- app/cli: a module may import only
its own layer and the layers below.  Each protocol/template library lives in one module.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cscbot"

# lower number = lower layer
LAYERS: dict[str, int] = {
    "errors": 0, "configschema": 0, "config": 0,
    "domain": 1,
    "render": 2,
    "records": 3, "ports": 3,
    "services": 4,
    "clock": 5, "adapters": 5,
    "app": 6, "wiring": 6, "cli": 6, "demo": 6, "__main__": 6, "scheduler": 6, "jobs": 6,
}

# third-party libraries and the only place each may be imported
LIBRARY_HOMES: dict[str, set[str]] = {
    "aioimaplib": {"cscbot.adapters.imap"},
    "aiosmtplib": {"cscbot.adapters.smtp"},
    "jinja2": {"cscbot.render"},
    "bs4": {"cscbot.domain.pti_report"},
    "apscheduler": {"cscbot.scheduler"},
    "sqlite3": {"cscbot.adapters.sqlite"},
}

# the domain may use the standard library and the one library it wraps, nothing else
DOMAIN_ALLOWED_THIRD_PARTY = {"bs4", "rapidfuzz", "sklearn", "numpy", "scipy"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(path: Path, module: str) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((name, node.lineno))
    return found


def _layer(module: str) -> int:
    part = module.split(".")[1] if module.count(".") else ""
    assert part in LAYERS, f"{module}: not placed in a layer (add it to LAYERS)"
    return LAYERS[part]


def test_imports_point_down_only() -> None:
    wrong = []
    for module, path in _modules().items():
        if module == "cscbot":
            continue
        mine = _layer(module)
        for name, line in _imports(path, module):
            if name.startswith("cscbot.") and name.count("."):
                theirs = _layer(name)
                if theirs > mine:
                    wrong.append(f"{path.name}:{line} {module} imports {name} (layer up)")
    assert not wrong, "\n".join(wrong)


def test_each_library_in_its_one_module() -> None:
    wrong = []
    for module, path in _modules().items():
        for name, line in _imports(path, module):
            top = name.split(".")[0]
            homes = LIBRARY_HOMES.get(top)
            if homes is None:
                continue
            if not any(module == h or module.startswith(h + ".") for h in homes):
                wrong.append(f"{module}:{line} imports {top} (only {sorted(homes)} may)")
    assert not wrong, "\n".join(wrong)


def test_domain_is_pure() -> None:
    import sys
    stdlib = set(sys.stdlib_module_names)
    wrong = []
    for module, path in _modules().items():
        if not module.startswith("cscbot.domain"):
            continue
        for name, line in _imports(path, module):
            top = name.split(".")[0]
            if top in ("cscbot", "__future__") or top in stdlib:
                if top in ("asyncio", "socket", "sqlite3", "subprocess", "smtplib", "imaplib"):
                    wrong.append(f"{module}:{line} does I/O through {top}")
                if name.startswith("cscbot.") and not (
                        name.startswith("cscbot.domain") or name in ("cscbot.errors",)):
                    wrong.append(f"{module}:{line} imports {name}")
                continue
            if top not in DOMAIN_ALLOWED_THIRD_PARTY:
                wrong.append(f"{module}:{line} imports third-party {top}")
    assert not wrong, "\n".join(wrong)


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    """The walker itself works: a domain module importing a service is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from cscbot.services import intake\n")
    (name, _line), = _imports(bad, "cscbot.domain.bad")
    assert _layer(name) > _layer("cscbot.domain.bad")
