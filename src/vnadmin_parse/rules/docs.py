"""Human documentation of rules, generated from the registry (CLI ``rule`` and docs/rules.md)."""

from __future__ import annotations

from vnadmin_parse.rules.registry import FAMILIES, Rule, all_rules, get_rule

_SEV = {"error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"}


def describe(code: str, lang: str = "vi") -> str:
    """What rule ``code`` checks, why, its legal basis, an example and the fix."""
    r = get_rule(code.upper())
    return _describe(r, lang)


def _describe(r: Rule, lang: str) -> str:
    d = r.doc
    family = FAMILIES[r.family][1 if lang == "en" else 0]
    if lang == "en":
        lines = [f"{r.code} ({r.name}) — {family}; default severity: {r.severity}", "", d.what_en or d.what]
    else:
        lines = [f"{r.code} ({r.name}) — {family}; mức độ mặc định: {_SEV[r.severity]}", "", d.what]
    lines += ["", f"Vì sao: {d.why}"]
    if d.basis:
        lines.append(f"Căn cứ: {d.basis}")
    if d.example:
        lines.append(f"Ví dụ: {d.example}")
    lines.append(f"Cách sửa: {d.fix}")
    return "\n".join(lines)


def list_rules(lang: str = "vi") -> str:
    """One line per rule: code, severity, name and what it checks."""
    rules = all_rules()
    width = max(len(r.name) for r in rules)
    return "\n".join(f"{r.code}  {r.severity:<7}  {r.name:<{width}}  {r.summary(lang)}" for r in rules)


def markdown() -> str:
    """The rules reference, docs/rules.md."""
    out = [
        "# Quy tắc kiểm tra — rules reference",
        "",
        "Generated from the rule registry by `python -m vnadmin_parse.rules.docs`. Do not edit by hand.",
        "",
    ]
    current = ""
    for r in all_rules():
        if r.family != current:
            current = r.family
            vi, en = FAMILIES[current]
            out += [f"## {current} — {vi} ({en})", ""]
        d = r.doc
        out += [
            f"### {r.code} `{r.name}` — {_SEV[r.severity]}",
            "",
            f"**Thông báo:** {r.message}  ",
            f"**Message:** {r.message_en}",
            "",
            f"- **Kiểm tra gì:** {d.what}",
        ]
        if d.what_en:
            out.append(f"- **What:** {d.what_en}")
        out.append(f"- **Vì sao:** {d.why}")
        if d.basis:
            out.append(f"- **Căn cứ:** {d.basis}")
        if d.example:
            out.append(f"- **Ví dụ:** `{d.example}`")
        out += [f"- **Cách sửa:** {d.fix}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown())
