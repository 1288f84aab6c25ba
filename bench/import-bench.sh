#!/usr/bin/env bash
# Bulk import throughput, end to end: `jixiao import --json DIR > /dev/null` over COUNT text documents made from the
# dev corpus (process start included), against merely reading the same files (`cat DIR/*`); then DOCX and PDF
# documents per second. Goals (2-core machine): text >= 1000 documents/s, peak memory < 300 MB.
#
# usage: bench/import-bench.sh [COUNT] [DOCX_COUNT] [RUNS]     defaults: 10000 200 3
# Environment variables reach the CLI, e.g. DOTNET_TieredPGO=0 bench/import-bench.sh to compare JIT settings.
# Needs /usr/bin/time (apt-get install time) and LibreOffice for the PDFs; uses hyperfine when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
docx_count="${2:-200}"
runs="${3:-3}"
corpus="$root/../shared/corpus/dev"
[[ -d "$corpus" ]] || { echo "找不到开发语料 $corpus（仓库旁的 ../shared/corpus/dev）" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "需要 /usr/bin/time：apt-get install time" >&2; exit 1; }

dotnet build "$root/src/Jixiao.Cli/Jixiao.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet build "$root/bench/Jixiao.CorpusMaker/Jixiao.CorpusMaker.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
cli="$root/artifacts/bin/Jixiao.Cli/release/jixiao.dll"
maker="$root/artifacts/bin/Jixiao.CorpusMaker/release/Jixiao.CorpusMaker.dll"

work="$(mktemp -d "${TMPDIR:-/tmp}/jixiao-import-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
dotnet "$maker" text "$corpus" "$work/text" "$count" >&2
pdf_note=""
if ((docx_count > 0)); then
  dotnet "$maker" docx "$work/text" "$work/docx" "$docx_count" >&2
fi
if ((docx_count == 0)); then
  pdf_note="（DOCX_COUNT 为 0，跳过 DOCX 与 PDF）"
elif command -v soffice >/dev/null; then
  mkdir -p "$work/pdf"
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx >/dev/null 2>&1 || true
else
  pdf_note="（未安装 LibreOffice，跳过 PDF）"
fi

# median wall seconds, max peak RSS (KB), median CPU seconds (user+sys) of RUNS runs of "$@"; stdout to /dev/null.
measure() {
  local out="$work/time.txt" walls=() rss=0 cpus=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || { [[ $? -eq 1 ]] || { cat "$work/stderr.txt" >&2; exit 1; }; }
    read -r wall peak user sys <"$out"
    walls+=("$wall"); cpus+=("$(awk "BEGIN { print $user + $sys }")")
    ((peak > rss)) && rss=$peak
  done
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p") $rss $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
}

rate() { awk "BEGIN { printf \"%d\", $1 / $2 }"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
cat "$work"/text/* >/dev/null # page cache warm for both
read -r cat_wall _ _ < <(measure sh -c "cat '$work'/text/* > /dev/null")
read -r text_wall text_rss text_cpu < <(measure dotnet "$cli" import --json "$work/text")
if ((docx_count > 0)); then
  read -r docx_wall docx_rss _ < <(measure dotnet "$cli" import --json "$work/docx")
fi
if [[ -z "$pdf_note" ]]; then
  pdf_docs="$(find "$work/pdf" -name '*.pdf' | wc -l)"
  read -r pdf_wall pdf_rss _ < <(measure dotnet "$cli" import --json "$work/pdf")
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

text_rate="$(rate "$count" "$text_wall")"
row() { printf '  %7s %9s %8s %13s  %s\n' "$@"; }
echo
echo "导入基准（$(nproc) 核，负载 $load_before → $load_after；每项取 $runs 次的中位数；含进程启动）"
row "份数" "用时(秒)" "份/秒" "峰值内存(MB)" "输入"
row "$count" "$text_wall" "$text_rate" "$((text_rss / 1024))" "文本：jixiao import --json DIR"
((docx_count > 0)) && row "$docx_count" "$docx_wall" "$(rate "$docx_count" "$docx_wall")" "$((docx_rss / 1024))" "DOCX（由文本生成，表格为 Word 表格）"
if [[ -z "$pdf_note" ]]; then
  row "$pdf_docs" "$pdf_wall" "$(rate "$pdf_docs" "$pdf_wall")" "$((pdf_rss / 1024))" "PDF（LibreOffice 由上述 DOCX 转换）"
else
  echo "  PDF $pdf_note"
fi
row "$count" "$cat_wall" "" "" "cat DIR/* > /dev/null（只读文件，下限）"
echo "  文本导入用时 / cat 用时 = $(calc %.1f "$text_wall / $cat_wall")；文本导入 CPU 时间 $text_cpu 秒（$(calc %.3f "$text_cpu * 1000 / $count") 毫秒/份）"
echo "  目标：文本 ≥ 1000 份/秒 $([[ $text_rate -ge 1000 ]] && echo 达到 || echo 未达到)；峰值内存 < 300 MB $([[ $((text_rss / 1024)) -lt 300 ]] && echo 达到 || echo 未达到)"

if command -v hyperfine >/dev/null; then
  echo
  hyperfine --warmup 1 --runs "$runs" --ignore-failure --style basic \
    -n "import --json（$count 份文本）" "dotnet '$cli' import --json '$work/text' > /dev/null" \
    -n "cat（同样的文件）" "cat '$work'/text/* > /dev/null"
fi
