#!/usr/bin/env bash
# Packs every IntimacyKit package into a folder of its own and runs the consumer tests (tests/consumer, outside
# IntimacyKit.sln) against them, as a developer's project would use them: restored by package reference, IntimacyKit
# packages from that folder only, into a packages folder of their own (the machine's NuGet cache is not touched).
# The tests read the README's examples, open each .nupkg, and publish a tiny app with Native AOT.
# Arguments go to `dotnet test` (CI adds a TRX logger). eng/test.sh runs this after the solution's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# MinVer counts commits since the last tag: a shallow clone would give every commit the same version.
if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  echo "consumer: this is a shallow clone; versions need the whole history and the tags (git fetch --unshallow --tags)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
packages="$work/packages"
mkdir -p "$feed" "$packages"

echo "consumer: packing the packages" >&2
for project in src/IntimacyKit src/IntimacyKit.Batch src/IntimacyKit.Calendar src/IntimacyKit.Fhir; do
  dotnet pack "$project" -c Release -o "$feed" -p:CI=true -v q >&2
done
version=$(find "$feed" -name 'IntimacyKit.[0-9]*.nupkg' -printf '%f\n' | sed -n 's/^IntimacyKit\.\(.*\)\.nupkg$/\1/p')
[ -n "$version" ] || { echo "consumer: no IntimacyKit package was packed" >&2; exit 1; }
echo "consumer: IntimacyKit $version" >&2

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$packages" />
  </config>
  <packageSources>
    <clear />
    <add key="intimacykit" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="intimacykit">
      <package pattern="IntimacyKit" />
      <package pattern="IntimacyKit.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

export INTIMACYKIT_FEED="$feed" INTIMACYKIT_CONSUMER_CONFIG="$work/nuget.config" INTIMACYKIT_CONSUMER_PACKAGES="$packages"
export INTIMACYKIT_VERSION="$version" INTIMACYKIT_COMMIT
INTIMACYKIT_COMMIT=$(git rev-parse HEAD)
tests=tests/consumer/IntimacyKit.Consumer.Tests
dotnet restore "$tests" --configfile "$work/nuget.config" -p:IntimacyKitVersion="$version" -p:RestorePackagesPath="$packages" >&2
dotnet test "$tests" --no-restore -p:IntimacyKitVersion="$version" -p:RestorePackagesPath="$packages" "$@"
