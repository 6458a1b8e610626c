// Keeps the entities and entity_counts tables equal to what the mentions say: each entity's type and
// canonical name, how many articles and mentions it has, and its roles. Called inside the loader's
// transaction, after the old rows of replaced articles are gone and the new rows are in. New articles only
// add to the counts (cheap, even for an entity in most of the archive); an entity that lost rows with a
// replaced article is counted again from all its mentions, and dropped when none is left.
import type { ClientBase } from 'pg';
import type { StoreArticle } from './types';

/** Distinct roles, sorted, of a set of mention rows. */
const ROLES = "coalesce(array_agg(DISTINCT role ORDER BY role) FILTER (WHERE role IS NOT NULL), '{}')";

const UPSERT_NAMES = `
INSERT INTO entities (id, type, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name
WHERE (entities.type, entities.name) IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.name)`;

/**
 * The counts, by entity, of the mentions rows that `join` (a join of an unnest()ed parameter to mentions m)
 * picks. Written as a join, not `= ANY($1)`: mid-load the table's statistics are stale, and with ANY the
 * planner was seen to scan all the mentions for a batch's few thousand, a cost that grew with the store.
 */
const COUNTS = (join: string) => `
INSERT INTO entity_counts AS e (entity, article_count, mention_count, roles)
SELECT m.entity, count(DISTINCT m.article_id), count(*), ${ROLES} FROM ${join} GROUP BY m.entity`;

const ADD_COUNTS = `${COUNTS('unnest($1::bigint[]) AS a (id) JOIN mentions m ON m.article_id = a.id WHERE NOT (m.entity = ANY($2::text[]))')}
ON CONFLICT (entity) DO UPDATE SET article_count = e.article_count + EXCLUDED.article_count,
  mention_count = e.mention_count + EXCLUDED.mention_count,
  roles = CASE WHEN EXCLUDED.roles <@ e.roles THEN e.roles ELSE ARRAY(SELECT DISTINCT r FROM unnest(e.roles || EXCLUDED.roles) AS r ORDER BY r) END`;

const RECOUNT = `${COUNTS('unnest($1::text[]) AS t (entity) JOIN mentions m ON m.entity = t.entity')}
ON CONFLICT (entity) DO UPDATE SET article_count = EXCLUDED.article_count, mention_count = EXCLUDED.mention_count, roles = EXCLUDED.roles`;

/** An entity no mention names any more goes, its counts with it (ON DELETE CASCADE). */
const DROP_UNUSED = 'DELETE FROM entities e WHERE e.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity = e.id)';

/**
 * The type and name of each entity of the batch: the pair most of its mentions give (the last loaded wins
 * over what the store said, so re-loading with a newer engine renames).
 */
export function entityNames(articles: readonly StoreArticle[]): { ids: string[]; types: string[]; names: string[] } {
  const votes = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const m of a.mentions) {
      const byPair = votes.get(m.entity) ?? new Map<string, number>();
      votes.set(m.entity, byPair);
      const pair = JSON.stringify([m.type, m.name]);
      byPair.set(pair, (byPair.get(pair) ?? 0) + 1);
    }
  }
  const out = { ids: [] as string[], types: [] as string[], names: [] as string[] };
  for (const [id, byPair] of votes) {
    const [type, name] = JSON.parse([...byPair].reduce((a, b) => (b[1] > a[1] ? b : a))[0]) as [string, string];
    out.ids.push(id);
    out.types.push(type);
    out.names.push(name);
  }
  return out;
}

/**
 * Updates the entities of the rows just written (`articleIds`, from `articles`) and of the rows just deleted
 * (`touched`: the entities the replaced articles mentioned).
 */
export async function updateEntities(client: ClientBase, articles: readonly StoreArticle[], articleIds: readonly string[], touched: readonly string[]): Promise<void> {
  const { ids, types, names } = entityNames(articles);
  if (ids.length) await client.query(UPSERT_NAMES, [ids, types, names]);
  if (articleIds.length) await client.query(ADD_COUNTS, [articleIds, touched]);
  if (touched.length) {
    await client.query(RECOUNT, [touched]);
    await client.query(DROP_UNUSED, [touched]);
  }
}
