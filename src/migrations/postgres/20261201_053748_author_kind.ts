import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_authors_kind" AS ENUM('person', 'organisation');
  ALTER TABLE "authors" ADD COLUMN "kind" "enum_authors_kind" DEFAULT 'person';`)
  // The demo content's author is the Secretariat: an organisation.
  await db.execute(sql`UPDATE "authors" SET "kind" = 'organisation' WHERE "slug" = 'prague-process-secretariat';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "authors" DROP COLUMN "kind";
  DROP TYPE "public"."enum_authors_kind";`)
}
