import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Tables Payload does not model: the site search index, OAI-PMH record states and usage
// counters. Written by hand, kept identical in shape to the PostgreSQL migration.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE search_docs (
    id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    doc_key text NOT NULL UNIQUE,
    kind text NOT NULL,
    ref_id text NOT NULL,
    audience text NOT NULL,
    languages text NOT NULL,
    published_at text,
    title_en text,
    title_ru text,
    body_en text,
    body_ru text,
    url_path text NOT NULL,
    facets text NOT NULL DEFAULT '{}',
    length integer NOT NULL DEFAULT 0,
    updated_at text NOT NULL
  )`)
  await db.run(sql`CREATE TABLE search_postings (
    term text NOT NULL,
    doc_id integer NOT NULL,
    field text NOT NULL,
    tf integer NOT NULL,
    positions text NOT NULL
  )`)
  await db.run(sql`CREATE INDEX search_postings_term_idx ON search_postings (term)`)
  await db.run(sql`CREATE INDEX search_postings_doc_idx ON search_postings (doc_id)`)
  await db.run(sql`CREATE TABLE oai_records (
    publication_id integer PRIMARY KEY NOT NULL,
    state text NOT NULL,
    datestamp text NOT NULL
  )`)
  await db.run(sql`CREATE TABLE usage_counts (
    publication_id integer NOT NULL,
    language text NOT NULL,
    month text NOT NULL,
    kind text NOT NULL,
    count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (publication_id, language, month, kind)
  )`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS usage_counts`)
  await db.run(sql`DROP TABLE IF EXISTS oai_records`)
  await db.run(sql`DROP TABLE IF EXISTS search_postings`)
  await db.run(sql`DROP TABLE IF EXISTS search_docs`)
}
