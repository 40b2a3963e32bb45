#!/usr/bin/env bash
# Packs the NuGet packages into a temporary folder and checks what each one holds: the DLL and its XML docs for every
# target (the SDK: netstandard2.0, net8.0, net10.0; the Testing package: net8.0, net10.0), XML docs that document the
# public API only, the package's own README (src/<id>/README.md, not the repository's), release notes, the license
# expression and repository metadata in the nuspec, and a .snupkg with the PDBs. Packages whose project is not in the
# repository (yet) are skipped. Exits non-zero on any problem.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
problems=0
problem() { echo "pack check: $*" >&2; problems=$((problems + 1)); }

# Zip access: unzip when present, else Python's zipfile.
zip_list() {
  if command -v unzip >/dev/null; then unzip -Z1 "$1"; else python3 -c 'import sys,zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}
zip_cat() {
  if command -v unzip >/dev/null; then unzip -p "$1" "$2"; else python3 -c 'import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"; fi
}

# The targets each package ships.
targets_of() {
  case $1 in
    OpenApp.Integrations) echo "netstandard2.0 net8.0 net10.0" ;;
    *) echo "net8.0 net10.0" ;;
  esac
}

check_package() {
  local id=$1 nupkg snupkg entries nuspec tfm ext readme unpacked
  nupkg=$(find "$out" -maxdepth 1 -name "$id.[0-9]*.nupkg" | head -n 1)
  snupkg=$(find "$out" -maxdepth 1 -name "$id.[0-9]*.snupkg" | head -n 1)
  if [ -z "$nupkg" ]; then problem "$id: no .nupkg produced"; return; fi
  echo "checking $(basename "$nupkg")"
  entries=$(zip_list "$nupkg")
  for tfm in $(targets_of "$id"); do
    for ext in dll xml; do
      grep -qx "lib/$tfm/$id.$ext" <<<"$entries" || problem "$id: lib/$tfm/$id.$ext missing"
    done
  done
  if grep -q '^lib/' <<<"$entries"; then
    for tfm in $(grep -o '^lib/[^/]*/' <<<"$entries" | sort -u | cut -d/ -f2); do
      grep -qw -- "$tfm" <<<"$(targets_of "$id")" || problem "$id: unexpected target lib/$tfm"
    done
  fi

  # The package's own README, written for the package page: not the repository's, and no relative links.
  readme="src/$id/README.md"
  if ! grep -qx "README.md" <<<"$entries"; then
    problem "$id: README.md missing from the package"
  elif [ ! -f "$readme" ]; then
    problem "$id: $readme does not exist"
  elif ! cmp -s <(zip_cat "$nupkg" README.md) "$readme"; then
    problem "$id: the packed README.md is not $readme"
  else
    if [ -f README.md ] && cmp -s README.md "$readme"; then problem "$id: $readme is the repository README"; fi
    if grep -oE '\]\([^)]+\)' "$readme" | grep -vE '^\]\(https://' >/dev/null; then
      problem "$id: $readme has links that are not absolute https URLs: $(grep -oE '\]\([^)]+\)' "$readme" | grep -vE '^\]\(https://' | tr '\n' ' ')"
    fi
  fi

  # XML docs of the public API only, checked with the task that filters them at build time.
  unpacked=$(mktemp -d "$out/unpacked.XXXX")
  (cd "$unpacked" && python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall()' "$nupkg")
  dotnet msbuild .ci/tools/check-public-xml-docs.proj -t:Check -nologo -v:m -p:PackageFolder="$unpacked" -p:PackageId="$id" ||
    problem "$id: its XML docs document non-public API (listed above)"

  nuspec=$(zip_cat "$nupkg" "$id.nuspec")
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || problem "$id: nuspec lacks the MIT license expression"
  grep -qE '<repository type="git" url="https://[^"]+"' <<<"$nuspec" || problem "$id: nuspec lacks repository type/url"
  grep -q '<projectUrl>' <<<"$nuspec" || problem "$id: nuspec lacks projectUrl"
  grep -q '<description>' <<<"$nuspec" || problem "$id: nuspec lacks a description"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || problem "$id: nuspec does not name README.md as readme"
  grep -qE '<releaseNotes>[^<]*https://[^<]*CHANGELOG.md' <<<"$nuspec" || problem "$id: nuspec lacks release notes pointing at the CHANGELOG"
  if grep -q 'commit="[0-9a-f]\{40\}"' <<<"$nuspec"; then echo "  repository commit recorded"; fi

  if [ -z "$snupkg" ]; then problem "$id: no .snupkg (symbols) produced"; return; fi
  entries=$(zip_list "$snupkg")
  for tfm in $(targets_of "$id"); do
    grep -qx "lib/$tfm/$id.pdb" <<<"$entries" || problem "$id: lib/$tfm/$id.pdb missing from the symbols package"
  done
  # SourceLink maps only when the clone has a remote it knows (a CI clone from a local path has none): report it.
  if zip_cat "$snupkg" "lib/net10.0/$id.pdb" | grep -aq '"documents"'; then
    echo "  SourceLink: present"
  else
    echo "  SourceLink: not mapped in this clone (no hosted git remote)"
  fi
}

for id in OpenApp.Integrations OpenApp.Integrations.Testing; do
  project="src/$id/$id.csproj"
  if [ ! -f "$project" ]; then
    echo "skipping $id: $project is not in the repository"
    continue
  fi
  dotnet pack "$project" -c Release -o "$out" --nologo -v quiet || { problem "$id: dotnet pack failed"; continue; }
  check_package "$id"
done

if [ "$problems" -ne 0 ]; then
  echo "pack check: $problems problem(s)" >&2
  exit 1
fi
echo "pack check: ok"
