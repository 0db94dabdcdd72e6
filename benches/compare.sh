#!/usr/bin/env bash
# Times the whole process over repeated runs with hyperfine: `emcee render` on the sample
# agenda, the same agenda through a short Python program (PyYAML + Jinja2, benches/python/),
# and `cat` of the same file (the floor: a process that only reads and writes). Prints the
# ratios and emcee's peak memory, then the criterion benches' growth from 10 to 10,000 items.
# Installs hyperfine and GNU time from Debian's packages and PyYAML and Jinja2 from PyPI when
# missing. Not run in CI. Usage: benches/compare.sh [--no-criterion]
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c "import yaml, jinja2" 2>/dev/null || pip install -q pyyaml jinja2

cargo build --release -q
agenda=agendas/ideology-work-meeting.yaml
emcee=target/release/emcee
out=target/compare
mkdir -p "$out"

# The Python baseline must write the same script, or the comparison means nothing.
diff <($emcee render "$agenda" | tr -d ' \n') \
     <(python3 benches/python/render.py "$agenda" benches/python/script.txt.j2 | tr -d ' \n') \
  && echo "the Python program writes the same script"

hyperfine --warmup 5 --runs 50 -N --export-json "$out/hyperfine.json" \
  -n emcee "$emcee render $agenda" \
  -n python "python3 benches/python/render.py $agenda benches/python/script.txt.j2" \
  -n cat "cat $agenda" >/dev/null

python3 - "$out/hyperfine.json" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
e, p, c = runs["emcee"], runs["python"], runs["cat"]
print(f"mean wall time: emcee {e*1000:.2f} ms, python {p*1000:.2f} ms, cat {c*1000:.2f} ms")
print(f"emcee is {p/e:.0f}x faster than the Python program, and {e/c:.2f}x the time of cat")
PY

peak=$(/usr/bin/time -v $emcee render "$agenda" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
echo "emcee peak memory on the sample: $((peak / 1024)) MiB ($peak KiB)"

if [ "${1:-}" != "--no-criterion" ]; then
  cargo bench --bench pipeline -q -- --warm-up-time 1 --measurement-time 3 >/dev/null 2>&1
  python3 - <<'PY'
import json, os
for stage in ["load", "validate+plan", "render"]:
    means = {}
    for n in [10, 100, 1000, 10000]:
        path = f"target/criterion/{stage}/{n}/new/estimates.json"
        if os.path.exists(path):
            means[n] = json.load(open(path))["mean"]["point_estimate"]
    if len(means) == 4:
        per_item = {n: means[n] / n for n in means}
        ratios = " → ".join(f"{means[b]/means[a]:.1f}x" for a, b in [(10, 100), (100, 1000), (1000, 10000)])
        print(f"{stage:14} 10 items {means[10]/1e3:8.1f} µs, 10,000 items {means[10000]/1e6:8.2f} ms; "
              f"×10 items costs {ratios}; per item at 10,000: {per_item[10000]/1e3:.2f} µs")
PY
fi
