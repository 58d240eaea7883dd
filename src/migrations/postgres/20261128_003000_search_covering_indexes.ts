import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Covering indexes for the two reads search makes when the index changed: every document's
// metadata (without reading the long texts stored in the same rows) and the postings of a
// term without positions (index only). Written by hand, identical on both databases.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX search_docs_meta_idx ON search_docs (id, doc_key, kind, audience, languages, published_at, length, facets, updated_at)`)
  await db.execute(sql`CREATE INDEX search_postings_term_tf_idx ON search_postings (term, doc_id, field, tf)`)
  await db.execute(sql`DROP INDEX search_postings_term_idx`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX search_postings_term_idx ON search_postings (term)`)
  await db.execute(sql`DROP INDEX search_postings_term_tf_idx`)
  await db.execute(sql`DROP INDEX search_docs_meta_idx`)
}
