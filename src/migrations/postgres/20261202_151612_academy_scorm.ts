import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_scorm_packages_version" AS ENUM('1.2', '2004');
  CREATE TYPE "public"."enum_scorm_records_status" AS ENUM('not-attempted', 'browsed', 'incomplete', 'completed', 'passed', 'failed', 'unknown');
  ALTER TYPE "public"."enum_lessons_kind" ADD VALUE 'scorm';
  CREATE TABLE "scorm_packages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"version" "enum_scorm_packages_version",
  	"launch" varchar,
  	"file_count" numeric,
  	"revision" varchar,
  	"prefix" varchar DEFAULT 'scorm-packages',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "scorm_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"course_id" integer NOT NULL,
  	"lesson_id" integer NOT NULL,
  	"status" "enum_scorm_records_status",
  	"score" numeric,
  	"completed" boolean DEFAULT false,
  	"total_time" varchar,
  	"commits" numeric DEFAULT 0,
  	"cmi" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "lessons" ADD COLUMN "scorm_package_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scorm_packages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scorm_records_id" integer;
  ALTER TABLE "scorm_records" ADD CONSTRAINT "scorm_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scorm_records" ADD CONSTRAINT "scorm_records_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scorm_records" ADD CONSTRAINT "scorm_records_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "scorm_packages_updated_at_idx" ON "scorm_packages" USING btree ("updated_at");
  CREATE INDEX "scorm_packages_created_at_idx" ON "scorm_packages" USING btree ("created_at");
  CREATE UNIQUE INDEX "scorm_packages_filename_idx" ON "scorm_packages" USING btree ("filename");
  CREATE INDEX "scorm_records_user_idx" ON "scorm_records" USING btree ("user_id");
  CREATE INDEX "scorm_records_course_idx" ON "scorm_records" USING btree ("course_id");
  CREATE INDEX "scorm_records_lesson_idx" ON "scorm_records" USING btree ("lesson_id");
  CREATE INDEX "scorm_records_updated_at_idx" ON "scorm_records" USING btree ("updated_at");
  CREATE INDEX "scorm_records_created_at_idx" ON "scorm_records" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_lesson_1_idx" ON "scorm_records" USING btree ("user_id","lesson_id");
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_scorm_package_id_scorm_packages_id_fk" FOREIGN KEY ("scorm_package_id") REFERENCES "public"."scorm_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scorm_packages_fk" FOREIGN KEY ("scorm_packages_id") REFERENCES "public"."scorm_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scorm_records_fk" FOREIGN KEY ("scorm_records_id") REFERENCES "public"."scorm_records"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "lessons_scorm_package_idx" ON "lessons" USING btree ("scorm_package_id");
  CREATE INDEX "payload_locked_documents_rels_scorm_packages_id_idx" ON "payload_locked_documents_rels" USING btree ("scorm_packages_id");
  CREATE INDEX "payload_locked_documents_rels_scorm_records_id_idx" ON "payload_locked_documents_rels" USING btree ("scorm_records_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scorm_packages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scorm_records" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "scorm_packages" CASCADE;
  DROP TABLE "scorm_records" CASCADE;
  ALTER TABLE "lessons" DROP CONSTRAINT "lessons_scorm_package_id_scorm_packages_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scorm_packages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scorm_records_fk";
  
  ALTER TABLE "lessons" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "lessons" ALTER COLUMN "kind" SET DEFAULT 'text'::text;
  DROP TYPE "public"."enum_lessons_kind";
  CREATE TYPE "public"."enum_lessons_kind" AS ENUM('text', 'quiz');
  ALTER TABLE "lessons" ALTER COLUMN "kind" SET DEFAULT 'text'::"public"."enum_lessons_kind";
  ALTER TABLE "lessons" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_lessons_kind" USING "kind"::"public"."enum_lessons_kind";
  DROP INDEX "lessons_scorm_package_idx";
  DROP INDEX "payload_locked_documents_rels_scorm_packages_id_idx";
  DROP INDEX "payload_locked_documents_rels_scorm_records_id_idx";
  ALTER TABLE "lessons" DROP COLUMN "scorm_package_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scorm_packages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scorm_records_id";
  DROP TYPE "public"."enum_scorm_packages_version";
  DROP TYPE "public"."enum_scorm_records_status";`)
}
