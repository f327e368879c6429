#!/usr/bin/env bash
# Whole-process comparison of `intimacykit score` with Rscript + psych::scoreItems on the same CSV
# (docs/performance.md). Needs R and psych (apt-get install r-cran-psych) and, for the native build, clang
# (apt-get install clang zlib1g-dev). Usage: tests/IntimacyKit.Benchmarks/Batch/compare-with-r.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench=tests/IntimacyKit.Benchmarks
dotnet build -c Release "$bench" -v q -nologo >/dev/null
"$bench/bin/Release/net10.0/IntimacyKit.Benchmarks" batch-data "$work" 100000
"$bench/bin/Release/net10.0/IntimacyKit.Benchmarks" batch-data "$work" 1000000
cc=$(command -v clang || command -v clang-19 || command -v clang-16 || command -v clang-14)
dotnet publish samples/IntimacyKit.Samples.Console -c Release -r linux-x64 -p:PublishAot=true \
  -p:CppCompilerAndLinker="$cc" -p:TreatWarningsAsErrors=false -o "$work/native" -v q -nologo >/dev/null
dotnet publish samples/IntimacyKit.Samples.Console -c Release -o "$work/jit" -v q -nologo >/dev/null
dotnet publish samples/IntimacyKit.Samples.Console -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" -v q -nologo >/dev/null

time_of() { /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1; cat "$work/t"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ik() { echo "$1" score --pack "$work/pack.json" --assessment batch --input "$work/data-$2.csv" --output "$work/$3"; }

: >"$work/r"; : >"$work/tnative"; : >"$work/tjit"; : >"$work/tr2r"
for i in $(seq "$runs"); do
  time_of Rscript "$bench/Batch/score.R" "$work/data-100000.csv" "$work/r.csv" | cut -d' ' -f1 >>"$work/r"
  time_of $(ik "$work/native/IntimacyKit.Samples.Console" 100000 native.csv) | cut -d' ' -f1 >>"$work/tnative"
  time_of $(ik "$work/jit/IntimacyKit.Samples.Console" 100000 jit.csv) | cut -d' ' -f1 >>"$work/tjit"
  time_of $(ik "$work/r2r/IntimacyKit.Samples.Console" 100000 r2r.csv) | cut -d' ' -f1 >>"$work/tr2r"
done
r=$(median <"$work/r"); n=$(median <"$work/tnative"); j=$(median <"$work/tjit"); rr=$(median <"$work/tr2r")
echo "100,000 x 48, median of $runs runs (wall seconds):"
echo "  Rscript read.csv + psych::scoreItems + write.csv  $r"
echo "  intimacykit score (native AOT)                     $n   ($(awk "BEGIN {printf \"%.1f\", $r / $n}")x faster)"
echo "  intimacykit score (ReadyToRun, framework-dependent) $rr   ($(awk "BEGIN {printf \"%.1f\", $r / $rr}")x faster)"
echo "  intimacykit score (JIT, framework-dependent)       $j   ($(awk "BEGIN {printf \"%.1f\", $r / $j}")x faster)"
"$bench/bin/Release/net10.0/IntimacyKit.Benchmarks" batch-compare "$work/native.csv" "$work/r.csv"
"$bench/bin/Release/net10.0/IntimacyKit.Benchmarks" batch-compare "$work/jit.csv" "$work/r.csv"
m100=$(time_of $(ik "$work/native/IntimacyKit.Samples.Console" 100000 m100.csv) | cut -d' ' -f2)
m1m=$(time_of $(ik "$work/native/IntimacyKit.Samples.Console" 1000000 m1m.csv) | cut -d' ' -f2)
echo "peak memory (max RSS): 100,000 rows ${m100} KB, 1,000,000 rows ${m1m} KB ($(awk "BEGIN {printf \"%.2f\", $m1m / $m100}")x)"
