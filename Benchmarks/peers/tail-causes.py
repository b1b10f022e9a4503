#!/usr/bin/env python3
"""What made a latency run's slow messages slow: lays the harness's --latency-log over a scheduler trace of the run.

    perf sched record -k CLOCK_MONOTONIC -a -o sched.data -- sleep 17 &     # while the latency run goes
    dotnet LoadTest/bin/Release/net10.0/ActorChat.LoadTest.dll latency ... --server-pid PID --latency-log run.log
    Benchmarks/peers/tail-causes.py run.log sched.data PID [--harness-pid HPID] [--threshold-ms 0.5]

Slow messages (over the threshold) are grouped into stalls (due within 3 ms of each other). Each stall is charged to
what took the most time in its window (from the first one's due time to the last arrival), among:
  - a server thread running 0.8 ms or more without a break (a collection, or a backlog being worked off);
  - a server or harness thread kept waiting 0.3 ms or more for a CPU: charged to whoever held that CPU;
  - anything else running then: kernel threads (kdamond, kworker) and other processes (perf itself among them).
docs/loadtest.md, "Where a tail comes from", says how to read it.
"""
import argparse, collections, re, subprocess, sys

LONG_RUN, LONG_WAIT, GAP = 0.0008, 0.0003, 0.003


def tasks(sched_data):
    try:
        out = subprocess.run(["perf", "sched", "timehist", "-i", sched_data], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        sys.exit("perf is not installed (Debian: apt-get install linux-perf)")
    except subprocess.CalledProcessError as e:
        sys.exit(f"perf sched timehist -i {sched_data} failed: {e.stderr.strip()}")
    for line in out.splitlines():
        p = line.split()
        if len(p) < 6 or not p[0][0].isdigit():
            continue
        m = re.match(r"(.*)\[(\d+)(?:/(\d+))?\]$", " ".join(p[2:-3]))
        try:
            end, wait_sched, run = float(p[0]), float(p[-2]) / 1000, float(p[-1]) / 1000
        except ValueError:
            continue
        if m:
            # one run of a thread: on cpu p[1] from end-run to end, after waiting wait_sched for a CPU
            yield end, p[1], m.group(1), int(m.group(3) or m.group(2)), wait_sched, run


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("log"); a.add_argument("sched_data"); a.add_argument("server_pid", type=int)
    a.add_argument("--harness-pid", type=int, default=0)
    a.add_argument("--threshold-ms", type=float, default=0.5)
    a.add_argument("--show", type=int, default=12, help="stalls to list, worst first")
    args = a.parse_args()

    runs = sorted(tasks(args.sched_data))
    if not runs:
        sys.exit("no scheduler events in " + args.sched_data)
    lo, hi = runs[0][0], runs[-1][0]
    msgs = [(int(d) / 1e9, int(r) / 1e9) for d, r in (l.split() for l in open(args.log) if not l.startswith("#"))]
    msgs = sorted(m for m in msgs if lo < m[0] and m[1] < hi)
    if not msgs:
        sys.exit("no message of the log falls inside the trace: was perf recording with -k CLOCK_MONOTONIC during the run?")
    threshold = args.threshold_ms / 1000
    slow = [m for m in msgs if m[1] - m[0] > threshold]
    print(f"{len(msgs)} messages inside the trace, {len(slow)} ({100 * len(slow) / len(msgs):.2f}%) over {args.threshold_ms} ms")

    def who(name, pid):
        return f"server {name}" if pid == args.server_pid else f"harness {name}" if pid == args.harness_pid else name

    stalls = []
    for due, arrived in slow:
        if stalls and due - stalls[-1][1] < GAP:
            s = stalls[-1]; s[1] = due; s[2] = max(s[2], arrived); s[3] += 1; s[4] = max(s[4], arrived - due)
        else:
            stalls.append([due, due, arrived, 1, arrived - due])

    by_cpu = collections.defaultdict(list)
    for r in runs:
        by_cpu[r[1]].append(r)
    charged, count = collections.Counter(), collections.Counter()
    listed = []
    for first_due, _, last_arrival, n, worst in stalls:
        start, end = first_due - 0.0002, last_arrival
        took = collections.Counter()
        for stop, cpu, name, pid, wait_sched, run in runs:
            if stop - run - wait_sched > end or stop < start:
                continue
            overlap = min(stop, end) - max(stop - run, start)
            ours = pid in (args.server_pid, args.harness_pid)
            if pid == args.server_pid and run >= LONG_RUN and overlap > 0:
                took[f"{who(name, pid)} running {LONG_RUN * 1000:g} ms or more straight"] += overlap
            elif not ours and name != "<idle>" and overlap > 0:
                took[f"{name} running"] += overlap
            if ours and wait_sched >= LONG_WAIT:
                w0, w1 = max(stop - run - wait_sched, start), min(stop - run, end)
                for o_stop, _, o_name, o_pid, _, o_run in by_cpu[cpu]:
                    o = min(o_stop, w1) - max(o_stop - o_run, w0)
                    if o > 0 and o_name != "<idle>":
                        took[f"a CPU held by {who(o_name, o_pid)}"] += o
        cause = took.most_common(1)[0][0] if took else "nothing seen in the trace"
        charged[cause] += n; count[cause] += 1
        listed.append((worst, first_due, n, took))

    print(f"\n{len(stalls)} stalls; slow messages charged to:")
    for cause, n in charged.most_common():
        print(f"  {n:6d} messages  {count[cause]:4d} stalls  {cause}")
    print(f"\nworst {args.show} stalls (ms of each cause inside the stall's window):")
    for worst, due, n, took in sorted(listed, reverse=True)[:args.show]:
        parts = ", ".join(f"{k} {v * 1000:.2f}" for k, v in took.most_common(3))
        print(f"  at {due - msgs[0][0]:7.3f} s  {n:4d} messages, worst {worst * 1000:6.2f} ms: {parts}")


if __name__ == "__main__":
    main()
