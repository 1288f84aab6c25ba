#!/usr/bin/env bash
# Import accuracy on every layout variant of the dev corpus (issue 9): writes each variant set with
# `Jixiao.CorpusMaker variants` (space-aligned columns, full-width digits with U+3000, a web page wrapper, the title
# over two lines or after 附件2, the money table transposed, 元 instead of 万元, XLSX, DOCX with merged cells, PDF
# with wrapped cells — each document with its truth beside it), then scores `jixiao import --json` on each folder
# with tools/score_import.py: one line per variant (the dev corpus itself first), then the written cases of
# tests/Jixiao.Documents.Tests/Import/Extraction/Fixtures/Written and one line per variant of them (written/<variant>).
#
# usage: bench/variants.sh [OUT_DIR]     OUT_DIR keeps the variant sets (default: a temporary folder, removed after)
#        JIXIAO_VARIANTS=pdf-borderless bench/variants.sh   only the variants named (comma-separated)
#        VERBOSE=1 bench/variants.sh     also prints each document's differences
# Needs LibreOffice for the PDF variant.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/../shared/corpus/dev"
scorer="$root/../shared/tools/score_import.py"
[[ -d "$corpus" ]] || { echo "找不到开发语料 $corpus（仓库旁的 ../shared/corpus/dev）" >&2; exit 1; }
[[ -f "$scorer" ]] || { echo "找不到评分脚本 $scorer" >&2; exit 1; }

dotnet build "$root/src/Jixiao.Cli/Jixiao.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet build "$root/bench/Jixiao.CorpusMaker/Jixiao.CorpusMaker.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
cli="$root/artifacts/bin/Jixiao.Cli/release/jixiao.dll"
maker="$root/artifacts/bin/Jixiao.CorpusMaker/release/Jixiao.CorpusMaker.dll"

if [[ $# -ge 1 ]]; then
  out="$1"
  mkdir -p "$out"
else
  out="$(mktemp -d "${TMPDIR:-/tmp}/jixiao-variants.XXXXXX")"
fi
# The maker names each variant as it writes it ("space-aligned: 4 documents"): score them in that order.
written="$root/tests/Jixiao.Documents.Tests/Import/Extraction/Fixtures/Written"
mapfile -t variants < <(dotnet "$maker" variants "$corpus" "$out" "$written" 2>&1 >/dev/null | tee /dev/stderr | sed -n 's|^\([a-z0-9/-]*\): [0-9]* documents$|\1|p')

verbose=()
[[ "${VERBOSE:-0}" == 1 ]] && verbose=(-v)
misses="$(mktemp "${TMPDIR:-/tmp}/jixiao-variant-misses.XXXXXX")"
trap 'rm -f "$misses"; [[ $# -ge 1 ]] || rm -rf "$out"' EXIT
score() {
  local line
  line="$(python3 "$scorer" "$2" --cmd "dotnet $cli import --json" -v)"
  [[ ${#verbose[@]} -gt 0 ]] && sed '$d' <<<"$line" >&2
  # Every field a document missed, for the table by field at the end.
  sed '$d' <<<"$line" | sed -n 's/^   \([a-zA-Z.]*\): want .*/\1/p; s/^   \(missed\|false error\) \([a-z_]*\).*/\1 \2/p' >>"$misses"
  printf '%-26s %s\n' "$1" "$(tail -n 1 <<<"$line")"
}
echo
echo "导入准确率：开发语料及其各版式变体（tools/score_import.py）"
score "(dev corpus)" "$corpus"
for variant in "${variants[@]}"; do
  if [[ "$variant" != written/* ]]; then score "$variant" "$out/$variant"; fi
done
score "(written cases)" "$written"
for variant in "${variants[@]}"; do
  if [[ "$variant" == written/* ]]; then score "$variant" "$out/$variant"; fi
done
echo
echo "各字段的失误次数（全部变体与书面用例合计；没有列出的字段全部正确）"
if [[ -s "$misses" ]]; then
  sort "$misses" | uniq -c | sort -rn
else
  echo "  （无）"
fi
