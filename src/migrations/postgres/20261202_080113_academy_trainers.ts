import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_trainers_languages" AS ENUM('en', 'ru', 'uk', 'be', 'ka', 'hy', 'az', 'ro', 'tr', 'kk', 'ky', 'tg', 'tk', 'uz', 'sq', 'bs', 'sr', 'mk', 'bg', 'cs', 'de', 'es', 'et', 'fr', 'hu', 'it', 'lt', 'lv', 'pl', 'sk');
  CREATE TYPE "public"."enum_trainers_kind" AS ENUM('state', 'non-state');
  CREATE TYPE "public"."enum_trainers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_trainer_applications_languages" AS ENUM('en', 'ru', 'uk', 'be', 'ka', 'hy', 'az', 'ro', 'tr', 'kk', 'ky', 'tg', 'tk', 'uz', 'sq', 'bs', 'sr', 'mk', 'bg', 'cs', 'de', 'es', 'et', 'fr', 'hu', 'it', 'lt', 'lv', 'pl', 'sk');
  CREATE TYPE "public"."enum_trainer_applications_kind" AS ENUM('state', 'non-state');
  CREATE TYPE "public"."enum_trainer_applications_status" AS ENUM('pending', 'accepted', 'declined');
  ALTER TYPE "public"."enum_pages_blocks_cards_cards_link_section" ADD VALUE 'academy' BEFORE 'search';
  ALTER TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" ADD VALUE 'academy' BEFORE 'search';
  ALTER TYPE "public"."enum_home_page_blocks_hero_actions_section" ADD VALUE 'academy' BEFORE 'search';
  ALTER TYPE "public"."enum_home_page_blocks_cards_cards_link_section" ADD VALUE 'academy' BEFORE 'search';
  ALTER TYPE "public"."enum_site_header_items_section" ADD VALUE 'academy' BEFORE 'search';
  ALTER TYPE "public"."enum_site_footer_links_section" ADD VALUE 'academy' BEFORE 'search';
  CREATE TABLE "trainers_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_trainers_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trainers_trainings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric
  );
  
  CREATE TABLE "trainers_trainings_locales" (
  	"title" varchar NOT NULL,
  	"place" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "trainers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_trainers_kind" NOT NULL,
  	"country_id" integer,
  	"email" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"user_id" integer,
  	"status" "enum_trainers_status" DEFAULT 'draft' NOT NULL,
  	"consent" boolean DEFAULT false,
  	"consent_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "trainers_locales" (
  	"name" varchar NOT NULL,
  	"institution" varchar,
  	"biography" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "trainers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"thematic_areas_id" integer
  );
  
  CREATE TABLE "trainer_applications_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_trainer_applications_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trainer_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"kind" "enum_trainer_applications_kind" NOT NULL,
  	"country_id" integer NOT NULL,
  	"institution" varchar NOT NULL,
  	"experience" varchar NOT NULL,
  	"applicant_id" integer NOT NULL,
  	"status" "enum_trainer_applications_status" DEFAULT 'pending' NOT NULL,
  	"decision_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"profile_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "trainer_applications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"thematic_areas_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "trainers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "trainer_applications_id" integer;
  ALTER TABLE "trainers_languages" ADD CONSTRAINT "trainers_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainers_trainings" ADD CONSTRAINT "trainers_trainings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainers_trainings_locales" ADD CONSTRAINT "trainers_trainings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainers_trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainers" ADD CONSTRAINT "trainers_country_id_participants_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainers" ADD CONSTRAINT "trainers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainers_locales" ADD CONSTRAINT "trainers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainers_rels" ADD CONSTRAINT "trainers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainers_rels" ADD CONSTRAINT "trainers_rels_thematic_areas_fk" FOREIGN KEY ("thematic_areas_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainer_applications_languages" ADD CONSTRAINT "trainer_applications_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainer_applications" ADD CONSTRAINT "trainer_applications_country_id_participants_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainer_applications" ADD CONSTRAINT "trainer_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainer_applications" ADD CONSTRAINT "trainer_applications_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainer_applications" ADD CONSTRAINT "trainer_applications_profile_id_trainers_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."trainers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainer_applications_rels" ADD CONSTRAINT "trainer_applications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainer_applications_rels" ADD CONSTRAINT "trainer_applications_rels_thematic_areas_fk" FOREIGN KEY ("thematic_areas_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trainers_languages_order_idx" ON "trainers_languages" USING btree ("order");
  CREATE INDEX "trainers_languages_parent_idx" ON "trainers_languages" USING btree ("parent_id");
  CREATE INDEX "trainers_trainings_order_idx" ON "trainers_trainings" USING btree ("_order");
  CREATE INDEX "trainers_trainings_parent_id_idx" ON "trainers_trainings" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "trainers_trainings_locales_locale_parent_id_unique" ON "trainers_trainings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainers_country_idx" ON "trainers" USING btree ("country_id");
  CREATE UNIQUE INDEX "trainers_slug_idx" ON "trainers" USING btree ("slug");
  CREATE UNIQUE INDEX "trainers_user_idx" ON "trainers" USING btree ("user_id");
  CREATE INDEX "trainers_status_idx" ON "trainers" USING btree ("status");
  CREATE INDEX "trainers_consent_idx" ON "trainers" USING btree ("consent");
  CREATE INDEX "trainers_updated_at_idx" ON "trainers" USING btree ("updated_at");
  CREATE INDEX "trainers_created_at_idx" ON "trainers" USING btree ("created_at");
  CREATE UNIQUE INDEX "trainers_locales_locale_parent_id_unique" ON "trainers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainers_rels_order_idx" ON "trainers_rels" USING btree ("order");
  CREATE INDEX "trainers_rels_parent_idx" ON "trainers_rels" USING btree ("parent_id");
  CREATE INDEX "trainers_rels_path_idx" ON "trainers_rels" USING btree ("path");
  CREATE INDEX "trainers_rels_thematic_areas_id_idx" ON "trainers_rels" USING btree ("thematic_areas_id");
  CREATE INDEX "trainer_applications_languages_order_idx" ON "trainer_applications_languages" USING btree ("order");
  CREATE INDEX "trainer_applications_languages_parent_idx" ON "trainer_applications_languages" USING btree ("parent_id");
  CREATE INDEX "trainer_applications_country_idx" ON "trainer_applications" USING btree ("country_id");
  CREATE INDEX "trainer_applications_applicant_idx" ON "trainer_applications" USING btree ("applicant_id");
  CREATE INDEX "trainer_applications_status_idx" ON "trainer_applications" USING btree ("status");
  CREATE INDEX "trainer_applications_decided_by_idx" ON "trainer_applications" USING btree ("decided_by_id");
  CREATE INDEX "trainer_applications_profile_idx" ON "trainer_applications" USING btree ("profile_id");
  CREATE INDEX "trainer_applications_updated_at_idx" ON "trainer_applications" USING btree ("updated_at");
  CREATE INDEX "trainer_applications_created_at_idx" ON "trainer_applications" USING btree ("created_at");
  CREATE INDEX "trainer_applications_rels_order_idx" ON "trainer_applications_rels" USING btree ("order");
  CREATE INDEX "trainer_applications_rels_parent_idx" ON "trainer_applications_rels" USING btree ("parent_id");
  CREATE INDEX "trainer_applications_rels_path_idx" ON "trainer_applications_rels" USING btree ("path");
  CREATE INDEX "trainer_applications_rels_thematic_areas_id_idx" ON "trainer_applications_rels" USING btree ("thematic_areas_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainers_fk" FOREIGN KEY ("trainers_id") REFERENCES "public"."trainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainer_applications_fk" FOREIGN KEY ("trainer_applications_id") REFERENCES "public"."trainer_applications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_trainers_id_idx" ON "payload_locked_documents_rels" USING btree ("trainers_id");
  CREATE INDEX "payload_locked_documents_rels_trainer_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("trainer_applications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "trainers_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainers_trainings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainers_trainings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainer_applications_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainer_applications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trainer_applications_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "trainers_languages" CASCADE;
  DROP TABLE "trainers_trainings" CASCADE;
  DROP TABLE "trainers_trainings_locales" CASCADE;
  DROP TABLE "trainers" CASCADE;
  DROP TABLE "trainers_locales" CASCADE;
  DROP TABLE "trainers_rels" CASCADE;
  DROP TABLE "trainer_applications_languages" CASCADE;
  DROP TABLE "trainer_applications" CASCADE;
  DROP TABLE "trainer_applications_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_trainers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_trainer_applications_fk";
  
  ALTER TABLE "pages_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE text;
  DROP TYPE "public"."enum_pages_blocks_cards_cards_link_section";
  CREATE TYPE "public"."enum_pages_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'events', 'repository', 'search');
  ALTER TABLE "pages_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE "public"."enum_pages_blocks_cards_cards_link_section" USING "link_section"::"public"."enum_pages_blocks_cards_cards_link_section";
  ALTER TABLE "_pages_v_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE text;
  DROP TYPE "public"."enum__pages_v_blocks_cards_cards_link_section";
  CREATE TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'events', 'repository', 'search');
  ALTER TABLE "_pages_v_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" USING "link_section"::"public"."enum__pages_v_blocks_cards_cards_link_section";
  ALTER TABLE "home_page_blocks_hero_actions" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_home_page_blocks_hero_actions_section";
  CREATE TYPE "public"."enum_home_page_blocks_hero_actions_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'events', 'repository', 'search');
  ALTER TABLE "home_page_blocks_hero_actions" ALTER COLUMN "section" SET DATA TYPE "public"."enum_home_page_blocks_hero_actions_section" USING "section"::"public"."enum_home_page_blocks_hero_actions_section";
  ALTER TABLE "home_page_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE text;
  DROP TYPE "public"."enum_home_page_blocks_cards_cards_link_section";
  CREATE TYPE "public"."enum_home_page_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'events', 'repository', 'search');
  ALTER TABLE "home_page_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE "public"."enum_home_page_blocks_cards_cards_link_section" USING "link_section"::"public"."enum_home_page_blocks_cards_cards_link_section";
  ALTER TABLE "site_header_items" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_header_items_section";
  CREATE TYPE "public"."enum_site_header_items_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'events', 'repository', 'search');
  ALTER TABLE "site_header_items" ALTER COLUMN "section" SET DATA TYPE "public"."enum_site_header_items_section" USING "section"::"public"."enum_site_header_items_section";
  ALTER TABLE "site_footer_links" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_footer_links_section";
  CREATE TYPE "public"."enum_site_footer_links_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'events', 'repository', 'search');
  ALTER TABLE "site_footer_links" ALTER COLUMN "section" SET DATA TYPE "public"."enum_site_footer_links_section" USING "section"::"public"."enum_site_footer_links_section";
  DROP INDEX "payload_locked_documents_rels_trainers_id_idx";
  DROP INDEX "payload_locked_documents_rels_trainer_applications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "trainers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "trainer_applications_id";
  DROP TYPE "public"."enum_trainers_languages";
  DROP TYPE "public"."enum_trainers_kind";
  DROP TYPE "public"."enum_trainers_status";
  DROP TYPE "public"."enum_trainer_applications_languages";
  DROP TYPE "public"."enum_trainer_applications_kind";
  DROP TYPE "public"."enum_trainer_applications_status";`)
}
