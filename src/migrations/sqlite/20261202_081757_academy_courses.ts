import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

/** The E-learning Platform: courses, lessons, enrolments and completed lessons. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`courses_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_languages_order_idx\` ON \`courses_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`courses_languages_parent_idx\` ON \`courses_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_modules_order_idx\` ON \`courses_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`courses_modules_parent_id_idx\` ON \`courses_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_modules_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_modules_locales_locale_parent_id_unique\` ON \`courses_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`level\` text DEFAULT 'introductory',
  	\`hours\` numeric,
  	\`thematic_area_id\` integer,
  	\`cover_id\` integer,
  	\`enrollment\` text DEFAULT 'open',
  	\`enrollment_key\` text,
  	\`sequential\` integer DEFAULT false,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`thematic_area_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_thematic_area_idx\` ON \`courses\` (\`thematic_area_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_cover_idx\` ON \`courses\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_slug_idx\` ON \`courses\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`courses_updated_at_idx\` ON \`courses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`courses_created_at_idx\` ON \`courses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`courses__status_idx\` ON \`courses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`courses_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_locales_locale_parent_id_unique\` ON \`courses_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`courses_id\` integer,
  	\`lessons_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_rels_order_idx\` ON \`courses_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_parent_idx\` ON \`courses_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_path_idx\` ON \`courses_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_courses_id_idx\` ON \`courses_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_lessons_id_idx\` ON \`courses_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_users_id_idx\` ON \`courses_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_languages_order_idx\` ON \`_courses_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_languages_parent_idx\` ON \`_courses_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_modules_order_idx\` ON \`_courses_v_version_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_modules_parent_id_idx\` ON \`_courses_v_version_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_modules_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v_version_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_version_modules_locales_locale_parent_id_unique\` ON \`_courses_v_version_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_level\` text DEFAULT 'introductory',
  	\`version_hours\` numeric,
  	\`version_thematic_area_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_enrollment\` text DEFAULT 'open',
  	\`version_enrollment_key\` text,
  	\`version_sequential\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_thematic_area_id\`) REFERENCES \`thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_parent_idx\` ON \`_courses_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_thematic_area_idx\` ON \`_courses_v\` (\`version_thematic_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_cover_idx\` ON \`_courses_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_slug_idx\` ON \`_courses_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_updated_at_idx\` ON \`_courses_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_created_at_idx\` ON \`_courses_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version__status_idx\` ON \`_courses_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_created_at_idx\` ON \`_courses_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_updated_at_idx\` ON \`_courses_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_snapshot_idx\` ON \`_courses_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_published_locale_idx\` ON \`_courses_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_latest_idx\` ON \`_courses_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_locales_locale_parent_id_unique\` ON \`_courses_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`courses_id\` integer,
  	\`lessons_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_order_idx\` ON \`_courses_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_parent_idx\` ON \`_courses_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_path_idx\` ON \`_courses_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_courses_id_idx\` ON \`_courses_v_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_lessons_id_idx\` ON \`_courses_v_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_users_id_idx\` ON \`_courses_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`course_id\` integer NOT NULL,
  	\`video_url\` text,
  	\`required\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_course_idx\` ON \`lessons\` (\`course_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_slug_idx\` ON \`lessons\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lessons_updated_at_idx\` ON \`lessons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_created_at_idx\` ON \`lessons\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`lessons_locales\` (
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_locales_locale_parent_id_unique\` ON \`lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_rels_order_idx\` ON \`lessons_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_parent_idx\` ON \`lessons_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_path_idx\` ON \`lessons_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_documents_id_idx\` ON \`lessons_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`enrollments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`course_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`completed_at\` text,
  	\`last_lesson_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_lesson_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enrollments_user_idx\` ON \`enrollments\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`enrollments_course_idx\` ON \`enrollments\` (\`course_id\`);`)
  await db.run(sql`CREATE INDEX \`enrollments_last_lesson_idx\` ON \`enrollments\` (\`last_lesson_id\`);`)
  await db.run(sql`CREATE INDEX \`enrollments_updated_at_idx\` ON \`enrollments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enrollments_created_at_idx\` ON \`enrollments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_course_idx\` ON \`enrollments\` (\`user_id\`,\`course_id\`);`)
  await db.run(sql`CREATE TABLE \`lesson_progress\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`course_id\` integer NOT NULL,
  	\`lesson_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lesson_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lesson_progress_user_idx\` ON \`lesson_progress\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`lesson_progress_course_idx\` ON \`lesson_progress\` (\`course_id\`);`)
  await db.run(sql`CREATE INDEX \`lesson_progress_lesson_idx\` ON \`lesson_progress\` (\`lesson_id\`);`)
  await db.run(sql`CREATE INDEX \`lesson_progress_updated_at_idx\` ON \`lesson_progress\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lesson_progress_created_at_idx\` ON \`lesson_progress\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_lesson_idx\` ON \`lesson_progress\` (\`user_id\`,\`lesson_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`courses_id\` integer REFERENCES courses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`lessons_id\` integer REFERENCES lessons(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`enrollments_id\` integer REFERENCES enrollments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`lesson_progress_id\` integer REFERENCES lesson_progress(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enrollments_id_idx\` ON \`payload_locked_documents_rels\` (\`enrollments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lesson_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`lesson_progress_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`courses_languages\`;`)
    await db.run(sql`DROP TABLE \`courses_modules\`;`)
    await db.run(sql`DROP TABLE \`courses_modules_locales\`;`)
    await db.run(sql`DROP TABLE \`courses\`;`)
    await db.run(sql`DROP TABLE \`courses_locales\`;`)
    await db.run(sql`DROP TABLE \`courses_rels\`;`)
    await db.run(sql`DROP TABLE \`_courses_v_version_languages\`;`)
    await db.run(sql`DROP TABLE \`_courses_v_version_modules\`;`)
    await db.run(sql`DROP TABLE \`_courses_v_version_modules_locales\`;`)
    await db.run(sql`DROP TABLE \`_courses_v\`;`)
    await db.run(sql`DROP TABLE \`_courses_v_locales\`;`)
    await db.run(sql`DROP TABLE \`_courses_v_rels\`;`)
    await db.run(sql`DROP TABLE \`lessons\`;`)
    await db.run(sql`DROP TABLE \`lessons_locales\`;`)
    await db.run(sql`DROP TABLE \`lessons_rels\`;`)
    await db.run(sql`DROP TABLE \`enrollments\`;`)
    await db.run(sql`DROP TABLE \`lesson_progress\`;`)
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
    	\`trainers_id\` integer,
    	\`trainer_applications_id\` integer,
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
    	FOREIGN KEY (\`trainers_id\`) REFERENCES \`trainers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`trainer_applications_id\`) REFERENCES \`trainer_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`email_outbox_id\`) REFERENCES \`email_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`oai_records_id\`) REFERENCES \`oai_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
    );
    `)
    await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "action_plan_objectives_id", "action_plan_actions_id", "reporting_periods_id", "action_reports_id", "recommendations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "trainers_id", "trainer_applications_id", "media_id", "users_id", "email_outbox_id", "oai_records_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "action_plan_objectives_id", "action_plan_actions_id", "reporting_periods_id", "action_reports_id", "recommendations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "trainers_id", "trainer_applications_id", "media_id", "users_id", "email_outbox_id", "oai_records_id" FROM \`payload_locked_documents_rels\`;`)
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
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainers_id_idx\` ON \`payload_locked_documents_rels\` (\`trainers_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainer_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`trainer_applications_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`email_outbox_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oai_records_id_idx\` ON \`payload_locked_documents_rels\` (\`oai_records_id\`);`)
  })
}
