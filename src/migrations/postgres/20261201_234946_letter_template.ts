import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "invitation_letter_template" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "invitation_letter_template_locales" (
  	"heading" varchar,
  	"body" varchar,
  	"closing" varchar,
  	"signatory" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "invitation_letter_template_locales" ADD CONSTRAINT "invitation_letter_template_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."invitation_letter_template"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "invitation_letter_template_locales_locale_parent_id_unique" ON "invitation_letter_template_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "invitation_letter_template" CASCADE;
  DROP TABLE "invitation_letter_template_locales" CASCADE;`)
}
