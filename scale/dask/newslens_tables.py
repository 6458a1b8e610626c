"""Pure functions from NewsLens records to the job's output tables (no Dask, no I/O).

Kept apart from the Dask graph (newslens_job.py) so that what a table holds is read and changed in one
place, and so that both the job and a one-machine comparison can use the same code.

Terms:
  record       one output line of `newslens annotate --input jsonl`: {"id", "file", "title", "entities",
               "quotes", "links", ...} or an error line {"id", "line", "error"}.
  link row     one element of a record's "links": {"key", "entity", ...}; the job adds "doc".
  link line    one output line of `newslens link -`: {"entity", "id", "name", "type", ...}.
  article-level entity   the id an entity has inside one article ("person:alexander-lavrentiev");
  corpus entity          the id `link` resolves it to across the archive.
"""

from __future__ import annotations

import json

# What JavaScript's String.prototype.trim() removes: the CLI skips a line that is only these, so the job
# must skip exactly the same lines to keep "one output line per input line" aligned.
JS_WHITESPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)

# The optional input fields that the articles table carries (input wins over what the record says, since
# the caller knows its own metadata better than the engine's guess from the text).
INPUT_META = ("id", "date", "outlet", "url", "title")

ARTICLE_FIELDS = ("id", "file", "title", "date", "outlet", "url", "n_entities", "n_quotes", "error")
MENTION_FIELDS = ("doc", "start", "end", "text", "type", "entity", "name", "role")
ENTITY_FIELDS = ("id", "name", "type", "roles", "articles", "mentions")
QUOTE_FIELDS = ("doc", "kind", "start", "end", "text", "cue", "rule", "speaker", "speaker_entity", "speaker_name")
ENTITY_LINK_FIELDS = ("entity", "id", "name", "type", "key")


def is_blank(line: str) -> bool:
    """True for a line the CLI skips as blank (see JS_WHITESPACE)."""
    return not line.strip(JS_WHITESPACE)


def input_meta(line: str) -> dict:
    """The metadata of one input line (everything but the text), or {"invalid": why} when it is not JSON.

    The CLI itself reports bad lines as error records; this only keeps what the articles table needs, so
    the (possibly large) text is not held twice.
    """
    try:
        value = json.loads(line.lstrip("\ufeff"))  # a byte-order mark opening a file is not part of the JSON
    except ValueError as e:
        return {"invalid": f"not JSON ({e})"}
    if not isinstance(value, dict):
        return {"invalid": "not a JSON object"}
    return {k: value[k] for k in INPUT_META if value.get(k) is not None}


def jkey(value) -> str:
    """A canonical string for a JSON value, for dict keys and sorting (ids may be strings or numbers)."""
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def dumps(row: dict) -> str:
    """One table line: compact, UTF-8, fields in the order the row was built (stable across runs)."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def ordered(row: dict, fields) -> dict:
    return {f: row.get(f) for f in fields}


# ------------------------------------------------------------------------------------------ per record


def is_error(record: dict) -> bool:
    return "error" in record and "entities" not in record


def article_row(meta: dict, record: dict, where: str) -> dict:
    """The articles-table row of one input line. `where` ("partition 3, line 17") locates a line without id."""
    if is_error(record):
        rid = record.get("id", meta.get("id"))
        error = record["error"] if rid is not None else f"{where}: {record['error']}"
        return ordered({**meta, "id": rid, "error": error}, ARTICLE_FIELDS)
    return ordered(
        {
            "id": record.get("id", meta.get("id")),
            "file": record.get("file"),
            "title": meta.get("title", record.get("title")),
            "date": meta.get("date", record.get("date")),
            "outlet": meta.get("outlet", record.get("outlet")),
            "url": meta.get("url", record.get("url")),
            "n_entities": len(record.get("entities") or []),
            "n_quotes": len(record.get("quotes") or []),
            "error": None,
        },
        ARTICLE_FIELDS,
    )


def link_rows(record: dict):
    """The record's link rows with "doc" added, each with what the entities table needs beside it.

    Yields (row, mentions, roles): `row` is passed to `newslens link` untouched but for "doc"; mentions and
    roles (counted from the record's entities) stay beside it, outside the JSON the CLI reads.
    """
    if is_error(record):
        return
    doc = record["id"]
    mentions: dict[str, int] = {}
    roles: dict[str, set] = {}
    for e in record.get("entities") or []:
        ent = e.get("entity")
        mentions[ent] = mentions.get(ent, 0) + 1
        if e.get("role"):
            roles.setdefault(ent, set()).add(e["role"])
    for row in record.get("links") or []:
        ent = row["entity"]
        yield {**row, "doc": doc}, mentions.get(ent, 0), sorted(roles.get(ent, ()))


def mention_rows(record: dict, corpus: dict) -> list:
    """The mentions of one record, their entity mapped to the corpus entity: corpus[entity] = (id, name)."""
    out = []
    for e in record.get("entities") or []:
        cid, name = corpus.get(e.get("entity"), (None, None))
        out.append(
            ordered(
                {
                    "doc": record["id"],
                    "start": e.get("start"),
                    "end": e.get("end"),
                    "text": e.get("text"),
                    "type": e.get("type"),
                    "entity": cid,
                    "name": name,
                    "role": e.get("role"),
                },
                MENTION_FIELDS,
            )
        )
    return out


def quote_rows(record: dict, corpus: dict) -> list:
    """The quotes of one record; a speaker with an article-level entity gets its corpus id and name."""
    out = []
    for q in record.get("quotes") or []:
        speaker = q.get("speaker") or None
        cue = q.get("cue")
        cid, name = (None, None)
        if speaker and speaker.get("entity") is not None:
            cid, name = corpus.get(speaker["entity"], (None, None))
        out.append(
            ordered(
                {
                    "doc": record["id"],
                    "kind": q.get("kind"),
                    "start": q.get("start"),
                    "end": q.get("end"),
                    "text": q.get("text"),
                    "cue": cue.get("text") if isinstance(cue, dict) else cue,
                    "rule": q.get("rule"),
                    "speaker": speaker.get("text") if speaker else None,
                    "speaker_entity": cid,
                    "speaker_name": name,
                },
                QUOTE_FIELDS,
            )
        )
    return out


# ------------------------------------------------------------------------------------------ sort orders


def by_id(row: dict):
    return (jkey(row.get("id")) if row.get("id") is not None else "", row.get("error") or "")


def by_doc_start(row: dict):
    # Every field in the key, so ties (two mentions of one span) still sort the same way on every run.
    return (jkey(row["doc"]), row.get("start") or 0, row.get("end") or 0, dumps(row))
