#!/usr/bin/env bash
# Packs the `intimacykit` tool as a user gets it and installs it with `dotnet tool install`.
#
#   eng/install-tool.sh DIR          pointer + framework-dependent `any` + Native AOT linux-x64 packages in DIR/feed,
#                                    installed into DIR/bin (on linux-x64 the CLI picks the native build)
#   eng/install-tool.sh DIR any      a feed whose pointer lists only `any`: what every platform without a native
#                                    build installs (the JIT fallback), installed into DIR/bin
#
# Packages are restored into DIR/packages, never the machine's NuGet cache, so a rebuilt 0.1.0 is never
# shadowed by an older one cached under the same version. The native build must warn about nothing but the two
# libraries that are not trim-annotated (Newtonsoft.Json, Ical.Net; see the console's project file): any other
# trim or AOT warning fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
  echo "usage: eng/install-tool.sh DIR [any]" >&2
  exit 2
fi
# DIR is this script's own: it must be new, empty, or made by an earlier run (it holds the marker file), so that a
# folder someone already uses (a home folder with its own bin/) is never cleared.
marker=.intimacykit-tool
if [ -d "$1" ] && [ -n "$(ls -A "$1")" ] && [ ! -e "$1/$marker" ]; then
  echo "install-tool: $1 is not empty and was not made by this script; give a new or empty folder" >&2
  exit 2
fi
dir=$(mkdir -p "$1" && cd "$1" && pwd)
touch "$dir/$marker"
mode=${2:-native}
project=samples/IntimacyKit.Samples.Console
export NUGET_PACKAGES="$dir/packages"
rm -rf "$dir/feed" "$dir/bin"
mkdir -p "$dir/feed"

# Runs a step quietly, but shows everything it printed when it fails (MSBuild writes its errors to standard output).
quiet() {
  local log="$dir/step.log"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-tool: failed: $*" >&2
    exit 1
  fi
}

if [ "$mode" = any ]; then
  rids=(-p:ToolPackageRuntimeIdentifiers=any)
else
  rids=()
fi

quiet dotnet pack "$project" -c Release -o "$dir/feed" -nologo -v q "${rids[@]}"
quiet dotnet pack "$project" -c Release -r any -o "$dir/feed" -nologo -v q "${rids[@]}"
if [ "$mode" != any ]; then
  log="$dir/native-build.log"
  if ! dotnet pack "$project" -c Release -r linux-x64 -o "$dir/feed" -nologo -clp:NoSummary >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-tool: the Native AOT build failed (clang and zlib1g-dev from Debian are needed)" >&2
    exit 1
  fi
  unexpected=$(grep -oE '(warning|error) IL[0-9]+: .*' "$log" | sed 's/ \[.*//' | sort -u |
    grep -vE "^warning (IL2104: Assembly '(Newtonsoft\.Json|Ical\.Net)' produced trim warnings|IL3053: Assembly 'Newtonsoft\.Json' produced AOT analysis warnings)" || true)
  if [ -n "$unexpected" ]; then
    echo "install-tool: the native build gave trim or AOT warnings beyond the known two libraries:" >&2
    echo "$unexpected" >&2
    exit 1
  fi
fi

quiet dotnet tool install IntimacyKit.Samples.Console --tool-path "$dir/bin" --source "$dir/feed"
echo "$dir/bin/intimacykit"
