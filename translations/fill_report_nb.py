#!/usr/bin/env python3
"""Fills the bokmål of context "ik::Report" in internkontroll_core_nb.ts from the report's own
{en, nb} table (core/report/reportstrings.cpp), so the two never disagree. Run after lupdate."""
import html, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "core/report/reportstrings.cpp").read_text()
lit = r'"(?:[^"\\]|\\.)*"'
pairs = {}
for m in re.finditer(r'\{R\(((?:\s*%s)+)\s*\),((?:\s*%s)+)\s*\}' % (lit, lit), src):
    join = lambda g: "".join(bytes(x[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                             for x in re.findall(lit, g))
    pairs[join(m.group(1))] = join(m.group(2))
ts = root / "translations/internkontroll_core_nb.ts"
text = ts.read_text()

def fill(m):
    source = html.unescape(m.group(1))
    if source in pairs:
        return re.sub(r'<translation type="unfinished">[^<]*</translation>',
                      lambda _: "<translation>%s</translation>" % html.escape(pairs[source], quote=False), m.group(0))
    return m.group(0)

text = re.sub(r'<source>((?:(?!</source>).)*)</source>\s*<translation type="unfinished">[^<]*</translation>', fill, text, flags=re.S)
ts.write_text(text)
print(len(pairs), "report strings;", text.count('type="unfinished"'), "still unfinished")
