#!/usr/bin/env python3
"""Prints the table of docs/operations.md: every operation of the generated table, the façade method that calls it.

Run from the repository root: python3 .ci/tools/operations-table.py > /tmp/t.md, then paste the table into
docs/operations.md. A test (OperationsDocumentTests) fails when an operation or method is missing from the document.
"""
import glob
import re

ops = {}
text = open("src/OpenApp.Integrations/Generated/Operations/OpenAppOperations.g.cs").read()
for m in re.finditer(r'public static readonly OperationInfo (\w+) = new\(\s*"(\w+)",\s*"(\w+)",\s*"([^"]+)",\s*requiresOrganization: (\w+)', text):
    ops[m.group(1)] = dict(id=m.group(2), method=m.group(3), route=m.group(4), org=m.group(5) == "true", callers=[])

for path in sorted(glob.glob("src/OpenApp.Integrations/Integrations/*Client*.cs")):
    cls = re.sub(r"\..*", "", path.split("/")[-1])
    method = None
    hidden = False
    for line in open(path):
        if "EditorBrowsableState.Never" in line:
            hidden = True
        d = re.match(r"\s*public (?:virtual |override |async )*[\w<>\[\]?, ]+ (\w+)\(", line)
        if d:
            method, hidden_method, hidden = d.group(1), hidden, False
        for u in re.finditer(r"OpenAppOperations\.(\w+)", line):
            if method and not hidden_method:
                ops[u.group(1)]["callers"].append(f"{cls}.{method}")

# How a caller reaches each client: client.Integrations, then the sub-client property.
paths = {"IntegrationsClient": "Integrations"}
for m in re.finditer(r"public virtual (\w+Client) (\w+) \{", open("src/OpenApp.Integrations/Integrations/IntegrationsClient.cs").read()):
    paths[m.group(1)] = "Integrations." + m.group(2)


def reach(caller):
    cls, name = caller.split(".")
    return f"{paths[cls]}.{name}"


print("| Operation | HTTP | `X-Org` | Method |")
print("|---|---|---|---|")
for info in ops.values():
    callers = ", ".join(f"`{reach(c)}`" for c in dict.fromkeys(info["callers"])) or "(none)"
    print(f"| `{info['id']}` | `{info['method']} {info['route']}` | {'yes' if info['org'] else 'no'} | {callers} |")
