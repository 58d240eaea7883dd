import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_thematic_areas_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__thematic_areas_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__thematic_areas_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_participants_groups" AS ENUM('eu', 'schengen', 'eastern-partnership', 'western-balkans', 'central-asia', 'russia', 'turkey');
  CREATE TYPE "public"."enum_participants_kind" AS ENUM('state', 'eu-body', 'organisation');
  CREATE TYPE "public"."enum_participants_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__participants_v_version_groups" AS ENUM('eu', 'schengen', 'eastern-partnership', 'western-balkans', 'central-asia', 'russia', 'turkey');
  CREATE TYPE "public"."enum__participants_v_version_kind" AS ENUM('state', 'eu-body', 'organisation');
  CREATE TYPE "public"."enum__participants_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__participants_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_governance_bodies_key" AS ENUM('national-contact-points', 'senior-officials', 'ministerial-conferences', 'strategic-group');
  CREATE TYPE "public"."enum_governance_bodies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__governance_bodies_v_version_key" AS ENUM('national-contact-points', 'senior-officials', 'ministerial-conferences', 'strategic-group');
  CREATE TYPE "public"."enum__governance_bodies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__governance_bodies_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_conferences_held_on_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_conferences_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conferences_v_version_held_on_precision" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__conferences_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conferences_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_published_locale" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'secretariat', 'ncp', 'strategic-group', 'trainer', 'learner');
  CREATE TYPE "public"."enum_users_preferred_language" AS ENUM('en', 'ru');
  CREATE TYPE "public"."enum_email_outbox_status" AS ENUM('queued', 'sent', 'logged', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverEmail');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverEmail');
  CREATE TABLE "pages_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_content_locales" (
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_quote_locales" (
  	"text" varchar,
  	"author" varchar,
  	"attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_content_locales" (
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_quote_locales" (
  	"text" varchar,
  	"author" varchar,
  	"attribution" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"image_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_image_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "thematic_areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 1,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_thematic_areas_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "thematic_areas_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_thematic_areas_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_order" numeric DEFAULT 1,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__thematic_areas_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__thematic_areas_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_thematic_areas_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "participants_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_participants_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "participants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_participants_kind" DEFAULT 'state',
  	"iso_code" varchar,
  	"joined_on" timestamp(3) with time zone,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_participants_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "participants_locales" (
  	"name" varchar,
  	"acronym" varchar,
  	"footnote" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_participants_v_version_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__participants_v_version_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_participants_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__participants_v_version_kind" DEFAULT 'state',
  	"version_iso_code" varchar,
  	"version_joined_on" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__participants_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__participants_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_participants_v_locales" (
  	"version_name" varchar,
  	"version_acronym" varchar,
  	"version_footnote" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "governance_bodies_functions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "governance_bodies_functions_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "governance_bodies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" "enum_governance_bodies_key",
  	"order" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_governance_bodies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "governance_bodies_locales" (
  	"title" varchar,
  	"rhythm" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_governance_bodies_v_version_functions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_governance_bodies_v_version_functions_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_governance_bodies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" "enum__governance_bodies_v_version_key",
  	"version_order" numeric DEFAULT 1,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__governance_bodies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__governance_bodies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_governance_bodies_v_locales" (
  	"version_title" varchar,
  	"version_rhythm" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ordinal" numeric,
  	"held_on" timestamp(3) with time zone,
  	"held_on_precision" "enum_conferences_held_on_precision" DEFAULT 'day',
  	"declaration_file_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conferences_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conferences_locales" (
  	"title" varchar,
  	"city" varchar,
  	"declaration_title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conferences_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_ordinal" numeric,
  	"version_held_on" timestamp(3) with time zone,
  	"version_held_on_precision" "enum__conferences_v_version_held_on_precision" DEFAULT 'day',
  	"version_declaration_file_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conferences_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conferences_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_conferences_v_locales" (
  	"version_title" varchar,
  	"version_city" varchar,
  	"version_declaration_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "projects_funders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "projects_funders_locales" (
  	"name" varchar,
  	"programme" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_year" numeric,
  	"end_year" numeric,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "projects_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_projects_v_version_funders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_projects_v_version_funders_locales" (
  	"name" varchar,
  	"programme" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_start_year" numeric,
  	"version_end_year" numeric,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__projects_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_projects_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"participant_id" integer,
  	"preferred_language" "enum_users_preferred_language" DEFAULT 'en' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "email_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"html" varchar,
  	"text" varchar,
  	"status" "enum_email_outbox_status" DEFAULT 'queued' NOT NULL,
  	"error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"news_id" integer,
  	"thematic_areas_id" integer,
  	"participants_id" integer,
  	"governance_bodies_id" integer,
  	"conferences_id" integer,
  	"projects_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"email_outbox_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "strategic_group_other_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "strategic_group_other_members_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "strategic_group_chairmanships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"chair_id" integer NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone
  );
  
  CREATE TABLE "strategic_group" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "strategic_group_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"participants_id" integer
  );
  
  CREATE TABLE "content_revision" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "pages_blocks_content" ADD CONSTRAINT "pages_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_content_locales" ADD CONSTRAINT "pages_blocks_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_quote" ADD CONSTRAINT "pages_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_quote_locales" ADD CONSTRAINT "pages_blocks_quote_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_quote"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_content" ADD CONSTRAINT "_pages_v_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_content_locales" ADD CONSTRAINT "_pages_v_blocks_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_quote" ADD CONSTRAINT "_pages_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_quote_locales" ADD CONSTRAINT "_pages_v_blocks_quote_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_quote"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "thematic_areas_locales" ADD CONSTRAINT "thematic_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_thematic_areas_v" ADD CONSTRAINT "_thematic_areas_v_parent_id_thematic_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."thematic_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_thematic_areas_v_locales" ADD CONSTRAINT "_thematic_areas_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_thematic_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "participants_groups" ADD CONSTRAINT "participants_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "participants_locales" ADD CONSTRAINT "participants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_participants_v_version_groups" ADD CONSTRAINT "_participants_v_version_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_participants_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_participants_v" ADD CONSTRAINT "_participants_v_parent_id_participants_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_participants_v_locales" ADD CONSTRAINT "_participants_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_participants_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "governance_bodies_functions" ADD CONSTRAINT "governance_bodies_functions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."governance_bodies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "governance_bodies_functions_locales" ADD CONSTRAINT "governance_bodies_functions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."governance_bodies_functions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "governance_bodies_locales" ADD CONSTRAINT "governance_bodies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."governance_bodies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_governance_bodies_v_version_functions" ADD CONSTRAINT "_governance_bodies_v_version_functions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_governance_bodies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_governance_bodies_v_version_functions_locales" ADD CONSTRAINT "_governance_bodies_v_version_functions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_governance_bodies_v_version_functions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_governance_bodies_v" ADD CONSTRAINT "_governance_bodies_v_parent_id_governance_bodies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."governance_bodies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_governance_bodies_v_locales" ADD CONSTRAINT "_governance_bodies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_governance_bodies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conferences" ADD CONSTRAINT "conferences_declaration_file_id_media_id_fk" FOREIGN KEY ("declaration_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conferences_locales" ADD CONSTRAINT "conferences_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conferences_v" ADD CONSTRAINT "_conferences_v_parent_id_conferences_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conferences_v" ADD CONSTRAINT "_conferences_v_version_declaration_file_id_media_id_fk" FOREIGN KEY ("version_declaration_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conferences_v_locales" ADD CONSTRAINT "_conferences_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conferences_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_funders" ADD CONSTRAINT "projects_funders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_funders_locales" ADD CONSTRAINT "projects_funders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects_funders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_locales" ADD CONSTRAINT "projects_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_funders" ADD CONSTRAINT "_projects_v_version_funders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_funders_locales" ADD CONSTRAINT "_projects_v_version_funders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v_version_funders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_locales" ADD CONSTRAINT "_projects_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_thematic_areas_fk" FOREIGN KEY ("thematic_areas_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_governance_bodies_fk" FOREIGN KEY ("governance_bodies_id") REFERENCES "public"."governance_bodies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conferences_fk" FOREIGN KEY ("conferences_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_outbox_fk" FOREIGN KEY ("email_outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategic_group_other_members" ADD CONSTRAINT "strategic_group_other_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."strategic_group"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategic_group_other_members_locales" ADD CONSTRAINT "strategic_group_other_members_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."strategic_group_other_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategic_group_chairmanships" ADD CONSTRAINT "strategic_group_chairmanships_chair_id_participants_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "strategic_group_chairmanships" ADD CONSTRAINT "strategic_group_chairmanships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."strategic_group"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategic_group_rels" ADD CONSTRAINT "strategic_group_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."strategic_group"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "strategic_group_rels" ADD CONSTRAINT "strategic_group_rels_participants_fk" FOREIGN KEY ("participants_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_content_order_idx" ON "pages_blocks_content" USING btree ("_order");
  CREATE INDEX "pages_blocks_content_parent_id_idx" ON "pages_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_content_path_idx" ON "pages_blocks_content" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_content_locales_locale_parent_id_unique" ON "pages_blocks_content_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_quote_order_idx" ON "pages_blocks_quote" USING btree ("_order");
  CREATE INDEX "pages_blocks_quote_parent_id_idx" ON "pages_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_quote_path_idx" ON "pages_blocks_quote" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_quote_locales_locale_parent_id_unique" ON "pages_blocks_quote_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_content_order_idx" ON "_pages_v_blocks_content" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_content_parent_id_idx" ON "_pages_v_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_content_path_idx" ON "_pages_v_blocks_content" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_content_locales_locale_parent_id_unique" ON "_pages_v_blocks_content_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_quote_order_idx" ON "_pages_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_quote_parent_id_idx" ON "_pages_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_quote_path_idx" ON "_pages_v_blocks_quote" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_quote_locales_locale_parent_id_unique" ON "_pages_v_blocks_quote_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "thematic_areas_slug_idx" ON "thematic_areas" USING btree ("slug");
  CREATE INDEX "thematic_areas_updated_at_idx" ON "thematic_areas" USING btree ("updated_at");
  CREATE INDEX "thematic_areas_created_at_idx" ON "thematic_areas" USING btree ("created_at");
  CREATE INDEX "thematic_areas__status_idx" ON "thematic_areas" USING btree ("_status");
  CREATE UNIQUE INDEX "thematic_areas_locales_locale_parent_id_unique" ON "thematic_areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_thematic_areas_v_parent_idx" ON "_thematic_areas_v" USING btree ("parent_id");
  CREATE INDEX "_thematic_areas_v_version_version_slug_idx" ON "_thematic_areas_v" USING btree ("version_slug");
  CREATE INDEX "_thematic_areas_v_version_version_updated_at_idx" ON "_thematic_areas_v" USING btree ("version_updated_at");
  CREATE INDEX "_thematic_areas_v_version_version_created_at_idx" ON "_thematic_areas_v" USING btree ("version_created_at");
  CREATE INDEX "_thematic_areas_v_version_version__status_idx" ON "_thematic_areas_v" USING btree ("version__status");
  CREATE INDEX "_thematic_areas_v_created_at_idx" ON "_thematic_areas_v" USING btree ("created_at");
  CREATE INDEX "_thematic_areas_v_updated_at_idx" ON "_thematic_areas_v" USING btree ("updated_at");
  CREATE INDEX "_thematic_areas_v_snapshot_idx" ON "_thematic_areas_v" USING btree ("snapshot");
  CREATE INDEX "_thematic_areas_v_published_locale_idx" ON "_thematic_areas_v" USING btree ("published_locale");
  CREATE INDEX "_thematic_areas_v_latest_idx" ON "_thematic_areas_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_thematic_areas_v_locales_locale_parent_id_unique" ON "_thematic_areas_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "participants_groups_order_idx" ON "participants_groups" USING btree ("order");
  CREATE INDEX "participants_groups_parent_idx" ON "participants_groups" USING btree ("parent_id");
  CREATE INDEX "participants_iso_code_idx" ON "participants" USING btree ("iso_code");
  CREATE UNIQUE INDEX "participants_slug_idx" ON "participants" USING btree ("slug");
  CREATE INDEX "participants_updated_at_idx" ON "participants" USING btree ("updated_at");
  CREATE INDEX "participants_created_at_idx" ON "participants" USING btree ("created_at");
  CREATE INDEX "participants__status_idx" ON "participants" USING btree ("_status");
  CREATE UNIQUE INDEX "participants_locales_locale_parent_id_unique" ON "participants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_participants_v_version_groups_order_idx" ON "_participants_v_version_groups" USING btree ("order");
  CREATE INDEX "_participants_v_version_groups_parent_idx" ON "_participants_v_version_groups" USING btree ("parent_id");
  CREATE INDEX "_participants_v_parent_idx" ON "_participants_v" USING btree ("parent_id");
  CREATE INDEX "_participants_v_version_version_iso_code_idx" ON "_participants_v" USING btree ("version_iso_code");
  CREATE INDEX "_participants_v_version_version_slug_idx" ON "_participants_v" USING btree ("version_slug");
  CREATE INDEX "_participants_v_version_version_updated_at_idx" ON "_participants_v" USING btree ("version_updated_at");
  CREATE INDEX "_participants_v_version_version_created_at_idx" ON "_participants_v" USING btree ("version_created_at");
  CREATE INDEX "_participants_v_version_version__status_idx" ON "_participants_v" USING btree ("version__status");
  CREATE INDEX "_participants_v_created_at_idx" ON "_participants_v" USING btree ("created_at");
  CREATE INDEX "_participants_v_updated_at_idx" ON "_participants_v" USING btree ("updated_at");
  CREATE INDEX "_participants_v_snapshot_idx" ON "_participants_v" USING btree ("snapshot");
  CREATE INDEX "_participants_v_published_locale_idx" ON "_participants_v" USING btree ("published_locale");
  CREATE INDEX "_participants_v_latest_idx" ON "_participants_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_participants_v_locales_locale_parent_id_unique" ON "_participants_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "governance_bodies_functions_order_idx" ON "governance_bodies_functions" USING btree ("_order");
  CREATE INDEX "governance_bodies_functions_parent_id_idx" ON "governance_bodies_functions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "governance_bodies_functions_locales_locale_parent_id_unique" ON "governance_bodies_functions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "governance_bodies_key_idx" ON "governance_bodies" USING btree ("key");
  CREATE INDEX "governance_bodies_updated_at_idx" ON "governance_bodies" USING btree ("updated_at");
  CREATE INDEX "governance_bodies_created_at_idx" ON "governance_bodies" USING btree ("created_at");
  CREATE INDEX "governance_bodies__status_idx" ON "governance_bodies" USING btree ("_status");
  CREATE UNIQUE INDEX "governance_bodies_locales_locale_parent_id_unique" ON "governance_bodies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_governance_bodies_v_version_functions_order_idx" ON "_governance_bodies_v_version_functions" USING btree ("_order");
  CREATE INDEX "_governance_bodies_v_version_functions_parent_id_idx" ON "_governance_bodies_v_version_functions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_governance_bodies_v_version_functions_locales_locale_parent" ON "_governance_bodies_v_version_functions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_governance_bodies_v_parent_idx" ON "_governance_bodies_v" USING btree ("parent_id");
  CREATE INDEX "_governance_bodies_v_version_version_key_idx" ON "_governance_bodies_v" USING btree ("version_key");
  CREATE INDEX "_governance_bodies_v_version_version_updated_at_idx" ON "_governance_bodies_v" USING btree ("version_updated_at");
  CREATE INDEX "_governance_bodies_v_version_version_created_at_idx" ON "_governance_bodies_v" USING btree ("version_created_at");
  CREATE INDEX "_governance_bodies_v_version_version__status_idx" ON "_governance_bodies_v" USING btree ("version__status");
  CREATE INDEX "_governance_bodies_v_created_at_idx" ON "_governance_bodies_v" USING btree ("created_at");
  CREATE INDEX "_governance_bodies_v_updated_at_idx" ON "_governance_bodies_v" USING btree ("updated_at");
  CREATE INDEX "_governance_bodies_v_snapshot_idx" ON "_governance_bodies_v" USING btree ("snapshot");
  CREATE INDEX "_governance_bodies_v_published_locale_idx" ON "_governance_bodies_v" USING btree ("published_locale");
  CREATE INDEX "_governance_bodies_v_latest_idx" ON "_governance_bodies_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_governance_bodies_v_locales_locale_parent_id_unique" ON "_governance_bodies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conferences_declaration_file_idx" ON "conferences" USING btree ("declaration_file_id");
  CREATE UNIQUE INDEX "conferences_slug_idx" ON "conferences" USING btree ("slug");
  CREATE INDEX "conferences_updated_at_idx" ON "conferences" USING btree ("updated_at");
  CREATE INDEX "conferences_created_at_idx" ON "conferences" USING btree ("created_at");
  CREATE INDEX "conferences__status_idx" ON "conferences" USING btree ("_status");
  CREATE UNIQUE INDEX "conferences_locales_locale_parent_id_unique" ON "conferences_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conferences_v_parent_idx" ON "_conferences_v" USING btree ("parent_id");
  CREATE INDEX "_conferences_v_version_version_declaration_file_idx" ON "_conferences_v" USING btree ("version_declaration_file_id");
  CREATE INDEX "_conferences_v_version_version_slug_idx" ON "_conferences_v" USING btree ("version_slug");
  CREATE INDEX "_conferences_v_version_version_updated_at_idx" ON "_conferences_v" USING btree ("version_updated_at");
  CREATE INDEX "_conferences_v_version_version_created_at_idx" ON "_conferences_v" USING btree ("version_created_at");
  CREATE INDEX "_conferences_v_version_version__status_idx" ON "_conferences_v" USING btree ("version__status");
  CREATE INDEX "_conferences_v_created_at_idx" ON "_conferences_v" USING btree ("created_at");
  CREATE INDEX "_conferences_v_updated_at_idx" ON "_conferences_v" USING btree ("updated_at");
  CREATE INDEX "_conferences_v_snapshot_idx" ON "_conferences_v" USING btree ("snapshot");
  CREATE INDEX "_conferences_v_published_locale_idx" ON "_conferences_v" USING btree ("published_locale");
  CREATE INDEX "_conferences_v_latest_idx" ON "_conferences_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_conferences_v_locales_locale_parent_id_unique" ON "_conferences_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "projects_funders_order_idx" ON "projects_funders" USING btree ("_order");
  CREATE INDEX "projects_funders_parent_id_idx" ON "projects_funders" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "projects_funders_locales_locale_parent_id_unique" ON "projects_funders_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "projects_slug_idx" ON "projects" USING btree ("slug");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE UNIQUE INDEX "projects_locales_locale_parent_id_unique" ON "projects_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_projects_v_version_funders_order_idx" ON "_projects_v_version_funders" USING btree ("_order");
  CREATE INDEX "_projects_v_version_funders_parent_id_idx" ON "_projects_v_version_funders" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_projects_v_version_funders_locales_locale_parent_id_unique" ON "_projects_v_version_funders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_slug_idx" ON "_projects_v" USING btree ("version_slug");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "_projects_v_snapshot_idx" ON "_projects_v" USING btree ("snapshot");
  CREATE INDEX "_projects_v_published_locale_idx" ON "_projects_v" USING btree ("published_locale");
  CREATE INDEX "_projects_v_latest_idx" ON "_projects_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_projects_v_locales_locale_parent_id_unique" ON "_projects_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_participant_idx" ON "users" USING btree ("participant_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "email_outbox_to_idx" ON "email_outbox" USING btree ("to");
  CREATE INDEX "email_outbox_updated_at_idx" ON "email_outbox" USING btree ("updated_at");
  CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_thematic_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("thematic_areas_id");
  CREATE INDEX "payload_locked_documents_rels_participants_id_idx" ON "payload_locked_documents_rels" USING btree ("participants_id");
  CREATE INDEX "payload_locked_documents_rels_governance_bodies_id_idx" ON "payload_locked_documents_rels" USING btree ("governance_bodies_id");
  CREATE INDEX "payload_locked_documents_rels_conferences_id_idx" ON "payload_locked_documents_rels" USING btree ("conferences_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_email_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("email_outbox_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "strategic_group_other_members_order_idx" ON "strategic_group_other_members" USING btree ("_order");
  CREATE INDEX "strategic_group_other_members_parent_id_idx" ON "strategic_group_other_members" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "strategic_group_other_members_locales_locale_parent_id_uniqu" ON "strategic_group_other_members_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "strategic_group_chairmanships_order_idx" ON "strategic_group_chairmanships" USING btree ("_order");
  CREATE INDEX "strategic_group_chairmanships_parent_id_idx" ON "strategic_group_chairmanships" USING btree ("_parent_id");
  CREATE INDEX "strategic_group_chairmanships_chair_idx" ON "strategic_group_chairmanships" USING btree ("chair_id");
  CREATE INDEX "strategic_group_rels_order_idx" ON "strategic_group_rels" USING btree ("order");
  CREATE INDEX "strategic_group_rels_parent_idx" ON "strategic_group_rels" USING btree ("parent_id");
  CREATE INDEX "strategic_group_rels_path_idx" ON "strategic_group_rels" USING btree ("path");
  CREATE INDEX "strategic_group_rels_participants_id_idx" ON "strategic_group_rels" USING btree ("participants_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_blocks_content" CASCADE;
  DROP TABLE "pages_blocks_content_locales" CASCADE;
  DROP TABLE "pages_blocks_quote" CASCADE;
  DROP TABLE "pages_blocks_quote_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_content" CASCADE;
  DROP TABLE "_pages_v_blocks_content_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_quote" CASCADE;
  DROP TABLE "_pages_v_blocks_quote_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "thematic_areas" CASCADE;
  DROP TABLE "thematic_areas_locales" CASCADE;
  DROP TABLE "_thematic_areas_v" CASCADE;
  DROP TABLE "_thematic_areas_v_locales" CASCADE;
  DROP TABLE "participants_groups" CASCADE;
  DROP TABLE "participants" CASCADE;
  DROP TABLE "participants_locales" CASCADE;
  DROP TABLE "_participants_v_version_groups" CASCADE;
  DROP TABLE "_participants_v" CASCADE;
  DROP TABLE "_participants_v_locales" CASCADE;
  DROP TABLE "governance_bodies_functions" CASCADE;
  DROP TABLE "governance_bodies_functions_locales" CASCADE;
  DROP TABLE "governance_bodies" CASCADE;
  DROP TABLE "governance_bodies_locales" CASCADE;
  DROP TABLE "_governance_bodies_v_version_functions" CASCADE;
  DROP TABLE "_governance_bodies_v_version_functions_locales" CASCADE;
  DROP TABLE "_governance_bodies_v" CASCADE;
  DROP TABLE "_governance_bodies_v_locales" CASCADE;
  DROP TABLE "conferences" CASCADE;
  DROP TABLE "conferences_locales" CASCADE;
  DROP TABLE "_conferences_v" CASCADE;
  DROP TABLE "_conferences_v_locales" CASCADE;
  DROP TABLE "projects_funders" CASCADE;
  DROP TABLE "projects_funders_locales" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_locales" CASCADE;
  DROP TABLE "_projects_v_version_funders" CASCADE;
  DROP TABLE "_projects_v_version_funders_locales" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "_projects_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "email_outbox" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "strategic_group_other_members" CASCADE;
  DROP TABLE "strategic_group_other_members_locales" CASCADE;
  DROP TABLE "strategic_group_chairmanships" CASCADE;
  DROP TABLE "strategic_group" CASCADE;
  DROP TABLE "strategic_group_rels" CASCADE;
  DROP TABLE "content_revision" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_thematic_areas_status";
  DROP TYPE "public"."enum__thematic_areas_v_version_status";
  DROP TYPE "public"."enum__thematic_areas_v_published_locale";
  DROP TYPE "public"."enum_participants_groups";
  DROP TYPE "public"."enum_participants_kind";
  DROP TYPE "public"."enum_participants_status";
  DROP TYPE "public"."enum__participants_v_version_groups";
  DROP TYPE "public"."enum__participants_v_version_kind";
  DROP TYPE "public"."enum__participants_v_version_status";
  DROP TYPE "public"."enum__participants_v_published_locale";
  DROP TYPE "public"."enum_governance_bodies_key";
  DROP TYPE "public"."enum_governance_bodies_status";
  DROP TYPE "public"."enum__governance_bodies_v_version_key";
  DROP TYPE "public"."enum__governance_bodies_v_version_status";
  DROP TYPE "public"."enum__governance_bodies_v_published_locale";
  DROP TYPE "public"."enum_conferences_held_on_precision";
  DROP TYPE "public"."enum_conferences_status";
  DROP TYPE "public"."enum__conferences_v_version_held_on_precision";
  DROP TYPE "public"."enum__conferences_v_version_status";
  DROP TYPE "public"."enum__conferences_v_published_locale";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum__projects_v_version_status";
  DROP TYPE "public"."enum__projects_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_preferred_language";
  DROP TYPE "public"."enum_email_outbox_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
