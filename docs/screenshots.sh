#!/usr/bin/env bash
# Regenerates the report screenshots in docs/screenshots/ from real runs of ./waitlist, drawn by headless Chromium.
# Needs Chromium (apt-get install chromium). The run date on the pages is fixed through SOURCE_DATE_EPOCH, so the same
# tool gives the same pages; PNGs can still differ by a pixel between Chromium versions and fonts.
# Usage: docs/screenshots.sh   (a few minutes on 2 cores)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shots="$root/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshots: Chromium is needed (apt-get install chromium)" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1798761600 # 1 Jan 2027, the date the pages show
wl="$root/waitlist"
mkdir -p "$shots"

echo "simulate..." >&2
"$wl" simulate --replications 400 --seed 1 --out "$work/simulate" >/dev/null
echo "compare..." >&2
"$wl" compare reconnect-baseline reconnect-extension-2030 --replications 400 --seed 1 --out "$work/compare" >/dev/null
echo "sweep..." >&2
"$wl" sweep --set /demand/growthPerYear=0..0.2:0.025 --replications 200 --seed 1 --out "$work/sweep" >/dev/null
echo "staff..." >&2
"$wl" staff --search-replications 100 --out "$work/staff" >/dev/null
echo "plan..." >&2
"$wl" snapshot --referrals 150 --seed 1 --start 2027-01-04 -o "$work/s150.json" >/dev/null
"$wl" plan "$work/s150.json" --seed 1 -o "$work/plan" >/dev/null
echo "connect (a stage network)..." >&2
"$wl" simulate connect-reablement --replications 200 --seed 1 --out "$work/connect" >/dev/null

# shot NAME PAGE HEIGHT: the first HEIGHT pixels of PAGE
shot() {
  local profile
  profile=$(mktemp -d)
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=1100,"$3" --screenshot="$shots/$1.png" "file://$2" >/dev/null 2>&1
  rm -rf "$profile"
  echo "wrote docs/screenshots/$1.png" >&2
}
shot simulate "$work/simulate/simulation.html" 1700
shot simulate-full "$work/simulate/simulation.html" 5600
shot compare "$work/compare/comparison.html" 1700
shot sweep "$work/sweep/sweep.html" 1500
shot staff "$work/staff/staffing.html" 1600
shot plan "$work/plan/plan.html" 1500
shot plan-full "$work/plan/plan.html" 4200
shot connect "$work/connect/simulation.html" 1500
