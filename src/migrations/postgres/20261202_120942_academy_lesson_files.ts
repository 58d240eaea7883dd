import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Lesson files (handouts, videos, caption tracks) for enrolled learners only. A lesson's files
 * were publication files, which learners could not open (staff-only unless a publication used
 * them); those links are dropped, and the files are uploaded again as lesson files.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_lessons_captions_language" AS ENUM('en', 'ru');
  CREATE TABLE "lessons_captions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_lessons_captions_language",
  	"file_id" integer
  );
  
  CREATE TABLE "lesson_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"prefix" varchar DEFAULT 'lesson-files',
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
  
  CREATE TABLE "lesson_files_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DELETE FROM "lessons_rels" WHERE "documents_id" IS NOT NULL;
  ALTER TABLE "lessons_rels" DROP CONSTRAINT "lessons_rels_documents_fk";
  
  DROP INDEX "lessons_rels_documents_id_idx";
  ALTER TABLE "lessons" ADD COLUMN "video_id" integer;
  ALTER TABLE "lessons_rels" ADD COLUMN "lesson_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lesson_files_id" integer;
  ALTER TABLE "lessons_captions" ADD CONSTRAINT "lessons_captions_file_id_lesson_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."lesson_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_captions" ADD CONSTRAINT "lessons_captions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lesson_files_locales" ADD CONSTRAINT "lesson_files_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lesson_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "lessons_captions_order_idx" ON "lessons_captions" USING btree ("_order");
  CREATE INDEX "lessons_captions_parent_id_idx" ON "lessons_captions" USING btree ("_parent_id");
  CREATE INDEX "lessons_captions_file_idx" ON "lessons_captions" USING btree ("file_id");
  CREATE INDEX "lesson_files_updated_at_idx" ON "lesson_files" USING btree ("updated_at");
  CREATE INDEX "lesson_files_created_at_idx" ON "lesson_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "lesson_files_filename_idx" ON "lesson_files" USING btree ("filename");
  CREATE UNIQUE INDEX "lesson_files_locales_locale_parent_id_unique" ON "lesson_files_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_video_id_lesson_files_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."lesson_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_lesson_files_fk" FOREIGN KEY ("lesson_files_id") REFERENCES "public"."lesson_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lesson_files_fk" FOREIGN KEY ("lesson_files_id") REFERENCES "public"."lesson_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "lessons_video_idx" ON "lessons" USING btree ("video_id");
  CREATE INDEX "lessons_rels_lesson_files_id_idx" ON "lessons_rels" USING btree ("lesson_files_id");
  CREATE INDEX "payload_locked_documents_rels_lesson_files_id_idx" ON "payload_locked_documents_rels" USING btree ("lesson_files_id");
  ALTER TABLE "lessons_rels" DROP COLUMN "documents_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "lessons_captions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lesson_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lesson_files_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "lessons_captions" CASCADE;
  DROP TABLE "lesson_files" CASCADE;
  DROP TABLE "lesson_files_locales" CASCADE;
  ALTER TABLE "lessons" DROP CONSTRAINT "lessons_video_id_lesson_files_id_fk";
  
  DELETE FROM "lessons_rels" WHERE "lesson_files_id" IS NOT NULL;
  ALTER TABLE "lessons_rels" DROP CONSTRAINT "lessons_rels_lesson_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lesson_files_fk";
  
  DROP INDEX "lessons_video_idx";
  DROP INDEX "lessons_rels_lesson_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_lesson_files_id_idx";
  ALTER TABLE "lessons_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "lessons_rels_documents_id_idx" ON "lessons_rels" USING btree ("documents_id");
  ALTER TABLE "lessons" DROP COLUMN "video_id";
  ALTER TABLE "lessons_rels" DROP COLUMN "lesson_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lesson_files_id";
  DROP TYPE "public"."enum_lessons_captions_language";`)
}
