import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meeting_documents_access" AS ENUM('public', 'participants', 'ncp-network', 'strategic-group', 'secretariat');
  CREATE TYPE "public"."enum_meeting_documents_language" AS ENUM('en', 'ru', 'fr', 'de', 'tr', 'uk');
  CREATE TABLE "meeting_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"access" "enum_meeting_documents_access" DEFAULT 'participants' NOT NULL,
  	"language" "enum_meeting_documents_language" DEFAULT 'en' NOT NULL,
  	"edition_of_id" integer,
  	"prefix" varchar DEFAULT 'meeting-documents',
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
  
  CREATE TABLE "meeting_documents_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "events_rels" ADD COLUMN "meeting_documents_id" integer;
  ALTER TABLE "_events_v_rels" ADD COLUMN "meeting_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_documents_id" integer;
  ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_edition_of_id_meeting_documents_id_fk" FOREIGN KEY ("edition_of_id") REFERENCES "public"."meeting_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_documents_locales" ADD CONSTRAINT "meeting_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meeting_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meeting_documents_event_idx" ON "meeting_documents" USING btree ("event_id");
  CREATE INDEX "meeting_documents_access_idx" ON "meeting_documents" USING btree ("access");
  CREATE INDEX "meeting_documents_edition_of_idx" ON "meeting_documents" USING btree ("edition_of_id");
  CREATE INDEX "meeting_documents_updated_at_idx" ON "meeting_documents" USING btree ("updated_at");
  CREATE INDEX "meeting_documents_created_at_idx" ON "meeting_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "meeting_documents_filename_idx" ON "meeting_documents" USING btree ("filename");
  CREATE UNIQUE INDEX "meeting_documents_locales_locale_parent_id_unique" ON "meeting_documents_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_meeting_documents_fk" FOREIGN KEY ("meeting_documents_id") REFERENCES "public"."meeting_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_meeting_documents_fk" FOREIGN KEY ("meeting_documents_id") REFERENCES "public"."meeting_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_documents_fk" FOREIGN KEY ("meeting_documents_id") REFERENCES "public"."meeting_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_rels_meeting_documents_id_idx" ON "events_rels" USING btree ("meeting_documents_id");
  CREATE INDEX "_events_v_rels_meeting_documents_id_idx" ON "_events_v_rels" USING btree ("meeting_documents_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meeting_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_documents_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meeting_documents" CASCADE;
  DROP TABLE "meeting_documents_locales" CASCADE;
  ALTER TABLE "events_rels" DROP CONSTRAINT "events_rels_meeting_documents_fk";
  
  ALTER TABLE "_events_v_rels" DROP CONSTRAINT "_events_v_rels_meeting_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_documents_fk";
  
  DROP INDEX "events_rels_meeting_documents_id_idx";
  DROP INDEX "_events_v_rels_meeting_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_documents_id_idx";
  ALTER TABLE "events_rels" DROP COLUMN "meeting_documents_id";
  ALTER TABLE "_events_v_rels" DROP COLUMN "meeting_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_documents_id";
  DROP TYPE "public"."enum_meeting_documents_access";
  DROP TYPE "public"."enum_meeting_documents_language";`)
}
