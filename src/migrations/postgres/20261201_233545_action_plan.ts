import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reporting_periods_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_action_reports_progress" AS ENUM('not-started', 'in-progress', 'completed', 'not-applicable');
  CREATE TYPE "public"."enum_action_reports_status" AS ENUM('draft', 'submitted', 'returned', 'accepted');
  CREATE TYPE "public"."enum__action_reports_v_version_progress" AS ENUM('not-started', 'in-progress', 'completed', 'not-applicable');
  CREATE TYPE "public"."enum__action_reports_v_version_status" AS ENUM('draft', 'submitted', 'returned', 'accepted');
  CREATE TYPE "public"."enum_recommendations_follow_up" AS ENUM('planned', 'in-progress', 'implemented', 'discontinued');
  CREATE TABLE "action_plan_objectives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"thematic_area_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "action_plan_objectives_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "action_plan_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"objective_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "action_plan_actions_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "reporting_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_on" timestamp(3) with time zone NOT NULL,
  	"ends_on" timestamp(3) with time zone NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"status" "enum_reporting_periods_status" DEFAULT 'open' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reporting_periods_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "action_reports_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "action_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"period_id" integer NOT NULL,
  	"action_id" integer NOT NULL,
  	"state_id" integer NOT NULL,
  	"progress" "enum_action_reports_progress" NOT NULL,
  	"narrative" varchar,
  	"status" "enum_action_reports_status" DEFAULT 'draft' NOT NULL,
  	"return_reason" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_action_reports_v_version_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_action_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_reference" varchar,
  	"version_period_id" integer NOT NULL,
  	"version_action_id" integer NOT NULL,
  	"version_state_id" integer NOT NULL,
  	"version_progress" "enum__action_reports_v_version_progress" NOT NULL,
  	"version_narrative" varchar,
  	"version_status" "enum__action_reports_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_return_reason" varchar,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "recommendations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"adopted_on" timestamp(3) with time zone,
  	"follow_up" "enum_recommendations_follow_up" DEFAULT 'planned' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "recommendations_locales" (
  	"text" varchar NOT NULL,
  	"follow_up_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "recommendations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" integer,
  	"conferences_id" integer,
  	"action_plan_actions_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "action_plan_objectives_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "action_plan_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reporting_periods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "action_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "recommendations_id" integer;
  ALTER TABLE "action_plan_objectives" ADD CONSTRAINT "action_plan_objectives_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_plan_objectives_locales" ADD CONSTRAINT "action_plan_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."action_plan_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_plan_actions" ADD CONSTRAINT "action_plan_actions_objective_id_action_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."action_plan_objectives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_plan_actions_locales" ADD CONSTRAINT "action_plan_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."action_plan_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reporting_periods_locales" ADD CONSTRAINT "reporting_periods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reporting_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_reports_evidence" ADD CONSTRAINT "action_reports_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."action_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_action_id_action_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action_plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_state_id_participants_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_action_reports_v_version_evidence" ADD CONSTRAINT "_action_reports_v_version_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_action_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_action_reports_v" ADD CONSTRAINT "_action_reports_v_parent_id_action_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."action_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_action_reports_v" ADD CONSTRAINT "_action_reports_v_version_period_id_reporting_periods_id_fk" FOREIGN KEY ("version_period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_action_reports_v" ADD CONSTRAINT "_action_reports_v_version_action_id_action_plan_actions_id_fk" FOREIGN KEY ("version_action_id") REFERENCES "public"."action_plan_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_action_reports_v" ADD CONSTRAINT "_action_reports_v_version_state_id_participants_id_fk" FOREIGN KEY ("version_state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_action_reports_v" ADD CONSTRAINT "_action_reports_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_action_reports_v" ADD CONSTRAINT "_action_reports_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations_locales" ADD CONSTRAINT "recommendations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_conferences_fk" FOREIGN KEY ("conferences_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_action_plan_actions_fk" FOREIGN KEY ("action_plan_actions_id") REFERENCES "public"."action_plan_actions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "action_plan_objectives_code_idx" ON "action_plan_objectives" USING btree ("code");
  CREATE INDEX "action_plan_objectives_thematic_area_idx" ON "action_plan_objectives" USING btree ("thematic_area_id");
  CREATE INDEX "action_plan_objectives_updated_at_idx" ON "action_plan_objectives" USING btree ("updated_at");
  CREATE INDEX "action_plan_objectives_created_at_idx" ON "action_plan_objectives" USING btree ("created_at");
  CREATE UNIQUE INDEX "action_plan_objectives_locales_locale_parent_id_unique" ON "action_plan_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "action_plan_actions_code_idx" ON "action_plan_actions" USING btree ("code");
  CREATE INDEX "action_plan_actions_objective_idx" ON "action_plan_actions" USING btree ("objective_id");
  CREATE INDEX "action_plan_actions_updated_at_idx" ON "action_plan_actions" USING btree ("updated_at");
  CREATE INDEX "action_plan_actions_created_at_idx" ON "action_plan_actions" USING btree ("created_at");
  CREATE UNIQUE INDEX "action_plan_actions_locales_locale_parent_id_unique" ON "action_plan_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "reporting_periods_updated_at_idx" ON "reporting_periods" USING btree ("updated_at");
  CREATE INDEX "reporting_periods_created_at_idx" ON "reporting_periods" USING btree ("created_at");
  CREATE UNIQUE INDEX "reporting_periods_locales_locale_parent_id_unique" ON "reporting_periods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "action_reports_evidence_order_idx" ON "action_reports_evidence" USING btree ("_order");
  CREATE INDEX "action_reports_evidence_parent_id_idx" ON "action_reports_evidence" USING btree ("_parent_id");
  CREATE INDEX "action_reports_period_idx" ON "action_reports" USING btree ("period_id");
  CREATE INDEX "action_reports_action_idx" ON "action_reports" USING btree ("action_id");
  CREATE INDEX "action_reports_state_idx" ON "action_reports" USING btree ("state_id");
  CREATE INDEX "action_reports_status_idx" ON "action_reports" USING btree ("status");
  CREATE INDEX "action_reports_submitted_by_idx" ON "action_reports" USING btree ("submitted_by_id");
  CREATE INDEX "action_reports_reviewed_by_idx" ON "action_reports" USING btree ("reviewed_by_id");
  CREATE INDEX "action_reports_updated_at_idx" ON "action_reports" USING btree ("updated_at");
  CREATE INDEX "action_reports_created_at_idx" ON "action_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "period_action_state_idx" ON "action_reports" USING btree ("period_id","action_id","state_id");
  CREATE INDEX "_action_reports_v_version_evidence_order_idx" ON "_action_reports_v_version_evidence" USING btree ("_order");
  CREATE INDEX "_action_reports_v_version_evidence_parent_id_idx" ON "_action_reports_v_version_evidence" USING btree ("_parent_id");
  CREATE INDEX "_action_reports_v_parent_idx" ON "_action_reports_v" USING btree ("parent_id");
  CREATE INDEX "_action_reports_v_version_version_period_idx" ON "_action_reports_v" USING btree ("version_period_id");
  CREATE INDEX "_action_reports_v_version_version_action_idx" ON "_action_reports_v" USING btree ("version_action_id");
  CREATE INDEX "_action_reports_v_version_version_state_idx" ON "_action_reports_v" USING btree ("version_state_id");
  CREATE INDEX "_action_reports_v_version_version_status_idx" ON "_action_reports_v" USING btree ("version_status");
  CREATE INDEX "_action_reports_v_version_version_submitted_by_idx" ON "_action_reports_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_action_reports_v_version_version_reviewed_by_idx" ON "_action_reports_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_action_reports_v_version_version_updated_at_idx" ON "_action_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_action_reports_v_version_version_created_at_idx" ON "_action_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_action_reports_v_created_at_idx" ON "_action_reports_v" USING btree ("created_at");
  CREATE INDEX "_action_reports_v_updated_at_idx" ON "_action_reports_v" USING btree ("updated_at");
  CREATE INDEX "version_period_version_action_version_state_idx" ON "_action_reports_v" USING btree ("version_period_id","version_action_id","version_state_id");
  CREATE INDEX "recommendations_updated_at_idx" ON "recommendations" USING btree ("updated_at");
  CREATE INDEX "recommendations_created_at_idx" ON "recommendations" USING btree ("created_at");
  CREATE UNIQUE INDEX "recommendations_locales_locale_parent_id_unique" ON "recommendations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "recommendations_rels_order_idx" ON "recommendations_rels" USING btree ("order");
  CREATE INDEX "recommendations_rels_parent_idx" ON "recommendations_rels" USING btree ("parent_id");
  CREATE INDEX "recommendations_rels_path_idx" ON "recommendations_rels" USING btree ("path");
  CREATE INDEX "recommendations_rels_events_id_idx" ON "recommendations_rels" USING btree ("events_id");
  CREATE INDEX "recommendations_rels_conferences_id_idx" ON "recommendations_rels" USING btree ("conferences_id");
  CREATE INDEX "recommendations_rels_action_plan_actions_id_idx" ON "recommendations_rels" USING btree ("action_plan_actions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_action_plan_objectives_fk" FOREIGN KEY ("action_plan_objectives_id") REFERENCES "public"."action_plan_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_action_plan_actions_fk" FOREIGN KEY ("action_plan_actions_id") REFERENCES "public"."action_plan_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reporting_periods_fk" FOREIGN KEY ("reporting_periods_id") REFERENCES "public"."reporting_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_action_reports_fk" FOREIGN KEY ("action_reports_id") REFERENCES "public"."action_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recommendations_fk" FOREIGN KEY ("recommendations_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_action_plan_objectives_id_idx" ON "payload_locked_documents_rels" USING btree ("action_plan_objectives_id");
  CREATE INDEX "payload_locked_documents_rels_action_plan_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("action_plan_actions_id");
  CREATE INDEX "payload_locked_documents_rels_reporting_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("reporting_periods_id");
  CREATE INDEX "payload_locked_documents_rels_action_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("action_reports_id");
  CREATE INDEX "payload_locked_documents_rels_recommendations_id_idx" ON "payload_locked_documents_rels" USING btree ("recommendations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "action_plan_objectives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_plan_objectives_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_plan_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_plan_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reporting_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reporting_periods_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_reports_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_action_reports_v_version_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_action_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recommendations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "action_plan_objectives" CASCADE;
  DROP TABLE "action_plan_objectives_locales" CASCADE;
  DROP TABLE "action_plan_actions" CASCADE;
  DROP TABLE "action_plan_actions_locales" CASCADE;
  DROP TABLE "reporting_periods" CASCADE;
  DROP TABLE "reporting_periods_locales" CASCADE;
  DROP TABLE "action_reports_evidence" CASCADE;
  DROP TABLE "action_reports" CASCADE;
  DROP TABLE "_action_reports_v_version_evidence" CASCADE;
  DROP TABLE "_action_reports_v" CASCADE;
  DROP TABLE "recommendations" CASCADE;
  DROP TABLE "recommendations_locales" CASCADE;
  DROP TABLE "recommendations_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_action_plan_objectives_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_action_plan_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reporting_periods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_action_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_recommendations_fk";
  
  DROP INDEX "payload_locked_documents_rels_action_plan_objectives_id_idx";
  DROP INDEX "payload_locked_documents_rels_action_plan_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_reporting_periods_id_idx";
  DROP INDEX "payload_locked_documents_rels_action_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_recommendations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "action_plan_objectives_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "action_plan_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reporting_periods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "action_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "recommendations_id";
  DROP TYPE "public"."enum_reporting_periods_status";
  DROP TYPE "public"."enum_action_reports_progress";
  DROP TYPE "public"."enum_action_reports_status";
  DROP TYPE "public"."enum__action_reports_v_version_progress";
  DROP TYPE "public"."enum__action_reports_v_version_status";
  DROP TYPE "public"."enum_recommendations_follow_up";`)
}
