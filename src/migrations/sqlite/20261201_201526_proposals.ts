import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`proposals\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`topic\` text NOT NULL,
  	\`thematic_area_id\` integer NOT NULL,
  	\`host_state_id\` integer,
  	\`format\` text DEFAULT 'in-person' NOT NULL,
  	\`tentative_from\` text,
  	\`tentative_to\` text,
  	\`rationale\` text NOT NULL,
  	\`proposed_by_id\` integer,
  	\`state_id\` integer,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`decision_reason\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`event_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`thematic_area_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`host_state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_thematic_area_idx\` ON \`proposals\` (\`thematic_area_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_host_state_idx\` ON \`proposals\` (\`host_state_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_proposed_by_idx\` ON \`proposals\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_state_idx\` ON \`proposals\` (\`state_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_status_idx\` ON \`proposals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`proposals_decided_by_idx\` ON \`proposals\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_event_idx\` ON \`proposals\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_updated_at_idx\` ON \`proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_at_idx\` ON \`proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_proposals_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_topic\` text NOT NULL,
  	\`version_thematic_area_id\` integer NOT NULL,
  	\`version_host_state_id\` integer,
  	\`version_format\` text DEFAULT 'in-person' NOT NULL,
  	\`version_tentative_from\` text,
  	\`version_tentative_to\` text,
  	\`version_rationale\` text NOT NULL,
  	\`version_proposed_by_id\` integer,
  	\`version_state_id\` integer,
  	\`version_status\` text DEFAULT 'open' NOT NULL,
  	\`version_decision_reason\` text,
  	\`version_decided_by_id\` integer,
  	\`version_decided_at\` text,
  	\`version_event_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_thematic_area_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_proposals_v_parent_idx\` ON \`_proposals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_thematic_area_idx\` ON \`_proposals_v\` (\`version_thematic_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_host_state_idx\` ON \`_proposals_v\` (\`version_host_state_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_proposed_by_idx\` ON \`_proposals_v\` (\`version_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_state_idx\` ON \`_proposals_v\` (\`version_state_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_status_idx\` ON \`_proposals_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_decided_by_idx\` ON \`_proposals_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_event_idx\` ON \`_proposals_v\` (\`version_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_updated_at_idx\` ON \`_proposals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_version_version_created_at_idx\` ON \`_proposals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_created_at_idx\` ON \`_proposals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_proposals_v_updated_at_idx\` ON \`_proposals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`proposal_responses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`proposal_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`author_id\` integer NOT NULL,
  	\`state_id\` integer,
  	\`text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposal_responses_proposal_idx\` ON \`proposal_responses\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_responses_author_idx\` ON \`proposal_responses\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_responses_state_idx\` ON \`proposal_responses\` (\`state_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_responses_updated_at_idx\` ON \`proposal_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposal_responses_created_at_idx\` ON \`proposal_responses\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposals_id\` integer REFERENCES proposals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposal_responses_id\` integer REFERENCES proposal_responses(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposal_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`proposal_responses_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`proposals\`;`)
    await db.run(sql`DROP TABLE \`_proposals_v\`;`)
    await db.run(sql`DROP TABLE \`proposal_responses\`;`)
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
    	\`meeting_documents_id\` integer,
    	\`invitation_letters_id\` integer,
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
    	FOREIGN KEY (\`meeting_documents_id\`) REFERENCES \`meeting_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`invitation_letters_id\`) REFERENCES \`invitation_letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id" FROM \`payload_locked_documents_rels\`;`)
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
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_documents_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitation_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`invitation_letters_id\`);`)
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
