import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

/**
 * Ids are never given again (AUTOINCREMENT on every table: SQLite otherwise hands a deleted
 * last row's id to the next row, so an OAI identifier, a citation or a usage count could
 * pass to another item); the search index and usage tables join Payload's schema
 * (src/server/db/custom-tables.ts); publications get countries that are not participants.
 * SQLite cannot add AUTOINCREMENT to a table: each table is rebuilt (see sqlite-rebuild.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`CREATE TABLE \`publications_other_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(sql`CREATE INDEX \`publications_other_countries_order_idx\` ON \`publications_other_countries\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`publications_other_countries_parent_idx\` ON \`publications_other_countries\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`_publications_v_version_other_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(sql`CREATE INDEX \`_publications_v_version_other_countries_order_idx\` ON \`_publications_v_version_other_countries\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_other_countries_parent_idx\` ON \`_publications_v_version_other_countries\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new_search_docs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`doc_key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`ref_id\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`languages\` text NOT NULL,
  	\`published_at\` text,
  	\`title_en\` text,
  	\`title_ru\` text,
  	\`body_en\` text,
  	\`body_ru\` text,
  	\`url_path\` text NOT NULL,
  	\`facets\` text DEFAULT '{}' NOT NULL,
  	\`length\` integer DEFAULT 0 NOT NULL,
  	\`updated_at\` text NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_search_docs\`("id", "doc_key", "kind", "ref_id", "audience", "languages", "published_at", "title_en", "title_ru", "body_en", "body_ru", "url_path", "facets", "length", "updated_at") SELECT "id", "doc_key", "kind", "ref_id", "audience", "languages", "published_at", "title_en", "title_ru", "body_en", "body_ru", "url_path", "facets", "length", "updated_at" FROM \`search_docs\`;`,
    )
    await db.run(sql`DROP TABLE \`search_docs\`;`)
    await db.run(sql`ALTER TABLE \`__new_search_docs\` RENAME TO \`search_docs\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`search_docs_doc_key_idx\` ON \`search_docs\` (\`doc_key\`);`)
    await db.run(
      sql`CREATE INDEX \`search_docs_meta_idx\` ON \`search_docs\` (\`id\`,\`doc_key\`,\`kind\`,\`audience\`,\`languages\`,\`published_at\`,\`length\`,\`facets\`,\`updated_at\`);`,
    )
    await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(sql`INSERT INTO \`__new_pages\`("id", "slug", "updated_at", "created_at", "_status") SELECT "id", "slug", "updated_at", "created_at", "_status" FROM \`pages\`;`)
    await db.run(sql`DROP TABLE \`pages\`;`)
    await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__pages_v_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__pages_v_blocks_content\`("_order", "_parent_id", "_path", "id", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "_uuid", "block_name" FROM \`_pages_v_blocks_content\`;`,
    )
    await db.run(sql`DROP TABLE \`_pages_v_blocks_content\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v_blocks_content\` RENAME TO \`_pages_v_blocks_content\`;`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_content_order_idx\` ON \`_pages_v_blocks_content\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_content_parent_id_idx\` ON \`_pages_v_blocks_content\` (\`_parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_content_path_idx\` ON \`_pages_v_blocks_content\` (\`_path\`);`)
    await db.run(sql`CREATE TABLE \`__new__pages_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__pages_v_blocks_quote\`("_order", "_parent_id", "_path", "id", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "_uuid", "block_name" FROM \`_pages_v_blocks_quote\`;`,
    )
    await db.run(sql`DROP TABLE \`_pages_v_blocks_quote\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v_blocks_quote\` RENAME TO \`_pages_v_blocks_quote\`;`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_order_idx\` ON \`_pages_v_blocks_quote\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_parent_id_idx\` ON \`_pages_v_blocks_quote\` (\`_parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_path_idx\` ON \`_pages_v_blocks_quote\` (\`_path\`);`)
    await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pages_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_pages_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
    await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`published_at\` text,
  	\`image_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_news\`("id", "published_at", "image_id", "slug", "updated_at", "created_at", "_status") SELECT "id", "published_at", "image_id", "slug", "updated_at", "created_at", "_status" FROM \`news\`;`,
    )
    await db.run(sql`DROP TABLE \`news\`;`)
    await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
    await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
    await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_published_at\` text,
  	\`version_image_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_published_at", "version_image_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_published_at", "version_image_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_news_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
    await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_thematic_areas\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`order\` numeric DEFAULT 1,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_thematic_areas\`("id", "order", "slug", "updated_at", "created_at", "_status") SELECT "id", "order", "slug", "updated_at", "created_at", "_status" FROM \`thematic_areas\`;`,
    )
    await db.run(sql`DROP TABLE \`thematic_areas\`;`)
    await db.run(sql`ALTER TABLE \`__new_thematic_areas\` RENAME TO \`thematic_areas\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`thematic_areas_slug_idx\` ON \`thematic_areas\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`thematic_areas_updated_at_idx\` ON \`thematic_areas\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`thematic_areas_created_at_idx\` ON \`thematic_areas\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`thematic_areas__status_idx\` ON \`thematic_areas\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__thematic_areas_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__thematic_areas_v\`("id", "parent_id", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_thematic_areas_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_thematic_areas_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__thematic_areas_v\` RENAME TO \`_thematic_areas_v\`;`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_parent_idx\` ON \`_thematic_areas_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version_slug_idx\` ON \`_thematic_areas_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version_updated_at_idx\` ON \`_thematic_areas_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version_created_at_idx\` ON \`_thematic_areas_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version__status_idx\` ON \`_thematic_areas_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_created_at_idx\` ON \`_thematic_areas_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_updated_at_idx\` ON \`_thematic_areas_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_snapshot_idx\` ON \`_thematic_areas_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_published_locale_idx\` ON \`_thematic_areas_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_latest_idx\` ON \`_thematic_areas_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_participants_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(sql`INSERT INTO \`__new_participants_groups\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`participants_groups\`;`)
    await db.run(sql`DROP TABLE \`participants_groups\`;`)
    await db.run(sql`ALTER TABLE \`__new_participants_groups\` RENAME TO \`participants_groups\`;`)
    await db.run(sql`CREATE INDEX \`participants_groups_order_idx\` ON \`participants_groups\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`participants_groups_parent_idx\` ON \`participants_groups\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new_participants\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'state',
  	\`iso_code\` text,
  	\`joined_on\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_participants\`("id", "kind", "iso_code", "joined_on", "slug", "updated_at", "created_at", "_status") SELECT "id", "kind", "iso_code", "joined_on", "slug", "updated_at", "created_at", "_status" FROM \`participants\`;`,
    )
    await db.run(sql`DROP TABLE \`participants\`;`)
    await db.run(sql`ALTER TABLE \`__new_participants\` RENAME TO \`participants\`;`)
    await db.run(sql`CREATE INDEX \`participants_iso_code_idx\` ON \`participants\` (\`iso_code\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`participants_slug_idx\` ON \`participants\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`participants_updated_at_idx\` ON \`participants\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`participants_created_at_idx\` ON \`participants\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`participants__status_idx\` ON \`participants\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__participants_v_version_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_participants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__participants_v_version_groups\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`_participants_v_version_groups\`;`,
    )
    await db.run(sql`DROP TABLE \`_participants_v_version_groups\`;`)
    await db.run(sql`ALTER TABLE \`__new__participants_v_version_groups\` RENAME TO \`_participants_v_version_groups\`;`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_groups_order_idx\` ON \`_participants_v_version_groups\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_groups_parent_idx\` ON \`_participants_v_version_groups\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__participants_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'state',
  	\`version_iso_code\` text,
  	\`version_joined_on\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__participants_v\`("id", "parent_id", "version_kind", "version_iso_code", "version_joined_on", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_iso_code", "version_joined_on", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_participants_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_participants_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__participants_v\` RENAME TO \`_participants_v\`;`)
    await db.run(sql`CREATE INDEX \`_participants_v_parent_idx\` ON \`_participants_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_iso_code_idx\` ON \`_participants_v\` (\`version_iso_code\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_slug_idx\` ON \`_participants_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_updated_at_idx\` ON \`_participants_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_created_at_idx\` ON \`_participants_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version__status_idx\` ON \`_participants_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_created_at_idx\` ON \`_participants_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_updated_at_idx\` ON \`_participants_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_snapshot_idx\` ON \`_participants_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_published_locale_idx\` ON \`_participants_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_latest_idx\` ON \`_participants_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_governance_bodies\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`order\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_governance_bodies\`("id", "key", "order", "updated_at", "created_at", "_status") SELECT "id", "key", "order", "updated_at", "created_at", "_status" FROM \`governance_bodies\`;`,
    )
    await db.run(sql`DROP TABLE \`governance_bodies\`;`)
    await db.run(sql`ALTER TABLE \`__new_governance_bodies\` RENAME TO \`governance_bodies\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`governance_bodies_key_idx\` ON \`governance_bodies\` (\`key\`);`)
    await db.run(sql`CREATE INDEX \`governance_bodies_updated_at_idx\` ON \`governance_bodies\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`governance_bodies_created_at_idx\` ON \`governance_bodies\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`governance_bodies__status_idx\` ON \`governance_bodies\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__governance_bodies_v_version_functions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_governance_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__governance_bodies_v_version_functions\`("_order", "_parent_id", "id", "_uuid") SELECT "_order", "_parent_id", "id", "_uuid" FROM \`_governance_bodies_v_version_functions\`;`,
    )
    await db.run(sql`DROP TABLE \`_governance_bodies_v_version_functions\`;`)
    await db.run(sql`ALTER TABLE \`__new__governance_bodies_v_version_functions\` RENAME TO \`_governance_bodies_v_version_functions\`;`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_functions_order_idx\` ON \`_governance_bodies_v_version_functions\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_functions_parent_id_idx\` ON \`_governance_bodies_v_version_functions\` (\`_parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__governance_bodies_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`governance_bodies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__governance_bodies_v\`("id", "parent_id", "version_key", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_key", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_governance_bodies_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_governance_bodies_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__governance_bodies_v\` RENAME TO \`_governance_bodies_v\`;`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_parent_idx\` ON \`_governance_bodies_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version_key_idx\` ON \`_governance_bodies_v\` (\`version_key\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version_updated_at_idx\` ON \`_governance_bodies_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version_created_at_idx\` ON \`_governance_bodies_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version__status_idx\` ON \`_governance_bodies_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_created_at_idx\` ON \`_governance_bodies_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_updated_at_idx\` ON \`_governance_bodies_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_snapshot_idx\` ON \`_governance_bodies_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_published_locale_idx\` ON \`_governance_bodies_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_latest_idx\` ON \`_governance_bodies_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_conferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`ordinal\` numeric,
  	\`held_on\` text,
  	\`held_on_precision\` text DEFAULT 'day',
  	\`declaration_file_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`declaration_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_conferences\`("id", "ordinal", "held_on", "held_on_precision", "declaration_file_id", "slug", "updated_at", "created_at", "_status") SELECT "id", "ordinal", "held_on", "held_on_precision", "declaration_file_id", "slug", "updated_at", "created_at", "_status" FROM \`conferences\`;`,
    )
    await db.run(sql`DROP TABLE \`conferences\`;`)
    await db.run(sql`ALTER TABLE \`__new_conferences\` RENAME TO \`conferences\`;`)
    await db.run(sql`CREATE INDEX \`conferences_declaration_file_idx\` ON \`conferences\` (\`declaration_file_id\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`conferences_slug_idx\` ON \`conferences\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`conferences_updated_at_idx\` ON \`conferences\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`conferences_created_at_idx\` ON \`conferences\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`conferences__status_idx\` ON \`conferences\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__conferences_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_ordinal\` numeric,
  	\`version_held_on\` text,
  	\`version_held_on_precision\` text DEFAULT 'day',
  	\`version_declaration_file_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_declaration_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__conferences_v\`("id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", "version_declaration_file_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", "version_declaration_file_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_conferences_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_conferences_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__conferences_v\` RENAME TO \`_conferences_v\`;`)
    await db.run(sql`CREATE INDEX \`_conferences_v_parent_idx\` ON \`_conferences_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_declaration_file_idx\` ON \`_conferences_v\` (\`version_declaration_file_id\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_slug_idx\` ON \`_conferences_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_updated_at_idx\` ON \`_conferences_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_created_at_idx\` ON \`_conferences_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version__status_idx\` ON \`_conferences_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_created_at_idx\` ON \`_conferences_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_updated_at_idx\` ON \`_conferences_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_snapshot_idx\` ON \`_conferences_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_published_locale_idx\` ON \`_conferences_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_latest_idx\` ON \`_conferences_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_projects\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_projects\`("id", "start_year", "end_year", "slug", "updated_at", "created_at", "_status") SELECT "id", "start_year", "end_year", "slug", "updated_at", "created_at", "_status" FROM \`projects\`;`,
    )
    await db.run(sql`DROP TABLE \`projects\`;`)
    await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__projects_v_version_funders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__projects_v_version_funders\`("_order", "_parent_id", "id", "_uuid") SELECT "_order", "_parent_id", "id", "_uuid" FROM \`_projects_v_version_funders\`;`,
    )
    await db.run(sql`DROP TABLE \`_projects_v_version_funders\`;`)
    await db.run(sql`ALTER TABLE \`__new__projects_v_version_funders\` RENAME TO \`_projects_v_version_funders\`;`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_funders_order_idx\` ON \`_projects_v_version_funders\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_funders_parent_id_idx\` ON \`_projects_v_version_funders\` (\`_parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__projects_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_start_year", "version_end_year", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_start_year", "version_end_year", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_projects_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_projects_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`)
    await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`type_id\` integer,
  	\`published_on\` text,
  	\`series_id\` integer,
  	\`cover_id\` integer,
  	\`licence\` text DEFAULT 'cc-by-4.0',
  	\`doi\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`type_id\`) REFERENCES \`publication_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_publications\`("id", "type_id", "published_on", "series_id", "cover_id", "licence", "doi", "visibility", "slug", "updated_at", "created_at", "_status") SELECT "id", "type_id", "published_on", "series_id", "cover_id", "licence", "doi", "visibility", "slug", "updated_at", "created_at", "_status" FROM \`publications\`;`,
    )
    await db.run(sql`DROP TABLE \`publications\`;`)
    await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
    await db.run(sql`CREATE INDEX \`publications_type_idx\` ON \`publications\` (\`type_id\`);`)
    await db.run(sql`CREATE INDEX \`publications_published_on_idx\` ON \`publications\` (\`published_on\`);`)
    await db.run(sql`CREATE INDEX \`publications_series_idx\` ON \`publications\` (\`series_id\`);`)
    await db.run(sql`CREATE INDEX \`publications_cover_idx\` ON \`publications\` (\`cover_id\`);`)
    await db.run(sql`CREATE INDEX \`publications_visibility_idx\` ON \`publications\` (\`visibility\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__publications_v_version_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__publications_v_version_editions\`("_order", "_parent_id", "id", "language", "file_id", "_uuid") SELECT "_order", "_parent_id", "id", "language", "file_id", "_uuid" FROM \`_publications_v_version_editions\`;`,
    )
    await db.run(sql`DROP TABLE \`_publications_v_version_editions\`;`)
    await db.run(sql`ALTER TABLE \`__new__publications_v_version_editions\` RENAME TO \`_publications_v_version_editions\`;`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_editions_order_idx\` ON \`_publications_v_version_editions\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_editions_parent_id_idx\` ON \`_publications_v_version_editions\` (\`_parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_editions_file_idx\` ON \`_publications_v_version_editions\` (\`file_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_type_id\` integer,
  	\`version_published_on\` text,
  	\`version_series_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_licence\` text DEFAULT 'cc-by-4.0',
  	\`version_doi\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_type_id\`) REFERENCES \`publication_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_type_id", "version_published_on", "version_series_id", "version_cover_id", "version_licence", "version_doi", "version_visibility", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_type_id", "version_published_on", "version_series_id", "version_cover_id", "version_licence", "version_doi", "version_visibility", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_publications_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
    await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_type_idx\` ON \`_publications_v\` (\`version_type_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_published_on_idx\` ON \`_publications_v\` (\`version_published_on\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_series_idx\` ON \`_publications_v\` (\`version_series_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_idx\` ON \`_publications_v\` (\`version_cover_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_visibility_idx\` ON \`_publications_v\` (\`version_visibility\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_publication_types\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`order\` numeric DEFAULT 100,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_publication_types\`("id", "order", "slug", "updated_at", "created_at") SELECT "id", "order", "slug", "updated_at", "created_at" FROM \`publication_types\`;`,
    )
    await db.run(sql`DROP TABLE \`publication_types\`;`)
    await db.run(sql`ALTER TABLE \`__new_publication_types\` RENAME TO \`publication_types\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`publication_types_slug_idx\` ON \`publication_types\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`publication_types_updated_at_idx\` ON \`publication_types\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`publication_types_created_at_idx\` ON \`publication_types\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text DEFAULT 'person',
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(sql`INSERT INTO \`__new_authors\`("id", "kind", "slug", "updated_at", "created_at") SELECT "id", "kind", "slug", "updated_at", "created_at" FROM \`authors\`;`)
    await db.run(sql`DROP TABLE \`authors\`;`)
    await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_series\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(sql`INSERT INTO \`__new_series\`("id", "slug", "updated_at", "created_at") SELECT "id", "slug", "updated_at", "created_at" FROM \`series\`;`)
    await db.run(sql`DROP TABLE \`series\`;`)
    await db.run(sql`ALTER TABLE \`__new_series\` RENAME TO \`series\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`series_slug_idx\` ON \`series\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`series_updated_at_idx\` ON \`series\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`series_created_at_idx\` ON \`series\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`audience\` text DEFAULT 'staff' NOT NULL,
  	\`page_count\` numeric,
  	\`text_status\` text DEFAULT 'pending',
  	\`text\` text,
  	\`prefix\` text DEFAULT 'documents',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_documents\`("id", "audience", "page_count", "text_status", "text", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "audience", "page_count", "text_status", "text", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`documents\`;`,
    )
    await db.run(sql`DROP TABLE \`documents\`;`)
    await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
    await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
    await db.run(sql`CREATE TABLE \`__new_search_terms\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`en\` text NOT NULL,
  	\`ru\` text NOT NULL,
  	\`area\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_search_terms\`("id", "en", "ru", "area", "updated_at", "created_at") SELECT "id", "en", "ru", "area", "updated_at", "created_at" FROM \`search_terms\`;`,
    )
    await db.run(sql`DROP TABLE \`search_terms\`;`)
    await db.run(sql`ALTER TABLE \`__new_search_terms\` RENAME TO \`search_terms\`;`)
    await db.run(sql`CREATE INDEX \`search_terms_en_idx\` ON \`search_terms\` (\`en\`);`)
    await db.run(sql`CREATE INDEX \`search_terms_ru_idx\` ON \`search_terms\` (\`ru\`);`)
    await db.run(sql`CREATE INDEX \`search_terms_updated_at_idx\` ON \`search_terms\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`search_terms_created_at_idx\` ON \`search_terms\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_media\`("id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename") SELECT "id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename" FROM \`media\`;`,
    )
    await db.run(sql`DROP TABLE \`media\`;`)
    await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
    await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
    await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
    await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
    await db.run(sql`DROP TABLE \`users_roles\`;`)
    await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
    await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`participant_id\` integer,
  	\`preferred_language\` text DEFAULT 'en' NOT NULL,
  	\`reset_password_requested_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_users\`("id", "name", "participant_id", "preferred_language", "reset_password_requested_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "_verified", "_verificationtoken") SELECT "id", "name", "participant_id", "preferred_language", "reset_password_requested_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "_verified", "_verificationtoken" FROM \`users\`;`,
    )
    await db.run(sql`DROP TABLE \`users\`;`)
    await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
    await db.run(sql`CREATE INDEX \`users_participant_idx\` ON \`users\` (\`participant_id\`);`)
    await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
    await db.run(sql`CREATE TABLE \`__new_email_outbox\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`html\` text,
  	\`text\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`error\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_email_outbox\`("id", "to", "subject", "html", "text", "status", "error", "sent_at", "updated_at", "created_at") SELECT "id", "to", "subject", "html", "text", "status", "error", "sent_at", "updated_at", "created_at" FROM \`email_outbox\`;`,
    )
    await db.run(sql`DROP TABLE \`email_outbox\`;`)
    await db.run(sql`ALTER TABLE \`__new_email_outbox\` RENAME TO \`email_outbox\`;`)
    await db.run(sql`CREATE INDEX \`email_outbox_to_idx\` ON \`email_outbox\` (\`to\`);`)
    await db.run(sql`CREATE INDEX \`email_outbox_updated_at_idx\` ON \`email_outbox\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`email_outbox_created_at_idx\` ON \`email_outbox\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_oai_records\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`identifier\` text NOT NULL,
  	\`publication\` numeric NOT NULL,
  	\`publication_created_at\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`datestamp\` text NOT NULL,
  	\`sets\` text DEFAULT '|' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_oai_records\`("id", "identifier", "publication", "publication_created_at", "state", "datestamp", "sets", "updated_at", "created_at") SELECT "id", "identifier", "publication", "publication_created_at", "state", "datestamp", "sets", "updated_at", "created_at" FROM \`oai_records\`;`,
    )
    await db.run(sql`DROP TABLE \`oai_records\`;`)
    await db.run(sql`ALTER TABLE \`__new_oai_records\` RENAME TO \`oai_records\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`oai_records_identifier_idx\` ON \`oai_records\` (\`identifier\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_publication_idx\` ON \`oai_records\` (\`publication\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_state_idx\` ON \`oai_records\` (\`state\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_datestamp_idx\` ON \`oai_records\` (\`datestamp\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_updated_at_idx\` ON \`oai_records\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_created_at_idx\` ON \`oai_records\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
    await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
    await db.run(sql`DROP TABLE \`payload_kv\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at" FROM \`payload_jobs\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_jobs\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
    await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_preferences\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
    await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
    await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_migrations\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
    await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_strategic_group\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
    await db.run(sql`INSERT INTO \`__new_strategic_group\`("id", "updated_at", "created_at") SELECT "id", "updated_at", "created_at" FROM \`strategic_group\`;`)
    await db.run(sql`DROP TABLE \`strategic_group\`;`)
    await db.run(sql`ALTER TABLE \`__new_strategic_group\` RENAME TO \`strategic_group\`;`)
    await db.run(sql`CREATE TABLE \`__new_content_revision\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`token\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
    await db.run(sql`INSERT INTO \`__new_content_revision\`("id", "token", "updated_at", "created_at") SELECT "id", "token", "updated_at", "created_at" FROM \`content_revision\`;`)
    await db.run(sql`DROP TABLE \`content_revision\`;`)
    await db.run(sql`ALTER TABLE \`__new_content_revision\` RENAME TO \`content_revision\`;`)
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`publications_other_countries\`;`)
    await db.run(sql`DROP TABLE \`_publications_v_version_other_countries\`;`)
    await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(sql`INSERT INTO \`__new_pages\`("id", "slug", "updated_at", "created_at", "_status") SELECT "id", "slug", "updated_at", "created_at", "_status" FROM \`pages\`;`)
    await db.run(sql`DROP TABLE \`pages\`;`)
    await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__pages_v_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__pages_v_blocks_content\`("_order", "_parent_id", "_path", "id", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "_uuid", "block_name" FROM \`_pages_v_blocks_content\`;`,
    )
    await db.run(sql`DROP TABLE \`_pages_v_blocks_content\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v_blocks_content\` RENAME TO \`_pages_v_blocks_content\`;`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_content_order_idx\` ON \`_pages_v_blocks_content\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_content_parent_id_idx\` ON \`_pages_v_blocks_content\` (\`_parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_content_path_idx\` ON \`_pages_v_blocks_content\` (\`_path\`);`)
    await db.run(sql`CREATE TABLE \`__new__pages_v_blocks_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__pages_v_blocks_quote\`("_order", "_parent_id", "_path", "id", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "_uuid", "block_name" FROM \`_pages_v_blocks_quote\`;`,
    )
    await db.run(sql`DROP TABLE \`_pages_v_blocks_quote\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v_blocks_quote\` RENAME TO \`_pages_v_blocks_quote\`;`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_order_idx\` ON \`_pages_v_blocks_quote\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_parent_id_idx\` ON \`_pages_v_blocks_quote\` (\`_parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_blocks_quote_path_idx\` ON \`_pages_v_blocks_quote\` (\`_path\`);`)
    await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pages_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_pages_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
    await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`published_at\` text,
  	\`image_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_news\`("id", "published_at", "image_id", "slug", "updated_at", "created_at", "_status") SELECT "id", "published_at", "image_id", "slug", "updated_at", "created_at", "_status" FROM \`news\`;`,
    )
    await db.run(sql`DROP TABLE \`news\`;`)
    await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
    await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
    await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_published_at\` text,
  	\`version_image_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_published_at", "version_image_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_published_at", "version_image_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_news_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
    await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_thematic_areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 1,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_thematic_areas\`("id", "order", "slug", "updated_at", "created_at", "_status") SELECT "id", "order", "slug", "updated_at", "created_at", "_status" FROM \`thematic_areas\`;`,
    )
    await db.run(sql`DROP TABLE \`thematic_areas\`;`)
    await db.run(sql`ALTER TABLE \`__new_thematic_areas\` RENAME TO \`thematic_areas\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`thematic_areas_slug_idx\` ON \`thematic_areas\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`thematic_areas_updated_at_idx\` ON \`thematic_areas\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`thematic_areas_created_at_idx\` ON \`thematic_areas\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`thematic_areas__status_idx\` ON \`thematic_areas\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__thematic_areas_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__thematic_areas_v\`("id", "parent_id", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_order", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_thematic_areas_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_thematic_areas_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__thematic_areas_v\` RENAME TO \`_thematic_areas_v\`;`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_parent_idx\` ON \`_thematic_areas_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version_slug_idx\` ON \`_thematic_areas_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version_updated_at_idx\` ON \`_thematic_areas_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version_created_at_idx\` ON \`_thematic_areas_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_version_version__status_idx\` ON \`_thematic_areas_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_created_at_idx\` ON \`_thematic_areas_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_updated_at_idx\` ON \`_thematic_areas_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_snapshot_idx\` ON \`_thematic_areas_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_published_locale_idx\` ON \`_thematic_areas_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_thematic_areas_v_latest_idx\` ON \`_thematic_areas_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_participants_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(sql`INSERT INTO \`__new_participants_groups\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`participants_groups\`;`)
    await db.run(sql`DROP TABLE \`participants_groups\`;`)
    await db.run(sql`ALTER TABLE \`__new_participants_groups\` RENAME TO \`participants_groups\`;`)
    await db.run(sql`CREATE INDEX \`participants_groups_order_idx\` ON \`participants_groups\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`participants_groups_parent_idx\` ON \`participants_groups\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new_participants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'state',
  	\`iso_code\` text,
  	\`joined_on\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_participants\`("id", "kind", "iso_code", "joined_on", "slug", "updated_at", "created_at", "_status") SELECT "id", "kind", "iso_code", "joined_on", "slug", "updated_at", "created_at", "_status" FROM \`participants\`;`,
    )
    await db.run(sql`DROP TABLE \`participants\`;`)
    await db.run(sql`ALTER TABLE \`__new_participants\` RENAME TO \`participants\`;`)
    await db.run(sql`CREATE INDEX \`participants_iso_code_idx\` ON \`participants\` (\`iso_code\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`participants_slug_idx\` ON \`participants\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`participants_updated_at_idx\` ON \`participants\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`participants_created_at_idx\` ON \`participants\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`participants__status_idx\` ON \`participants\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__participants_v_version_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_participants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__participants_v_version_groups\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`_participants_v_version_groups\`;`,
    )
    await db.run(sql`DROP TABLE \`_participants_v_version_groups\`;`)
    await db.run(sql`ALTER TABLE \`__new__participants_v_version_groups\` RENAME TO \`_participants_v_version_groups\`;`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_groups_order_idx\` ON \`_participants_v_version_groups\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_groups_parent_idx\` ON \`_participants_v_version_groups\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__participants_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'state',
  	\`version_iso_code\` text,
  	\`version_joined_on\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__participants_v\`("id", "parent_id", "version_kind", "version_iso_code", "version_joined_on", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_iso_code", "version_joined_on", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_participants_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_participants_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__participants_v\` RENAME TO \`_participants_v\`;`)
    await db.run(sql`CREATE INDEX \`_participants_v_parent_idx\` ON \`_participants_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_iso_code_idx\` ON \`_participants_v\` (\`version_iso_code\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_slug_idx\` ON \`_participants_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_updated_at_idx\` ON \`_participants_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version_created_at_idx\` ON \`_participants_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_version_version__status_idx\` ON \`_participants_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_created_at_idx\` ON \`_participants_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_updated_at_idx\` ON \`_participants_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_snapshot_idx\` ON \`_participants_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_published_locale_idx\` ON \`_participants_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_participants_v_latest_idx\` ON \`_participants_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_governance_bodies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`order\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_governance_bodies\`("id", "key", "order", "updated_at", "created_at", "_status") SELECT "id", "key", "order", "updated_at", "created_at", "_status" FROM \`governance_bodies\`;`,
    )
    await db.run(sql`DROP TABLE \`governance_bodies\`;`)
    await db.run(sql`ALTER TABLE \`__new_governance_bodies\` RENAME TO \`governance_bodies\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`governance_bodies_key_idx\` ON \`governance_bodies\` (\`key\`);`)
    await db.run(sql`CREATE INDEX \`governance_bodies_updated_at_idx\` ON \`governance_bodies\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`governance_bodies_created_at_idx\` ON \`governance_bodies\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`governance_bodies__status_idx\` ON \`governance_bodies\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__governance_bodies_v_version_functions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_governance_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__governance_bodies_v_version_functions\`("_order", "_parent_id", "id", "_uuid") SELECT "_order", "_parent_id", "id", "_uuid" FROM \`_governance_bodies_v_version_functions\`;`,
    )
    await db.run(sql`DROP TABLE \`_governance_bodies_v_version_functions\`;`)
    await db.run(sql`ALTER TABLE \`__new__governance_bodies_v_version_functions\` RENAME TO \`_governance_bodies_v_version_functions\`;`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_functions_order_idx\` ON \`_governance_bodies_v_version_functions\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_functions_parent_id_idx\` ON \`_governance_bodies_v_version_functions\` (\`_parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__governance_bodies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`governance_bodies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__governance_bodies_v\`("id", "parent_id", "version_key", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_key", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_governance_bodies_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_governance_bodies_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__governance_bodies_v\` RENAME TO \`_governance_bodies_v\`;`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_parent_idx\` ON \`_governance_bodies_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version_key_idx\` ON \`_governance_bodies_v\` (\`version_key\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version_updated_at_idx\` ON \`_governance_bodies_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version_created_at_idx\` ON \`_governance_bodies_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_version_version__status_idx\` ON \`_governance_bodies_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_created_at_idx\` ON \`_governance_bodies_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_updated_at_idx\` ON \`_governance_bodies_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_snapshot_idx\` ON \`_governance_bodies_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_published_locale_idx\` ON \`_governance_bodies_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_governance_bodies_v_latest_idx\` ON \`_governance_bodies_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_conferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`ordinal\` numeric,
  	\`held_on\` text,
  	\`held_on_precision\` text DEFAULT 'day',
  	\`declaration_file_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`declaration_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_conferences\`("id", "ordinal", "held_on", "held_on_precision", "declaration_file_id", "slug", "updated_at", "created_at", "_status") SELECT "id", "ordinal", "held_on", "held_on_precision", "declaration_file_id", "slug", "updated_at", "created_at", "_status" FROM \`conferences\`;`,
    )
    await db.run(sql`DROP TABLE \`conferences\`;`)
    await db.run(sql`ALTER TABLE \`__new_conferences\` RENAME TO \`conferences\`;`)
    await db.run(sql`CREATE INDEX \`conferences_declaration_file_idx\` ON \`conferences\` (\`declaration_file_id\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`conferences_slug_idx\` ON \`conferences\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`conferences_updated_at_idx\` ON \`conferences\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`conferences_created_at_idx\` ON \`conferences\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`conferences__status_idx\` ON \`conferences\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__conferences_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_ordinal\` numeric,
  	\`version_held_on\` text,
  	\`version_held_on_precision\` text DEFAULT 'day',
  	\`version_declaration_file_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_declaration_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__conferences_v\`("id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", "version_declaration_file_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", "version_declaration_file_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_conferences_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_conferences_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__conferences_v\` RENAME TO \`_conferences_v\`;`)
    await db.run(sql`CREATE INDEX \`_conferences_v_parent_idx\` ON \`_conferences_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_declaration_file_idx\` ON \`_conferences_v\` (\`version_declaration_file_id\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_slug_idx\` ON \`_conferences_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_updated_at_idx\` ON \`_conferences_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version_created_at_idx\` ON \`_conferences_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_version_version__status_idx\` ON \`_conferences_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_created_at_idx\` ON \`_conferences_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_updated_at_idx\` ON \`_conferences_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_snapshot_idx\` ON \`_conferences_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_published_locale_idx\` ON \`_conferences_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_conferences_v_latest_idx\` ON \`_conferences_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_projects\`("id", "start_year", "end_year", "slug", "updated_at", "created_at", "_status") SELECT "id", "start_year", "end_year", "slug", "updated_at", "created_at", "_status" FROM \`projects\`;`,
    )
    await db.run(sql`DROP TABLE \`projects\`;`)
    await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__projects_v_version_funders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__projects_v_version_funders\`("_order", "_parent_id", "id", "_uuid") SELECT "_order", "_parent_id", "id", "_uuid" FROM \`_projects_v_version_funders\`;`,
    )
    await db.run(sql`DROP TABLE \`_projects_v_version_funders\`;`)
    await db.run(sql`ALTER TABLE \`__new__projects_v_version_funders\` RENAME TO \`_projects_v_version_funders\`;`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_funders_order_idx\` ON \`_projects_v_version_funders\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_funders_parent_id_idx\` ON \`_projects_v_version_funders\` (\`_parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_start_year", "version_end_year", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_start_year", "version_end_year", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_projects_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_projects_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`)
    await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type_id\` integer,
  	\`published_on\` text,
  	\`series_id\` integer,
  	\`cover_id\` integer,
  	\`licence\` text DEFAULT 'cc-by-4.0',
  	\`doi\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`type_id\`) REFERENCES \`publication_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_publications\`("id", "type_id", "published_on", "series_id", "cover_id", "licence", "doi", "visibility", "slug", "updated_at", "created_at", "_status") SELECT "id", "type_id", "published_on", "series_id", "cover_id", "licence", "doi", "visibility", "slug", "updated_at", "created_at", "_status" FROM \`publications\`;`,
    )
    await db.run(sql`DROP TABLE \`publications\`;`)
    await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
    await db.run(sql`CREATE INDEX \`publications_type_idx\` ON \`publications\` (\`type_id\`);`)
    await db.run(sql`CREATE INDEX \`publications_published_on_idx\` ON \`publications\` (\`published_on\`);`)
    await db.run(sql`CREATE INDEX \`publications_series_idx\` ON \`publications\` (\`series_id\`);`)
    await db.run(sql`CREATE INDEX \`publications_cover_idx\` ON \`publications\` (\`cover_id\`);`)
    await db.run(sql`CREATE INDEX \`publications_visibility_idx\` ON \`publications\` (\`visibility\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
    await db.run(sql`CREATE TABLE \`__new__publications_v_version_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__publications_v_version_editions\`("_order", "_parent_id", "id", "language", "file_id", "_uuid") SELECT "_order", "_parent_id", "id", "language", "file_id", "_uuid" FROM \`_publications_v_version_editions\`;`,
    )
    await db.run(sql`DROP TABLE \`_publications_v_version_editions\`;`)
    await db.run(sql`ALTER TABLE \`__new__publications_v_version_editions\` RENAME TO \`_publications_v_version_editions\`;`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_editions_order_idx\` ON \`_publications_v_version_editions\` (\`_order\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_editions_parent_id_idx\` ON \`_publications_v_version_editions\` (\`_parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_editions_file_idx\` ON \`_publications_v_version_editions\` (\`file_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_type_id\` integer,
  	\`version_published_on\` text,
  	\`version_series_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_licence\` text DEFAULT 'cc-by-4.0',
  	\`version_doi\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_type_id\`) REFERENCES \`publication_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_type_id", "version_published_on", "version_series_id", "version_cover_id", "version_licence", "version_doi", "version_visibility", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_type_id", "version_published_on", "version_series_id", "version_cover_id", "version_licence", "version_doi", "version_visibility", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`,
    )
    await db.run(sql`DROP TABLE \`_publications_v\`;`)
    await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
    await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_type_idx\` ON \`_publications_v\` (\`version_type_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_published_on_idx\` ON \`_publications_v\` (\`version_published_on\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_series_idx\` ON \`_publications_v\` (\`version_series_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_idx\` ON \`_publications_v\` (\`version_cover_id\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_visibility_idx\` ON \`_publications_v\` (\`version_visibility\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
    await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
    await db.run(sql`CREATE TABLE \`__new_publication_types\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 100,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_publication_types\`("id", "order", "slug", "updated_at", "created_at") SELECT "id", "order", "slug", "updated_at", "created_at" FROM \`publication_types\`;`,
    )
    await db.run(sql`DROP TABLE \`publication_types\`;`)
    await db.run(sql`ALTER TABLE \`__new_publication_types\` RENAME TO \`publication_types\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`publication_types_slug_idx\` ON \`publication_types\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`publication_types_updated_at_idx\` ON \`publication_types\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`publication_types_created_at_idx\` ON \`publication_types\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'person',
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(sql`INSERT INTO \`__new_authors\`("id", "kind", "slug", "updated_at", "created_at") SELECT "id", "kind", "slug", "updated_at", "created_at" FROM \`authors\`;`)
    await db.run(sql`DROP TABLE \`authors\`;`)
    await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_series\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(sql`INSERT INTO \`__new_series\`("id", "slug", "updated_at", "created_at") SELECT "id", "slug", "updated_at", "created_at" FROM \`series\`;`)
    await db.run(sql`DROP TABLE \`series\`;`)
    await db.run(sql`ALTER TABLE \`__new_series\` RENAME TO \`series\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`series_slug_idx\` ON \`series\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`series_updated_at_idx\` ON \`series\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`series_created_at_idx\` ON \`series\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`audience\` text DEFAULT 'staff' NOT NULL,
  	\`page_count\` numeric,
  	\`text_status\` text DEFAULT 'pending',
  	\`text\` text,
  	\`prefix\` text DEFAULT 'documents',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_documents\`("id", "audience", "page_count", "text_status", "text", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "audience", "page_count", "text_status", "text", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`documents\`;`,
    )
    await db.run(sql`DROP TABLE \`documents\`;`)
    await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
    await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
    await db.run(sql`CREATE TABLE \`__new_search_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`en\` text NOT NULL,
  	\`ru\` text NOT NULL,
  	\`area\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_search_terms\`("id", "en", "ru", "area", "updated_at", "created_at") SELECT "id", "en", "ru", "area", "updated_at", "created_at" FROM \`search_terms\`;`,
    )
    await db.run(sql`DROP TABLE \`search_terms\`;`)
    await db.run(sql`ALTER TABLE \`__new_search_terms\` RENAME TO \`search_terms\`;`)
    await db.run(sql`CREATE INDEX \`search_terms_en_idx\` ON \`search_terms\` (\`en\`);`)
    await db.run(sql`CREATE INDEX \`search_terms_ru_idx\` ON \`search_terms\` (\`ru\`);`)
    await db.run(sql`CREATE INDEX \`search_terms_updated_at_idx\` ON \`search_terms\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`search_terms_created_at_idx\` ON \`search_terms\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_media\`("id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename") SELECT "id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename" FROM \`media\`;`,
    )
    await db.run(sql`DROP TABLE \`media\`;`)
    await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
    await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
    await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
    await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
    await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
    await db.run(sql`DROP TABLE \`users_roles\`;`)
    await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
    await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
    await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`participant_id\` integer,
  	\`preferred_language\` text DEFAULT 'en' NOT NULL,
  	\`reset_password_requested_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_users\`("id", "name", "participant_id", "preferred_language", "reset_password_requested_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "_verified", "_verificationtoken") SELECT "id", "name", "participant_id", "preferred_language", "reset_password_requested_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "_verified", "_verificationtoken" FROM \`users\`;`,
    )
    await db.run(sql`DROP TABLE \`users\`;`)
    await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
    await db.run(sql`CREATE INDEX \`users_participant_idx\` ON \`users\` (\`participant_id\`);`)
    await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
    await db.run(sql`CREATE TABLE \`__new_email_outbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`html\` text,
  	\`text\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`error\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_email_outbox\`("id", "to", "subject", "html", "text", "status", "error", "sent_at", "updated_at", "created_at") SELECT "id", "to", "subject", "html", "text", "status", "error", "sent_at", "updated_at", "created_at" FROM \`email_outbox\`;`,
    )
    await db.run(sql`DROP TABLE \`email_outbox\`;`)
    await db.run(sql`ALTER TABLE \`__new_email_outbox\` RENAME TO \`email_outbox\`;`)
    await db.run(sql`CREATE INDEX \`email_outbox_to_idx\` ON \`email_outbox\` (\`to\`);`)
    await db.run(sql`CREATE INDEX \`email_outbox_updated_at_idx\` ON \`email_outbox\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`email_outbox_created_at_idx\` ON \`email_outbox\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_oai_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`identifier\` text NOT NULL,
  	\`publication\` numeric NOT NULL,
  	\`publication_created_at\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`datestamp\` text NOT NULL,
  	\`sets\` text DEFAULT '|' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_oai_records\`("id", "identifier", "publication", "publication_created_at", "state", "datestamp", "sets", "updated_at", "created_at") SELECT "id", "identifier", "publication", "publication_created_at", "state", "datestamp", "sets", "updated_at", "created_at" FROM \`oai_records\`;`,
    )
    await db.run(sql`DROP TABLE \`oai_records\`;`)
    await db.run(sql`ALTER TABLE \`__new_oai_records\` RENAME TO \`oai_records\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`oai_records_identifier_idx\` ON \`oai_records\` (\`identifier\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_publication_idx\` ON \`oai_records\` (\`publication\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_state_idx\` ON \`oai_records\` (\`state\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_datestamp_idx\` ON \`oai_records\` (\`datestamp\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_updated_at_idx\` ON \`oai_records\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`oai_records_created_at_idx\` ON \`oai_records\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
    await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
    await db.run(sql`DROP TABLE \`payload_kv\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
    await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at" FROM \`payload_jobs\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_jobs\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
    await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_preferences\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
    await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
    await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
    await db.run(
      sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`,
    )
    await db.run(sql`DROP TABLE \`payload_migrations\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
    await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
    await db.run(sql`CREATE TABLE \`__new_strategic_group\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
    await db.run(sql`INSERT INTO \`__new_strategic_group\`("id", "updated_at", "created_at") SELECT "id", "updated_at", "created_at" FROM \`strategic_group\`;`)
    await db.run(sql`DROP TABLE \`strategic_group\`;`)
    await db.run(sql`ALTER TABLE \`__new_strategic_group\` RENAME TO \`strategic_group\`;`)
    await db.run(sql`CREATE TABLE \`__new_content_revision\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
    await db.run(sql`INSERT INTO \`__new_content_revision\`("id", "token", "updated_at", "created_at") SELECT "id", "token", "updated_at", "created_at" FROM \`content_revision\`;`)
    await db.run(sql`DROP TABLE \`content_revision\`;`)
    await db.run(sql`ALTER TABLE \`__new_content_revision\` RENAME TO \`content_revision\`;`)
  })
}
