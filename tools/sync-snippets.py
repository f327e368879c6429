#!/usr/bin/env python3
"""Copies the code between `// snippet: NAME` and `// end snippet` in the tests into the matching
<!-- snippet: NAME --> code blocks of README.md, docs/*.md and the packages' src/*/README.md, so that docs show code the tests run."""
import glob, os, re, textwrap

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
snippets = {}
for path in glob.glob(os.path.join(root, "tests", "**", "*.cs"), recursive=True):
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r"^[ \t]*// snippet: (?P<name>[\w-]+)[^\n]*\n(?P<code>.*?)^[ \t]*// end snippet", text, re.S | re.M):
        snippets[m.group("name")] = textwrap.dedent(m.group("code")).rstrip() + "\n"
docs = ([os.path.join(root, "README.md")] + glob.glob(os.path.join(root, "docs", "**", "*.md"), recursive=True)
        + glob.glob(os.path.join(root, "src", "*", "README.md")))
for path in docs:
    text = open(path, encoding="utf-8").read()
    def replace(m):
        name = m.group("name")
        return m.group("head") + snippets.get(name, m.group("code")) + m.group("tail")
    new = re.sub(r"(?P<head><!-- snippet: (?P<name>[\w-]+) -->\n```csharp\n)(?P<code>.*?)(?P<tail>```)", replace, text, flags=re.S)
    if new != text:
        open(path, "w", encoding="utf-8").write(new)
        print("updated", os.path.relpath(path, root))
