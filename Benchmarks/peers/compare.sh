#!/usr/bin/env bash
# Runs the load-test comparison end to end: ActorChat (spawned by the harness) beside InspIRCd and ngIRCd, the same
# scenarios against each, RUNS runs each (the servers taking turns run by run), medians, and writes the table into
# docs/benchmarks.md (between the "comparison" markers). Every server listens on 127.0.0.1 only.
#
#   Benchmarks/peers/compare.sh            the full comparison (takes a while; 2 cores are shared by all of it)
#   Benchmarks/peers/compare.sh --quick    a small smoke run of every step, one run each (does not touch the doc)
#
# Environment overrides: RUNS (3), DIRECT_CLIENTS (1000), DIRECT_MESSAGES (200), FANOUT_CLIENTS (1000),
# FANOUT_SENDERS (10), FANOUT_MESSAGES (100), LATENCY_CLIENTS (1000), LATENCY_RATE (10000), LATENCY_SECONDS (10),
# IDLE_CLIENTS (10000), IDLE_SECONDS (10), LOGIN_CLIENTS (5000), LOGIN_CONCURRENCY (100), SETUP_CONCURRENCY (100),
# WARMUP (50 messages per client before direct/fanout/latency measure),
# SCENARIOS ("direct fanout latency idle login"), SERVERS ("actorchat actorchat-quiet inspircd ngircd floor-sockets
# floor-kestrel floor-epoll"; the .NET floors, Benchmarks/peers/floor, run the latency scenario only),
# OUT (docs/benchmarks.md; a run narrowed by SERVERS or SCENARIOS writes its table only to an OUT of its own).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PEERS=$ROOT/Benchmarks/peers

QUICK=0
[[ "${1:-}" == "--quick" ]] && QUICK=1

if [[ $QUICK == 1 ]]; then
  : "${RUNS:=1}" "${DIRECT_CLIENTS:=100}" "${DIRECT_MESSAGES:=50}" "${FANOUT_CLIENTS:=100}" "${FANOUT_SENDERS:=5}"
  : "${FANOUT_MESSAGES:=20}" "${LATENCY_CLIENTS:=100}" "${LATENCY_RATE:=1000}" "${LATENCY_SECONDS:=2}"
  : "${IDLE_CLIENTS:=200}" "${IDLE_SECONDS:=2}" "${LOGIN_CLIENTS:=200}"
fi
: "${RUNS:=3}" "${DIRECT_CLIENTS:=1000}" "${DIRECT_MESSAGES:=200}" "${FANOUT_CLIENTS:=1000}" "${FANOUT_SENDERS:=10}"
: "${FANOUT_MESSAGES:=100}" "${LATENCY_CLIENTS:=1000}" "${LATENCY_RATE:=10000}" "${LATENCY_SECONDS:=10}"
: "${IDLE_CLIENTS:=10000}" "${IDLE_SECONDS:=10}" "${LOGIN_CLIENTS:=5000}" "${LOGIN_CONCURRENCY:=100}"
ALL_SCENARIOS="direct fanout latency idle login"
ALL_SERVERS="actorchat actorchat-quiet inspircd ngircd floor-sockets floor-kestrel floor-epoll"
: "${SETUP_CONCURRENCY:=100}" "${WARMUP:=50}" "${SCENARIOS:=$ALL_SCENARIOS}" "${SERVERS:=$ALL_SERVERS}" "${OUT:=docs/benchmarks.md}"
# The peers run with flood control off; ActorChat gets its token bucket raised out of the way the same.
HIGH_RATE=100000000

command -v python3 >/dev/null || { echo "compare.sh needs python3 (for medians)" >&2; exit 2; }

# --- peers: install if missing (Debian packages; Debian's "ergo" is an unrelated program) -----------------------
if ! command -v inspircd >/dev/null || ! command -v ngircd >/dev/null; then
  echo "installing inspircd and ngircd (apt-get)..." >&2
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq inspircd ngircd >/dev/null
fi
# Debian's packages start nothing here without systemd; if a system instance runs, it is not ours: leave it alone.

# Thousands of connections on each side.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (( $(ulimit -n) < IDLE_CLIENTS + 1000 )); then
  echo "warning: open-file limit $(ulimit -n) is below IDLE_CLIENTS+1000; raise it with ulimit -n" >&2
fi

echo "building Release harness and server..." >&2
dotnet build -c Release -v quiet -nologo LoadTest/ActorChat.LoadTest.csproj >/dev/null
dotnet build -c Release -v quiet -nologo Server/ActorChat.Server.csproj >/dev/null
dotnet build -c Release -v quiet -nologo Benchmarks/peers/floor/ActorChat.Floor.csproj >/dev/null
FLOOR=(dotnet "$ROOT/Benchmarks/peers/floor/bin/Release/net10.0/ActorChat.Floor.dll")
HARNESS=(dotnet "$ROOT/LoadTest/bin/Release/net10.0/ActorChat.LoadTest.dll")

SCRATCH=$(mktemp -d /tmp/actorchat-compare.XXXXXX)
chmod 755 "$SCRATCH"
PEER_PID=""
cleanup() {
  if [[ -n "$PEER_PID" ]] && kill -0 "$PEER_PID" 2>/dev/null; then kill "$PEER_PID" 2>/dev/null || true; wait "$PEER_PID" 2>/dev/null || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_listening() { # port
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "server on port $1 did not start listening" >&2; return 1
}

start_peer() { # name -> sets PEER_PID, PEER_PORT
  local name=$1 dir="$SCRATCH/$1"
  mkdir -p "$dir"; chmod 755 "$dir"
  PEER_PORT=$(free_port)
  [[ -f "$PEERS/$name.conf" ]] && sed -e "s#@PORT@#$PEER_PORT#g" -e "s#@RUNDIR@#$dir#g" "$PEERS/$name.conf" > "$dir/$name.conf"
  case $name in
    inspircd)
      echo "ActorChat load-test peer" > "$dir/inspircd.motd"
      local asroot=(); [[ $(id -u) == 0 ]] && asroot=(--runasroot)
      inspircd --config "$dir/inspircd.conf" --nofork "${asroot[@]}" > "$dir/out.log" 2>&1 &
      ;;
    ngircd)
      ngircd -f "$dir/ngircd.conf" -n > "$dir/out.log" 2>&1 &
      ;;
    floor-*)
      "${FLOOR[@]}" --port "$PEER_PORT" --transport "${name#floor-}" > "$dir/out.log" 2>&1 &
      ;;
  esac
  PEER_PID=$!
  if ! wait_listening "$PEER_PORT"; then
    echo "$name did not start; its output:" >&2; cat "$dir/out.log" >&2; exit 1
  fi
}

stop_peer() {
  [[ -n "$PEER_PID" ]] || return 0
  kill "$PEER_PID" 2>/dev/null || true
  wait "$PEER_PID" 2>/dev/null || true
  PEER_PID=""
}

# CPU ticks of the kernel's DAMON threads, if the machine runs any: each takes a CPU for milliseconds at every
# sample, which puts a floor under every server's latency tail (docs/benchmarks.md, "What the tail is made of").
KDAMONDS=$(pgrep -x 'kdamond\.[0-9]+' || true)
kdamond_ticks() {
  local total=0 pid
  for pid in $KDAMONDS; do
    total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}
KDAMOND_START=$(kdamond_ticks)
STARTED=$(date +%s)

# One JSON line per (server, scenario, run) goes here.
RESULTS="$SCRATCH/results.jsonl"
: > "$RESULTS"

scenario_args() { # scenario
  case $1 in
    direct)  echo "--clients $DIRECT_CLIENTS --messages $DIRECT_MESSAGES --warmup $WARMUP --concurrency $SETUP_CONCURRENCY" ;;
    fanout)  echo "--clients $FANOUT_CLIENTS --senders $FANOUT_SENDERS --messages $FANOUT_MESSAGES --warmup $WARMUP --concurrency $SETUP_CONCURRENCY" ;;
    latency) echo "--clients $LATENCY_CLIENTS --rate $LATENCY_RATE --duration $LATENCY_SECONDS --warmup $WARMUP --concurrency $SETUP_CONCURRENCY" ;;
    idle)    echo "--clients $IDLE_CLIENTS --duration $IDLE_SECONDS --concurrency $SETUP_CONCURRENCY" ;;
    login)   echo "--clients $LOGIN_CLIENTS --concurrency $LOGIN_CONCURRENCY" ;;
  esac
}

COMMANDS="$SCRATCH/commands.txt"
: > "$COMMANDS"

run_one() { # server-label scenario run target-args...
  local label=$1 scenario=$2 run=$3; shift 3
  local args; args=$(scenario_args "$scenario")
  # shellcheck disable=SC2206
  local cmd=("${HARNESS[@]}" "$scenario" $args --json --quiet --timeout 600 "$@")
  if [[ $run == 1 ]]; then
    echo "$label $scenario: dotnet run -c Release --project LoadTest -- $scenario $args --json $*" \
      | sed -e "s#--port [0-9]*#--port <port>#" -e "s#--server-pid [0-9]*#--server-pid <pid>#" >> "$COMMANDS"
  fi
  echo "[$label] $scenario run $run/$RUNS" >&2
  local line
  line=$("${cmd[@]}" 2> "$SCRATCH/last.err" | tail -n 1) || true
  if [[ $line == "{"* ]]; then
    python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r["server"]=sys.argv[2]; r["run"]=int(sys.argv[3]); print(json.dumps(r))' \
      "$line" "$label" "$run" >> "$RESULTS"
  else
    echo "  no result: $(tail -n 3 "$SCRATCH/last.err")" >&2
    python3 -c 'import json,sys; print(json.dumps({"server":sys.argv[1],"scenario":sys.argv[2],"run":int(sys.argv[3]),"passed":False,"metrics":{},"first_errors":[sys.argv[4]]}))' \
      "$label" "$scenario" "$run" "$(tail -n 1 "$SCRATCH/last.err")" >> "$RESULTS"
  fi
}

PRESENCE_SETTING=0
grep -q "announce-presence" hocon/reference.conf && PRESENCE_SETTING=1

# Both ActorChat columns run the same server settings but for presence.
ACTORCHAT_ARGS=(--spawn --set "actorchat.server.max-lines-per-second=$HIGH_RATE" --set actorchat.server.max-clients=1000000)

run_server() { # server scenario run
  local server=$1 scenario=$2 run=$3
  case $server in
    actorchat)
      run_one ActorChat "$scenario" "$run" "${ACTORCHAT_ARGS[@]}" ;;
    actorchat-quiet)
      # Presence announcements off: IRC clients in idle/login join no channel, so nobody is told of them either.
      [[ $scenario == idle || $scenario == login ]] || return 0
      if [[ $PRESENCE_SETTING == 0 ]]; then
        echo "[ActorChat, presence off] skipped: the server has no actorchat.server.announce-presence setting yet" >&2
        return 0
      fi
      run_one "ActorChat (presence off)" "$scenario" "$run" "${ACTORCHAT_ARGS[@]}" \
        --set actorchat.server.announce-presence=off ;;
    inspircd|ngircd)
      local label extra=()
      label=$([[ $server == inspircd ]] && echo InspIRCd || echo ngIRCd)
      # A fresh server per run, so one run's leftovers (WHOWAS, channel state) never weigh on the next.
      start_peer "$server"
      # ngIRCd listens with a fixed backlog of 10 (ss -ltn shows it): more connects at once overflow it, the
      # kernel drops the handshakes and clients retry after 1 s, 3 s, 7 s. Where connecting is only the setup
      # (not the figure), connect 10 at a time; the login scenario keeps everyone's LOGIN_CONCURRENCY.
      [[ $server == ngircd && $scenario != login ]] && extra=(--concurrency 10)
      run_one "$label" "$scenario" "$run" --protocol irc --port "$PEER_PORT" --server-pid "$PEER_PID" "${extra[@]}"
      stop_peer ;;
    floor-*)
      # It speaks only what the latency scenario sends (HELLO, MSG).
      [[ $scenario == latency ]] || return 0
      start_peer "$server"
      run_one ".NET floor (${server#floor-})" "$scenario" "$run" --port "$PEER_PORT" --server-pid "$PEER_PID"
      stop_peer ;;
  esac
}

# Servers take turns within each run of each scenario rather than each doing all its runs in a block: this
# machine's speed drifts over minutes (InspIRCd's own figures moved by half between runs an hour apart), and taking
# turns gives every server the same share of the fast and the slow minutes.
for server in $SERVERS; do
  [[ " $ALL_SERVERS " == *" $server "* ]] || { echo "unknown server '$server' (known: $ALL_SERVERS)" >&2; exit 2; }
done
for scenario in $SCENARIOS; do
  for run in $(seq 1 "$RUNS"); do
    for server in $SERVERS; do
      run_server "$server" "$scenario" "$run"
    done
  done
done

MACHINE="$SCRATCH/machine.txt"
{
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
  echo "- OS: $(uname -sr); .NET SDK $(dotnet --version)"
  echo "- Peers: $(inspircd --version 2>/dev/null | head -n 1) (Debian package); $(ngircd --version 2>/dev/null | head -n 1 | cut -d' ' -f1-2) (Debian package)"
  echo "- Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg) (server and harness share the cores; anything else running makes the figures noisy)"
  if [[ -n "$KDAMONDS" ]]; then
    echo "- The kernel's memory-access sampling (DAMON, \`kdamond\`) ran here and took $(( ($(kdamond_ticks) - KDAMOND_START) * 1000 / $(getconf CLK_TCK) )) ms of CPU over the $(( $(date +%s) - STARTED )) s the runs took, in bursts of milliseconds that delay about 1% of every server's messages by over 0.5 ms at 10,000 msg/s (\"What the tail is made of\")"
  fi
  echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ); $RUNS runs per figure, medians"
} > "$MACHINE"
TABLE="$SCRATCH/table.md"
python3 "$PEERS/medians.py" "$RESULTS" "$COMMANDS" "$MACHINE" > "$TABLE"
cat "$TABLE"

if [[ $QUICK == 1 ]]; then
  echo "(quick run: $OUT left unchanged)" >&2
  exit 0
fi
if [[ "$OUT" == docs/benchmarks.md && ( "$SERVERS" != "$ALL_SERVERS" || "$SCENARIOS" != "$ALL_SCENARIOS" ) ]]; then
  # The table in the doc is the whole comparison; a run of some servers or scenarios only must not replace it
  # (give such a run an OUT of its own).
  echo "(SERVERS or SCENARIOS was narrowed: $OUT left unchanged)" >&2
  exit 0
fi

# Replace the comparison section of the report, keeping everything else in it.
python3 - "$OUT" "$TABLE" <<'EOF'
import sys, pathlib
out, table = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]).read_text()
begin, end = "<!-- comparison:begin -->", "<!-- comparison:end -->"
text = out.read_text() if out.exists() else "# Benchmarks\n"
block = f"{begin}\n{table.rstrip()}\n{end}"
if begin in text and end in text:
    text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
else:
    text = text.rstrip() + "\n\n## Comparison with real chat servers\n\n" + block + "\n"
out.write_text(text)
EOF
echo "wrote the comparison table into $OUT" >&2
