import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`scorm_packages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`version\` text,
  	\`launch\` text,
  	\`file_count\` numeric,
  	\`revision\` text,
  	\`prefix\` text DEFAULT 'scorm-packages',
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
  await db.run(sql`CREATE INDEX \`scorm_packages_updated_at_idx\` ON \`scorm_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scorm_packages_created_at_idx\` ON \`scorm_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`scorm_packages_filename_idx\` ON \`scorm_packages\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`scorm_records\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`course_id\` integer NOT NULL,
  	\`lesson_id\` integer NOT NULL,
  	\`status\` text,
  	\`score\` numeric,
  	\`completed\` integer DEFAULT false,
  	\`total_time\` text,
  	\`commits\` numeric DEFAULT 0,
  	\`cmi\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lesson_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`scorm_records_user_idx\` ON \`scorm_records\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`scorm_records_course_idx\` ON \`scorm_records\` (\`course_id\`);`)
  await db.run(sql`CREATE INDEX \`scorm_records_lesson_idx\` ON \`scorm_records\` (\`lesson_id\`);`)
  await db.run(sql`CREATE INDEX \`scorm_records_updated_at_idx\` ON \`scorm_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scorm_records_created_at_idx\` ON \`scorm_records\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_lesson_1_idx\` ON \`scorm_records\` (\`user_id\`,\`lesson_id\`);`)
  await db.run(sql`ALTER TABLE \`lessons\` ADD \`scorm_package_id\` integer REFERENCES scorm_packages(id);`)
  await db.run(sql`CREATE INDEX \`lessons_scorm_package_idx\` ON \`lessons\` (\`scorm_package_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`scorm_packages_id\` integer REFERENCES scorm_packages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`scorm_records_id\` integer REFERENCES scorm_records(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scorm_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`scorm_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scorm_records_id_idx\` ON \`payload_locked_documents_rels\` (\`scorm_records_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
    await db.run(sql`DROP TABLE \`scorm_packages\`;`)
    await db.run(sql`DROP TABLE \`scorm_records\`;`)
    await db.run(sql`CREATE TABLE \`__new_lessons\` (
    	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    	\`course_id\` integer NOT NULL,
    	\`kind\` text DEFAULT 'text',
    	\`quiz_draw\` numeric,
    	\`quiz_pass_mark\` numeric DEFAULT 70,
    	\`quiz_attempts\` numeric,
    	\`quiz_minutes\` numeric,
    	\`quiz_shuffle\` integer DEFAULT true,
    	\`video_url\` text,
    	\`video_id\` integer,
    	\`required\` integer DEFAULT true,
    	\`slug\` text NOT NULL,
    	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
    	FOREIGN KEY (\`video_id\`) REFERENCES \`lesson_files\`(\`id\`) ON UPDATE no action ON DELETE set null
    );
    `)
    await db.run(sql`INSERT INTO \`__new_lessons\`("id", "course_id", "kind", "quiz_draw", "quiz_pass_mark", "quiz_attempts", "quiz_minutes", "quiz_shuffle", "video_url", "video_id", "required", "slug", "updated_at", "created_at") SELECT "id", "course_id", "kind", "quiz_draw", "quiz_pass_mark", "quiz_attempts", "quiz_minutes", "quiz_shuffle", "video_url", "video_id", "required", "slug", "updated_at", "created_at" FROM \`lessons\`;`)
    await db.run(sql`DROP TABLE \`lessons\`;`)
    await db.run(sql`ALTER TABLE \`__new_lessons\` RENAME TO \`lessons\`;`)
    await db.run(sql`CREATE INDEX \`lessons_course_idx\` ON \`lessons\` (\`course_id\`);`)
    await db.run(sql`CREATE INDEX \`lessons_video_idx\` ON \`lessons\` (\`video_id\`);`)
    await db.run(sql`CREATE UNIQUE INDEX \`lessons_slug_idx\` ON \`lessons\` (\`slug\`);`)
    await db.run(sql`CREATE INDEX \`lessons_updated_at_idx\` ON \`lessons\` (\`updated_at\`);`)
    await db.run(sql`CREATE INDEX \`lessons_created_at_idx\` ON \`lessons\` (\`created_at\`);`)
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
    	\`courses_id\` integer,
    	\`lessons_id\` integer,
    	\`enrollments_id\` integer,
    	\`lesson_progress_id\` integer,
    	\`questions_id\` integer,
    	\`quiz_attempts_id\` integer,
    	\`certificates_id\` integer,
    	\`lesson_files_id\` integer,
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
    	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`enrollments_id\`) REFERENCES \`enrollments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`lesson_progress_id\`) REFERENCES \`lesson_progress\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`quiz_attempts_id\`) REFERENCES \`quiz_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`certificates_id\`) REFERENCES \`certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`lesson_files_id\`) REFERENCES \`lesson_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`email_outbox_id\`) REFERENCES \`email_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
    	FOREIGN KEY (\`oai_records_id\`) REFERENCES \`oai_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
    );
    `)
    await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "action_plan_objectives_id", "action_plan_actions_id", "reporting_periods_id", "action_reports_id", "recommendations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "trainers_id", "trainer_applications_id", "courses_id", "lessons_id", "enrollments_id", "lesson_progress_id", "questions_id", "quiz_attempts_id", "certificates_id", "lesson_files_id", "media_id", "users_id", "email_outbox_id", "oai_records_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "thematic_areas_id", "participants_id", "governance_bodies_id", "conferences_id", "projects_id", "events_id", "event_types_id", "registrations_id", "meeting_documents_id", "invitation_letters_id", "proposals_id", "proposal_responses_id", "action_plan_objectives_id", "action_plan_actions_id", "reporting_periods_id", "action_reports_id", "recommendations_id", "publications_id", "publication_types_id", "authors_id", "series_id", "documents_id", "search_terms_id", "trainers_id", "trainer_applications_id", "courses_id", "lessons_id", "enrollments_id", "lesson_progress_id", "questions_id", "quiz_attempts_id", "certificates_id", "lesson_files_id", "media_id", "users_id", "email_outbox_id", "oai_records_id" FROM \`payload_locked_documents_rels\`;`)
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
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enrollments_id_idx\` ON \`payload_locked_documents_rels\` (\`enrollments_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lesson_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`lesson_progress_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_attempts_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`certificates_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lesson_files_id_idx\` ON \`payload_locked_documents_rels\` (\`lesson_files_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`email_outbox_id\`);`)
    await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oai_records_id_idx\` ON \`payload_locked_documents_rels\` (\`oai_records_id\`);`)
  })
}
