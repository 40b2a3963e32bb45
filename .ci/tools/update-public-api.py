#!/usr/bin/env python3
"""Brings each package's PublicAPI.Unshipped.txt in line with its public surface.

Builds the solution (or the projects given), reads the public API analyzer's RS0016 ("not part of the declared public
API") and RS0017 ("part of the declared API, but ... could not be found") errors, adds and removes those symbols, and
sorts the file. Run it after a deliberate public API change, then review the diff and note the change in CHANGELOG.md.

    python3 .ci/tools/update-public-api.py [project.csproj ...]
"""
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "OpenApp.Integrations": ROOT / "src/OpenApp.Integrations/PublicAPI.Unshipped.txt",
    "OpenApp.Integrations.Testing": ROOT / "src/OpenApp.Integrations.Testing/PublicAPI.Unshipped.txt",
}
LINE = re.compile(r"error (RS0016|RS0017): Symbol '(.+?)' is (?:not part|part) of the declared.*\[(?P<proj>[^\]]+?\.csproj)")


def build(targets):
    result = subprocess.run(
        ["dotnet", "build", *targets, "-c", "Release", "-p:TreatWarningsAsErrors=true", "-nologo"],
        cwd=ROOT, capture_output=True, text=True)
    return result.stdout + result.stderr


def main():
    targets = sys.argv[1:] or [str(ROOT / "OpenApp.Integrations.sln")]
    for round_ in range(3):  # a removal can reveal an addition in the same type; a few rounds settle it
        output = build(targets)
        add, remove = defaultdict(set), defaultdict(set)
        for match in LINE.finditer(output):
            code, symbol, project = match.group(1), match.group(2), Path(match.group("proj")).stem
            if project not in PACKAGES:
                continue
            (add if code == "RS0016" else remove)[project].add(symbol)
        if not add and not remove:
            print("public API baselines are up to date")
            return 0
        for project, path in PACKAGES.items():
            lines = [l for l in path.read_text().splitlines() if l.strip()]
            header = [l for l in lines if l.startswith("#")]
            body = set(l for l in lines if not l.startswith("#"))
            body -= remove[project]
            body |= add[project]
            path.write_text("\n".join(header + sorted(body, key=lambda s: (s.lower(), s))) + "\n")
            if add[project] or remove[project]:
                print(f"{path.relative_to(ROOT)}: +{len(add[project])} -{len(remove[project])}")
    print("still changing after 3 rounds: run again", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
