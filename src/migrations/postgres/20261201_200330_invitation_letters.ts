import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_invitation_letters_status" AS ENUM('requested', 'issued', 'revoked');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendInvitationLetter' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendInvitationLetter' BEFORE 'schedulePublish';
  CREATE TABLE "invitation_letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"registration_id" integer NOT NULL,
  	"status" "enum_invitation_letters_status" DEFAULT 'requested' NOT NULL,
  	"revoke_reason" varchar,
  	"reference" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"passport_name" varchar NOT NULL,
  	"passport_number" varchar NOT NULL,
  	"date_of_birth" varchar NOT NULL,
  	"nationality" varchar NOT NULL,
  	"consulate" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"person_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "invitation_letters_id" integer;
  ALTER TABLE "invitation_letters" ADD CONSTRAINT "invitation_letters_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invitation_letters" ADD CONSTRAINT "invitation_letters_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "invitation_letters_registration_idx" ON "invitation_letters" USING btree ("registration_id");
  CREATE INDEX "invitation_letters_status_idx" ON "invitation_letters" USING btree ("status");
  CREATE UNIQUE INDEX "invitation_letters_reference_idx" ON "invitation_letters" USING btree ("reference");
  CREATE INDEX "invitation_letters_email_idx" ON "invitation_letters" USING btree ("email");
  CREATE INDEX "invitation_letters_person_idx" ON "invitation_letters" USING btree ("person_id");
  CREATE INDEX "invitation_letters_updated_at_idx" ON "invitation_letters" USING btree ("updated_at");
  CREATE INDEX "invitation_letters_created_at_idx" ON "invitation_letters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invitation_letters_fk" FOREIGN KEY ("invitation_letters_id") REFERENCES "public"."invitation_letters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_invitation_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("invitation_letters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "invitation_letters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "invitation_letters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_invitation_letters_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'syncPublication', 'indexContent', 'sendEventReminders', 'deliverEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'syncPublication', 'indexContent', 'sendEventReminders', 'deliverEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_invitation_letters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "invitation_letters_id";
  DROP TYPE "public"."enum_invitation_letters_status";`)
}
