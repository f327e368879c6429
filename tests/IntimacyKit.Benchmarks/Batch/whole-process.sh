#!/usr/bin/env bash
# Whole-process comparison (docs/performance.md, "The installed tool"): `intimacykit score` as users install it
# (Native AOT on linux-x64; the framework-dependent `any` build every other platform gets), R psych, and the floor
# program (FloorProgram.cs), on the same 100,000 x 48 CSV, in turn, RUNS times each; medians of wall time and of
# peak memory (maximum resident set size), every figure a ratio taken in this one run.
# Needs GNU time, R and psych (apt-get install time r-cran-psych) and, for the native build, clang and zlib1g-dev.
# Usage: tests/IntimacyKit.Benchmarks/Batch/whole-process.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
for tool in /usr/bin/time Rscript; do
  command -v "$tool" >/dev/null 2>&1 || { echo "whole-process: $tool is missing (apt-get install time r-cran-psych)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench=tests/IntimacyKit.Benchmarks
dotnet build -c Release "$bench" -v q -nologo >/dev/null
b="$bench/bin/Release/net10.0/IntimacyKit.Benchmarks"
"$b" batch-data "$work" 100000
"$b" batch-data "$work" 1000000
native=$(eng/install-tool.sh "$work/native" | tail -n 1)
jit=$(eng/install-tool.sh "$work/jit" any | tail -n 1)

# Wall seconds and peak KB of one run; a run that fails stops the script (a failed run's time means nothing).
measure() {
  if ! /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err"; then
    echo "whole-process: failed: $*" >&2
    cat "$work/err" >&2
    exit 1
  fi
  cat "$work/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
score() { echo "$1" score --pack "$work/pack.json" --assessment batch --input "$work/data-$2.csv" --output "$work/$3"; }

for name in r floor native jit; do : >"$work/$name.wall"; : >"$work/$name.rss"; done
record() {
  local name=$1 out
  shift
  out=$(measure "$@")
  echo "${out% *}" >>"$work/$name.wall"
  echo "${out#* }" >>"$work/$name.rss"
}
for _ in $(seq "$runs"); do
  record r Rscript "$bench/Batch/score.R" "$work/data-100000.csv" "$work/r.csv"
  record floor "$b" floor "$work/data-100000.csv" "$work/floor.csv"
  record native $(score "$native" 100000 native.csv)
  record jit $(score "$jit" 100000 jit.csv)
done

for name in r floor native jit; do
  declare "${name}_wall=$(median <"$work/$name.wall")"
  declare "${name}_rss=$(median <"$work/$name.rss")"
done
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "100,000 x 48 Likert answers to scale means, median of $runs runs each, in turn"
printf '%-48s %7s %9s %10s %10s %10s\n' program wall "peak MiB" "x R wall" "x floor" "x floor mem"
row() { printf '%-48s %6.2fs %9.0f %10s %10s %10s\n' "$1" "$2" "$(awk "BEGIN {print $3 / 1024}")" "$(ratio "$2" "$r_wall")" "$(ratio "$2" "$floor_wall")" "$(ratio "$3" "$floor_rss")"; }
row "Rscript read.csv + psych::scoreItems + write.csv" "$r_wall" "$r_rss"
row "floor program (FloorProgram.cs, JIT)" "$floor_wall" "$floor_rss"
row "installed intimacykit score (native, linux-x64)" "$native_wall" "$native_rss"
row "installed intimacykit score (any, JIT)" "$jit_wall" "$jit_rss"
"$b" batch-compare "$work/native.csv" "$work/r.csv"
"$b" batch-compare "$work/jit.csv" "$work/r.csv"
"$b" batch-compare "$work/floor.csv" "$work/r.csv"

: >"$work/m100"; : >"$work/m1m"
for _ in 1 2 3; do
  measure $(score "$native" 100000 m100.csv) | cut -d' ' -f2 >>"$work/m100"
  measure $(score "$native" 1000000 m1m.csv) | cut -d' ' -f2 >>"$work/m1m"
done
m100=$(median <"$work/m100"); m1m=$(median <"$work/m1m")
echo "native peak memory, median of 3: 100,000 rows ${m100} KB, 1,000,000 rows ${m1m} KB ($(ratio "$m1m" "$m100")x)"
