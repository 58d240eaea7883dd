import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`action_plan_objectives\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`thematic_area_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`thematic_area_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`action_plan_objectives_code_idx\` ON \`action_plan_objectives\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_objectives_thematic_area_idx\` ON \`action_plan_objectives\` (\`thematic_area_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_objectives_updated_at_idx\` ON \`action_plan_objectives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_objectives_created_at_idx\` ON \`action_plan_objectives\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`action_plan_objectives_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`action_plan_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`action_plan_objectives_locales_locale_parent_id_unique\` ON \`action_plan_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`action_plan_actions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`objective_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`objective_id\`) REFERENCES \`action_plan_objectives\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`action_plan_actions_code_idx\` ON \`action_plan_actions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_actions_objective_idx\` ON \`action_plan_actions\` (\`objective_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_actions_updated_at_idx\` ON \`action_plan_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_actions_created_at_idx\` ON \`action_plan_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`action_plan_actions_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`action_plan_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`action_plan_actions_locales_locale_parent_id_unique\` ON \`action_plan_actions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_periods\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`starts_on\` text NOT NULL,
  	\`ends_on\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`reporting_periods_updated_at_idx\` ON \`reporting_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reporting_periods_created_at_idx\` ON \`reporting_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reporting_periods_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reporting_periods_locales_locale_parent_id_unique\` ON \`reporting_periods_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`action_reports_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`action_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`action_reports_evidence_order_idx\` ON \`action_reports_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_evidence_parent_id_idx\` ON \`action_reports_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`action_reports\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reference\` text,
  	\`period_id\` integer NOT NULL,
  	\`action_id\` integer NOT NULL,
  	\`state_id\` integer NOT NULL,
  	\`progress\` text NOT NULL,
  	\`narrative\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`return_reason\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`period_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`action_id\`) REFERENCES \`action_plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`action_reports_period_idx\` ON \`action_reports\` (\`period_id\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_action_idx\` ON \`action_reports\` (\`action_id\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_state_idx\` ON \`action_reports\` (\`state_id\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_status_idx\` ON \`action_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_submitted_by_idx\` ON \`action_reports\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_reviewed_by_idx\` ON \`action_reports\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_updated_at_idx\` ON \`action_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_reports_created_at_idx\` ON \`action_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`period_action_state_idx\` ON \`action_reports\` (\`period_id\`,\`action_id\`,\`state_id\`);`)
  await db.run(sql`CREATE TABLE \`_action_reports_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`url\` text NOT NULL,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_action_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_evidence_order_idx\` ON \`_action_reports_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_evidence_parent_id_idx\` ON \`_action_reports_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_action_reports_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_reference\` text,
  	\`version_period_id\` integer NOT NULL,
  	\`version_action_id\` integer NOT NULL,
  	\`version_state_id\` integer NOT NULL,
  	\`version_progress\` text NOT NULL,
  	\`version_narrative\` text,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_return_reason\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`action_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_period_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_action_id\`) REFERENCES \`action_plan_actions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_state_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_action_reports_v_parent_idx\` ON \`_action_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_period_idx\` ON \`_action_reports_v\` (\`version_period_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_action_idx\` ON \`_action_reports_v\` (\`version_action_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_state_idx\` ON \`_action_reports_v\` (\`version_state_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_status_idx\` ON \`_action_reports_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_submitted_by_idx\` ON \`_action_reports_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_reviewed_by_idx\` ON \`_action_reports_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_updated_at_idx\` ON \`_action_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_version_version_created_at_idx\` ON \`_action_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_created_at_idx\` ON \`_action_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_reports_v_updated_at_idx\` ON \`_action_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_period_version_action_version_state_idx\` ON \`_action_reports_v\` (\`version_period_id\`,\`version_action_id\`,\`version_state_id\`);`)
  await db.run(sql`CREATE TABLE \`recommendations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`adopted_on\` text,
  	\`follow_up\` text DEFAULT 'planned' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`recommendations_updated_at_idx\` ON \`recommendations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_created_at_idx\` ON \`recommendations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`recommendations_locales\` (
  	\`text\` text NOT NULL,
  	\`follow_up_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`recommendations_locales_locale_parent_id_unique\` ON \`recommendations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`recommendations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`conferences_id\` integer,
  	\`action_plan_actions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conferences_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`action_plan_actions_id\`) REFERENCES \`action_plan_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`recommendations_rels_order_idx\` ON \`recommendations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_parent_idx\` ON \`recommendations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_path_idx\` ON \`recommendations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_events_id_idx\` ON \`recommendations_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_conferences_id_idx\` ON \`recommendations_rels\` (\`conferences_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_action_plan_actions_id_idx\` ON \`recommendations_rels\` (\`action_plan_actions_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`action_plan_objectives_id\` integer REFERENCES action_plan_objectives(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`action_plan_actions_id\` integer REFERENCES action_plan_actions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reporting_periods_id\` integer REFERENCES reporting_periods(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`action_reports_id\` integer REFERENCES action_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`recommendations_id\` integer REFERENCES recommendations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_plan_objectives_id_idx\` ON \`payload_locked_documents_rels\` (\`action_plan_objectives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_plan_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`action_plan_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`action_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recommendations_id_idx\` ON \`payload_locked_documents_rels\` (\`recommendations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`action_plan_objectives\`;`)
    await db.run(sql`DROP TABLE \`action_plan_objectives_locales\`;`)
    await db.run(sql`DROP TABLE \`action_plan_actions\`;`)
    await db.run(sql`DROP TABLE \`action_plan_actions_locales\`;`)
    await db.run(sql`DROP TABLE \`reporting_periods\`;`)
    await db.run(sql`DROP TABLE \`reporting_periods_locales\`;`)
    await db.run(sql`DROP TABLE \`action_reports_evidence\`;`)
    await db.run(sql`DROP TABLE \`action_reports\`;`)
    await db.run(sql`DROP TABLE \`_action_reports_v_version_evidence\`;`)
    await db.run(sql`DROP TABLE \`_action_reports_v\`;`)
    await db.run(sql`DROP TABLE \`recommendations\`;`)
    await db.run(sql`DROP TABLE \`recommendations_locales\`;`)
    await db.run(sql`DROP TABLE \`recommendations_rels\`;`)
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
    	\`proposals_id\` integer,
    	\`proposal_responses_id\` integer,
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
    	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`proposal_responses_id\`) REFERENCES \`proposal_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id" FROM \`payload_locked_documents_rels\`;`)
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
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposal_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`proposal_responses_id\`);`)
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
