#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, builds everything and runs every test project.
# Ends with one line: "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

# Debian packages the tests drive for real: LibreOffice renders our documents, poppler rasterises PDFs,
# CJK fonts give LibreOffice real glyphs.
packages=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-arphic-gbsn00lp fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
fi

if ! dotnet build Jixiao.slnx -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

results="$root/artifacts/test-results"
rm -rf "$results"
dotnet test --solution Jixiao.slnx -c Release --no-build --results-directory "$results" --report-xunit-trx
status=$?

# Sum the TRX counters of every test project (the xunit summary is not the one-line total CI wants).
read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find(".//t:ResultSummary/t:Counters", ns)
    if c is not None:
        passed += int(c.get("passed", 0))
        failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
print(passed, failed)
PY
)
if [[ $status -ne 0 && ${failed:-0} -eq 0 ]]; then failed=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
[[ $status -eq 0 ]]
