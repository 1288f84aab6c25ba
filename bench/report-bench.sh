#!/usr/bin/env bash
# Document writing speed, as a user meets it: `jixiao report` writing DOCX + XLSX + PDF.
#   1. one department per run: each sample on its own, 5 runs, median wall time (process start included);
#   2. bulk: N departments (copies of samples/, default 1000) in one `jixiao report` call, total wall time.
# Usage: bench/report-bench.sh [N]     Goals: median < 1 s; 1,000 departments < 10 min on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/jixiao" schemes >/dev/null # builds the CLI first when sources changed
# Then the built program itself: the wrapper's up-to-date check (a find over src/) is a developer convenience.
jixiao=(dotnet "$root/artifacts/bin/Jixiao.Cli/release/jixiao.dll")

samples=("$root"/samples/*.yaml)
times=()
for s in "${samples[@]}"; do
  for run in 1 2 3 4 5; do
    start=$(date +%s.%N)
    "${jixiao[@]}" report "$s" --out "$work/one" >/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", b-a}')")
  done
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "one department (3 documents, process start included): median ${median} s over ${#times[@]} runs"

mkdir -p "$work/in"
i=0
while ((i < n)); do
  for s in "${samples[@]}"; do
    ((i < n)) || break
    cp "$s" "$work/in/$(printf '%04d' "$i")-$(basename "$s")"
    i=$((i + 1))
  done
done
start=$(date +%s.%N)
"${jixiao[@]}" report "$work"/in/*.yaml --out "$work/out" >/dev/null
end=$(date +%s.%N)
wall=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b-a}')
docs=$(find "$work/out" -type f | wc -l)
echo "bulk: $n departments, $docs documents in ${wall} s ($(awk -v w="$wall" -v n="$n" 'BEGIN{printf "%.1f", w*1000/n}') ms per department) on $(nproc) cores"
