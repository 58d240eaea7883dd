import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "lesson_files" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "scorm_packages" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "lesson_files" ADD CONSTRAINT "lesson_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scorm_packages" ADD CONSTRAINT "scorm_packages_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "lesson_files_uploaded_by_idx" ON "lesson_files" USING btree ("uploaded_by_id");
  CREATE INDEX "scorm_packages_uploaded_by_idx" ON "scorm_packages" USING btree ("uploaded_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "lesson_files" DROP CONSTRAINT "lesson_files_uploaded_by_id_users_id_fk";
  
  ALTER TABLE "scorm_packages" DROP CONSTRAINT "scorm_packages_uploaded_by_id_users_id_fk";
  
  DROP INDEX "lesson_files_uploaded_by_idx";
  DROP INDEX "scorm_packages_uploaded_by_idx";
  ALTER TABLE "lesson_files" DROP COLUMN "uploaded_by_id";
  ALTER TABLE "scorm_packages" DROP COLUMN "uploaded_by_id";`)
}
