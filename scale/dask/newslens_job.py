#!/usr/bin/env python3
"""NewsLens at archive scale on Dask: annotate JSONL articles in parallel, link entities across the archive.

    python3 scale/dask/newslens_job.py INPUT [INPUT...] --out OUT_DIR [--workers N | --scheduler tcp://host:8786]

The stages (each a set of Dask tasks; see README.md beside this file):

  1. read     INPUT (paths, globs or URLs Dask can read) split into line partitions by --blocksize;
  2. annotate each partition piped through `node dist/cli.js annotate --input jsonl - --jobs 1`
              (one record per input line, same order);
  3. shuffle  every record's link rows, plus "doc", onto partitions by their "key" (a Dask dataframe
              shuffle: all rows of one key land in one partition);
  4. link     each of those partitions piped through `node dist/cli.js link -`: article-level entity ->
              corpus entity id and canonical name; the entities table is summed up right there, since every
              row of a corpus entity shares its key and so its partition;
  5. align    the (doc, entity) -> corpus id mapping shuffled back onto the annotate partitions (a
              set_index on the partition number with fixed divisions), so that
  6. write    each annotate partition writes its articles, mentions and quotes with corpus ids.

Every table part is written by one task, sorted, to a temporary name and then renamed: a task that is run
again (its worker died) rewrites the same bytes, and a re-run of the job gives identical files.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shlex
import subprocess
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
# The modules every worker imports (sent with Client.upload_file, so a real cluster needs no install).
MODULES = (HERE / "newslens_tables.py", HERE / "newslens_job.py")

if str(HERE) not in sys.path:  # `python3 -m` from elsewhere, or an import by path
    sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ left in the repository's scale/dask/

import newslens_tables as T  # noqa: E402

log = logging.getLogger("newslens_job")

TABLES = ("articles", "mentions", "entities", "quotes", "entity_links")
DEFAULT_BLOCKSIZE = "auto"  # see auto_blocksize()
MIN_BLOCK, MAX_BLOCK = 64 * 1024, 16 * 1024 * 1024
PARTITIONS_PER_WORKER = 2
COMPRESSED = (".gz", ".bz2", ".xz", ".zst", ".lz4")


class NewsLensCliError(RuntimeError):
    """The NewsLens CLI failed (non-zero exit, or output that breaks the one-line-per-input protocol)."""


# ------------------------------------------------------------------------------------- the subprocess

def _die_with_parent():
    """In the forked child, before exec: ask Linux to SIGKILL it when the worker dies.

    Without this a worker killed mid-partition (the nanny then restarts it) leaves its node process
    annotating for nobody until it next writes to the dead pipe. libc is loaded in the parent (below), so
    the child only makes one foreign call: no import, no lock taken after fork.
    """
    if _LIBC is not None:
        _LIBC.prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL


try:  # Linux only; elsewhere the child simply outlives a killed worker for a while
    import ctypes

    _LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
except OSError:  # pragma: no cover
    _LIBC = None


def _child_env() -> dict:
    """The worker's environment without what Dask's nanny sets for Python's own memory: with
    MALLOC_TRIM_THRESHOLD_=65536 glibc gives memory back to the system at every free, and node annotates
    about 25% slower (measured on 290 articles: 6.8 s -> 8.5-9.5 s)."""
    return {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}


def run_cli(cli: list, args: list, stdin: bytes, timeout: float | None = None) -> bytes:
    """Runs `cli + args` with `stdin` on its standard input and returns its standard output.

    communicate() (inside subprocess.run) writes stdin and reads stdout and stderr concurrently, so a
    partition larger than the pipe buffers cannot deadlock. Any failure raises with the CLI's stderr.
    """
    cmd = [*cli, *args]
    try:
        proc = subprocess.run(
            cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=_child_env(),
            preexec_fn=_die_with_parent if _LIBC is not None else None,
        )
    except FileNotFoundError as e:
        raise NewsLensCliError(f"cannot run {shlex.join(cmd)}: {e}") from e
    except subprocess.TimeoutExpired as e:
        raise NewsLensCliError(f"{shlex.join(cmd)} took over {timeout} s; stderr:\n{_tail(e.stderr)}") from e
    if proc.returncode != 0:
        raise NewsLensCliError(f"{shlex.join(cmd)} exited {proc.returncode}; stderr:\n{_tail(proc.stderr)}")
    noisy = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    for ln in noisy[:5]:  # warnings, e.g. "3 of 500 lines had errors": shown in the worker's log
        log.warning("%s: %s", args[0], ln)
    return proc.stdout


def _tail(data: bytes | None, limit: int = 4000) -> str:
    text = (data or b"").decode("utf-8", "replace").strip()
    return text[-limit:] if text else "(nothing on stderr)"


def output_lines(stdout: bytes) -> list:
    return [ln for ln in stdout.decode("utf-8").split("\n") if ln.strip()]


# ------------------------------------------------------------------------------------ stage functions

def annotate_partition(lines: list, part: int, cli: list, timeout: float | None, jobs: int = 1) -> list:
    """Stage 2: one input partition through `annotate --input jsonl - --jobs 1` (one thread per Dask worker).

    Returns [(line_no, meta, record)] in input order. Blank lines are left out here exactly as the CLI
    leaves them out, so the i-th output line answers the i-th line sent; ids are checked as well.
    """
    items = []
    for n, raw in enumerate(lines):
        line = raw[:-1] if raw.endswith("\n") else raw
        if not T.is_blank(line):
            items.append((n, line))
    if not items:
        return []
    payload = ("\n".join(line for _, line in items) + "\n").encode("utf-8")
    out = output_lines(run_cli(cli, ["annotate", "--input", "jsonl", "-", "--jobs", str(jobs)], payload, timeout))
    if len(out) != len(items):
        raise NewsLensCliError(f"annotate: partition {part}: {len(items)} lines in, {len(out)} lines out")
    result = []
    for (n, line), text in zip(items, out):
        meta = T.input_meta(line)
        record = json.loads(text)
        if "id" in meta and record.get("id") is not None and T.jkey(record["id"]) != T.jkey(meta["id"]):
            raise NewsLensCliError(f"annotate: partition {part} line {n + 1}: sent id {meta['id']!r}, got {record['id']!r}")
        result.append((n, meta, record))
    return result


ROW_COLUMNS = {"key": "object", "part": "int64", "line": "int64", "idx": "int64", "doc": "object",
               "entity": "object", "row": "object", "mentions": "int64", "roles": "object"}
MAP_COLUMNS = {"part": "int64", "doc": "object", "entity": "object", "id": "object", "name": "object"}


def frame(rows: list, columns: dict):
    """A pandas frame with fixed dtypes, also when empty (Dask checks every partition against its meta)."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype=t) for c, t in columns.items()})


def link_rows_frame(annotated: list, part: int):
    """Stage 3's input: the partition's link rows, "doc" added, with their input position beside them."""
    rows = []
    for line, _meta, record in annotated:
        for idx, (row, mentions, roles) in enumerate(T.link_rows(record)):
            rows.append({"key": T.jkey(row["key"]), "part": part, "line": line, "idx": idx, "doc": row["doc"],
                         "entity": row["entity"], "row": T.dumps(row), "mentions": mentions, "roles": json.dumps(roles)})
    return frame(rows, ROW_COLUMNS)


def link_partition(df, cli: list, timeout: float | None):
    """Stage 4: all rows of a set of keys through `link -`.

    Returns (mapping, entities, links): mapping, a frame of (part, doc, entity, id, name) for every row, to
    be sent back to the row's annotate partition; entities, the entities-table rows of the corpus entities
    these keys hold; links, the CLI's own lines (the entity_links table).
    """
    if df.empty:
        return frame([], MAP_COLUMNS), [], []
    # Grouped by key, each key's rows in input order: the order `link` would see in a one-machine run.
    df = df.sort_values(["key", "part", "line", "idx"], kind="mergesort")
    payload = ("\n".join(df["row"]) + "\n").encode("utf-8")
    linked = {}
    links = []
    for text in output_lines(run_cli(cli, ["link", "-"], payload, timeout)):
        o = json.loads(text)
        linked[o["entity"]] = o
        links.append(T.ordered(o, T.ENTITY_LINK_FIELDS) | {k: v for k, v in o.items() if k not in T.ENTITY_LINK_FIELDS})
    mapping, entities, seen = [], {}, set()
    for part, doc, entity, mentions, roles in zip(df["part"], df["doc"], df["entity"], df["mentions"], df["roles"]):
        o = linked.get(entity)
        if o is None:
            raise NewsLensCliError(f"link: no line for entity {entity!r} of document {doc!r}")
        mapping.append({"part": int(part), "doc": doc, "entity": entity, "id": o["id"], "name": o["name"]})
        if (T.jkey(doc), entity) in seen:  # an entity with two rows in one article is counted once
            continue
        seen.add((T.jkey(doc), entity))
        e = entities.setdefault(o["id"], {"id": o["id"], "name": o["name"], "type": o.get("type"),
                                          "roles": set(), "docs": set(), "mentions": 0})
        e["roles"].update(json.loads(roles))
        e["docs"].add(T.jkey(doc))
        e["mentions"] += int(mentions)
    table = [T.ordered({**e, "roles": sorted(e["roles"]), "articles": len(e["docs"])}, T.ENTITY_FIELDS)
             for e in entities.values()]
    return frame(mapping, MAP_COLUMNS), table, links


def first(pair):
    return pair[0]


def doc_tables(annotated: list, mapping, part: int) -> dict:
    """Stage 6: the articles, mentions and quotes rows of one annotate partition, with corpus ids."""
    corpus: dict = {}
    for doc, entity, cid, name in zip(mapping["doc"], mapping["entity"], mapping["id"], mapping["name"]):
        corpus.setdefault(T.jkey(doc), {})[entity] = (cid, name)
    articles, mentions, quotes = [], [], []
    for line, meta, record in annotated:
        where = f"input partition {part}, line {line + 1}"
        articles.append(T.article_row(meta, record, where))
        if T.is_error(record):
            continue
        ids = corpus.get(T.jkey(record["id"]), {})
        mentions += T.mention_rows(record, ids)
        quotes += T.quote_rows(record, ids)
    return {"articles": sorted(articles, key=T.by_id),
            "mentions": sorted(mentions, key=T.by_doc_start),
            "quotes": sorted(quotes, key=T.by_doc_start)}


# --------------------------------------------------------------------------------------------- output

def parquet_engine() -> str | None:
    """pyarrow or fastparquet when importable (Debian 12 packages neither): Parquet is written beside JSONL."""
    for engine in ("pyarrow", "fastparquet"):
        try:
            __import__(engine)
            return engine
        except ImportError:
            continue
    return None


def write_part(out_dir: str, table: str, index: int, rows: list, parquet: bool) -> int:
    """Writes rows as OUT_DIR/TABLE/part-NNNNN.jsonl (and .parquet), atomically: temp name, then rename.

    A task run twice (its worker died after writing) writes the same bytes again; a reader never sees half a
    file. Any fsspec URL works as OUT_DIR (a shared folder or object store on a real cluster).
    """
    import fsspec

    fs, root = fsspec.core.url_to_fs(out_dir)
    folder = f"{root.rstrip('/')}/{table}"
    fs.makedirs(folder, exist_ok=True)
    name = f"{folder}/part-{index:05d}"
    tmp = f"{name}.jsonl.tmp-{uuid.uuid4().hex}"
    with fs.open(tmp, "wb") as f:
        f.write("".join(T.dumps(r) + "\n" for r in rows).encode("utf-8"))
    fs.mv(tmp, f"{name}.jsonl")
    engine = parquet_engine() if parquet else None
    if engine:
        import pandas as pd

        # Lists (an entity's roles) as JSON text, so both engines write the same flat schema.
        flat = [{k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in r.items()} for r in rows]
        tmp = f"{name}.parquet.tmp-{uuid.uuid4().hex}"
        with fs.open(tmp, "wb") as f:
            pd.DataFrame(flat).to_parquet(f, engine=engine, index=False)
        fs.mv(tmp, f"{name}.parquet")
    return len(rows)


def write_doc_tables(out_dir: str, part: int, annotated: list, mapping, parquet: bool) -> dict:
    tables = doc_tables(annotated, mapping, part)
    counts = {t: write_part(out_dir, t, part, rows, parquet) for t, rows in tables.items()}
    counts["errors"] = sum(1 for r in tables["articles"] if r["error"] is not None)
    counts["unlinked"] = sum(1 for r in tables["mentions"] if r["entity"] is None)
    return counts


def write_link_tables(out_dir: str, index: int, linked: tuple, parquet: bool) -> dict:
    _mapping, entities, links = linked
    return {"entities": write_part(out_dir, "entities", index, sorted(entities, key=T.by_id), parquet),
            "entity_links": write_part(out_dir, "entity_links", index, sorted(links, key=lambda r: T.jkey(r["entity"])), parquet)}


def clear_tables(out_dir: str) -> None:
    """Removes the table folders of an earlier run (only those), so no stale part file survives."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(out_dir)
    for t in TABLES:
        path = f"{root.rstrip('/')}/{t}"
        if fs.exists(path):
            fs.rm(path, recursive=True)
    fs.makedirs(root, exist_ok=True)


# ---------------------------------------------------------------------------------------------- graph

def build_graph(inputs: list, out_dir: str, cli: list, blocksize, link_partitions: int | None,
                timeout: float | None, parquet: bool, annotate_jobs: int = 1):
    """The whole job as Dask delayed objects; returns (write tasks, annotate task keys, partition count)."""
    import dask.bag as db
    import dask.dataframe as dd
    from dask import delayed

    if any(str(p).endswith(COMPRESSED) for p in inputs):
        blocksize = None  # a compressed file cannot be split: one partition per file
    parts = db.read_text(inputs, blocksize=blocksize, linedelimiter="\n").to_delayed()
    n = len(parts)
    if n == 0:
        raise ValueError(f"no input files match {inputs}")
    run = uuid.uuid4().hex[:8]  # unique task names: two runs on one cluster never share results
    annotated = [delayed(annotate_partition, pure=False)(p, i, cli, timeout, annotate_jobs, dask_key_name=f"newslens-annotate-{run}-{i}")
                 for i, p in enumerate(parts)]
    rows = dd.from_delayed([delayed(link_rows_frame)(a, i, dask_key_name=f"newslens-linkrows-{run}-{i}")
                            for i, a in enumerate(annotated)], meta=frame([], ROW_COLUMNS), verify_meta=False)
    k = link_partitions or n
    by_key = rows.shuffle("key", npartitions=k, shuffle="tasks", ignore_index=True).to_delayed()
    linked = [delayed(link_partition, pure=False)(p, cli, timeout, dask_key_name=f"newslens-link-{run}-{j}")
              for j, p in enumerate(by_key)]
    mapping = dd.from_delayed([delayed(first)(x, dask_key_name=f"newslens-mapping-{run}-{j}")
                               for j, x in enumerate(linked)], meta=frame([], MAP_COLUMNS), verify_meta=False)
    # Divisions 0, 1, ..., n: partition i holds exactly the rows of annotate partition i (the last also
    # n, which never occurs), so mapping partition i lines up with annotated[i].
    aligned = mapping.set_index("part", divisions=list(range(n + 1)), shuffle="tasks").to_delayed()
    assert len(aligned) == n
    writes = [delayed(write_doc_tables, pure=False)(out_dir, i, annotated[i], aligned[i], parquet,
                                                    dask_key_name=f"newslens-write-{run}-{i}") for i in range(n)]
    writes += [delayed(write_link_tables, pure=False)(out_dir, j, x, parquet, dask_key_name=f"newslens-write-links-{run}-{j}")
               for j, x in enumerate(linked)]
    return writes, [a.key for a in annotated], n


def auto_blocksize(inputs: list, workers: int) -> int:
    """Input bytes per annotate partition: about 2 partitions per worker, so that a slow partition or a lost
    worker does not leave the others idle for long, but at least 64 KiB (each partition pays node's start and
    model load, about 1.5 s) and at most 16 MiB (about 3,000 long articles: what a lost worker makes the job
    redo)."""
    import fsspec

    total = sum(f.fs.size(f.path) for f in fsspec.open_files(inputs))
    # Floor, not ceiling: Dask makes size // blocksize blocks of a file (it widens the blocks to fit).
    return max(MIN_BLOCK, min(MAX_BLOCK, total // (PARTITIONS_PER_WORKER * max(1, workers))))


def cli_command(dist: str | None, node: str, cli: str | None) -> list:
    """The NewsLens command every worker runs: --cli as given, else NODE DIST/cli.js."""
    if cli:
        return shlex.split(cli)
    return [node, str(Path(dist or REPO_ROOT / "dist").resolve() / "cli.js")]


def check_cli(cli: list) -> str:
    """Run on every worker before the job: the CLI answers --version there (node, dist/ and models/ present)."""
    return run_cli(cli, ["--version"], b"", timeout=60).decode().strip()


def run_job(client, inputs: list, out_dir: str, cli: list, blocksize=DEFAULT_BLOCKSIZE, link_partitions=None,
            timeout=None, parquet=True, on_submitted=None, annotate_jobs=1) -> dict:
    """Runs the job on a connected dask.distributed Client and returns its summary (also OUT_DIR/_summary.json).

    on_submitted(client, futures, annotate_keys), if given, is called once the work is submitted (the
    fault-injection check kills a worker from there).
    """
    started = time.time()
    for m in MODULES:  # also re-sent to a worker the nanny restarts (a worker plugin)
        client.upload_file(str(m))
    versions = client.run(check_cli, cli)
    log.info("NewsLens %s on %d workers", sorted(set(versions.values())), len(versions))
    clear_tables(out_dir)
    parquet = parquet and parquet_engine() is not None
    if blocksize == "auto":
        blocksize = auto_blocksize(inputs, len(versions))
    writes, annotate_keys, n = build_graph(inputs, out_dir, cli, blocksize, link_partitions, timeout, parquet, annotate_jobs)
    futures = client.compute(writes)
    if on_submitted:
        on_submitted(client, futures, annotate_keys)
    results = client.gather(futures)
    totals: dict = {}
    for r in results:
        for k, v in r.items():
            totals[k] = totals.get(k, 0) + v
    seconds = time.time() - started
    summary = {"inputs": [str(p) for p in inputs], "blocksize": blocksize, "partitions": n, "link_partitions": link_partitions or n,
               "workers": len(versions), "newslens": sorted(set(versions.values())), "parquet": parquet,
               **totals, "seconds": round(seconds, 2),
               "articles_per_second": round(totals.get("articles", 0) / seconds, 1) if seconds else None}
    import fsspec

    with fsspec.open(f"{out_dir.rstrip('/')}/_summary.json", "w") as f:
        f.write(json.dumps(summary, indent=2) + "\n")
    return summary


# ------------------------------------------------------------------------------------------------ CLI

def parse_args(argv=None):
    p = argparse.ArgumentParser(
        prog="newslens_job.py",
        description="Annotate JSONL articles with NewsLens on Dask and link entities across the archive.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL files, globs or URLs ({id, text} a line)")
    p.add_argument("--out", required=True, metavar="OUT_DIR", help="output folder or URL (shared by all workers)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDR", help="a running scheduler, e.g. tcp://host:8786")
    where.add_argument("--workers", type=int, default=2, metavar="N",
                       help="without --scheduler: a LocalCluster of N worker processes, 1 thread each (default 2)")
    p.add_argument("--dist", metavar="PATH", help="NewsLens dist/ folder, same path on every worker (default: this repo's)")
    p.add_argument("--node", default="node", help="node binary on the workers (default: node, Node >= 20)")
    p.add_argument("--cli", metavar="CMD", help="the whole NewsLens command instead of NODE DIST/cli.js")
    p.add_argument("--blocksize", default=DEFAULT_BLOCKSIZE, help="input bytes per annotate partition, e.g. 4MiB (default auto: about 2 partitions a worker, 64 KiB to 16 MiB)")
    p.add_argument("--link-partitions", type=int, metavar="K", help="partitions of the key shuffle (default: as many as annotate)")
    p.add_argument("--annotate-jobs", type=int, default=1, metavar="N",
                   help="--jobs of each annotate call (default 1: a worker thread per Dask worker thread; "
                        "0 annotates in node's main thread, loading the models once instead of twice)")
    p.add_argument("--timeout", type=float, metavar="S", help="seconds one CLI call may take (default: none)")
    p.add_argument("--no-parquet", action="store_true", help="JSONL only, even when pyarrow/fastparquet is importable")
    p.add_argument("--dashboard", metavar="ADDR", help="LocalCluster dashboard address, e.g. :8787 (needs bokeh)")
    p.add_argument("--verbose", action="store_true", help="Dask's own log lines too")
    return p.parse_args(argv)


def local_cluster(workers: int, dashboard: str | None, verbose: bool):
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                        dashboard_address=dashboard, silence_logs=logging.INFO if verbose else logging.ERROR)


def main(argv=None, on_submitted=None) -> int:
    args = parse_args(argv)
    from distributed import Client  # first: importing it sets up its own loggers

    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    log.setLevel(logging.INFO)
    if not args.verbose:  # a LocalCluster's scheduler runs in this process: its INFO lines are noise here
        logging.getLogger("distributed").setLevel(logging.ERROR)

    cli = cli_command(args.dist, args.node, args.cli)
    if not args.scheduler and not args.cli and not Path(cli[1]).is_file():
        print(f"newslens_job: {cli[1]} not found: build it with `node esbuild.mjs` in {REPO_ROOT}", file=sys.stderr)
        return 1
    cluster = None if args.scheduler else local_cluster(args.workers, args.dashboard, args.verbose)
    try:
        with Client(args.scheduler or cluster) as client:
            summary = run_job(client, args.inputs, args.out, cli, args.blocksize, args.link_partitions,
                              args.timeout, not args.no_parquet, on_submitted, args.annotate_jobs)
    except NewsLensCliError as e:  # raised in a task and re-raised here: the CLI's own words, no traceback
        print(f"newslens_job: failed: {e}", file=sys.stderr)
        return 1
    finally:
        if cluster is not None:
            cluster.close()
    print(json.dumps(summary))
    print(f"newslens_job: {summary.get('articles', 0)} articles ({summary.get('errors', 0)} errors), "
          f"{summary.get('mentions', 0)} mentions, {summary.get('entities', 0)} entities, {summary.get('quotes', 0)} quotes "
          f"in {summary['seconds']} s ({summary['articles_per_second']} articles/s) -> {args.out}")
    return 1 if summary.get("unlinked") else 0


if __name__ == "__main__":
    # Run as a script, this file is __main__; the tasks must name functions of the module `newslens_job`
    # (the one uploaded to the workers), so hand over to that module.
    import newslens_job

    sys.exit(newslens_job.main())
