import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_interpretation" AS ENUM('en', 'ru', 'fr', 'de', 'tr', 'uk');
  CREATE TYPE "public"."enum_events_agenda_startsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum_events_agenda_endsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum_events_visibility" AS ENUM('public', 'members', 'invited');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum_events_format" AS ENUM('in-person', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_interpretation" AS ENUM('en', 'ru', 'fr', 'de', 'tr', 'uk');
  CREATE TYPE "public"."enum__events_v_version_agenda_startsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum__events_v_version_agenda_endsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum__events_v_version_visibility" AS ENUM('public', 'members', 'invited');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('UTC', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/London', 'Europe/Amsterdam', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Copenhagen', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Asia/Nicosia', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kaliningrad', 'Europe/Kyiv', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Istanbul', 'Europe/Minsk', 'Europe/Moscow', 'Asia/Baku', 'Asia/Tbilisi', 'Asia/Yerevan', 'Europe/Samara', 'Asia/Almaty', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Dushanbe', 'Asia/Tashkent', 'Asia/Yekaterinburg', 'Asia/Bishkek', 'Asia/Krasnoyarsk', 'Asia/Novosibirsk', 'Asia/Irkutsk', 'Asia/Vladivostok');
  CREATE TYPE "public"."enum__events_v_version_format" AS ENUM('in-person', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_translation" AS ENUM('both', 'en', 'ru');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('en', 'ru');
  ALTER TYPE "public"."enum_pages_blocks_cards_cards_link_section" ADD VALUE 'events' BEFORE 'repository';
  ALTER TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" ADD VALUE 'events' BEFORE 'repository';
  ALTER TYPE "public"."enum_home_page_blocks_hero_actions_section" ADD VALUE 'events' BEFORE 'repository';
  ALTER TYPE "public"."enum_home_page_blocks_cards_cards_link_section" ADD VALUE 'events' BEFORE 'repository';
  ALTER TYPE "public"."enum_site_header_items_section" ADD VALUE 'events' BEFORE 'repository';
  ALTER TYPE "public"."enum_site_footer_links_section" ADD VALUE 'events' BEFORE 'repository';
  CREATE TABLE "events_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_interpretation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_agenda_startsat_tz" DEFAULT 'Europe/Vienna',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_agenda_endsat_tz" DEFAULT 'Europe/Vienna'
  );
  
  CREATE TABLE "events_agenda_locales" (
  	"title" varchar,
  	"speakers" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type_id" integer,
  	"visibility" "enum_events_visibility" DEFAULT 'public',
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Vienna',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Vienna',
  	"format" "enum_events_format" DEFAULT 'in-person',
  	"venue_country_id" integer,
  	"online_link" varchar,
  	"host_id" integer,
  	"slug" varchar,
  	"translation" "enum_events_translation",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"venue_city" varchar,
  	"venue_place" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"thematic_areas_id" integer
  );
  
  CREATE TABLE "_events_v_version_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_interpretation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum__events_v_version_agenda_startsat_tz" DEFAULT 'Europe/Vienna',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum__events_v_version_agenda_endsat_tz" DEFAULT 'Europe/Vienna',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_agenda_locales" (
  	"title" varchar,
  	"speakers" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_type_id" integer,
  	"version_visibility" "enum__events_v_version_visibility" DEFAULT 'public',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Vienna',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Vienna',
  	"version_format" "enum__events_v_version_format" DEFAULT 'in-person',
  	"version_venue_country_id" integer,
  	"version_online_link" varchar,
  	"version_host_id" integer,
  	"version_slug" varchar,
  	"version_translation" "enum__events_v_version_translation",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_venue_city" varchar,
  	"version_venue_place" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"thematic_areas_id" integer
  );
  
  CREATE TABLE "event_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 100,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_types_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_types_id" integer;
  ALTER TABLE "events_interpretation" ADD CONSTRAINT "events_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_agenda" ADD CONSTRAINT "events_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_agenda_locales" ADD CONSTRAINT "events_agenda_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_type_id_event_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."event_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_venue_country_id_participants_id_fk" FOREIGN KEY ("venue_country_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_host_id_participants_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_thematic_areas_fk" FOREIGN KEY ("thematic_areas_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_interpretation" ADD CONSTRAINT "_events_v_version_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_agenda" ADD CONSTRAINT "_events_v_version_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_agenda_locales" ADD CONSTRAINT "_events_v_version_agenda_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_type_id_event_types_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."event_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_venue_country_id_participants_id_fk" FOREIGN KEY ("version_venue_country_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_host_id_participants_id_fk" FOREIGN KEY ("version_host_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_thematic_areas_fk" FOREIGN KEY ("thematic_areas_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_types_locales" ADD CONSTRAINT "event_types_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_types"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_interpretation_order_idx" ON "events_interpretation" USING btree ("order");
  CREATE INDEX "events_interpretation_parent_idx" ON "events_interpretation" USING btree ("parent_id");
  CREATE INDEX "events_agenda_order_idx" ON "events_agenda" USING btree ("_order");
  CREATE INDEX "events_agenda_parent_id_idx" ON "events_agenda" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_agenda_locales_locale_parent_id_unique" ON "events_agenda_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_type_idx" ON "events" USING btree ("type_id");
  CREATE INDEX "events_visibility_idx" ON "events" USING btree ("visibility");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_venue_venue_country_idx" ON "events" USING btree ("venue_country_id");
  CREATE INDEX "events_host_idx" ON "events" USING btree ("host_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_translation_idx" ON "events" USING btree ("translation");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_thematic_areas_id_idx" ON "events_rels" USING btree ("thematic_areas_id");
  CREATE INDEX "_events_v_version_interpretation_order_idx" ON "_events_v_version_interpretation" USING btree ("order");
  CREATE INDEX "_events_v_version_interpretation_parent_idx" ON "_events_v_version_interpretation" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_agenda_order_idx" ON "_events_v_version_agenda" USING btree ("_order");
  CREATE INDEX "_events_v_version_agenda_parent_id_idx" ON "_events_v_version_agenda" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_agenda_locales_locale_parent_id_unique" ON "_events_v_version_agenda_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_type_idx" ON "_events_v" USING btree ("version_type_id");
  CREATE INDEX "_events_v_version_version_visibility_idx" ON "_events_v" USING btree ("version_visibility");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_venue_version_venue_country_idx" ON "_events_v" USING btree ("version_venue_country_id");
  CREATE INDEX "_events_v_version_version_host_idx" ON "_events_v" USING btree ("version_host_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_translation_idx" ON "_events_v" USING btree ("version_translation");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_thematic_areas_id_idx" ON "_events_v_rels" USING btree ("thematic_areas_id");
  CREATE UNIQUE INDEX "event_types_slug_idx" ON "event_types" USING btree ("slug");
  CREATE INDEX "event_types_updated_at_idx" ON "event_types" USING btree ("updated_at");
  CREATE INDEX "event_types_created_at_idx" ON "event_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_types_locales_locale_parent_id_unique" ON "event_types_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_types_fk" FOREIGN KEY ("event_types_id") REFERENCES "public"."event_types"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_event_types_id_idx" ON "payload_locked_documents_rels" USING btree ("event_types_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_interpretation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_agenda_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_interpretation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_agenda_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_types_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_interpretation" CASCADE;
  DROP TABLE "events_agenda" CASCADE;
  DROP TABLE "events_agenda_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_interpretation" CASCADE;
  DROP TABLE "_events_v_version_agenda" CASCADE;
  DROP TABLE "_events_v_version_agenda_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "event_types" CASCADE;
  DROP TABLE "event_types_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_types_fk";
  
  ALTER TABLE "pages_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE text;
  DROP TYPE "public"."enum_pages_blocks_cards_cards_link_section";
  CREATE TYPE "public"."enum_pages_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  ALTER TABLE "pages_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE "public"."enum_pages_blocks_cards_cards_link_section" USING "link_section"::"public"."enum_pages_blocks_cards_cards_link_section";
  ALTER TABLE "_pages_v_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE text;
  DROP TYPE "public"."enum__pages_v_blocks_cards_cards_link_section";
  CREATE TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  ALTER TABLE "_pages_v_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE "public"."enum__pages_v_blocks_cards_cards_link_section" USING "link_section"::"public"."enum__pages_v_blocks_cards_cards_link_section";
  ALTER TABLE "home_page_blocks_hero_actions" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_home_page_blocks_hero_actions_section";
  CREATE TYPE "public"."enum_home_page_blocks_hero_actions_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  ALTER TABLE "home_page_blocks_hero_actions" ALTER COLUMN "section" SET DATA TYPE "public"."enum_home_page_blocks_hero_actions_section" USING "section"::"public"."enum_home_page_blocks_hero_actions_section";
  ALTER TABLE "home_page_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE text;
  DROP TYPE "public"."enum_home_page_blocks_cards_cards_link_section";
  CREATE TYPE "public"."enum_home_page_blocks_cards_cards_link_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  ALTER TABLE "home_page_blocks_cards_cards" ALTER COLUMN "link_section" SET DATA TYPE "public"."enum_home_page_blocks_cards_cards_link_section" USING "link_section"::"public"."enum_home_page_blocks_cards_cards_link_section";
  ALTER TABLE "site_header_items" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_header_items_section";
  CREATE TYPE "public"."enum_site_header_items_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  ALTER TABLE "site_header_items" ALTER COLUMN "section" SET DATA TYPE "public"."enum_site_header_items_section" USING "section"::"public"."enum_site_header_items_section";
  ALTER TABLE "site_footer_links" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_footer_links_section";
  CREATE TYPE "public"."enum_site_footer_links_section" AS ENUM('home', 'thematic-areas', 'governance', 'projects', 'participants', 'news', 'repository', 'search');
  ALTER TABLE "site_footer_links" ALTER COLUMN "section" SET DATA TYPE "public"."enum_site_footer_links_section" USING "section"::"public"."enum_site_footer_links_section";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_types_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_types_id";
  DROP TYPE "public"."enum_events_interpretation";
  DROP TYPE "public"."enum_events_agenda_startsat_tz";
  DROP TYPE "public"."enum_events_agenda_endsat_tz";
  DROP TYPE "public"."enum_events_visibility";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_format";
  DROP TYPE "public"."enum_events_translation";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_interpretation";
  DROP TYPE "public"."enum__events_v_version_agenda_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_agenda_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_visibility";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_format";
  DROP TYPE "public"."enum__events_v_version_translation";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";`)
}
