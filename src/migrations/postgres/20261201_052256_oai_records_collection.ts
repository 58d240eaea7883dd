import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The OAI state was a plain table of the same name: it becomes a Payload collection (its
  // rows keep their identifiers, publication/<id>; their sets are filled in at the next start).
  await db.execute(sql`ALTER TABLE "oai_records" RENAME TO "oai_records_legacy";`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_oai_records_state" AS ENUM('live', 'deleted');
  CREATE TABLE "oai_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"identifier" varchar NOT NULL,
  	"publication" numeric NOT NULL,
  	"publication_created_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_oai_records_state" NOT NULL,
  	"datestamp" timestamp(3) with time zone NOT NULL,
  	"sets" varchar DEFAULT '|' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "oai_records_id" integer;
  CREATE UNIQUE INDEX "oai_records_identifier_idx" ON "oai_records" USING btree ("identifier");
  CREATE INDEX "oai_records_publication_idx" ON "oai_records" USING btree ("publication");
  CREATE INDEX "oai_records_state_idx" ON "oai_records" USING btree ("state");
  CREATE INDEX "oai_records_datestamp_idx" ON "oai_records" USING btree ("datestamp");
  CREATE INDEX "oai_records_updated_at_idx" ON "oai_records" USING btree ("updated_at");
  CREATE INDEX "oai_records_created_at_idx" ON "oai_records" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_oai_records_fk" FOREIGN KEY ("oai_records_id") REFERENCES "public"."oai_records"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_oai_records_id_idx" ON "payload_locked_documents_rels" USING btree ("oai_records_id");`)
  await db.execute(sql`INSERT INTO "oai_records" ("identifier", "publication", "publication_created_at", "state", "datestamp", "sets")
    SELECT 'publication/' || l.publication_id, l.publication_id,
      -- A publication created after the record's last datestamp is a later item given the same id.
      CASE WHEN p.created_at IS NOT NULL AND p.created_at <= l.datestamp::timestamptz THEN p.created_at ELSE l.datestamp::timestamptz END,
      l.state::"enum_oai_records_state", l.datestamp::timestamptz, '|'
    FROM "oai_records_legacy" l LEFT JOIN "publications" p ON p.id = l.publication_id;`)
  await db.execute(sql`DROP TABLE "oai_records_legacy";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE "oai_records_legacy" (publication_id integer PRIMARY KEY NOT NULL, state text NOT NULL, datestamp text NOT NULL)`)
  await db.execute(sql`INSERT INTO "oai_records_legacy" SELECT DISTINCT ON ("publication") "publication"::integer, "state"::text, to_char("datestamp" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM "oai_records" ORDER BY "publication", "id" DESC`)
  await db.execute(sql`
   ALTER TABLE "oai_records" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "oai_records" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_oai_records_fk";
  
  DROP INDEX "payload_locked_documents_rels_oai_records_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "oai_records_id";
  DROP TYPE "public"."enum_oai_records_state";`)
  await db.execute(sql`ALTER TABLE "oai_records_legacy" RENAME TO "oai_records";`)
}
