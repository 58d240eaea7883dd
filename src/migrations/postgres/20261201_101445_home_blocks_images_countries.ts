import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_cards_cards_link_kind" AS ENUM('page', 'section', 'url');
  CREATE TYPE "public"."enum_pages_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  CREATE TYPE "public"."enum__pages_v_blocks_cards_cards_link_kind" AS ENUM('page', 'section', 'url');
  CREATE TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  CREATE TYPE "public"."enum_conferences_declarations_language" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum__conferences_v_version_declarations_language" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_home_page_blocks_hero_actions_kind" AS ENUM('page', 'section', 'url');
  CREATE TYPE "public"."enum_home_page_blocks_hero_actions_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  CREATE TYPE "public"."enum_home_page_blocks_cards_cards_link_kind" AS ENUM('page', 'section', 'url');
  CREATE TYPE "public"."enum_home_page_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  CREATE TABLE "pages_blocks_cards_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_kind" "enum_pages_blocks_cards_cards_link_kind",
  	"link_page_id" integer,
  	"link_section" "enum_pages_blocks_cards_cards_link_section",
  	"link_url" varchar
  );
  
  CREATE TABLE "pages_blocks_cards_cards_locales" (
  	"title" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_cards_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_contact_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_contact_form_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_cards_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_kind" "enum__pages_v_blocks_cards_cards_link_kind",
  	"link_page_id" integer,
  	"link_section" "enum__pages_v_blocks_cards_cards_link_section",
  	"link_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cards_cards_locales" (
  	"title" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cards_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_contact_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_contact_form_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"participants_id" integer
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"participants_id" integer
  );
  
  CREATE TABLE "participants_contact_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "participants_contact_points_locales" (
  	"institution" varchar,
  	"position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_participants_v_version_contact_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_participants_v_version_contact_points_locales" (
  	"institution" varchar,
  	"position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conferences_declarations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_conferences_declarations_language",
  	"file_id" integer
  );
  
  CREATE TABLE "_conferences_v_version_declarations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__conferences_v_version_declarations_language",
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"participants_id" integer
  );
  
  CREATE TABLE "_projects_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"participants_id" integer
  );
  
  CREATE TABLE "home_page_blocks_hero_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_home_page_blocks_hero_actions_kind" DEFAULT 'page' NOT NULL,
  	"page_id" integer,
  	"section" "enum_home_page_blocks_hero_actions_section",
  	"url" varchar
  );
  
  CREATE TABLE "home_page_blocks_hero_actions_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_hero_locales" (
  	"heading" varchar NOT NULL,
  	"lead" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_cards_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_kind" "enum_home_page_blocks_cards_cards_link_kind",
  	"link_page_id" integer,
  	"link_section" "enum_home_page_blocks_cards_cards_link_section",
  	"link_url" varchar
  );
  
  CREATE TABLE "home_page_blocks_cards_cards_locales" (
  	"title" varchar NOT NULL,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_cards_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_thematic_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_thematic_areas_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_latest_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"count" numeric DEFAULT 3 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_latest_news_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_latest_publications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"count" numeric DEFAULT 4 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_latest_publications_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_upcoming_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"count" numeric DEFAULT 3 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_upcoming_events_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "home_page_blocks_content_locales" (
  	"body" jsonb NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home_page" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "conferences" DROP CONSTRAINT "conferences_declaration_file_id_media_id_fk";
  
  ALTER TABLE "_conferences_v" DROP CONSTRAINT "_conferences_v_version_declaration_file_id_media_id_fk";
  
  DROP INDEX "conferences_declaration_file_idx";
  DROP INDEX "_conferences_v_version_version_declaration_file_idx";
  ALTER TABLE "conferences" ADD COLUMN "host_id" integer;
  ALTER TABLE "_conferences_v" ADD COLUMN "version_host_id" integer;
  ALTER TABLE "media" ADD COLUMN "sizes_small_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_small_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_small_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_small_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_small_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_small_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_social_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_social_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_social_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_social_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_social_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_social_filename" varchar;
  ALTER TABLE "email_outbox" ADD COLUMN "reply_to" varchar;
  ALTER TABLE "pages_blocks_cards_cards" ADD CONSTRAINT "pages_blocks_cards_cards_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards_cards" ADD CONSTRAINT "pages_blocks_cards_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards_cards_locales" ADD CONSTRAINT "pages_blocks_cards_cards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_cards_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards" ADD CONSTRAINT "pages_blocks_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards_locales" ADD CONSTRAINT "pages_blocks_cards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_form" ADD CONSTRAINT "pages_blocks_contact_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_form_locales" ADD CONSTRAINT "pages_blocks_contact_form_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_contact_form"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards_cards" ADD CONSTRAINT "_pages_v_blocks_cards_cards_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards_cards" ADD CONSTRAINT "_pages_v_blocks_cards_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards_cards_locales" ADD CONSTRAINT "_pages_v_blocks_cards_cards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_cards_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards" ADD CONSTRAINT "_pages_v_blocks_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards_locales" ADD CONSTRAINT "_pages_v_blocks_cards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_form" ADD CONSTRAINT "_pages_v_blocks_contact_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_form_locales" ADD CONSTRAINT "_pages_v_blocks_contact_form_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_contact_form"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "participants_contact_points" ADD CONSTRAINT "participants_contact_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "participants_contact_points_locales" ADD CONSTRAINT "participants_contact_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."participants_contact_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_participants_v_version_contact_points" ADD CONSTRAINT "_participants_v_version_contact_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_participants_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_participants_v_version_contact_points_locales" ADD CONSTRAINT "_participants_v_version_contact_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_participants_v_version_contact_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conferences_declarations" ADD CONSTRAINT "conferences_declarations_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conferences_declarations" ADD CONSTRAINT "conferences_declarations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conferences_v_version_declarations" ADD CONSTRAINT "_conferences_v_version_declarations_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conferences_v_version_declarations" ADD CONSTRAINT "_conferences_v_version_declarations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conferences_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_hero_actions" ADD CONSTRAINT "home_page_blocks_hero_actions_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_page_blocks_hero_actions" ADD CONSTRAINT "home_page_blocks_hero_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_hero_actions_locales" ADD CONSTRAINT "home_page_blocks_hero_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_hero_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_hero" ADD CONSTRAINT "home_page_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_hero_locales" ADD CONSTRAINT "home_page_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_cards_cards" ADD CONSTRAINT "home_page_blocks_cards_cards_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_page_blocks_cards_cards" ADD CONSTRAINT "home_page_blocks_cards_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_cards_cards_locales" ADD CONSTRAINT "home_page_blocks_cards_cards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_cards_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_cards" ADD CONSTRAINT "home_page_blocks_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_cards_locales" ADD CONSTRAINT "home_page_blocks_cards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_thematic_areas" ADD CONSTRAINT "home_page_blocks_thematic_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_thematic_areas_locales" ADD CONSTRAINT "home_page_blocks_thematic_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_latest_news" ADD CONSTRAINT "home_page_blocks_latest_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_latest_news_locales" ADD CONSTRAINT "home_page_blocks_latest_news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_latest_news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_latest_publications" ADD CONSTRAINT "home_page_blocks_latest_publications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_latest_publications_locales" ADD CONSTRAINT "home_page_blocks_latest_publications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_latest_publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_upcoming_events" ADD CONSTRAINT "home_page_blocks_upcoming_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_upcoming_events_locales" ADD CONSTRAINT "home_page_blocks_upcoming_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_upcoming_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_content" ADD CONSTRAINT "home_page_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_page_blocks_content_locales" ADD CONSTRAINT "home_page_blocks_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_page_blocks_content"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_cards_cards_order_idx" ON "pages_blocks_cards_cards" USING btree ("_order");
  CREATE INDEX "pages_blocks_cards_cards_parent_id_idx" ON "pages_blocks_cards_cards" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cards_cards_link_link_page_idx" ON "pages_blocks_cards_cards" USING btree ("link_page_id");
  CREATE UNIQUE INDEX "pages_blocks_cards_cards_locales_locale_parent_id_unique" ON "pages_blocks_cards_cards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_cards_order_idx" ON "pages_blocks_cards" USING btree ("_order");
  CREATE INDEX "pages_blocks_cards_parent_id_idx" ON "pages_blocks_cards" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cards_path_idx" ON "pages_blocks_cards" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_cards_locales_locale_parent_id_unique" ON "pages_blocks_cards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_contact_form_order_idx" ON "pages_blocks_contact_form" USING btree ("_order");
  CREATE INDEX "pages_blocks_contact_form_parent_id_idx" ON "pages_blocks_contact_form" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_contact_form_path_idx" ON "pages_blocks_contact_form" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_contact_form_locales_locale_parent_id_unique" ON "pages_blocks_contact_form_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_cards_order_idx" ON "_pages_v_blocks_cards_cards" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cards_cards_parent_id_idx" ON "_pages_v_blocks_cards_cards" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_cards_link_link_page_idx" ON "_pages_v_blocks_cards_cards" USING btree ("link_page_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_cards_cards_locales_locale_parent_id_unique" ON "_pages_v_blocks_cards_cards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_order_idx" ON "_pages_v_blocks_cards" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cards_parent_id_idx" ON "_pages_v_blocks_cards" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_path_idx" ON "_pages_v_blocks_cards" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_cards_locales_locale_parent_id_unique" ON "_pages_v_blocks_cards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_form_order_idx" ON "_pages_v_blocks_contact_form" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_contact_form_parent_id_idx" ON "_pages_v_blocks_contact_form" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_form_path_idx" ON "_pages_v_blocks_contact_form" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_contact_form_locales_locale_parent_id_unique" ON "_pages_v_blocks_contact_form_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_participants_id_idx" ON "news_rels" USING btree ("participants_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_participants_id_idx" ON "_news_v_rels" USING btree ("participants_id");
  CREATE INDEX "participants_contact_points_order_idx" ON "participants_contact_points" USING btree ("_order");
  CREATE INDEX "participants_contact_points_parent_id_idx" ON "participants_contact_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "participants_contact_points_locales_locale_parent_id_unique" ON "participants_contact_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_participants_v_version_contact_points_order_idx" ON "_participants_v_version_contact_points" USING btree ("_order");
  CREATE INDEX "_participants_v_version_contact_points_parent_id_idx" ON "_participants_v_version_contact_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_participants_v_version_contact_points_locales_locale_parent" ON "_participants_v_version_contact_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conferences_declarations_order_idx" ON "conferences_declarations" USING btree ("_order");
  CREATE INDEX "conferences_declarations_parent_id_idx" ON "conferences_declarations" USING btree ("_parent_id");
  CREATE INDEX "conferences_declarations_file_idx" ON "conferences_declarations" USING btree ("file_id");
  CREATE INDEX "_conferences_v_version_declarations_order_idx" ON "_conferences_v_version_declarations" USING btree ("_order");
  CREATE INDEX "_conferences_v_version_declarations_parent_id_idx" ON "_conferences_v_version_declarations" USING btree ("_parent_id");
  CREATE INDEX "_conferences_v_version_declarations_file_idx" ON "_conferences_v_version_declarations" USING btree ("file_id");
  CREATE INDEX "projects_rels_order_idx" ON "projects_rels" USING btree ("order");
  CREATE INDEX "projects_rels_parent_idx" ON "projects_rels" USING btree ("parent_id");
  CREATE INDEX "projects_rels_path_idx" ON "projects_rels" USING btree ("path");
  CREATE INDEX "projects_rels_participants_id_idx" ON "projects_rels" USING btree ("participants_id");
  CREATE INDEX "_projects_v_rels_order_idx" ON "_projects_v_rels" USING btree ("order");
  CREATE INDEX "_projects_v_rels_parent_idx" ON "_projects_v_rels" USING btree ("parent_id");
  CREATE INDEX "_projects_v_rels_path_idx" ON "_projects_v_rels" USING btree ("path");
  CREATE INDEX "_projects_v_rels_participants_id_idx" ON "_projects_v_rels" USING btree ("participants_id");
  CREATE INDEX "home_page_blocks_hero_actions_order_idx" ON "home_page_blocks_hero_actions" USING btree ("_order");
  CREATE INDEX "home_page_blocks_hero_actions_parent_id_idx" ON "home_page_blocks_hero_actions" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_hero_actions_page_idx" ON "home_page_blocks_hero_actions" USING btree ("page_id");
  CREATE UNIQUE INDEX "home_page_blocks_hero_actions_locales_locale_parent_id_uniqu" ON "home_page_blocks_hero_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_hero_order_idx" ON "home_page_blocks_hero" USING btree ("_order");
  CREATE INDEX "home_page_blocks_hero_parent_id_idx" ON "home_page_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_hero_path_idx" ON "home_page_blocks_hero" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_hero_locales_locale_parent_id_unique" ON "home_page_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_cards_cards_order_idx" ON "home_page_blocks_cards_cards" USING btree ("_order");
  CREATE INDEX "home_page_blocks_cards_cards_parent_id_idx" ON "home_page_blocks_cards_cards" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_cards_cards_link_link_page_idx" ON "home_page_blocks_cards_cards" USING btree ("link_page_id");
  CREATE UNIQUE INDEX "home_page_blocks_cards_cards_locales_locale_parent_id_unique" ON "home_page_blocks_cards_cards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_cards_order_idx" ON "home_page_blocks_cards" USING btree ("_order");
  CREATE INDEX "home_page_blocks_cards_parent_id_idx" ON "home_page_blocks_cards" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_cards_path_idx" ON "home_page_blocks_cards" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_cards_locales_locale_parent_id_unique" ON "home_page_blocks_cards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_thematic_areas_order_idx" ON "home_page_blocks_thematic_areas" USING btree ("_order");
  CREATE INDEX "home_page_blocks_thematic_areas_parent_id_idx" ON "home_page_blocks_thematic_areas" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_thematic_areas_path_idx" ON "home_page_blocks_thematic_areas" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_thematic_areas_locales_locale_parent_id_uni" ON "home_page_blocks_thematic_areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_latest_news_order_idx" ON "home_page_blocks_latest_news" USING btree ("_order");
  CREATE INDEX "home_page_blocks_latest_news_parent_id_idx" ON "home_page_blocks_latest_news" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_latest_news_path_idx" ON "home_page_blocks_latest_news" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_latest_news_locales_locale_parent_id_unique" ON "home_page_blocks_latest_news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_latest_publications_order_idx" ON "home_page_blocks_latest_publications" USING btree ("_order");
  CREATE INDEX "home_page_blocks_latest_publications_parent_id_idx" ON "home_page_blocks_latest_publications" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_latest_publications_path_idx" ON "home_page_blocks_latest_publications" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_latest_publications_locales_locale_parent_i" ON "home_page_blocks_latest_publications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_upcoming_events_order_idx" ON "home_page_blocks_upcoming_events" USING btree ("_order");
  CREATE INDEX "home_page_blocks_upcoming_events_parent_id_idx" ON "home_page_blocks_upcoming_events" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_upcoming_events_path_idx" ON "home_page_blocks_upcoming_events" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_upcoming_events_locales_locale_parent_id_un" ON "home_page_blocks_upcoming_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_page_blocks_content_order_idx" ON "home_page_blocks_content" USING btree ("_order");
  CREATE INDEX "home_page_blocks_content_parent_id_idx" ON "home_page_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "home_page_blocks_content_path_idx" ON "home_page_blocks_content" USING btree ("_path");
  CREATE UNIQUE INDEX "home_page_blocks_content_locales_locale_parent_id_unique" ON "home_page_blocks_content_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "conferences" ADD CONSTRAINT "conferences_host_id_participants_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conferences_v" ADD CONSTRAINT "_conferences_v_version_host_id_participants_id_fk" FOREIGN KEY ("version_host_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "conferences_host_idx" ON "conferences" USING btree ("host_id");
  CREATE INDEX "_conferences_v_version_version_host_idx" ON "_conferences_v" USING btree ("version_host_id");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "media_sizes_social_sizes_social_filename_idx" ON "media" USING btree ("sizes_social_filename");
  -- A declaration file set before this change becomes the declaration's English edition.
  INSERT INTO "conferences_declarations" ("_order", "_parent_id", "id", "language", "file_id")
    SELECT 1, "id", md5(random()::text || "id"::text), 'en', "declaration_file_id" FROM "conferences" WHERE "declaration_file_id" IS NOT NULL;
  ALTER TABLE "conferences" DROP COLUMN "declaration_file_id";
  ALTER TABLE "_conferences_v" DROP COLUMN "version_declaration_file_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_cards_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_cards_cards_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_cards_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_form_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cards_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cards_cards_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cards_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_form_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "participants_contact_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "participants_contact_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_participants_v_version_contact_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_participants_v_version_contact_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conferences_declarations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conferences_v_version_declarations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_projects_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_hero_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_hero_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_cards_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_cards_cards_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_cards_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_thematic_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_thematic_areas_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_latest_news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_latest_news_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_latest_publications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_latest_publications_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_upcoming_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_upcoming_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_content" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page_blocks_content_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_page" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_cards_cards" CASCADE;
  DROP TABLE "pages_blocks_cards_cards_locales" CASCADE;
  DROP TABLE "pages_blocks_cards" CASCADE;
  DROP TABLE "pages_blocks_cards_locales" CASCADE;
  DROP TABLE "pages_blocks_contact_form" CASCADE;
  DROP TABLE "pages_blocks_contact_form_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_cards_cards" CASCADE;
  DROP TABLE "_pages_v_blocks_cards_cards_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_cards" CASCADE;
  DROP TABLE "_pages_v_blocks_cards_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_form" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_form_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "participants_contact_points" CASCADE;
  DROP TABLE "participants_contact_points_locales" CASCADE;
  DROP TABLE "_participants_v_version_contact_points" CASCADE;
  DROP TABLE "_participants_v_version_contact_points_locales" CASCADE;
  DROP TABLE "conferences_declarations" CASCADE;
  DROP TABLE "_conferences_v_version_declarations" CASCADE;
  DROP TABLE "projects_rels" CASCADE;
  DROP TABLE "_projects_v_rels" CASCADE;
  DROP TABLE "home_page_blocks_hero_actions" CASCADE;
  DROP TABLE "home_page_blocks_hero_actions_locales" CASCADE;
  DROP TABLE "home_page_blocks_hero" CASCADE;
  DROP TABLE "home_page_blocks_hero_locales" CASCADE;
  DROP TABLE "home_page_blocks_cards_cards" CASCADE;
  DROP TABLE "home_page_blocks_cards_cards_locales" CASCADE;
  DROP TABLE "home_page_blocks_cards" CASCADE;
  DROP TABLE "home_page_blocks_cards_locales" CASCADE;
  DROP TABLE "home_page_blocks_thematic_areas" CASCADE;
  DROP TABLE "home_page_blocks_thematic_areas_locales" CASCADE;
  DROP TABLE "home_page_blocks_latest_news" CASCADE;
  DROP TABLE "home_page_blocks_latest_news_locales" CASCADE;
  DROP TABLE "home_page_blocks_latest_publications" CASCADE;
  DROP TABLE "home_page_blocks_latest_publications_locales" CASCADE;
  DROP TABLE "home_page_blocks_upcoming_events" CASCADE;
  DROP TABLE "home_page_blocks_upcoming_events_locales" CASCADE;
  DROP TABLE "home_page_blocks_content" CASCADE;
  DROP TABLE "home_page_blocks_content_locales" CASCADE;
  DROP TABLE "home_page" CASCADE;
  ALTER TABLE "conferences" DROP CONSTRAINT "conferences_host_id_participants_id_fk";
  
  ALTER TABLE "_conferences_v" DROP CONSTRAINT "_conferences_v_version_host_id_participants_id_fk";
  
  DROP INDEX "conferences_host_idx";
  DROP INDEX "_conferences_v_version_version_host_idx";
  DROP INDEX "media_sizes_small_sizes_small_filename_idx";
  DROP INDEX "media_sizes_large_sizes_large_filename_idx";
  DROP INDEX "media_sizes_social_sizes_social_filename_idx";
  ALTER TABLE "conferences" ADD COLUMN "declaration_file_id" integer;
  ALTER TABLE "_conferences_v" ADD COLUMN "version_declaration_file_id" integer;
  ALTER TABLE "conferences" ADD CONSTRAINT "conferences_declaration_file_id_media_id_fk" FOREIGN KEY ("declaration_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conferences_v" ADD CONSTRAINT "_conferences_v_version_declaration_file_id_media_id_fk" FOREIGN KEY ("version_declaration_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "conferences_declaration_file_idx" ON "conferences" USING btree ("declaration_file_id");
  CREATE INDEX "_conferences_v_version_version_declaration_file_idx" ON "_conferences_v" USING btree ("version_declaration_file_id");
  ALTER TABLE "conferences" DROP COLUMN "host_id";
  ALTER TABLE "_conferences_v" DROP COLUMN "version_host_id";
  ALTER TABLE "media" DROP COLUMN "sizes_small_url";
  ALTER TABLE "media" DROP COLUMN "sizes_small_width";
  ALTER TABLE "media" DROP COLUMN "sizes_small_height";
  ALTER TABLE "media" DROP COLUMN "sizes_small_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_small_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_small_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_large_url";
  ALTER TABLE "media" DROP COLUMN "sizes_large_width";
  ALTER TABLE "media" DROP COLUMN "sizes_large_height";
  ALTER TABLE "media" DROP COLUMN "sizes_large_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_social_url";
  ALTER TABLE "media" DROP COLUMN "sizes_social_width";
  ALTER TABLE "media" DROP COLUMN "sizes_social_height";
  ALTER TABLE "media" DROP COLUMN "sizes_social_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_social_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_social_filename";
  ALTER TABLE "email_outbox" DROP COLUMN "reply_to";
  DROP TYPE "public"."enum_pages_blocks_cards_cards_link_kind";
  DROP TYPE "public"."enum_pages_blocks_cards_cards_link_section";
  DROP TYPE "public"."enum__pages_v_blocks_cards_cards_link_kind";
  DROP TYPE "public"."enum__pages_v_blocks_cards_cards_link_section";
  DROP TYPE "public"."enum_conferences_declarations_language";
  DROP TYPE "public"."enum__conferences_v_version_declarations_language";
  DROP TYPE "public"."enum_home_page_blocks_hero_actions_kind";
  DROP TYPE "public"."enum_home_page_blocks_hero_actions_section";
  DROP TYPE "public"."enum_home_page_blocks_cards_cards_link_kind";
  DROP TYPE "public"."enum_home_page_blocks_cards_cards_link_section";`)
}
