#!/usr/bin/env bash
# bench.sh BINARY — kubetutor's performance figures, as `make bench` reports them (issue 8).
#
#   start-up       `--version` and `run` of an empty script (hyperfine), the interactive shell
#                  to its first prompt in a pseudo-terminal (bare, and a lesson opened at step 4),
#                  `lessons check` for every lesson in both languages
#   throughput     `kubetutor run` of a generated 10,000-line script with a realistic mix
#                  (apply, get, describe, sleep, echo, delete): lines per second
#   100 pods       every shell and kubectl command on a cluster of 100 pods
#   scale          `kubectl get pods` and `kubectl describe pod X` on clusters of 100, 1,000 and
#                  10,000 pods (one multi-document manifest, `ff` until all run), how the time
#                  grows with the size, and each run's peak RSS
#   site           a clean `kubetutor site` against Hugo on the same Markdown (Tests/bench-hugo)
#
# Every timed figure is the median of several runs (the machine may be busy: the load average
# is printed beside the table). Beside the wall time, the table gives the CPU time (user + system,
# from the child's rusage) of the same runs, which other work on the machine inflates far less. A command's figure is its share of a script that runs it R times
# after a setup, less the setup alone: one command's answer as the learner waits for it (its
# line's one-second clock tick included), without start-up.
#
# Ends with a table (metric, value, target, ok/MISS) and writes the same as JSON to $BENCH_JSON
# (default .build/bench.json in the repository). Exits non-zero only if the binary (or hugo)
# fails, never for speed. BENCH_SIZES (default "100 1000 10000"), BENCH_RUNS (default 3) and
# BENCH_SCALE_RUNS (default 5) shorten a run while working on it. A growth target "<=10" per
# tenfold pods means linear or better.
set -euo pipefail

bin=${1:?usage: Tests/bench.sh BINARY}
[ -x "$bin" ] || { echo "bench.sh: $bin is not an executable (build it first)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
tests=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$tests")
lessons=${KUBETUTOR_LESSONS:-$repo/Lessons}
json_out=${BENCH_JSON:-$repo/.build/bench.json}
case "$json_out" in /*) ;; *) json_out=$PWD/$json_out ;; esac
sizes=${BENCH_SIZES:-100 1000 10000}
runs=${BENCH_RUNS:-3}
# The scale runs repeat a setup of seconds around commands of milliseconds: more of them.
scale_runs=${BENCH_SCALE_RUNS:-5}

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetutor-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# metric NAME VALUE UNIT TARGET [CPU] — one row of the final table (TARGET: "<50", ">5000" or
# "-"; CPU: the same figure from CPU time rather than wall time, when there is one).
: > metrics.tsv
metric() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:--}" >> metrics.tsv; }

# measure RUNS CMD... — runs CMD (stdout to /dev/null) RUNS times; sets M_NS to the median wall
# time in ns, M_CPU to the median CPU time (user + system) in ns and M_RSS to the peak RSS in KB
# (the child's, from wait4's rusage). Exits the bench if CMD fails.
cat > measure.py <<'PY'
import os, statistics, sys, time
runs, argv = int(sys.argv[1]), sys.argv[2:]
walls, cpus, rss = [], [], 0
for _ in range(runs):
    out = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, out, 1)])
    _, status, usage = os.wait4(pid, 0)
    walls.append(time.perf_counter_ns() - start)
    cpus.append(int((usage.ru_utime + usage.ru_stime) * 1e9))
    os.close(out)
    if status != 0:
        sys.exit(f"bench.sh: {' '.join(argv)} failed (wait status {status})")
    rss = max(rss, usage.ru_maxrss)
print(int(statistics.median(walls)), rss, int(statistics.median(cpus)))
PY
measure() { python3 measure.py "$@" > measured || exit 1; read -r M_NS M_RSS M_CPU < measured; }
ms() { awk -v ns="$1" -v d="${2:-1}" 'BEGIN { printf "%.2f", ns / d / 1e6 }'; }

# --- the lifecycle-demo pods the scripts apply -------------------------------------------------
pods=20
for i in $(seq 1 "$pods"); do
  cat > "pod-$i.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: lifecycle-demo-$i
spec:
  containers:
  - name: lifecycle-demo-container
    image: nginx
    lifecycle:
      postStart:
        exec:
          command: ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"]
      preStop:
        exec:
          command: ["/bin/sh","-c","nginx -s quit; while killall -0 nginx; do sleep 1; done"]
YAML
done
# script LINES — a script of LINES lines cycling through the 20 pods.
script() {
  local total=$1 line=0 i=0 cmd
  while [ "$line" -lt "$total" ]; do
    i=$(( i % pods + 1 ))
    for cmd in \
      "# pod $i" \
      "kubectl apply -f pod-$i.yaml" \
      "sleep 1" \
      "kubectl get pods" \
      "kubectl describe pod lifecycle-demo-$i" \
      "echo checked lifecycle-demo-$i" \
      "kubectl get pod lifecycle-demo-$i -o wide" \
      "sleep 1" \
      "kubectl get pods" \
      "kubectl delete pod lifecycle-demo-$i"; do
      [ "$line" -lt "$total" ] || break
      echo "$cmd"
      line=$(( line + 1 ))
    done
  done
}
script 10000 > script.txt
lines=$(wc -l < script.txt | tr -d ' ')

echo "kubetutor bench: $bin"
echo "load average at the start: $load_before (2 cores: above 2 the figures are inflated)"
echo

# --- start-up --------------------------------------------------------------------------------
: > empty.txt
echo "start-up:"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 5 --runs 50 --export-json startup.json \
    "$bin --version" "$bin run empty.txt" >/dev/null 2>&1
  python3 - <<'PY' > startup.tsv
import json
for r in json.load(open("startup.json"))["results"]:
    print(f"{r['median'] * 1000:.2f}\t{r['stddev'] * 1000:.2f}")
PY
  timer="hyperfine, median of 50"
else
  for args in "--version" "run empty.txt"; do
    measure 50 "$bin" $args; ns=$M_NS
    echo "$(ms "$ns")	0"
  done > startup.tsv
  timer="median of 50"
fi
{ read -r version_ms version_sd; read -r empty_ms empty_sd; } < startup.tsv
printf '  %-52s %8.1f ms ± %.1f (%s)\n' "kubetutor --version" "$version_ms" "$version_sd" "$timer"
printf '  %-52s %8.1f ms ± %.1f (%s)\n' "kubetutor run empty.txt" "$empty_ms" "$empty_sd" "$timer"
metric "start-up: kubetutor --version" "$version_ms" ms "-"
metric "start-up: kubetutor run (empty script)" "$empty_ms" ms "-"
# The interactive shell in a pseudo-terminal: from exec to its first prompt on the screen.
# Also a lesson opened at step 4: the cluster rebuilt by replaying steps 1-3 first.
for args in "" "shell --lesson lifecycle-demo --step 4"; do
prompt=$(BIN="$bin" ARGS="$args" HOME="$work" NO_COLOR=1 python3 - <<'PY'
import os, pty, select, time, statistics
times = []
args = os.environ["ARGS"].split()
for _ in range(20):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(os.environ["BIN"], [os.environ["BIN"]] + args)
    seen = b""
    while b"\n$ " not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        try:
            seen += os.read(fd, 4096)
        except OSError:
            break
    times.append(time.perf_counter() - start)
    # Ctrl-D leaves; one typed before libedit has set the terminal up can be flushed away,
    # so repeat it, and kill the shell rather than hang the bench.
    for _ in range(20):
        try:
            os.write(fd, b"\x04")
        except OSError:
            pass
        time.sleep(0.05)
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            break
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
print(f"{statistics.median(times) * 1000:.2f}")
PY
)
label=$(echo "kubetutor $args" | sed 's/ *$//')
printf '  %-52s %8.1f ms (to the prompt in a pty, median of 20)\n' "$label" "$prompt"
if [ -z "$args" ]; then
  metric "start-up to the prompt: kubetutor" "$prompt" ms "<50"
else
  metric "start-up to the prompt: lesson at step 4" "$prompt" ms "-"
fi
rm -rf "$work/.local"
done
measure 5 env KUBETUTOR_LESSONS="$lessons" "$bin" lessons check; ns=$M_NS
printf '  %-52s %8.1f ms (all lessons, both languages, median of 5; CPU %.1f ms)\n' "kubetutor lessons check" "$(ms "$ns")" "$(ms "$M_CPU")"
metric "lessons check (all lessons, en and zh)" "$(ms "$ns")" ms "-" "$(ms "$M_CPU")"

# --- throughput ------------------------------------------------------------------------------
"$bin" run script.txt > transcript.txt   # warm-up, and proves the script runs to the end
measure "$runs" "$bin" run script.txt; ns=$M_NS; rss=$M_RSS; cpu=$M_CPU
echo
echo "throughput (kubetutor run, $lines-line script, median of $runs):"
rate=$(awk -v ns="$ns" -v n="$lines" 'BEGIN { printf "%.0f", n / (ns / 1e9) }')
cpu_rate=$(awk -v ns="$cpu" -v n="$lines" 'BEGIN { printf "%.0f", n / (ns / 1e9) }')
awk -v ns="$ns" -v cpu="$cpu" -v n="$lines" -v bytes="$(wc -c < transcript.txt)" -v rss="$rss" 'BEGIN {
  printf "  %.3f s (CPU %.3f s), %.0f lines/s, %.3f ms/line, transcript %d bytes, peak RSS %.1f MB\n",
    ns / 1e9, cpu / 1e9, n / (ns / 1e9), ns / 1e6 / n, bytes, rss / 1024 }'
metric "kubetutor run: $lines-line script" "$rate" "lines/s" ">5000" "$cpu_rate"

# --- every command on a 100-pod cluster -------------------------------------------------------
# Each command runs 100 times after a setup that creates 100 pods and lets them start.
mkdir -p many
for i in $(seq 1 100); do sed "s/lifecycle-demo-1\$/many-$i/" pod-1.yaml > "many/pod-$i.yaml"; done
{ echo "kubectl apply -f many/"; echo "ff 2m"; } > setup.txt
measure "$runs" "$bin" run setup.txt; base=$M_NS
echo
echo "each command on a 100-pod cluster (100 runs after the setup, median of $runs):"
: > commands.tsv
while IFS= read -r cmd; do
  { cat setup.txt; for _ in $(seq 1 100); do echo "$cmd"; done; } > one.txt
  "$bin" run one.txt > one.out
  if grep -q -e "^error:" -e "Error from server" -e "command not found" one.out; then
    echo "bench.sh: '$cmd' failed:" >&2; grep -m3 -e "error" -e "Error" one.out >&2; exit 1
  fi
  measure "$runs" "$bin" run one.txt; total=$M_NS
  printf '  %-58s %6.2f ms\n' "$cmd" "$(ms $(( total - base )) 100)"
  printf '%s\t%s\n' "$cmd" "$(ms $(( total - base )) 100)" >> commands.tsv
done <<'CMDS'
kubectl get pods
kubectl get pods -o wide
kubectl get pods -o yaml
kubectl get pods -o json
kubectl get pods -A --show-labels
kubectl get pod many-50 -o json
kubectl get events
kubectl get all
kubectl describe pod many-50
kubectl exec many-50 -- cat /usr/share/message
kubectl logs many-50
kubectl apply -f many/pod-50.yaml
kubectl wait --for=condition=Ready pod/many-50
kubectl explain pod.spec.containers.lifecycle
kubectl version --client
timeline many-50
ff 1s
ls many
echo hello
CMDS
{ cat setup.txt; for i in $(seq 1 100); do echo "kubectl delete pod many-$i"; done; } > one.txt
measure "$runs" "$bin" run one.txt; total=$M_NS
cmd="kubectl delete pod many-N (waits out its preStop hook)"
printf '  %-58s %6.2f ms\n' "$cmd" "$(ms $(( total - base )) 100)"
printf '%s\t%s\n' "$cmd" "$(ms $(( total - base )) 100)" >> commands.tsv

# --- scale: 100, 1,000 and 10,000 pods ---------------------------------------------------------
# One multi-document manifest of N plain nginx pods, applied at once; `ff` long enough for all of
# them to run (the kubelet pulls images one at a time, so the last pod starts about 0.6 s × N
# after the first). Then `kubectl get pods` R times, or `kubectl describe pod` of the middle pod
# R times; the setup alone is timed too and subtracted.
echo
echo "scale (per command: (setup + R commands − setup) / R, median of $scale_runs; peak RSS of the run):"
printf '  %-8s %10s %12s %12s %14s %10s\n' pods setup "get pods" "describe" "peak RSS" "R (get)"
prev_get=
prev_desc=
prev_get_cpu=
prev_desc_cpu=
prev_n=
for n in $sizes; do
  awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) printf "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-%d\nspec:\n  containers:\n  - name: app\n    image: nginx\n", i }' > "pods-$n.yaml"
  ff=$(( (n * 7 / 10 + 60 + 59) / 60 ))m
  # Enough commands that they outweigh the setup's own spread (0.5 to 2 s at 10,000 pods on this VM).
  case $n in 100) r=300 ;; 1000) r=200 ;; *) r=1000 ;; esac
  # describe answers in well under a millisecond: many more of them, enough that the setup's
  # spread (±0.5 s at 10,000 pods) is a few hundredths of a millisecond each.
  case $n in 100) rd=1000 ;; 1000) rd=5000 ;; *) rd=20000 ;; esac
  middle=pod-$(( n / 2 ))
  printf 'kubectl apply -f pods-%s.yaml\nff %s\n' "$n" "$ff" > "setup-$n.txt"
  { cat "setup-$n.txt"; echo "kubectl get pods"; } > "check-$n.txt"
  { cat "setup-$n.txt"; for _ in $(seq 1 "$r"); do echo "kubectl get pods"; done; } > "get-$n.txt"
  { cat "setup-$n.txt"; for _ in $(seq 1 "$rd"); do echo "kubectl describe pod $middle"; done; } > "describe-$n.txt"
  "$bin" run "check-$n.txt" > "check-$n.out"
  running=$(grep -cE '^pod-[0-9]+ +1/1 +Running ' "check-$n.out" || true)
  if [ "$running" -ne "$n" ]; then
    echo "  note: only $running of $n pods were Running after ff $ff"
  fi
  measure "$scale_runs" "$bin" run "setup-$n.txt"; setup_ns=$M_NS; setup_rss=$M_RSS; setup_cpu=$M_CPU
  measure "$scale_runs" "$bin" run "get-$n.txt"; get_ns=$M_NS; get_rss=$M_RSS; get_cpu=$M_CPU
  measure "$scale_runs" "$bin" run "describe-$n.txt"; desc_ns=$M_NS; desc_rss=$M_RSS; desc_cpu=$M_CPU
  get_ms=$(ms $(( get_ns - setup_ns )) "$r")
  desc_ms=$(ms $(( desc_ns - setup_ns )) "$rd")
  get_cpu_ms=$(ms $(( get_cpu - setup_cpu )) "$r")
  desc_cpu_ms=$(ms $(( desc_cpu - setup_cpu )) "$rd")
  rss_mb=$(awk -v a="$setup_rss" -v b="$get_rss" -v c="$desc_rss" 'BEGIN { m = a; if (b > m) m = b; if (c > m) m = c; printf "%.1f", m / 1024 }')
  printf '  %-8s %8.2f s %9.2f ms %9.2f ms %11.1f MB %10s\n' "$n" "$(awk -v ns="$setup_ns" 'BEGIN { print ns / 1e9 }')" "$get_ms" "$desc_ms" "$rss_mb" "$r"
  metric "setup: apply $n pods + ff $ff" "$(ms "$setup_ns" 1000)" s "-" "$(ms "$setup_cpu" 1000)"
  target="-"; [ "$n" = 1000 ] && target="<20"
  metric "kubectl get pods, $n pods" "$get_ms" ms "$target" "$get_cpu_ms"
  metric "kubectl describe pod, $n pods" "$desc_ms" ms "-" "$desc_cpu_ms"
  target="-"; [ "$n" = 10000 ] && target="<100"
  metric "peak RSS, $n pods (setup + commands)" "$rss_mb" MB "$target"
  if [ -n "$prev_n" ]; then
    # Below 0.05 ms a command is lost in the setup's noise: no ratio.
    growth() { awk -v a="$1" -v b="$2" 'BEGIN { if (a >= 0.05 && b >= 0) printf "%.1f", b / a; else print "-" }'; }
    factor=$(( n / prev_n ))
    metric "get pods growth, $prev_n → $n pods (×$factor pods)" "$(growth "$prev_get" "$get_ms")" "×" "<=$factor" "$(growth "$prev_get_cpu" "$get_cpu_ms")"
    metric "describe growth, $prev_n → $n pods (×$factor pods)" "$(growth "$prev_desc" "$desc_ms")" "×" "<=$factor" "$(growth "$prev_desc_cpu" "$desc_cpu_ms")"
  fi
  prev_n=$n; prev_get=$get_ms; prev_desc=$desc_ms; prev_get_cpu=$get_cpu_ms; prev_desc_cpu=$desc_cpu_ms
done

# --- site build ------------------------------------------------------------------------------
# A clean rebuild (output directory removed first) of the whole site, every lesson in en and zh,
# timed by hyperfine against Hugo rendering the same Markdown: Tests/bench-hugo is a minimal
# two-language Hugo site (no theme, no network), its content the lessons' en.md and zh.md.
site_runs=20
nlessons=0
mkdir -p hugo/content/en hugo/content/zh
for dir in "$lessons"/[0-9]*-*/; do
  [ -f "$dir/en.md" ] && [ -f "$dir/zh.md" ] || continue
  slug=$(basename "$dir"); slug=${slug#*-}
  # Lesson front matter is `key: value` lines whose value is the rest of the line, ": " and all
  # (which plain YAML refuses); Hugo gets each value double-quoted. The body is copied as is.
  for lang in en zh; do
    awk 'NR == 1 && $0 == "---" { fm = 1; print; next }
         fm && $0 == "---" { fm = 0; print; next }
         fm { i = index($0, ": "); v = substr($0, i + 2); gsub(/\\/, "\\\\", v); gsub(/"/, "\\\"", v)
              print substr($0, 1, i - 1) ": \"" v "\""; next }
         { print }' "$dir/$lang.md" > "hugo/content/$lang/$slug.md"
  done
  nlessons=$(( nlessons + 1 ))
done
cp -R "$tests/bench-hugo/." hugo/

# Two builds into fresh directories: they must succeed (warm-up too), and be byte-identical.
for out in site-a site-b; do
  if ! KUBETUTOR_LESSONS="$lessons" "$bin" site --out "$work/$out" > "$out.log" 2>&1; then
    echo "bench.sh: kubetutor site failed:" >&2; cat "$out.log" >&2; exit 1
  fi
done
if diff -r site-a site-b > /dev/null 2>&1; then deterministic=yes; else deterministic=no; fi
pages() { find "$1" -name '*.html' | wc -l | tr -d ' '; }
site_pages=$(pages site-a)
hugo_cmd=
hugo_version=
if command -v hugo >/dev/null 2>&1; then
  hugo_version=$(hugo version | awk '{ sub(/\+.*/, "", $2); print $2 }')
  hugo_cmd="hugo --quiet --source $work/hugo --destination $work/hugo-out --cacheDir $work/hugo-cache"
  if ! $hugo_cmd > hugo.log 2>&1; then
    echo "bench.sh: hugo failed:" >&2; cat hugo.log >&2; exit 1
  fi
  hugo_pages=$(pages hugo-out)
fi

site_cmd="$bin site --out $work/site-out"
if command -v hyperfine >/dev/null 2>&1; then
  timer="hyperfine, median of $site_runs runs"
  commands=(-n "kubetutor site" --prepare "rm -rf $work/site-out" "$site_cmd")
  if [ -n "$hugo_cmd" ]; then
    commands+=(-n "hugo $hugo_version" --prepare "rm -rf $work/hugo-out" "$hugo_cmd")
  fi
  if ! KUBETUTOR_LESSONS="$lessons" hyperfine -N --warmup 2 --runs "$site_runs" --export-json site.json \
      "${commands[@]}" \
      > hyperfine.log 2>&1; then
    echo "bench.sh: the site build benchmark failed:" >&2; cat hyperfine.log >&2; exit 1
  fi
else
  # No hyperfine: the same figures from a timed loop, in hyperfine's JSON.
  timer="median of a loop of $site_runs runs"
  KUBETUTOR_LESSONS="$lessons" SITE="$site_cmd" HUGO="$hugo_cmd" HUGO_NAME="hugo ${hugo_version:-}" \
    RUNS="$site_runs" WORK="$work" python3 - <<'PY'
import json, os, shutil, statistics, subprocess, time
results = []
for name, cmd, out in [("kubetutor site", os.environ["SITE"], "site-out"),
                       (os.environ["HUGO_NAME"], os.environ["HUGO"], "hugo-out")]:
    if not cmd:
        continue
    times = []
    for _ in range(int(os.environ["RUNS"])):
        shutil.rmtree(os.path.join(os.environ["WORK"], out), ignore_errors=True)
        start = time.perf_counter()
        subprocess.run(cmd.split(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    results.append({"command": name, "mean": statistics.mean(times),
                    "median": statistics.median(times), "stddev": statistics.stdev(times)})
json.dump({"results": results}, open("site.json", "w"))
PY
fi

echo
echo "site build (clean rebuild, $nlessons lessons in en and zh, $timer):"
SITE_PAGES="$site_pages" HUGO_PAGES="${hugo_pages:-}" python3 - <<'PY'
import json, os
results = json.load(open("site.json"))["results"]
pages = [os.environ["SITE_PAGES"], os.environ["HUGO_PAGES"]]
print(f"  {'tool':<28} {'median ms':>9} {'± ms':>7} {'pages':>6}")
for r, n in zip(results, pages):
    print(f"  {r['command']:<28} {r['median']*1000:9.1f} {r['stddev']*1000:7.1f} {n:>6}")
if any(r["stddev"] > 0.25 * r["median"] for r in results):
    print("  note: a noisy run (± over a quarter of the median): the machine was busy, run it again")
with open("metrics.tsv", "a") as m:
    ours = results[0]["median"] * 1000
    m.write(f"site build: kubetutor site\t{ours:.1f}\tms\t<500\t-\n")
    if len(results) > 1:
        hugo = results[1]["median"] * 1000
        m.write(f"site build: {results[1]['command']} (same Markdown)\t{hugo:.1f}\tms\t-\t-\n")
        m.write(f"site build: kubetutor ÷ hugo\t{ours / hugo:.2f}\t×\t<1\t-\n")
    else:
        print("  hugo: not installed (make deps)")
PY
echo "  deterministic: $deterministic (two kubetutor builds, diff -r)"

# --- the table and the JSON ------------------------------------------------------------------
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
os_name=$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)
swift_version=$(swift --version 2>/dev/null | awk '/Swift version/ { sub(/.*Swift version /, ""); sub(/ .*/, ""); print; exit }' || true)
echo
echo "summary (load average $load_before at the start, $load_after at the end):"
BIN="$bin" JSON_OUT="$json_out" LOAD_BEFORE="$load_before" LOAD_AFTER="$load_after" CPU="$cpu" MEM="$mem" \
  OS_NAME="$os_name" SWIFT_VERSION="$swift_version" CORES="$(nproc 2>/dev/null || echo '?')" \
  DETERMINISTIC="$deterministic" HUGO_VERSION="${hugo_version:-}" python3 - <<'PY'
import datetime, json, os, subprocess
rows = []
for line in open("metrics.tsv", encoding="utf-8"):
    name, value, unit, target, cpu = line.rstrip("\n").split("\t")
    def number_or_none(text):
        try:
            return float(text)
        except ValueError:
            return None
    number = number_or_none(value)
    cpu_number = number_or_none(cpu)
    ok = None
    # A negative difference is noise (the machine was busier during the setup's runs): no verdict.
    if target != "-" and number is not None and number >= 0:
        if target.startswith("<="):
            ok = number <= float(target[2:])
        elif target.startswith("<"):
            ok = number < float(target[1:])
        elif target.startswith(">"):
            ok = number > float(target[1:])
    rows.append({"metric": name, "value": number, "cpu": cpu_number, "unit": unit,
                 "target": None if target == "-" else target, "ok": ok})
width = max(len(r["metric"]) for r in rows)
print(f"  {'metric':<{width}} {'value':>10} {'(CPU)':>10} {'unit':<7} {'target':<8} ok")
for r in rows:
    value = "-" if r["value"] is None else f"{r['value']:g}"
    cpu = "" if r["cpu"] is None else f"({r['cpu']:g})"
    mark = "" if r["ok"] is None else ("ok" if r["ok"] else "MISS")
    print(f"  {r['metric']:<{width}} {value:>10} {cpu:>10} {r['unit']:<7} {r['target'] or '':<8} {mark}")
commands = [dict(zip(("command", "ms"), line.rstrip("\n").split("\t"))) for line in open("commands.tsv")]
for c in commands:
    c["ms"] = float(c["ms"])
version = subprocess.run([os.environ["BIN"], "--version"], capture_output=True, text=True).stdout.strip()
report = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "kubetutor": version,
    "machine": {"cores": os.environ["CORES"], "cpu": os.environ["CPU"], "memory": os.environ["MEM"],
                "os": os.environ["OS_NAME"], "swift": os.environ["SWIFT_VERSION"],
                "hugo": os.environ["HUGO_VERSION"] or None},
    "load_average": {"start": os.environ["LOAD_BEFORE"], "end": os.environ["LOAD_AFTER"]},
    "metrics": rows,
    "commands_on_100_pods_ms": commands,
    "site_deterministic": os.environ["DETERMINISTIC"] == "yes",
}
path = os.environ["JSON_OUT"]
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"  (saved as {path})")
PY
