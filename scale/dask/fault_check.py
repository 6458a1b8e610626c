#!/usr/bin/env python3
"""The job with one worker SIGKILLed mid-annotate: for check.mjs (the CI tier), not for production runs.

    python3 scale/dask/fault_check.py INPUT --out OUT_DIR [newslens_job.py options]

Runs newslens_job.main() and, once the work is submitted, waits until a worker's `annotate` subprocess has
been running for a second, then SIGKILLs that worker process (not its nanny). The nanny starts a new worker
and the scheduler runs the lost tasks again; check.mjs then compares the output with an undisturbed run.
The last line printed is `fault: {json}`: what was killed, when, and whether the worker came back.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # no __pycache__ left in the repository's scale/dask/

import newslens_job  # noqa: E402

MIN_RUNNING = 1.0  # seconds the annotate subprocess has run: the kill lands mid-partition, not at its start
DEADLINE = 180.0


def executing_keys(dask_worker=None):
    """On a worker: the keys of the tasks it is running now."""
    return sorted(str(ts.key) for ts in dask_worker.state.executing)


def annotate_child(pid: int):
    """The worker's running `annotate` subprocess (node, or whatever --cli names), if any."""
    import psutil

    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return None
    for c in children:
        try:
            if "annotate" in c.cmdline():
                return c
        except psutil.Error:
            continue
    return None


def killer(report: dict):
    def hook(client, futures, annotate_keys):
        import psutil

        started = time.time()
        pids = client.run(os.getpid)  # worker address -> pid of the worker process (the nanny is its parent)
        report["workers_before"] = sorted(pids.values())
        while time.time() - started < DEADLINE:
            for addr, pid in pids.items():
                child = annotate_child(pid)
                if child is None or time.time() - child.create_time() < MIN_RUNNING:
                    continue
                try:
                    report["tasks"] = client.run(executing_keys, workers=[addr]).get(addr, [])
                except Exception as e:  # only for the report
                    report["tasks"] = [f"unknown ({e})"]
                report["write_tasks_done"] = sum(1 for f in futures if f.done())
                os.kill(pid, signal.SIGKILL)
                report.update(killed_pid=pid, worker=addr, child_pid=child.pid,
                              at_seconds=round(time.time() - started, 2))
                print(f"fault: SIGKILL worker pid {pid} ({addr}) while its annotate subprocess {child.pid} "
                      f"ran {report['tasks']}", flush=True)
                wait_gone(child, report)
                wait_restart(client, pid, report)
                return
            time.sleep(0.05)
        report["error"] = f"no annotate subprocess seen running for {MIN_RUNNING} s within {DEADLINE} s"

    return hook


def wait_gone(child, report: dict) -> None:
    """The node child dies with its worker (PR_SET_PDEATHSIG in newslens_job), rather than running on."""
    import psutil

    try:
        child.wait(timeout=10)
        report["child_gone"] = True
    except psutil.TimeoutExpired:
        report["child_gone"] = False


def wait_restart(client, killed: int, report: dict) -> None:
    """Waits for the nanny to bring the pool back to its size with a new worker process."""
    want = len(report["workers_before"])
    t0 = time.time()
    while time.time() - t0 < 120:
        try:
            pids = client.run(os.getpid)
        except Exception:
            pids = {}
        if len(pids) >= want and killed not in pids.values():
            report["workers_after"] = sorted(pids.values())
            report["restarted_in"] = round(time.time() - t0, 2)
            return
        time.sleep(0.2)
    report["workers_after"] = None


def main() -> int:
    report: dict = {}
    code = newslens_job.main(sys.argv[1:], on_submitted=killer(report))
    print("fault: " + json.dumps(report), flush=True)
    return code or (1 if "killed_pid" not in report else 0)


if __name__ == "__main__":
    sys.exit(main())
