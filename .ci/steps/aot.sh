#!/usr/bin/env bash
# Publishes tests/OpenApp.Integrations.AotSmoke with Native AOT, fails on any trim/AOT warning (IL2xxx/IL3xxx), then
# runs it: it uses the SDK end to end against a local fake and exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$out" "$log"' EXIT

# Cold, this takes 30-60 s (ILCompiler, native link with the system toolchain). PublishAot comes from the smoke app's
# project file, not the command line: a global -p:PublishAot=true would reach the SDK's netstandard2.0 build too,
# which cannot be compiled ahead of time (NETSDK1207).
if ! dotnet publish tests/OpenApp.Integrations.AotSmoke/OpenApp.Integrations.AotSmoke.csproj \
  -r linux-x64 -c Release -o "$out" --nologo 2>&1 | tee "$log"; then
  echo "aot: publish failed" >&2
  exit 1
fi

if grep -E '(warning|error) IL[23][0-9]{3}' "$log" >/dev/null; then
  echo "aot: trim/AOT warnings (listed above) must be fixed:" >&2
  grep -E '(warning|error) IL[23][0-9]{3}' "$log" | sort -u >&2
  exit 1
fi

app="$out/OpenApp.Integrations.AotSmoke"
if [ ! -x "$app" ]; then
  echo "aot: no native executable at $app" >&2
  exit 1
fi
file_kind=$(head -c 4 "$app" | od -An -c | tr -d ' ')
if [ "$file_kind" != '177ELF' ]; then
  echo "aot: $app is not a native ELF executable" >&2
  exit 1
fi

echo "aot: running the native smoke app"
"$app"
