import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meeting_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`access\` text DEFAULT 'participants' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`edition_of_id\` integer,
  	\`prefix\` text DEFAULT 'meeting-documents',
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
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edition_of_id\`) REFERENCES \`meeting_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_documents_event_idx\` ON \`meeting_documents\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_documents_access_idx\` ON \`meeting_documents\` (\`access\`);`)
  await db.run(sql`CREATE INDEX \`meeting_documents_edition_of_idx\` ON \`meeting_documents\` (\`edition_of_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_documents_updated_at_idx\` ON \`meeting_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meeting_documents_created_at_idx\` ON \`meeting_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`meeting_documents_filename_idx\` ON \`meeting_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`meeting_documents_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meeting_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meeting_documents_locales_locale_parent_id_unique\` ON \`meeting_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`events_rels\` ADD \`meeting_documents_id\` integer REFERENCES meeting_documents(id);`)
  await db.run(sql`CREATE INDEX \`events_rels_meeting_documents_id_idx\` ON \`events_rels\` (\`meeting_documents_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_rels\` ADD \`meeting_documents_id\` integer REFERENCES meeting_documents(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_meeting_documents_id_idx\` ON \`_events_v_rels\` (\`meeting_documents_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_documents_id\` integer REFERENCES meeting_documents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_documents_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`meeting_documents\`;`)
    await db.run(sql`DROP TABLE \`meeting_documents_locales\`;`)
    await db.run(sql`CREATE TABLE \`__new_events_rels\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`order\` integer,
    	\`parent_id\` integer NOT NULL,
    	\`path\` text NOT NULL,
    	\`thematic_areas_id\` integer,
    	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`thematic_areas_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
    );
    `)
    await db.run(sql`INSERT INTO \`__new_events_rels\`("id", "order", "parent_id", "path", "thematic_areas_id") SELECT "id", "order", "parent_id", "path", "thematic_areas_id" FROM \`events_rels\`;`)
    await db.run(sql`DROP TABLE \`events_rels\`;`)
    await db.run(sql`ALTER TABLE \`__new_events_rels\` RENAME TO \`events_rels\`;`)
    await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
    await db.run(sql`CREATE INDEX \`events_rels_thematic_areas_id_idx\` ON \`events_rels\` (\`thematic_areas_id\`);`)
    await db.run(sql`CREATE TABLE \`__new__events_v_rels\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`order\` integer,
    	\`parent_id\` integer NOT NULL,
    	\`path\` text NOT NULL,
    	\`thematic_areas_id\` integer,
    	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`thematic_areas_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
    );
    `)
    await db.run(sql`INSERT INTO \`__new__events_v_rels\`("id", "order", "parent_id", "path", "thematic_areas_id") SELECT "id", "order", "parent_id", "path", "thematic_areas_id" FROM \`_events_v_rels\`;`)
    await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
    await db.run(sql`ALTER TABLE \`__new__events_v_rels\` RENAME TO \`_events_v_rels\`;`)
    await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
    await db.run(sql`CREATE INDEX \`_events_v_rels_thematic_areas_id_idx\` ON \`_events_v_rels\` (\`thematic_areas_id\`);`)
    await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
    	\`id\` integer PRIMARY KEY NOT NULL,
    	\`order\` integer,
    	\`parent_id\` integer NOT NULL,
    	\`path\` text NOT NULL,
    	\`pages_id\` integer,
    	\`news_id\` integer,
    	\`thematic_areas_id\` integer,
    	\`participants_id\` integer,
    	\`governance_bodies_id\` integer,
    	\`conferences_id\` integer,
    	\`projects_id\` integer,
    	\`events_id\` integer,
    	\`event_types_id\` integer,
    	\`registrations_id\` integer,
    	\`publications_id\` integer,
    	\`publication_types_id\` integer,
    	\`authors_id\` integer,
    	\`series_id\` integer,
    	\`documents_id\` integer,
    	\`search_terms_id\` integer,
    	\`media_id\` integer,
    	\`users_id\` integer,
    	\`email_outbox_id\` integer,
    	\`oai_records_id\` integer,
    	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`thematic_areas_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`governance_bodies_id\`) REFERENCES \`governance_bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`conferences_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`event_types_id\`) REFERENCES \`event_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`publication_types_id\`) REFERENCES \`publication_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`search_terms_id\`) REFERENCES \`search_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`email_outbox_id\`) REFERENCES \`email_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`oai_records_id\`) REFERENCES \`oai_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
    );
    `)
    await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id" FROM \`payload_locked_documents_rels\`;`)
    await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
    await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_thematic_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`thematic_areas_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`participants_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_governance_bodies_id_idx\` ON \`payload_locked_documents_rels\` (\`governance_bodies_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conferences_id_idx\` ON \`payload_locked_documents_rels\` (\`conferences_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_types_id_idx\` ON \`payload_locked_documents_rels\` (\`event_types_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publication_types_id_idx\` ON \`payload_locked_documents_rels\` (\`publication_types_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_series_id_idx\` ON \`payload_locked_documents_rels\` (\`series_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_terms_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`email_outbox_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oai_records_id_idx\` ON \`payload_locked_documents_rels\` (\`oai_records_id\`);`)
  })
}
