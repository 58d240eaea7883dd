import * as pg from '@payloadcms/db-postgres/drizzle/pg-core'
import * as lite from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Tables that no collection models: the site search index (one entry per searchable thing
 * and its postings) and the monthly usage counters. They are read and written with plain
 * SQL (src/server/search-index, src/server/usage) because they are hot paths that Payload's
 * document layer would slow down; declaring them here puts them in Payload's schema, so
 * `migrate:create` and the drift check cover them on both databases like any collection.
 * The two declarations must say the same thing in each dialect.
 */

type TSchema = { tables: Record<string, unknown> }

export function addCustomSqliteTables<T extends TSchema>({ schema }: { schema: T }): T {
  const searchDocs = lite.sqliteTable(
    'search_docs',
    {
      id: lite.integer('id').primaryKey({ autoIncrement: true }).notNull(),
      doc_key: lite.text('doc_key').notNull(),
      kind: lite.text('kind').notNull(),
      ref_id: lite.text('ref_id').notNull(),
      audience: lite.text('audience').notNull(),
      languages: lite.text('languages').notNull(),
      published_at: lite.text('published_at'),
      title_en: lite.text('title_en'),
      title_ru: lite.text('title_ru'),
      body_en: lite.text('body_en'),
      body_ru: lite.text('body_ru'),
      url_path: lite.text('url_path').notNull(),
      facets: lite.text('facets').notNull().default('{}'),
      length: lite.integer('length').notNull().default(0),
      updated_at: lite.text('updated_at').notNull(),
    },
    (t) => [
      lite.uniqueIndex('search_docs_doc_key_idx').on(t.doc_key),
      // Covering: every entry's metadata without reading the long texts in the same rows.
      lite.index('search_docs_meta_idx').on(t.id, t.doc_key, t.kind, t.audience, t.languages, t.published_at, t.length, t.facets, t.updated_at),
    ],
  )
  const searchPostings = lite.sqliteTable(
    'search_postings',
    {
      term: lite.text('term').notNull(),
      doc_id: lite.integer('doc_id').notNull(),
      field: lite.text('field').notNull(),
      tf: lite.integer('tf').notNull(),
      positions: lite.text('positions').notNull(),
    },
    (t) => [
      // Covering: a term's postings without positions, from the index alone.
      lite.index('search_postings_term_tf_idx').on(t.term, t.doc_id, t.field, t.tf),
      lite.index('search_postings_doc_idx').on(t.doc_id),
    ],
  )
  const usageCounts = lite.sqliteTable(
    'usage_counts',
    {
      publication_id: lite.integer('publication_id').notNull(),
      language: lite.text('language').notNull(),
      month: lite.text('month').notNull(),
      kind: lite.text('kind').notNull(),
      count: lite.integer('count').notNull().default(0),
    },
    (t) => [lite.primaryKey({ columns: [t.publication_id, t.language, t.month, t.kind] })],
  )
  return { ...schema, tables: { ...schema.tables, search_docs: searchDocs, search_postings: searchPostings, usage_counts: usageCounts } }
}

export function addCustomPostgresTables<T extends TSchema>({ schema }: { schema: T }): T {
  const searchDocs = pg.pgTable(
    'search_docs',
    {
      id: pg.serial('id').primaryKey().notNull(),
      doc_key: pg.text('doc_key').notNull(),
      kind: pg.text('kind').notNull(),
      ref_id: pg.text('ref_id').notNull(),
      audience: pg.text('audience').notNull(),
      languages: pg.text('languages').notNull(),
      published_at: pg.text('published_at'),
      title_en: pg.text('title_en'),
      title_ru: pg.text('title_ru'),
      body_en: pg.text('body_en'),
      body_ru: pg.text('body_ru'),
      url_path: pg.text('url_path').notNull(),
      facets: pg.text('facets').notNull().default('{}'),
      length: pg.integer('length').notNull().default(0),
      updated_at: pg.text('updated_at').notNull(),
    },
    (t) => [
      pg.uniqueIndex('search_docs_doc_key_idx').on(t.doc_key),
      pg.index('search_docs_meta_idx').on(t.id, t.doc_key, t.kind, t.audience, t.languages, t.published_at, t.length, t.facets, t.updated_at),
    ],
  )
  const searchPostings = pg.pgTable(
    'search_postings',
    {
      term: pg.text('term').notNull(),
      doc_id: pg.integer('doc_id').notNull(),
      field: pg.text('field').notNull(),
      tf: pg.integer('tf').notNull(),
      positions: pg.text('positions').notNull(),
    },
    (t) => [pg.index('search_postings_term_tf_idx').on(t.term, t.doc_id, t.field, t.tf), pg.index('search_postings_doc_idx').on(t.doc_id)],
  )
  const usageCounts = pg.pgTable(
    'usage_counts',
    {
      publication_id: pg.integer('publication_id').notNull(),
      language: pg.text('language').notNull(),
      month: pg.text('month').notNull(),
      kind: pg.text('kind').notNull(),
      count: pg.integer('count').notNull().default(0),
    },
    (t) => [pg.primaryKey({ name: 'usage_counts_pkey', columns: [t.publication_id, t.language, t.month, t.kind] })],
  )
  return { ...schema, tables: { ...schema.tables, search_docs: searchDocs, search_postings: searchPostings, usage_counts: usageCounts } }
}
