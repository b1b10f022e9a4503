#!/usr/bin/env python3
"""Turns the comparison's JSON results (one line per server, scenario and run) into the markdown table of medians.

usage: medians.py results.jsonl commands.txt machine.txt
"""
import json
import statistics
import sys
from collections import defaultdict

# (scenario, metric, label, scale, unit, higher_is_better)
ROWS = [
    ("direct", "delivered_per_second", "direct: delivered messages/s", 1, "msg/s", True),
    ("direct", "server_cpu_per_message", "direct: server CPU per message", 1, "µs", False),
    ("direct", "harness_cpu", "direct: harness CPU, whole phase", 1, "s", False),
    ("fanout", "deliveries_per_second", "fan-out: deliveries/s", 1, "msg/s", True),
    ("fanout", "server_cpu_per_delivery", "fan-out: server CPU per delivery", 1, "µs", False),
    ("latency", "latency_p50", "latency p50", 1 / 1000, "ms", False),
    ("latency", "latency_p99", "latency p99", 1 / 1000, "ms", False),
    ("latency", "latency_p99_9", "latency p99.9", 1 / 1000, "ms", False),
    ("latency", "latency_max", "latency max", 1 / 1000, "ms", False),
    ("latency", "achieved_per_second", "latency: achieved rate", 1, "msg/s", True),
    ("latency", "send_lag_p99", "latency: harness send lag p99", 1 / 1000, "ms", False),
    ("idle", "bytes_per_connection", "idle: memory per connection", 1 / 1024, "KiB", False),
    ("login", "logins_per_second", "login: logins/s", 1, "logins/s", True),
    ("login", "login_max", "login: slowest", 1 / 1000, "ms", False),
    ("login", "server_cpu_per_login", "login: server CPU per login", 1, "µs", False),
]
PEERS = ["InspIRCd", "ngIRCd"]
OURS = ["ActorChat", "ActorChat (presence off)"]
# Not chat servers, and never the best peer: the least a .NET process does to relay the latency scenario's lines.
FLOORS = [".NET floor (sockets)", ".NET floor (kestrel)", ".NET floor (epoll)"]


def fmt(value, unit):
    if value is None:
        return "—"
    if unit in ("msg/s", "logins/s"):
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def main(results_path, commands_path, machine_path):
    runs = defaultdict(list)
    for line in open(results_path):
        line = line.strip()
        if line:
            r = json.loads(line)
            runs[(r["server"], r["scenario"])].append(r)
    servers = [s for s in OURS + PEERS + FLOORS if any(k[0] == s for k in runs)]

    notes = []
    params = {}
    out = []
    out.append(open(machine_path).read().rstrip())
    out.append("")
    header = ["figure"] + servers + ["ActorChat vs best peer"]
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "---|" * len(header))
    for scenario, metric, label, scale, unit, higher in ROWS:
        cells, values = [], {}
        for server in servers:
            rs = runs.get((server, scenario), [])
            if not rs:
                cells.append("—")
                continue
            params.setdefault(scenario, rs[0].get("parameters", {}))
            vals = [r["metrics"][metric] * scale for r in rs if metric in r.get("metrics", {})]
            failed = [r for r in rs if not r.get("passed")]
            if not vals:
                cells.append("failed" if failed else "—")
            else:
                values[server] = statistics.median(vals)
                cell = fmt(values[server], unit)
                if failed:
                    cell += f" ({len(failed)}/{len(rs)} runs failed)"
                cells.append(cell)
            for r in failed:
                errors = r.get("first_errors") or [r.get("unsupported", "")]
                note = f"{server}, {scenario}, run {r['run']}: " + "; ".join(e for e in errors[:2] if e)
                if note not in notes:
                    notes.append(note)
        ours = values.get("ActorChat (presence off)") if scenario in ("idle", "login") and "ActorChat (presence off)" in values else values.get("ActorChat")
        peers = [values[p] for p in PEERS if p in values]
        verdict = "—"
        if ours is not None and peers and metric not in ("send_lag_p99", "achieved_per_second", "harness_cpu"):
            best = max(peers) if higher else min(peers)
            if best > 0 and ours > 0:
                ratio = ours / best if higher else best / ours
                verdict = ("ahead" if ratio >= 1 else "behind") + f" ×{ratio:.2f}"
        out.append(f"| {label} ({unit}) | " + " | ".join(cells) + f" | {verdict} |")

    out.append("")
    out.append("Traffic: " + "; ".join(
        f"{s} " + ", ".join(f"{k}={v:g}" for k, v in p.items()) for s, p in params.items()) + ".")
    out.append("Idle and login compare against \"ActorChat (presence off)\" when that column exists: IRC clients in those "
               "scenarios join no channel, so nobody is told of them.")
    if any(s in FLOORS for s in servers):
        out.append("The .NET floor columns (latency only) are not chat servers: Benchmarks/peers/floor relays HELLO and MSG "
                   "with no checks, history or actors, on .NET's sockets, on Kestrel's socket transport set up as the "
                   "server sets it up, or on epoll called directly; they show what the runtime and the machine leave "
                   "for a .NET server.")
    out.append("")
    out.append("Commands (the same command for every run of a figure; the harness picks fresh names each run):")
    out.append("")
    out.append("```")
    for line in open(commands_path):
        out.append(line.rstrip())
    out.append("```")
    if notes:
        out.append("")
        out.append("Failed runs (a failed run's figure is still in the median; loss or errors make the figure suspect):")
        out.append("")
        for note in notes:
            out.append(f"- {note}")
    print("\n".join(out))


if __name__ == "__main__":
    main(*sys.argv[1:4])
