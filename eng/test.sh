#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh Debian machine that has only the .NET SDK,
# packs and installs the `intimacykit` tool as a user would (Native AOT on linux-x64), starts a throwaway PostgreSQL 15,
# then runs every test, the web host's integration suite a second time on PostgreSQL, and the consumer tests against
# the packed packages (eng/consumer.sh), and builds the documentation site with docfx (no warning allowed).
# Arguments go to `dotnet test` (CI adds a TRX logger).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Native AOT needs clang and zlib1g-dev; the pseudo-terminal tests need util-linux `script` (bsdutils); the web host's
# browser tests drive Debian's Chromium (never a downloaded browser).
missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test: installing ${missing[*]} from Debian packages" >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=(env)
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env)
  else
    echo "test: run as root, or install first: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update -qq >/dev/null
  "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

tool=$(mktemp -d)
pg=$(mktemp -d)
trap 'rm -rf "$tool"; eng/postgres.sh stop "$pg" >/dev/null 2>&1 || true' EXIT
# The native build is made for linux-x64; on other machines the tool installs as the framework-dependent build.
mode=native
[ "$(uname -m)" = x86_64 ] || mode=any
echo "test: packing and installing the intimacykit tool ($mode; the native compile takes a minute or two)" >&2
INTIMACYKIT_INSTALLED_TOOL=$(eng/install-tool.sh "$tool" "$mode" | tail -n 1)
export INTIMACYKIT_INSTALLED_TOOL

# PostgreSQL 15 from Debian packages, on a loopback port under a throwaway data folder (eng/postgres.sh installs it if
# missing, and runs it as the postgres user when we are root): the web host's several-instance tests need it.
echo "test: starting a throwaway PostgreSQL 15" >&2
INTIMACYKIT_TEST_POSTGRES=$(eng/postgres.sh start "$pg")
export INTIMACYKIT_TEST_POSTGRES

status=0
dotnet test IntimacyKit.sln "$@" || status=$?

# The web integration suite (the classes marked Database=Any) again, each app on a database of its own on that server.
echo "test: the web integration suite on PostgreSQL" >&2
INTIMACYKIT_WEB_DATABASE=Postgres dotnet test tests/IntimacyKit.Samples.Web.Tests --no-build --filter "Database=Any" "$@" || status=$?

# The packages as a developer gets them: packed, restored from a folder by a project outside the solution, opened and
# published with Native AOT (eng/consumer.sh).
echo "test: the packages, consumed from a local feed" >&2
eng/consumer.sh "$@" || status=$?

# The documentation site: the API reference from the XML docs, with docs/*.md as articles (docfx, a local tool). Any
# warning (a broken link or cross-reference) fails the run.
echo "test: building the documentation site (docfx)" >&2
dotnet tool restore >/dev/null
dotnet docfx docs/docfx.json --warningsAsErrors >&2 || status=$?
exit "$status"
