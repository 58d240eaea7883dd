import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_proposals_format" AS ENUM('in-person', 'online', 'hybrid');
  CREATE TYPE "public"."enum_proposals_status" AS ENUM('open', 'agreed', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum__proposals_v_version_format" AS ENUM('in-person', 'online', 'hybrid');
  CREATE TYPE "public"."enum__proposals_v_version_status" AS ENUM('open', 'agreed', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_proposal_responses_kind" AS ENUM('support', 'comment');
  CREATE TABLE "proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" varchar NOT NULL,
  	"thematic_area_id" integer NOT NULL,
  	"host_state_id" integer,
  	"format" "enum_proposals_format" DEFAULT 'in-person' NOT NULL,
  	"tentative_from" timestamp(3) with time zone,
  	"tentative_to" timestamp(3) with time zone,
  	"rationale" varchar NOT NULL,
  	"proposed_by_id" integer,
  	"state_id" integer,
  	"status" "enum_proposals_status" DEFAULT 'open' NOT NULL,
  	"decision_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"event_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_proposals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_topic" varchar NOT NULL,
  	"version_thematic_area_id" integer NOT NULL,
  	"version_host_state_id" integer,
  	"version_format" "enum__proposals_v_version_format" DEFAULT 'in-person' NOT NULL,
  	"version_tentative_from" timestamp(3) with time zone,
  	"version_tentative_to" timestamp(3) with time zone,
  	"version_rationale" varchar NOT NULL,
  	"version_proposed_by_id" integer,
  	"version_state_id" integer,
  	"version_status" "enum__proposals_v_version_status" DEFAULT 'open' NOT NULL,
  	"version_decision_reason" varchar,
  	"version_decided_by_id" integer,
  	"version_decided_at" timestamp(3) with time zone,
  	"version_event_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "proposal_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"proposal_id" integer NOT NULL,
  	"kind" "enum_proposal_responses_kind" NOT NULL,
  	"author_id" integer NOT NULL,
  	"state_id" integer,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposal_responses_id" integer;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_host_state_id_participants_id_fk" FOREIGN KEY ("host_state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_state_id_participants_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_parent_id_proposals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_version_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("version_thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_version_host_state_id_participants_id_fk" FOREIGN KEY ("version_host_state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_version_proposed_by_id_users_id_fk" FOREIGN KEY ("version_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_version_state_id_participants_id_fk" FOREIGN KEY ("version_state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_version_decided_by_id_users_id_fk" FOREIGN KEY ("version_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_proposals_v" ADD CONSTRAINT "_proposals_v_version_event_id_events_id_fk" FOREIGN KEY ("version_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposal_responses" ADD CONSTRAINT "proposal_responses_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposal_responses" ADD CONSTRAINT "proposal_responses_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposal_responses" ADD CONSTRAINT "proposal_responses_state_id_participants_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "proposals_thematic_area_idx" ON "proposals" USING btree ("thematic_area_id");
  CREATE INDEX "proposals_host_state_idx" ON "proposals" USING btree ("host_state_id");
  CREATE INDEX "proposals_proposed_by_idx" ON "proposals" USING btree ("proposed_by_id");
  CREATE INDEX "proposals_state_idx" ON "proposals" USING btree ("state_id");
  CREATE INDEX "proposals_status_idx" ON "proposals" USING btree ("status");
  CREATE INDEX "proposals_decided_by_idx" ON "proposals" USING btree ("decided_by_id");
  CREATE INDEX "proposals_event_idx" ON "proposals" USING btree ("event_id");
  CREATE INDEX "proposals_updated_at_idx" ON "proposals" USING btree ("updated_at");
  CREATE INDEX "proposals_created_at_idx" ON "proposals" USING btree ("created_at");
  CREATE INDEX "_proposals_v_parent_idx" ON "_proposals_v" USING btree ("parent_id");
  CREATE INDEX "_proposals_v_version_version_thematic_area_idx" ON "_proposals_v" USING btree ("version_thematic_area_id");
  CREATE INDEX "_proposals_v_version_version_host_state_idx" ON "_proposals_v" USING btree ("version_host_state_id");
  CREATE INDEX "_proposals_v_version_version_proposed_by_idx" ON "_proposals_v" USING btree ("version_proposed_by_id");
  CREATE INDEX "_proposals_v_version_version_state_idx" ON "_proposals_v" USING btree ("version_state_id");
  CREATE INDEX "_proposals_v_version_version_status_idx" ON "_proposals_v" USING btree ("version_status");
  CREATE INDEX "_proposals_v_version_version_decided_by_idx" ON "_proposals_v" USING btree ("version_decided_by_id");
  CREATE INDEX "_proposals_v_version_version_event_idx" ON "_proposals_v" USING btree ("version_event_id");
  CREATE INDEX "_proposals_v_version_version_updated_at_idx" ON "_proposals_v" USING btree ("version_updated_at");
  CREATE INDEX "_proposals_v_version_version_created_at_idx" ON "_proposals_v" USING btree ("version_created_at");
  CREATE INDEX "_proposals_v_created_at_idx" ON "_proposals_v" USING btree ("created_at");
  CREATE INDEX "_proposals_v_updated_at_idx" ON "_proposals_v" USING btree ("updated_at");
  CREATE INDEX "proposal_responses_proposal_idx" ON "proposal_responses" USING btree ("proposal_id");
  CREATE INDEX "proposal_responses_author_idx" ON "proposal_responses" USING btree ("author_id");
  CREATE INDEX "proposal_responses_state_idx" ON "proposal_responses" USING btree ("state_id");
  CREATE INDEX "proposal_responses_updated_at_idx" ON "proposal_responses" USING btree ("updated_at");
  CREATE INDEX "proposal_responses_created_at_idx" ON "proposal_responses" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposal_responses_fk" FOREIGN KEY ("proposal_responses_id") REFERENCES "public"."proposal_responses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("proposals_id");
  CREATE INDEX "payload_locked_documents_rels_proposal_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("proposal_responses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_proposals_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposal_responses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "proposals" CASCADE;
  DROP TABLE "_proposals_v" CASCADE;
  DROP TABLE "proposal_responses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposal_responses_fk";
  
  DROP INDEX "payload_locked_documents_rels_proposals_id_idx";
  DROP INDEX "payload_locked_documents_rels_proposal_responses_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposal_responses_id";
  DROP TYPE "public"."enum_proposals_format";
  DROP TYPE "public"."enum_proposals_status";
  DROP TYPE "public"."enum__proposals_v_version_format";
  DROP TYPE "public"."enum__proposals_v_version_status";
  DROP TYPE "public"."enum_proposal_responses_kind";`)
}
