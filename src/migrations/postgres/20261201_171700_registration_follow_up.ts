import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_registrations_follow_up_travel_mode" AS ENUM('air', 'rail', 'road', 'local');
  CREATE TYPE "public"."enum_registrations_follow_up_accommodation" AS ENUM('needed', 'own');
  CREATE TYPE "public"."enum_registrations_follow_up_funding" AS ENUM('sponsorship-requested', 'own');
  ALTER TABLE "registrations" ADD COLUMN "follow_up_arrival" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "follow_up_departure" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "follow_up_travel_mode" "enum_registrations_follow_up_travel_mode";
  ALTER TABLE "registrations" ADD COLUMN "follow_up_accommodation" "enum_registrations_follow_up_accommodation";
  ALTER TABLE "registrations" ADD COLUMN "follow_up_funding" "enum_registrations_follow_up_funding";
  ALTER TABLE "registrations" ADD COLUMN "follow_up_details" varchar;
  ALTER TABLE "registrations" ADD COLUMN "follow_up_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "review_needed" boolean;
  CREATE INDEX "registrations_review_needed_idx" ON "registrations" USING btree ("review_needed");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "registrations_review_needed_idx";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_arrival";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_departure";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_travel_mode";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_accommodation";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_funding";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_details";
  ALTER TABLE "registrations" DROP COLUMN "follow_up_submitted_at";
  ALTER TABLE "registrations" DROP COLUMN "review_needed";
  DROP TYPE "public"."enum_registrations_follow_up_travel_mode";
  DROP TYPE "public"."enum_registrations_follow_up_accommodation";
  DROP TYPE "public"."enum_registrations_follow_up_funding";`)
}
