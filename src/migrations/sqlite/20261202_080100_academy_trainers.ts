import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

/** The Training Academy's trainers' network: profiles and applications; the Academy as a menu section. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`trainers_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainers_languages_order_idx\` ON \`trainers_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainers_languages_parent_idx\` ON \`trainers_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainers_trainings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainers_trainings_order_idx\` ON \`trainers_trainings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainers_trainings_parent_id_idx\` ON \`trainers_trainings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainers_trainings_locales\` (
  	\`title\` text NOT NULL,
  	\`place\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainers_trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainers_trainings_locales_locale_parent_id_unique\` ON \`trainers_trainings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`country_id\` integer,
  	\`email\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`user_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`consent\` integer DEFAULT false,
  	\`consent_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`trainers_country_idx\` ON \`trainers\` (\`country_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`trainers_slug_idx\` ON \`trainers\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`trainers_user_idx\` ON \`trainers\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`trainers_status_idx\` ON \`trainers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`trainers_consent_idx\` ON \`trainers\` (\`consent\`);`)
  await db.run(sql`CREATE INDEX \`trainers_updated_at_idx\` ON \`trainers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainers_created_at_idx\` ON \`trainers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`trainers_locales\` (
  	\`name\` text NOT NULL,
  	\`institution\` text,
  	\`biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainers_locales_locale_parent_id_unique\` ON \`trainers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`thematic_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`thematic_areas_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainers_rels_order_idx\` ON \`trainers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainers_rels_parent_idx\` ON \`trainers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainers_rels_path_idx\` ON \`trainers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`trainers_rels_thematic_areas_id_idx\` ON \`trainers_rels\` (\`thematic_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`trainer_applications_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainer_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainer_applications_languages_order_idx\` ON \`trainer_applications_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_languages_parent_idx\` ON \`trainer_applications_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainer_applications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`country_id\` integer NOT NULL,
  	\`institution\` text NOT NULL,
  	\`experience\` text NOT NULL,
  	\`applicant_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`decision_reason\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`profile_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`trainers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`trainer_applications_country_idx\` ON \`trainer_applications\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_applicant_idx\` ON \`trainer_applications\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_status_idx\` ON \`trainer_applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_decided_by_idx\` ON \`trainer_applications\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_profile_idx\` ON \`trainer_applications\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_updated_at_idx\` ON \`trainer_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_created_at_idx\` ON \`trainer_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`trainer_applications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`thematic_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainer_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`thematic_areas_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainer_applications_rels_order_idx\` ON \`trainer_applications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_rels_parent_idx\` ON \`trainer_applications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_rels_path_idx\` ON \`trainer_applications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`trainer_applications_rels_thematic_areas_id_idx\` ON \`trainer_applications_rels\` (\`thematic_areas_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`trainers_id\` integer REFERENCES trainers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`trainer_applications_id\` integer REFERENCES trainer_applications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainers_id_idx\` ON \`payload_locked_documents_rels\` (\`trainers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainer_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`trainer_applications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`trainers_languages\`;`)
    await db.run(sql`DROP TABLE \`trainers_trainings\`;`)
    await db.run(sql`DROP TABLE \`trainers_trainings_locales\`;`)
    await db.run(sql`DROP TABLE \`trainers\`;`)
    await db.run(sql`DROP TABLE \`trainers_locales\`;`)
    await db.run(sql`DROP TABLE \`trainers_rels\`;`)
    await db.run(sql`DROP TABLE \`trainer_applications_languages\`;`)
    await db.run(sql`DROP TABLE \`trainer_applications\`;`)
    await db.run(sql`DROP TABLE \`trainer_applications_rels\`;`)
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
    	\`action_plan_objectives_id\` integer,
    	\`action_plan_actions_id\` integer,
    	\`reporting_periods_id\` integer,
    	\`action_reports_id\` integer,
    	\`recommendations_id\` integer,
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
    	FOREIGN KEY (\`action_plan_objectives_id\`) REFERENCES \`action_plan_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`action_plan_actions_id\`) REFERENCES \`action_plan_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`reporting_periods_id\`) REFERENCES \`reporting_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`action_reports_id\`) REFERENCES \`action_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`recommendations_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "action_plan_objectives_id", "action_plan_actions_id", "reporting_periods_id", "action_reports_id", "recommendations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "action_plan_objectives_id", "action_plan_actions_id", "reporting_periods_id", "action_reports_id", "recommendations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "media_id", "users_id", "email_outbox_id", "oai_records_id" FROM \`payload_locked_documents_rels\`;`)
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
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_plan_objectives_id_idx\` ON \`payload_locked_documents_rels\` (\`action_plan_objectives_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_plan_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`action_plan_actions_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_periods_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`action_reports_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recommendations_id_idx\` ON \`payload_locked_documents_rels\` (\`recommendations_id\`);`)
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
