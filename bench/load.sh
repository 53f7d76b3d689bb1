#!/usr/bin/env bash
# Load benchmark of the site's hot routes (issue 15): builds the site in Release, seeds a database once
# (cached per commit under bench/out/), starts the site on a fresh copy of it and runs each route with
# Debian's wrk at 16 and 64 connections. Prints a table with req/s, p99 and the ratio to Home at c=64,
# then checks that every 2xx recommendation answer stored exactly one impression (the admin results JSON).
#
#   bench/load.sh                      # 30 s per row
#   DURATION=10s bench/load.sh         # shorter rows
#   SITE_ROOT=/path/to/other/checkout bench/load.sh   # measure another checkout (e.g. main, for "before")
#
# Needs: wrk (apt-get install wrk), curl, the .NET SDK, ../shared/data (or SHARED_DATA). Not run by CI.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${SITE_ROOT:-$here/..}" && pwd)"
data="${SHARED_DATA:-$(cd "$here/../.." && pwd)/shared/data}"
out="$here/out"
duration="${DURATION:-30s}"
warmup="${WARMUP:-5s}"
threads="${THREADS:-2}"
admin_email="bench-admin@example.com"
admin_password="bench admin passphrase"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -f "$data/spotify_tracks_multigenre.csv" ]] || { echo "No seed data in $data (set SHARED_DATA)" >&2; exit 1; }
mkdir -p "$out"

commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':!bench' || echo -dirty)"
echo "# load benchmark of $root at $commit, $duration per row, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "building the site (Release)…" >&2
dotnet build "$root/Web/Web.csproj" -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
dll="$root/Web/bin/Release/net10.0/MusicRecommender.Web.dll"

site_pid=""
site_log=""
stop_site() {
  if [[ -n "$site_pid" ]] && kill -0 "$site_pid" 2>/dev/null; then
    kill -TERM "$site_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$site_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$site_pid" 2>/dev/null || true
  fi
  site_pid=""
}
trap stop_site EXIT

# start_site DB_FOLDER LOG: the Release site on a SQLite file in DB_FOLDER; sets $site_pid and $base.
start_site() {
  local folder="$1"
  site_log="$2"
  (
    cd "$root/Web"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      ConnectionStrings__Default="Data Source=$folder/musicrec.db" \
      DataProtection__KeysPath="$folder/keys" \
      Catalog__SeedPath="$data" Catalog__SeedOnStartup=true \
      Admin__Email="$admin_email" Admin__Password="$admin_password" \
      RateLimiting__ApiPermitsPerMinute=1000000 RateLimiting__ListsPerMinute=1000000 \
      RateLimiting__WritesPerMinute=1000000 RateLimiting__FormPostsPerMinute=1000000 \
      Spotify__ApiBaseUrl=http://127.0.0.1:9 Spotify__AccountsBaseUrl=http://127.0.0.1:9 \
      Features__ReccoBeatsBaseUrl=http://127.0.0.1:9 Features__ReccoBeatsEnabled=false \
      Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
      dotnet "$dll" --urls http://127.0.0.1:0 --contentRoot "$root/Web"
  ) >"$site_log" 2>&1 &
  site_pid=$!
  base=""
  for _ in $(seq 1 600); do
    base="$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$site_log" | head -1 | sed 's/Now listening on: //' || true)"
    [[ -n "$base" ]] && break
    kill -0 "$site_pid" 2>/dev/null || { echo "the site exited:" >&2; tail -30 "$site_log" >&2; exit 1; }
    sleep 0.2
  done
  [[ -n "$base" ]] || { echo "the site did not start" >&2; exit 1; }
  base="${base/127.0.0.1/localhost}"
  # Ready when both catalogs serve a list (the first start imports and trains first).
  for _ in $(seq 1 1200); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/recommendations?q=Shape%20of%20You&catalog=anime")" == 200 &&
          "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/recommendations?q=Shape%20of%20You&catalog=kpop")" == 200 ]]; then
      return
    fi
    kill -0 "$site_pid" 2>/dev/null || { echo "the site exited:" >&2; tail -30 "$site_log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the site was not ready in 10 minutes" >&2
  exit 1
}

seed="$out/seed-$commit"
if [[ ! -f "$seed/musicrec.db" ]]; then
  echo "seeding a database for $commit (first start: import and train)…" >&2
  rm -rf "$seed.tmp" && mkdir -p "$seed.tmp"
  start_site "$seed.tmp" "$out/seed-$commit.log"
  stop_site
  rm -rf "$seed" && mv "$seed.tmp" "$seed"
fi
run="$out/run"
rm -rf "$run" && mkdir -p "$run"
cp -r "$seed/." "$run/"
echo "starting the site on a copy of the seeded database…" >&2
start_site "$run" "$out/site.log"

# The admin's results JSON counts the impressions of the running experiment.
jar="$out/cookies.txt"
rm -f "$jar"
impressions() {
  curl -s -b "$jar" "$base/api/admin/experiments/recommender-vs-random/results" |
    grep -o '"impressions":[0-9]*' | cut -d: -f2 | awk '{ s += $1 } END { print s + 0 }'
}
login_page="$(curl -s -c "$jar" "$base/Identity/Account/Login")"
token="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$login_page" | sed 's/.*value="//; s/"$//' | head -1)"
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Input.Email=$admin_email" --data-urlencode "Input.Password=$admin_password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Identity/Account/Login"
[[ -n "$(impressions)" ]] || echo "warning: could not read the admin results JSON" >&2

track_id="$(curl -s "$base/api/recommendations?q=Shape%20of%20You&catalog=anime" | grep -o '"trackId":[0-9]*' | head -1 | cut -d: -f2)"
routes=(
  "Home|/"
  "/healthz|/healthz"
  "/results?q=Shape of You&catalog=anime|/results?q=Shape%20of%20You&catalog=anime"
  "/api/recommendations?q=Shape of You&catalog=kpop|/api/recommendations?q=Shape%20of%20You&catalog=kpop"
  "/api/recommendations?trackId=$track_id&catalog=anime|/api/recommendations?trackId=$track_id&catalog=anime"
)

# wrk_row URL CONNECTIONS: prints "req/s p99-ms requests non-2xx socket-errors" (a timeout is a socket error).
wrk_row() {
  wrk -t"$threads" -c"$2" -d"$duration" --timeout 10s --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { p99 = ms($2) }
    / requests in / { n = $1 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) err += $i }
    END { printf "%.0f %.1f %d %d %d\n", rps, p99, n, bad, err }'
}

printf '\n| route | c=16 req/s | c=16 p99 | c=64 req/s | c=64 p99 | ÷ Home (c=64) | non-2xx | socket errors |\n|---|---|---|---|---|---|---|---|\n'
home=""
checks=()
for route in "${routes[@]}"; do
  name="${route%%|*}"
  url="$base${route#*|}"
  before="$(impressions)"
  wrk -t"$threads" -c16 -d"$warmup" --timeout 10s "$url" >"$out/warmup.txt"
  warm_n="$(awk '/ requests in / { print $1 }' "$out/warmup.txt")"
  warm_bad="$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out/warmup.txt")"
  read -r rps16 p16 n16 bad16 err16 < <(wrk_row "$url" 16)
  read -r rps64 p64 n64 bad64 err64 < <(wrk_row "$url" 64)
  sleep 1 # answers still in flight when wrk stopped are stored too, but wrk did not count them
  after="$(impressions)"
  [[ -z "$home" ]] && home="$rps64"
  if [[ "$name" == /results* || "$name" == /api/recommendations* ]]; then
    checks+=("$name: $((warm_n - ${warm_bad:-0} + n16 - bad16 + n64 - bad64)) answers 2xx counted by wrk (warm-up included), $((after - before)) impressions stored (each run also stores the up to 16/64 answers in flight when wrk stops)")
  fi
  ratio="$(awk -v a="$rps64" -v b="$home" 'BEGIN { printf "%.3f", a / b }')"
  printf '| %s | %s | %s ms | %s | %s ms | %s | %s | %s |\n' "$name" "$rps16" "$p16" "$rps64" "$p64" "$ratio" "$((bad16 + bad64))" "$((err16 + err64))"
done
echo
for check in "${checks[@]}"; do echo "$check"; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
