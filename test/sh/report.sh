#!/bin/sh
# The HTML report of the bundled examples renders in headless Chromium:
# stories, a timeline chart, a claims table with a conflict marked.
set -u
W=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$W" report -o "$T/report.html" examples/*.txt || { echo "report: warta report failed"; exit 1; }
for want in '<svg class="tl"' 'class="flag">conflict' 'Quotes by speaker' 'Timeline'; do
  grep -q "$want" "$T/report.html" || { echo "report: missing $want"; exit 1; }
done
if grep -q 'src="http' "$T/report.html" || grep -q "href=\"http" "$T/report.html"; then
  echo "report: refers to the network"; exit 1
fi
sh test/render.sh "$T/report.html" "$T/report.png"
