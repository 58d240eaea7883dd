import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_registration_ask_for" AS ENUM('organisation', 'jobTitle', 'phone', 'interpretation', 'dietary', 'accessibility', 'needsVisa');
  CREATE TYPE "public"."enum_events_registration_mode" AS ENUM('none', 'anyone', 'members', 'nominated');
  CREATE TYPE "public"."enum_events_registration_approval" AS ENUM('secretariat', 'automatic');
  CREATE TYPE "public"."enum__events_v_version_registration_ask_for" AS ENUM('organisation', 'jobTitle', 'phone', 'interpretation', 'dietary', 'accessibility', 'needsVisa');
  CREATE TYPE "public"."enum__events_v_version_registration_mode" AS ENUM('none', 'anyone', 'members', 'nominated');
  CREATE TYPE "public"."enum__events_v_version_registration_approval" AS ENUM('secretariat', 'automatic');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('pending', 'approved', 'waitlisted', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_registrations_language" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_registrations_answers_interpretation" AS ENUM('en', 'ru', 'fr', 'de', 'tr', 'uk');
  CREATE TABLE "events_registration_ask_for" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_registration_ask_for",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_registration_ask_for" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_registration_ask_for",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'pending' NOT NULL,
  	"decline_reason" varchar,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_registrations_language" DEFAULT 'en' NOT NULL,
  	"state_id" integer,
  	"person_id" integer,
  	"nominated_by_id" integer,
  	"answers_organisation" varchar,
  	"answers_job_title" varchar,
  	"answers_phone" varchar,
  	"answers_interpretation" "enum_registrations_answers_interpretation",
  	"answers_dietary" varchar,
  	"answers_accessibility" varchar,
  	"answers_needs_visa" boolean,
  	"queue_number" numeric,
  	"status_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "events" ADD COLUMN "registration_mode" "enum_events_registration_mode" DEFAULT 'none';
  ALTER TABLE "events" ADD COLUMN "registration_approval" "enum_events_registration_approval" DEFAULT 'secretariat';
  ALTER TABLE "events" ADD COLUMN "registration_deadline" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "registration_capacity" numeric;
  ALTER TABLE "events" ADD COLUMN "registration_quota_per_state" numeric;
  ALTER TABLE "events" ADD COLUMN "registration_reminder_days" numeric DEFAULT 7;
  ALTER TABLE "events" ADD COLUMN "registration_participant_list_visible" boolean;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_mode" "enum__events_v_version_registration_mode" DEFAULT 'none';
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_approval" "enum__events_v_version_registration_approval" DEFAULT 'secretariat';
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_deadline" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_capacity" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_quota_per_state" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_reminder_days" numeric DEFAULT 7;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_participant_list_visible" boolean;
  ALTER TABLE "email_outbox" ADD COLUMN "attachments" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "events_registration_ask_for" ADD CONSTRAINT "events_registration_ask_for_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_registration_ask_for" ADD CONSTRAINT "_events_v_version_registration_ask_for_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_state_id_participants_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_nominated_by_id_users_id_fk" FOREIGN KEY ("nominated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_registration_ask_for_order_idx" ON "events_registration_ask_for" USING btree ("order");
  CREATE INDEX "events_registration_ask_for_parent_idx" ON "events_registration_ask_for" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_registration_ask_for_order_idx" ON "_events_v_version_registration_ask_for" USING btree ("order");
  CREATE INDEX "_events_v_version_registration_ask_for_parent_idx" ON "_events_v_version_registration_ask_for" USING btree ("parent_id");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");
  CREATE INDEX "registrations_state_idx" ON "registrations" USING btree ("state_id");
  CREATE INDEX "registrations_person_idx" ON "registrations" USING btree ("person_id");
  CREATE INDEX "registrations_nominated_by_idx" ON "registrations" USING btree ("nominated_by_id");
  CREATE INDEX "registrations_queue_number_idx" ON "registrations" USING btree ("queue_number");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_email_idx" ON "registrations" USING btree ("event_id","email");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_registration_ask_for" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_registration_ask_for" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_registration_ask_for" CASCADE;
  DROP TABLE "_events_v_version_registration_ask_for" CASCADE;
  DROP TABLE "registrations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  ALTER TABLE "events" DROP COLUMN "registration_mode";
  ALTER TABLE "events" DROP COLUMN "registration_approval";
  ALTER TABLE "events" DROP COLUMN "registration_deadline";
  ALTER TABLE "events" DROP COLUMN "registration_capacity";
  ALTER TABLE "events" DROP COLUMN "registration_quota_per_state";
  ALTER TABLE "events" DROP COLUMN "registration_reminder_days";
  ALTER TABLE "events" DROP COLUMN "registration_participant_list_visible";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_mode";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_approval";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_deadline";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_capacity";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_quota_per_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_reminder_days";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_participant_list_visible";
  ALTER TABLE "email_outbox" DROP COLUMN "attachments";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  DROP TYPE "public"."enum_events_registration_ask_for";
  DROP TYPE "public"."enum_events_registration_mode";
  DROP TYPE "public"."enum_events_registration_approval";
  DROP TYPE "public"."enum__events_v_version_registration_ask_for";
  DROP TYPE "public"."enum__events_v_version_registration_mode";
  DROP TYPE "public"."enum__events_v_version_registration_approval";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_registrations_language";
  DROP TYPE "public"."enum_registrations_answers_interpretation";`)
}
