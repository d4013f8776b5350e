#!/usr/bin/env python3
# Usage: benches/scan_vs_ss.py [--levels 100,1000,10000] [--runs 7] [--no-build]
#                              [--loadgen PATH] [--json PATH]
# Compares `netreview scan --format json` with `ss -tunap` and `ss -tuna` (wall time and peak RSS)
# under loopback socket load from ../shared/tools/loadgen.py. Python 3.11 standard library only.
# Run as root to let `ss -tunap` (and netreview) see every process's sockets.
# Peak RSS: os.wait4's ru_maxrss for a child of this script never reads below this script's own
# peak (Linux keeps the pre-exec mm's high-water mark), so it comes from GNU time (%M) if present.
import argparse, json, os, platform, signal, statistics, subprocess, sys, tempfile, time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BINARY = REPO / "target" / "release" / "netreview"
DEFAULT_LOADGEN = REPO.parent / "shared" / "tools" / "loadgen.py"
WATCH_SECS = 2
GNU_TIME = "/usr/bin/time"


def commands():
    return {
        "netreview": [str(BINARY), "scan", "--format", "json"],
        "ss -tunap": ["ss", "-tunap"],
        "ss -tuna": ["ss", "-tuna"],
    }


def build():
    subprocess.run(["cargo", "build", "--release"], cwd=REPO, check=True)
    if not BINARY.is_file():
        sys.exit(f"no binary at {BINARY}")


def start_loadgen(path, n, limit=300):
    """Starts loadgen with n TCP connections and ~n/10 UDP sockets; returns once it is ready."""
    proc = subprocess.Popen([sys.executable, str(path), "-n", str(n), "-m", str(max(1, n // 10)),
                             "-t", str(limit)], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"loadgen did not become ready (got {line!r}, rc={proc.poll()})")
        return proc, proc.stdout.readline().strip()
    except BaseException:
        stop_loadgen(proc)
        raise


def stop_loadgen(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout:
        proc.stdout.close()


def count_sockets():
    """Like `ss -tuna | wc -l`, minus the header line."""
    out = subprocess.run(["ss", "-tuna"], capture_output=True, text=True, check=True).stdout
    return max(0, len(out.splitlines()) - 1)


def measure(cmd):
    """One run: (wall seconds, peak RSS KiB). stdout goes to /dev/null."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _, status, ru = os.wait4(proc.pid, 0)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited with {proc.returncode}")
    return wall, ru.ru_maxrss


def gnu_time_ok():
    r = subprocess.run([GNU_TIME, "--version"], capture_output=True, text=True) \
        if os.access(GNU_TIME, os.X_OK) else None
    return bool(r and "GNU" in r.stdout + r.stderr)


def peak_rss(cmd):
    """Peak RSS in KiB of one run under GNU time, whose small parent leaves no floor."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as f:
        subprocess.run([GNU_TIME, "-f", "%M", "-o", f.name, *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        return int(f.read().split()[-1])


def bench_level(runs, use_time):
    cmds = commands()
    walls = {name: [] for name in cmds}
    rss = {name: [] for name in cmds}
    for name, cmd in cmds.items():  # warm-up (page cache, binary load)
        measure(cmd)
    for _ in range(runs):  # round robin so background drift hits every command alike
        for name, cmd in cmds.items():
            w, r = measure(cmd)
            walls[name].append(w)
            rss[name].append(peak_rss(cmd) if use_time else r)
    return {name: {"median_ms": statistics.median(walls[name]) * 1000,
                   "peak_mib": max(rss[name]) / 1024,
                   "walls_ms": [w * 1000 for w in walls[name]], "rss_kib": rss[name]}
            for name in cmds}


def watch_poll():
    """Mean time per look of a back-to-back watch: WATCH_SECS / scan.snapshots."""
    cmd = commands()["netreview"] + ["--watch", f"{WATCH_SECS}s", "--interval", "1ms"]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - t0
    looks = json.loads(out)["scan"]["snapshots"]
    return {"snapshots": looks, "per_look_ms": WATCH_SECS * 1000 / looks, "wall_ms": wall * 1000}


def ratio(a, b):
    return a / b if b else float("nan")


def print_level(n, res):
    r, w = res["results"], res["watch"]
    print(f"\n### Level -n {n}: {res['sockets']} sockets (ss -tuna)\n")
    print("| command | median ms | peak MiB |\n|---|---:|---:|")
    for name, v in r.items():
        print(f"| `{name}` | {v['median_ms']:.1f} | {v['peak_mib']:.1f} |")
    print(f"| watch poll (per look, {w['snapshots']} looks in {WATCH_SECS} s) "
          f"| {w['per_look_ms']:.1f} | - |")
    nr = r["netreview"]
    for ref in ("ss -tunap", "ss -tuna"):
        print(f"\nnetreview / {ref}: time {ratio(nr['median_ms'], r[ref]['median_ms']):.2f}x, "
              f"memory {ratio(nr['peak_mib'], r[ref]['peak_mib']):.2f}x", end="")
    print(f"\nwatch poll / ss -tuna: {ratio(w['per_look_ms'], r['ss -tuna']['median_ms']):.2f}x")


def print_summary(levels):
    print("\n## Summary\n")
    print("| level | sockets | netreview ms | ss -tunap ms | ss -tuna ms | watch look ms "
          "| netreview MiB | ss -tunap MiB | ss -tuna MiB | t nr/tunap | t nr/tuna "
          "| m nr/tunap | m nr/tuna | look/tuna |")
    print("|" + "---:|" * 14)
    for n, res in levels.items():
        r, look = res["results"], res["watch"]["per_look_ms"]
        nr, p, a = r["netreview"], r["ss -tunap"], r["ss -tuna"]
        print(f"| {n} | {res['sockets']} | {nr['median_ms']:.1f} | {p['median_ms']:.1f} "
              f"| {a['median_ms']:.1f} | {look:.1f} | {nr['peak_mib']:.1f} | {p['peak_mib']:.1f} "
              f"| {a['peak_mib']:.1f} | {ratio(nr['median_ms'], p['median_ms']):.2f} "
              f"| {ratio(nr['median_ms'], a['median_ms']):.2f} "
              f"| {ratio(nr['peak_mib'], p['peak_mib']):.2f} "
              f"| {ratio(nr['peak_mib'], a['peak_mib']):.2f} "
              f"| {ratio(look, a['median_ms']):.2f} |")


def main():
    ap = argparse.ArgumentParser(description="netreview scan vs ss under loopback load")
    ap.add_argument("--levels", default="100,1000,10000", help="loadgen -n values, comma-separated")
    ap.add_argument("--runs", type=int, default=7, help="timed runs per command (after 1 warm-up)")
    ap.add_argument("--no-build", action="store_true", help="skip cargo build --release")
    ap.add_argument("--loadgen", type=Path, default=DEFAULT_LOADGEN)
    ap.add_argument("--json", type=Path, help="write the raw figures here")
    a = ap.parse_args()
    levels = [int(x) for x in a.levels.split(",") if x.strip()]
    use_time = gnu_time_ok()
    if not a.no_build:
        build()
    machine = {"nproc": len(os.sched_getaffinity(0)), "kernel": platform.release(), "system": platform.system(),
               "root": os.geteuid() == 0, "rss_source": "gnu time" if use_time else "wait4"}
    print(f"# netreview scan vs ss\n\nmachine: nproc={machine['nproc']}, kernel={machine['system']} "
          f"{machine['kernel']}, root={'yes' if machine['root'] else 'no (ss -tunap sees only own processes)'}"
          f", runs={a.runs} (+1 warm-up), round robin")
    if use_time:
        print("peak RSS: GNU time %M (separate run per round; wall times are from direct runs)")
    else:
        floor = measure(["true"])[1] / 1024
        print(f"WARNING: no GNU time; peak RSS from os.wait4 is floored at {floor:.1f} MiB "
              "(this script's own RSS), so small figures are not comparable")
    results = {}
    for n in levels:
        proc, info = start_loadgen(a.loadgen, n)
        try:
            print(f"\n{info}")
            res = {"sockets": count_sockets(), "results": bench_level(a.runs, use_time), "watch": watch_poll()}
        finally:
            stop_loadgen(proc)
        results[n] = res
        print_level(n, res)
    print_summary(results)
    if a.json:
        a.json.write_text(json.dumps({"machine": machine, "runs": a.runs, "levels": results}, indent=2))
        print(f"\nraw figures: {a.json}")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
