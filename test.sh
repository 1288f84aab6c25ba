#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, builds everything and runs every test project.
# Ends with one line: "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

# Debian packages the tests drive for real: LibreOffice renders our documents, poppler rasterises PDFs,
# CJK fonts give LibreOffice and Chromium real glyphs, Chromium runs the web application's browser tests
# (Playwright cannot download its own browser here).
# The report's PDF faces and their LibreOffice twins, one per role (docs/decisions/0005).
packages=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2 fonts-dejavu-core chromium)
# The web application's integration tests need a real PostgreSQL server (tests/throwaway-postgres.sh runs one):
# install it unless a server is already there. Under root the cluster belongs to the postgres user the package creates.
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || { [[ $(id -u) -eq 0 ]] && ! getent passwd postgres >/dev/null; }; then
  packages+=(postgresql)
fi
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

# A throwaway PostgreSQL server for the integration tests, removed however this script ends. If it cannot start,
# say why and go on: the tests that need it fail by themselves when JIXIAO_TEST_POSTGRES is empty.
pgdir=""
stop_postgres() {
  [[ -n $pgdir ]] && bash "$root/tests/throwaway-postgres.sh" stop "$pgdir" >&2
  pgdir=""
}
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export JIXIAO_TEST_POSTGRES=""
if pgdir=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-postgres.XXXXXX"); then
  if JIXIAO_TEST_POSTGRES=$(bash "$root/tests/throwaway-postgres.sh" start "$pgdir"); then
    echo "PostgreSQL for the tests: $JIXIAO_TEST_POSTGRES"
  else
    JIXIAO_TEST_POSTGRES=""
    echo "the throwaway PostgreSQL server did not start (reasons above); tests that need it will fail"
  fi
else
  pgdir=""
  echo "cannot create a directory for the throwaway PostgreSQL server; tests that need it will fail"
fi
# Debian's Chromium for the Playwright browser tests.
[[ -x /usr/bin/chromium ]] && export JIXIAO_CHROMIUM=/usr/bin/chromium

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
