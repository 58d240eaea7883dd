import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__pages_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_news_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__news_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_thematic_areas_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__thematic_areas_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_participants_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__participants_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_governance_bodies_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__governance_bodies_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_conferences_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__conferences_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_projects_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__projects_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_publications_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__publications_v_version_translation" AS ENUM('both', 'en', 'ru');
  ALTER TABLE "pages" ADD COLUMN "translation" "enum_pages_translation";
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation" "enum__pages_v_version_translation";
  ALTER TABLE "news" ADD COLUMN "translation" "enum_news_translation";
  ALTER TABLE "_news_v" ADD COLUMN "version_translation" "enum__news_v_version_translation";
  ALTER TABLE "thematic_areas" ADD COLUMN "translation" "enum_thematic_areas_translation";
  ALTER TABLE "_thematic_areas_v" ADD COLUMN "version_translation" "enum__thematic_areas_v_version_translation";
  ALTER TABLE "participants" ADD COLUMN "translation" "enum_participants_translation";
  ALTER TABLE "_participants_v" ADD COLUMN "version_translation" "enum__participants_v_version_translation";
  ALTER TABLE "governance_bodies" ADD COLUMN "translation" "enum_governance_bodies_translation";
  ALTER TABLE "_governance_bodies_v" ADD COLUMN "version_translation" "enum__governance_bodies_v_version_translation";
  ALTER TABLE "conferences" ADD COLUMN "translation" "enum_conferences_translation";
  ALTER TABLE "_conferences_v" ADD COLUMN "version_translation" "enum__conferences_v_version_translation";
  ALTER TABLE "projects" ADD COLUMN "translation" "enum_projects_translation";
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation" "enum__projects_v_version_translation";
  ALTER TABLE "publications" ADD COLUMN "translation" "enum_publications_translation";
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation" "enum__publications_v_version_translation";
  CREATE INDEX "pages_translation_idx" ON "pages" USING btree ("translation");
  CREATE INDEX "_pages_v_version_version_translation_idx" ON "_pages_v" USING btree ("version_translation");
  CREATE INDEX "news_translation_idx" ON "news" USING btree ("translation");
  CREATE INDEX "_news_v_version_version_translation_idx" ON "_news_v" USING btree ("version_translation");
  CREATE INDEX "thematic_areas_translation_idx" ON "thematic_areas" USING btree ("translation");
  CREATE INDEX "_thematic_areas_v_version_version_translation_idx" ON "_thematic_areas_v" USING btree ("version_translation");
  CREATE INDEX "participants_translation_idx" ON "participants" USING btree ("translation");
  CREATE INDEX "_participants_v_version_version_translation_idx" ON "_participants_v" USING btree ("version_translation");
  CREATE INDEX "governance_bodies_translation_idx" ON "governance_bodies" USING btree ("translation");
  CREATE INDEX "_governance_bodies_v_version_version_translation_idx" ON "_governance_bodies_v" USING btree ("version_translation");
  CREATE INDEX "conferences_translation_idx" ON "conferences" USING btree ("translation");
  CREATE INDEX "_conferences_v_version_version_translation_idx" ON "_conferences_v" USING btree ("version_translation");
  CREATE INDEX "projects_translation_idx" ON "projects" USING btree ("translation");
  CREATE INDEX "_projects_v_version_version_translation_idx" ON "_projects_v" USING btree ("version_translation");
  CREATE INDEX "publications_translation_idx" ON "publications" USING btree ("translation");
  CREATE INDEX "_publications_v_version_version_translation_idx" ON "_publications_v" USING btree ("version_translation");`)
  // Documents saved before: their status from the title (or name) in each language.
  await db.execute(sql.raw(`UPDATE "pages" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM pages_locales l WHERE l._parent_id = pages.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM pages_locales l WHERE l._parent_id = pages.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM pages_locales l WHERE l._parent_id = pages.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM pages_locales l WHERE l._parent_id = pages.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_pages_translation"`))
  await db.execute(sql.raw(`UPDATE "news" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM news_locales l WHERE l._parent_id = news.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM news_locales l WHERE l._parent_id = news.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM news_locales l WHERE l._parent_id = news.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM news_locales l WHERE l._parent_id = news.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_news_translation"`))
  await db.execute(sql.raw(`UPDATE "thematic_areas" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM thematic_areas_locales l WHERE l._parent_id = thematic_areas.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM thematic_areas_locales l WHERE l._parent_id = thematic_areas.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM thematic_areas_locales l WHERE l._parent_id = thematic_areas.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM thematic_areas_locales l WHERE l._parent_id = thematic_areas.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_thematic_areas_translation"`))
  await db.execute(sql.raw(`UPDATE "participants" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM participants_locales l WHERE l._parent_id = participants.id AND l._locale = 'en' AND l.name IS NOT NULL AND l.name <> '') AND EXISTS (SELECT 1 FROM participants_locales l WHERE l._parent_id = participants.id AND l._locale = 'ru' AND l.name IS NOT NULL AND l.name <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM participants_locales l WHERE l._parent_id = participants.id AND l._locale = 'en' AND l.name IS NOT NULL AND l.name <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM participants_locales l WHERE l._parent_id = participants.id AND l._locale = 'ru' AND l.name IS NOT NULL AND l.name <> '') THEN 'ru' END)::"enum_participants_translation"`))
  await db.execute(sql.raw(`UPDATE "governance_bodies" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM governance_bodies_locales l WHERE l._parent_id = governance_bodies.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM governance_bodies_locales l WHERE l._parent_id = governance_bodies.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM governance_bodies_locales l WHERE l._parent_id = governance_bodies.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM governance_bodies_locales l WHERE l._parent_id = governance_bodies.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_governance_bodies_translation"`))
  await db.execute(sql.raw(`UPDATE "conferences" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM conferences_locales l WHERE l._parent_id = conferences.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM conferences_locales l WHERE l._parent_id = conferences.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM conferences_locales l WHERE l._parent_id = conferences.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM conferences_locales l WHERE l._parent_id = conferences.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_conferences_translation"`))
  await db.execute(sql.raw(`UPDATE "projects" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM projects_locales l WHERE l._parent_id = projects.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM projects_locales l WHERE l._parent_id = projects.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM projects_locales l WHERE l._parent_id = projects.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM projects_locales l WHERE l._parent_id = projects.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_projects_translation"`))
  await db.execute(sql.raw(`UPDATE "publications" SET "translation" = (CASE WHEN EXISTS (SELECT 1 FROM publications_locales l WHERE l._parent_id = publications.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') AND EXISTS (SELECT 1 FROM publications_locales l WHERE l._parent_id = publications.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'both' WHEN EXISTS (SELECT 1 FROM publications_locales l WHERE l._parent_id = publications.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.title <> '') THEN 'en' WHEN EXISTS (SELECT 1 FROM publications_locales l WHERE l._parent_id = publications.id AND l._locale = 'ru' AND l.title IS NOT NULL AND l.title <> '') THEN 'ru' END)::"enum_publications_translation"`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "pages_translation_idx";
  DROP INDEX "_pages_v_version_version_translation_idx";
  DROP INDEX "news_translation_idx";
  DROP INDEX "_news_v_version_version_translation_idx";
  DROP INDEX "thematic_areas_translation_idx";
  DROP INDEX "_thematic_areas_v_version_version_translation_idx";
  DROP INDEX "participants_translation_idx";
  DROP INDEX "_participants_v_version_version_translation_idx";
  DROP INDEX "governance_bodies_translation_idx";
  DROP INDEX "_governance_bodies_v_version_version_translation_idx";
  DROP INDEX "conferences_translation_idx";
  DROP INDEX "_conferences_v_version_version_translation_idx";
  DROP INDEX "projects_translation_idx";
  DROP INDEX "_projects_v_version_version_translation_idx";
  DROP INDEX "publications_translation_idx";
  DROP INDEX "_publications_v_version_version_translation_idx";
  ALTER TABLE "pages" DROP COLUMN "translation";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation";
  ALTER TABLE "news" DROP COLUMN "translation";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation";
  ALTER TABLE "thematic_areas" DROP COLUMN "translation";
  ALTER TABLE "_thematic_areas_v" DROP COLUMN "version_translation";
  ALTER TABLE "participants" DROP COLUMN "translation";
  ALTER TABLE "_participants_v" DROP COLUMN "version_translation";
  ALTER TABLE "governance_bodies" DROP COLUMN "translation";
  ALTER TABLE "_governance_bodies_v" DROP COLUMN "version_translation";
  ALTER TABLE "conferences" DROP COLUMN "translation";
  ALTER TABLE "_conferences_v" DROP COLUMN "version_translation";
  ALTER TABLE "projects" DROP COLUMN "translation";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation";
  ALTER TABLE "publications" DROP COLUMN "translation";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation";
  DROP TYPE "public"."enum_pages_translation";
  DROP TYPE "public"."enum__pages_v_version_translation";
  DROP TYPE "public"."enum_news_translation";
  DROP TYPE "public"."enum__news_v_version_translation";
  DROP TYPE "public"."enum_thematic_areas_translation";
  DROP TYPE "public"."enum__thematic_areas_v_version_translation";
  DROP TYPE "public"."enum_participants_translation";
  DROP TYPE "public"."enum__participants_v_version_translation";
  DROP TYPE "public"."enum_governance_bodies_translation";
  DROP TYPE "public"."enum__governance_bodies_v_version_translation";
  DROP TYPE "public"."enum_conferences_translation";
  DROP TYPE "public"."enum__conferences_v_version_translation";
  DROP TYPE "public"."enum_projects_translation";
  DROP TYPE "public"."enum__projects_v_version_translation";
  DROP TYPE "public"."enum_publications_translation";
  DROP TYPE "public"."enum__publications_v_version_translation";`)
}
