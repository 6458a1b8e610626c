// Shared corrections with optimistic concurrency: every entry has a version; a write names the version it
// read and succeeds only if the store still has that one. Two readers correcting the same entry at once
// therefore never overwrite each other unseen: the second gets a conflict with the value now stored, to show
// beside its own.
import type { ClientBase } from 'pg';

export interface StoredCorrection {
  key: string;
  value: unknown;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

export type CorrectionWrite = { ok: true; version: number } | { ok: false; current: StoredCorrection | null };

const COLUMNS = 'key, value, version, updated_at AS "updatedAt", updated_by AS "updatedBy"';

export async function listCorrections(client: ClientBase): Promise<StoredCorrection[]> {
  return (await client.query<StoredCorrection>(`SELECT ${COLUMNS} FROM corrections ORDER BY key`)).rows;
}

export async function getCorrection(client: ClientBase, key: string): Promise<StoredCorrection | null> {
  return (await client.query<StoredCorrection>(`SELECT ${COLUMNS} FROM corrections WHERE key = $1`, [key])).rows[0] ?? null;
}

/**
 * Writes `value` under `key` if the stored version is still `expected` (null: the entry must not exist
 * yet). Resolves to the new version, or to the entry as it now stands when someone else wrote first.
 */
export async function putCorrection(client: ClientBase, key: string, value: unknown, expected: number | null, by: string): Promise<CorrectionWrite> {
  const json = JSON.stringify(value);
  const r = expected === null
    ? await client.query<{ version: number }>(
      'INSERT INTO corrections (key, value, updated_by) VALUES ($1, $2::jsonb, $3) ON CONFLICT (key) DO NOTHING RETURNING version', [key, json, by])
    : await client.query<{ version: number }>(
      `UPDATE corrections SET value = $2::jsonb, version = version + 1, updated_at = now(), updated_by = $3
       WHERE key = $1 AND version = $4 RETURNING version`, [key, json, by, expected]);
  if (r.rows.length) return { ok: true, version: r.rows[0].version };
  return { ok: false, current: await getCorrection(client, key) };
}
