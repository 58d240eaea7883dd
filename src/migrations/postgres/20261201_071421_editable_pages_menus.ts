import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_header_items_kind" AS ENUM('page', 'section', 'url');
  CREATE TYPE "public"."enum_site_header_items_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  CREATE TYPE "public"."enum_site_footer_social_network" AS ENUM('x', 'linkedin', 'facebook', 'youtube', 'flickr', 'telegram', 'vk');
  CREATE TYPE "public"."enum_site_footer_links_kind" AS ENUM('page', 'section', 'url');
  CREATE TYPE "public"."enum_site_footer_links_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  CREATE TABLE "pages_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "_pages_v_version_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "site_header_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_site_header_items_kind" DEFAULT 'page' NOT NULL,
  	"page_id" integer,
  	"section" "enum_site_header_items_section",
  	"url" varchar
  );
  
  CREATE TABLE "site_header_items_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_footer_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"network" "enum_site_footer_social_network" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_site_footer_links_kind" DEFAULT 'page' NOT NULL,
  	"page_id" integer,
  	"section" "enum_site_footer_links_section",
  	"url" varchar
  );
  
  CREATE TABLE "site_footer_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar,
  	"phone" varchar,
  	"funding_notice" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_footer_locales" (
  	"about" varchar,
  	"organisation" varchar,
  	"address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "pages" ADD COLUMN "parent_id" integer;
  ALTER TABLE "pages" ADD COLUMN "path" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_parent_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_path" varchar;
  ALTER TABLE "pages_breadcrumbs" ADD CONSTRAINT "pages_breadcrumbs_doc_id_pages_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_breadcrumbs" ADD CONSTRAINT "pages_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_breadcrumbs" ADD CONSTRAINT "_pages_v_version_breadcrumbs_doc_id_pages_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_version_breadcrumbs" ADD CONSTRAINT "_pages_v_version_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_header_items" ADD CONSTRAINT "site_header_items_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_header_items" ADD CONSTRAINT "site_header_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_header_items_locales" ADD CONSTRAINT "site_header_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_header_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_footer_social" ADD CONSTRAINT "site_footer_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_footer_links" ADD CONSTRAINT "site_footer_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_footer_links" ADD CONSTRAINT "site_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_footer_links_locales" ADD CONSTRAINT "site_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_footer_locales" ADD CONSTRAINT "site_footer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_footer"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_breadcrumbs_order_idx" ON "pages_breadcrumbs" USING btree ("_order");
  CREATE INDEX "pages_breadcrumbs_parent_id_idx" ON "pages_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "pages_breadcrumbs_doc_idx" ON "pages_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "_pages_v_version_breadcrumbs_order_idx" ON "_pages_v_version_breadcrumbs" USING btree ("_order");
  CREATE INDEX "_pages_v_version_breadcrumbs_parent_id_idx" ON "_pages_v_version_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_breadcrumbs_doc_idx" ON "_pages_v_version_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "site_header_items_order_idx" ON "site_header_items" USING btree ("_order");
  CREATE INDEX "site_header_items_parent_id_idx" ON "site_header_items" USING btree ("_parent_id");
  CREATE INDEX "site_header_items_page_idx" ON "site_header_items" USING btree ("page_id");
  CREATE UNIQUE INDEX "site_header_items_locales_locale_parent_id_unique" ON "site_header_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_footer_social_order_idx" ON "site_footer_social" USING btree ("_order");
  CREATE INDEX "site_footer_social_parent_id_idx" ON "site_footer_social" USING btree ("_parent_id");
  CREATE INDEX "site_footer_links_order_idx" ON "site_footer_links" USING btree ("_order");
  CREATE INDEX "site_footer_links_parent_id_idx" ON "site_footer_links" USING btree ("_parent_id");
  CREATE INDEX "site_footer_links_page_idx" ON "site_footer_links" USING btree ("page_id");
  CREATE UNIQUE INDEX "site_footer_links_locales_locale_parent_id_unique" ON "site_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_footer_locales_locale_parent_id_unique" ON "site_footer_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_parent_id_pages_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "pages_path_idx" ON "pages" USING btree ("path");
  CREATE INDEX "_pages_v_version_version_parent_idx" ON "_pages_v" USING btree ("version_parent_id");
  CREATE INDEX "_pages_v_version_version_path_idx" ON "_pages_v" USING btree ("version_path");`)
  // Pages made before had no parent: their address is their slug.
  await db.execute(sql`UPDATE "pages" SET "path" = "slug" WHERE "path" IS NULL`)
  await db.execute(sql`UPDATE "_pages_v" SET "version_path" = "version_slug" WHERE "version_path" IS NULL`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_header_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_header_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_footer_social" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_footer_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_footer_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_footer_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_breadcrumbs" CASCADE;
  DROP TABLE "_pages_v_version_breadcrumbs" CASCADE;
  DROP TABLE "site_header_items" CASCADE;
  DROP TABLE "site_header_items_locales" CASCADE;
  DROP TABLE "site_header" CASCADE;
  DROP TABLE "site_footer_social" CASCADE;
  DROP TABLE "site_footer_links" CASCADE;
  DROP TABLE "site_footer_links_locales" CASCADE;
  DROP TABLE "site_footer" CASCADE;
  DROP TABLE "site_footer_locales" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_parent_id_pages_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_parent_id_pages_id_fk";
  
  DROP INDEX "pages_parent_idx";
  DROP INDEX "pages_path_idx";
  DROP INDEX "_pages_v_version_version_parent_idx";
  DROP INDEX "_pages_v_version_version_path_idx";
  ALTER TABLE "pages" DROP COLUMN "parent_id";
  ALTER TABLE "pages" DROP COLUMN "path";
  ALTER TABLE "_pages_v" DROP COLUMN "version_parent_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_path";
  DROP TYPE "public"."enum_site_header_items_kind";
  DROP TYPE "public"."enum_site_header_items_section";
  DROP TYPE "public"."enum_site_footer_social_network";
  DROP TYPE "public"."enum_site_footer_links_kind";
  DROP TYPE "public"."enum_site_footer_links_section";`)
}
