#!/usr/bin/env bash
# Load benchmark of the web application (issue 8), against the real server on localhost with SQLite:
#   the demo data plus DEPARTMENTS generated departments (bench/Jixiao.WebSeed), a draft with INDICATORS indicators;
#   1. GET the evaluation page and 2. POST the live recompute, each at RATE requests/s for DURATION (hey, fixed rate,
#      latency percentiles as the client sees them: an upper bound of the server-side time);
#   3. POST /api/score with a sample as application/yaml and a bearer token, as fast as it goes (wrk).
# usage: bench/web-bench.sh            (DEPARTMENTS=1000 INDICATORS=30 RATE=500 DURATION=30 WARMUP=25 by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DEPARTMENTS="${DEPARTMENTS:-1000}"; INDICATORS="${INDICATORS:-30}"; RATE="${RATE:-500}"; DURATION="${DURATION:-30}"
PORT="${PORT:-5090}"; PASSWORD="bench-pass-1"; base="http://127.0.0.1:$PORT"

need=()
for tool in wrk hey curl python3; do command -v "$tool" >/dev/null || need+=("$tool"); done
if ((${#need[@]})); then
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
dotnet build src/Jixiao.Web -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Jixiao.WebSeed -c Release -nologo -v quiet -clp:ErrorsOnly

work="$(mktemp -d)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
web="$root/artifacts/bin/Jixiao.Web/release"
(cd "$work" && JIXIAO_DB="Data Source=$work/bench.db" JIXIAO_DEMO_PASSWORD="$PASSWORD" Logging__LogLevel__Default=Error \
  exec dotnet "$web/Jixiao.Web.dll" --contentRoot "$web" --urls "$base" --Jixiao:Demo=true --Jixiao:DataFolder="$work" >"$work/server.log" 2>&1) &
server=$!
for _ in $(seq 120); do curl -fs -o /dev/null "$base/Account/Login" && break; sleep 0.5; done
curl -fs -o /dev/null "$base/Account/Login" || { cat "$work/server.log"; echo "server did not start"; exit 1; }

echo "seeding $DEPARTMENTS departments…"
id="$(dotnet artifacts/bin/Jixiao.WebSeed/release/Jixiao.WebSeed.dll "$work/bench.db" "$DEPARTMENTS" "$INDICATORS" | tail -1)"

# Log in as the department's filer; the recompute posts the page's own form with its antiforgery token.
jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
t="$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" | token)"
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "UserName=filer-001" --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$t" "$base/Account/Login"
curl -fs -c "$jar" -b "$jar" "$base/Evaluations/$id" >"$work/page.html"
python3 - "$work/page.html" >"$work/form.txt" <<'PY'
# The evaluation form as a browser posts it: inputs, text areas, the selected option of each select, the token.
import html, re, sys, urllib.parse
page = open(sys.argv[1], encoding="utf-8").read()
start = page.index('id="evaluation-form"')
form = page[start:page.index('</form>', start) + len('</form>')]
pairs = []
for kind, attrs, inner in re.findall(r'<(input|textarea|select)\b([^>]*)>(.*?)(?=</textarea>|</select>|<input|<textarea|<select|</form>)', form, re.S):
    name = re.search(r'name="([^"]*)"', attrs)
    if not name or re.search(r'type="(file|checkbox|submit)"', attrs):
        continue
    if kind == "select":
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', inner)
        text = chosen.group(1) if chosen else ""
    elif kind == "textarea":
        text = inner
    else:
        value = re.search(r'value="([^"]*)"', attrs)
        text = value.group(1) if value else ""
    pairs.append((html.unescape(name.group(1)), html.unescape(text)))
print(urllib.parse.urlencode(pairs), end="")
PY
# curl marks HttpOnly cookies (the sign-in one) with a #HttpOnly_ prefix: keep those, skip comments.
cookie="$(awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s=%s; ", $6, $7 }' "$jar")"
count=$(grep -o 'Form.Indicators\[[0-9]*\].Name' "$work/page.html" | sort -u | wc -l)
echo "evaluation $id: $count indicators on the page; form body $(wc -c <"$work/form.txt") bytes"

report() { grep -E "Requests/sec|\[[0-9]{3}\]|  (50|95|99)% in|Error" ; }
# Server-side latency (the goal is server-side): ASP.NET Core's own request-duration histogram, read with
# dotnet-counters over the measured phase, by route.
dotnet tool restore >/dev/null
pid="$(pgrep -f "Jixiao.Web.dll --contentRoot $web --urls $base" | head -1)"
serverside() {
  dotnet dotnet-counters collect -p "$pid" --counters "Microsoft.AspNetCore.Hosting[http.server.request.duration]" --format csv \
    -o "$work/counters.csv" --refresh-interval "$((DURATION - 1))" --duration "00:00:00:$DURATION" >/dev/null 2>&1 || true
  python3 - "$work/counters.csv" <<'PY'
import csv, sys
rows = [r for r in csv.reader(open(sys.argv[1], encoding="utf-8")) if len(r) > 4 and "Percentile=" in r[2] and "status_code=200" in r[2]]
last = {}
for r in rows:
    route = r[2].split("http.route=")[1].split(";")[0]
    last[(route, r[2].split("Percentile=")[1].rstrip("]"))] = float(r[4]) * 1000
for (route, p), ms in sorted(last.items()):
    print(f"  server-side {route} p{p}: {ms:.2f} ms")
PY
}
n=$((RATE * DURATION)); workers=20; per=$((RATE / workers))
# The server compiles its hot paths in tiers for its first ~20 s under load: warm both up before measuring.
WARMUP="${WARMUP:-25}"
hey -disable-redirects -z "${WARMUP}s" -c 4 -H "Cookie: $cookie" "$base/Evaluations/$id" >/dev/null
hey -disable-redirects -z "${WARMUP}s" -c 4 -m POST -T "application/x-www-form-urlencoded" -D "$work/form.txt" -H "Cookie: $cookie" "$base/Evaluations/$id?handler=Recompute" >/dev/null
echo; echo "== GET /Evaluations/$id at $RATE req/s for ${DURATION}s =="
serverside & counters=$!
hey -disable-redirects -n "$n" -c "$workers" -q "$per" -H "Cookie: $cookie" "$base/Evaluations/$id" | report
wait "$counters"
echo; echo "== POST /Evaluations/$id?handler=Recompute at $RATE req/s for ${DURATION}s =="
serverside & counters=$!
hey -disable-redirects -n "$n" -c "$workers" -q "$per" -m POST -T "application/x-www-form-urlencoded" -D "$work/form.txt" -H "Cookie: $cookie" "$base/Evaluations/$id?handler=Recompute" | report
wait "$counters"

bearer="$(curl -fs -H 'Content-Type: application/json' -d "{\"userName\":\"reviewer\",\"password\":\"$PASSWORD\"}" "$base/api/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
cat >"$work/score.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
wrk.headers["Authorization"] = "Bearer $bearer"
local f = io.open("$root/samples/002_6556f02633b2da35.yaml", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in pairs({50, 95, 99}) do io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000)) end
end
LUA
echo; echo "== POST /api/score (sample 002, bearer token), as fast as it goes for ${DURATION}s =="
wrk -t2 -c32 -d"${DURATION}s" -s "$work/score.lua" "$base/api/score" | grep -E "Requests/sec|non-2xx|^p[0-9]+:"
