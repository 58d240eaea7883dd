import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Quizzes: the question bank per course, quiz settings on lessons, and learners' attempts. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_lessons_kind" AS ENUM('text', 'quiz');
  CREATE TYPE "public"."enum_questions_kind" AS ENUM('single', 'multiple', 'true-false', 'short', 'matching');
  CREATE TYPE "public"."enum_quiz_attempts_status" AS ENUM('open', 'submitted');
  CREATE TABLE "questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "questions_options_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "questions_pairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "questions_pairs_locales" (
  	"left" varchar,
  	"right" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"course_id" integer NOT NULL,
  	"kind" "enum_questions_kind" DEFAULT 'single' NOT NULL,
  	"is_true" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_locales" (
  	"prompt" varchar NOT NULL,
  	"accepted" varchar,
  	"explanation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "quiz_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"course_id" integer NOT NULL,
  	"lesson_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"drawn" jsonb NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"status" "enum_quiz_attempts_status" DEFAULT 'open' NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"answers" jsonb,
  	"score" numeric,
  	"passed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "lessons" ADD COLUMN "kind" "enum_lessons_kind" DEFAULT 'text';
  ALTER TABLE "lessons" ADD COLUMN "quiz_draw" numeric;
  ALTER TABLE "lessons" ADD COLUMN "quiz_pass_mark" numeric DEFAULT 70;
  ALTER TABLE "lessons" ADD COLUMN "quiz_attempts" numeric;
  ALTER TABLE "lessons" ADD COLUMN "quiz_minutes" numeric;
  ALTER TABLE "lessons" ADD COLUMN "quiz_shuffle" boolean DEFAULT true;
  ALTER TABLE "lessons_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
  ALTER TABLE "questions_options" ADD CONSTRAINT "questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_options_locales" ADD CONSTRAINT "questions_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_pairs" ADD CONSTRAINT "questions_pairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_pairs_locales" ADD CONSTRAINT "questions_pairs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions_pairs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_locales" ADD CONSTRAINT "questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "questions_options_order_idx" ON "questions_options" USING btree ("_order");
  CREATE INDEX "questions_options_parent_id_idx" ON "questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "questions_options_locales_locale_parent_id_unique" ON "questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "questions_pairs_order_idx" ON "questions_pairs" USING btree ("_order");
  CREATE INDEX "questions_pairs_parent_id_idx" ON "questions_pairs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "questions_pairs_locales_locale_parent_id_unique" ON "questions_pairs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "questions_course_idx" ON "questions" USING btree ("course_id");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE UNIQUE INDEX "questions_locales_locale_parent_id_unique" ON "questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "quiz_attempts_user_idx" ON "quiz_attempts" USING btree ("user_id");
  CREATE INDEX "quiz_attempts_course_idx" ON "quiz_attempts" USING btree ("course_id");
  CREATE INDEX "quiz_attempts_lesson_idx" ON "quiz_attempts" USING btree ("lesson_id");
  CREATE INDEX "quiz_attempts_updated_at_idx" ON "quiz_attempts" USING btree ("updated_at");
  CREATE INDEX "quiz_attempts_created_at_idx" ON "quiz_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_lesson_number_idx" ON "quiz_attempts" USING btree ("user_id","lesson_id","number");
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "lessons_rels_questions_id_idx" ON "lessons_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_attempts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_pairs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_pairs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "questions_options" CASCADE;
  DROP TABLE "questions_options_locales" CASCADE;
  DROP TABLE "questions_pairs" CASCADE;
  DROP TABLE "questions_pairs_locales" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_locales" CASCADE;
  DROP TABLE "quiz_attempts" CASCADE;
  ALTER TABLE "lessons_rels" DROP CONSTRAINT "lessons_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  DROP INDEX "lessons_rels_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  ALTER TABLE "lessons" DROP COLUMN "kind";
  ALTER TABLE "lessons" DROP COLUMN "quiz_draw";
  ALTER TABLE "lessons" DROP COLUMN "quiz_pass_mark";
  ALTER TABLE "lessons" DROP COLUMN "quiz_attempts";
  ALTER TABLE "lessons" DROP COLUMN "quiz_minutes";
  ALTER TABLE "lessons" DROP COLUMN "quiz_shuffle";
  ALTER TABLE "lessons_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  DROP TYPE "public"."enum_lessons_kind";
  DROP TYPE "public"."enum_questions_kind";
  DROP TYPE "public"."enum_quiz_attempts_status";`)
}
