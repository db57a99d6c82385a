#!/usr/bin/env bash
# bench.sh BINARY — start-up time and lines per second of `kubetutor run` (used by `make bench`).
#
# Start-up: hyperfine when installed, otherwise a loop of 50 runs. Throughput: a generated
# 1,000-line script with a realistic mix (apply, get, describe, sleep, echo, delete) run three
# times; the best run counts. Prints a short report; exits non-zero only if the binary fails.
set -euo pipefail

bin=${1:?usage: Tests/bench.sh BINARY}
[ -x "$bin" ] || { echo "bench.sh: $bin is not an executable (build it first)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

work=$(mktemp -d "${TMPDIR:-/tmp}/kubetutor-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

now_ns() { date +%s%N; }

# --- the 1,000-line script -------------------------------------------------------------------
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
{
  line=0
  i=0
  while [ "$line" -lt 1000 ]; do
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
      [ "$line" -lt 1000 ] || break
      echo "$cmd"
      line=$(( line + 1 ))
    done
  done
} > script.txt
lines=$(wc -l < script.txt)

echo "kubetutor bench: $bin"
echo

# --- start-up --------------------------------------------------------------------------------
: > empty.txt
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 5 --runs 50 --export-json startup.json \
    "$bin --version" "$bin run empty.txt" >/dev/null 2>&1
  startup=$(python3 - <<'PY' 2>/dev/null || true
import json
for r in json.load(open("startup.json"))["results"]:
    print(f"  {r['command'].split('/')[-1]:<28} {r['mean']*1000:7.1f} ms ± {r['stddev']*1000:.1f} ms (hyperfine, 50 runs)")
PY
)
  if [ -z "$startup" ]; then startup="  (hyperfine ran; see startup.json)"; fi
else
  start=$(now_ns)
  for _ in $(seq 50); do "$bin" --version >/dev/null; done
  end=$(now_ns)
  startup=$(awk -v ns=$(( end - start )) 'BEGIN { printf "  kubetutor --version            %7.1f ms (mean of a 50-run loop)", ns / 50 / 1e6 }')
fi
echo "start-up:"
echo "$startup"
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
label = " ".join(["kubetutor"] + args + ["(to the prompt)"])
print(f"  {label:<28} {statistics.mean(times)*1000:7.1f} ms (in a pty, mean of 20)")
PY
)
echo "$prompt"
rm -rf "$work/.local"
done
start=$(now_ns)
for _ in 1 2 3 4 5; do "$bin" lessons check > /dev/null; done
end=$(now_ns)
awk -v ns=$(( end - start )) 'BEGIN { printf "  %-28s %7.1f ms (all lessons, both languages, mean of 5)\n", "kubetutor lessons check", ns / 5 / 1e6 }'

# --- throughput ------------------------------------------------------------------------------
"$bin" run script.txt > transcript.txt   # warm-up, and proves the script runs to the end
best=
for _ in 1 2 3; do
  start=$(now_ns)
  "$bin" run script.txt > /dev/null
  end=$(now_ns)
  elapsed=$(( end - start ))
  if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
done
echo
echo "throughput (kubetutor run, $lines-line script, best of 3):"
awk -v ns="$best" -v n="$lines" -v bytes="$(wc -c < transcript.txt)" 'BEGIN {
  printf "  %.3f s, %.0f lines/s, %.2f ms/line, transcript %d bytes\n", ns / 1e9, n / (ns / 1e9), ns / 1e6 / n, bytes }'

# --- every command on a 100-pod cluster -------------------------------------------------------
# Each command runs 100 times after a setup that creates 100 pods and lets them start; the time
# of the setup alone is subtracted, so a figure is one command's answer (its line's one-second
# clock tick included) as the learner waits for it, without start-up.
mkdir -p many
for i in $(seq 1 100); do sed "s/lifecycle-demo-1\$/many-$i/" pod-1.yaml > "many/pod-$i.yaml"; done
{ echo "kubectl apply -f many/"; echo "ff 2m"; } > setup.txt
run_best() {  # run_best SCRIPT: best wall time of 3 runs in ns
  local best= start end
  for _ in 1 2 3; do
    start=$(now_ns); "$bin" run "$1" > /dev/null; end=$(now_ns)
    if [ -z "$best" ] || [ $(( end - start )) -lt "$best" ]; then best=$(( end - start )); fi
  done
  echo "$best"
}
base=$(run_best setup.txt)
echo
echo "each command on a 100-pod cluster (mean of 100 runs after the setup, best of 3):"
worst=0
while IFS= read -r cmd; do
  { cat setup.txt; for _ in $(seq 1 100); do echo "$cmd"; done; } > one.txt
  "$bin" run one.txt > one.out
  if grep -q -e "^error:" -e "Error from server" -e "command not found" one.out; then
    echo "bench.sh: '$cmd' failed:" >&2; grep -m3 -e "error" -e "Error" one.out >&2; exit 1
  fi
  total=$(run_best one.txt)
  awk -v ns=$(( total - base )) -v c="$cmd" 'BEGIN { printf "  %-58s %6.2f ms\n", c, ns / 100 / 1e6 }'
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
total=$(run_best one.txt)
awk -v ns=$(( total - base )) 'BEGIN { printf "  %-58s %6.2f ms\n", "kubectl delete pod many-N (waits out its preStop hook)", ns / 100 / 1e6 }'
