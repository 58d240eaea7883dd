import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { withoutForeignKeys } from '@/server/db/sqlite-rebuild'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Rebuilding conferences drops the table: with foreign keys on, that would cascade to its
  // localized rows and versions, so the whole change runs with them off (sqlite-rebuild.ts).
  await withoutForeignKeys(db, async () => {
  await db.run(sql`CREATE TABLE \`pages_blocks_cards_cards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_kind\` text,
  	\`link_page_id\` integer,
  	\`link_section\` text,
  	\`link_url\` text,
  	FOREIGN KEY (\`link_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_cards_cards_order_idx\` ON \`pages_blocks_cards_cards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_cards_cards_parent_id_idx\` ON \`pages_blocks_cards_cards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_cards_cards_link_link_page_idx\` ON \`pages_blocks_cards_cards\` (\`link_page_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_cards_cards_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_cards_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_cards_cards_locales_locale_parent_id_unique\` ON \`pages_blocks_cards_cards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_cards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_cards_order_idx\` ON \`pages_blocks_cards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_cards_parent_id_idx\` ON \`pages_blocks_cards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_cards_path_idx\` ON \`pages_blocks_cards\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_cards_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_cards_locales_locale_parent_id_unique\` ON \`pages_blocks_cards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_contact_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_form_order_idx\` ON \`pages_blocks_contact_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_form_parent_id_idx\` ON \`pages_blocks_contact_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_form_path_idx\` ON \`pages_blocks_contact_form\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_contact_form_locales\` (
  	\`heading\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_contact_form\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_contact_form_locales_locale_parent_id_unique\` ON \`pages_blocks_contact_form_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_cards_cards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`link_kind\` text,
  	\`link_page_id\` integer,
  	\`link_section\` text,
  	\`link_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`link_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_cards_cards_order_idx\` ON \`_pages_v_blocks_cards_cards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_cards_cards_parent_id_idx\` ON \`_pages_v_blocks_cards_cards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_cards_cards_link_link_page_idx\` ON \`_pages_v_blocks_cards_cards\` (\`link_page_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_cards_cards_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_cards_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_cards_cards_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_cards_cards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_cards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_cards_order_idx\` ON \`_pages_v_blocks_cards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_cards_parent_id_idx\` ON \`_pages_v_blocks_cards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_cards_path_idx\` ON \`_pages_v_blocks_cards\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_cards_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_cards_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_cards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_contact_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_form_order_idx\` ON \`_pages_v_blocks_contact_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_form_parent_id_idx\` ON \`_pages_v_blocks_contact_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_form_path_idx\` ON \`_pages_v_blocks_contact_form\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_contact_form_locales\` (
  	\`heading\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_contact_form\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_contact_form_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_contact_form_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`participants_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_participants_id_idx\` ON \`news_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`participants_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_participants_id_idx\` ON \`_news_v_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_contact_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_contact_points_order_idx\` ON \`participants_contact_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`participants_contact_points_parent_id_idx\` ON \`participants_contact_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_contact_points_locales\` (
  	\`institution\` text,
  	\`position\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`participants_contact_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`participants_contact_points_locales_locale_parent_id_unique\` ON \`participants_contact_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_participants_v_version_contact_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_participants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_participants_v_version_contact_points_order_idx\` ON \`_participants_v_version_contact_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_participants_v_version_contact_points_parent_id_idx\` ON \`_participants_v_version_contact_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_participants_v_version_contact_points_locales\` (
  	\`institution\` text,
  	\`position\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_participants_v_version_contact_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_participants_v_version_contact_points_locales_locale_parent\` ON \`_participants_v_version_contact_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_declarations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_declarations_order_idx\` ON \`conferences_declarations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_declarations_parent_id_idx\` ON \`conferences_declarations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conferences_declarations_file_idx\` ON \`conferences_declarations\` (\`file_id\`);`)
  // A declaration file set before this change becomes the declaration's English edition.
  await db.run(sql`INSERT INTO \`conferences_declarations\` (\`_order\`, \`_parent_id\`, \`id\`, \`language\`, \`file_id\`) SELECT 1, \`id\`, lower(hex(randomblob(12))), 'en', \`declaration_file_id\` FROM \`conferences\` WHERE \`declaration_file_id\` IS NOT NULL;`)
  await db.run(sql`CREATE TABLE \`_conferences_v_version_declarations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conferences_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_declarations_order_idx\` ON \`_conferences_v_version_declarations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_declarations_parent_id_idx\` ON \`_conferences_v_version_declarations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_declarations_file_idx\` ON \`_conferences_v_version_declarations\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`participants_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_rels_order_idx\` ON \`projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_parent_idx\` ON \`projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_path_idx\` ON \`projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_participants_id_idx\` ON \`projects_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`participants_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_order_idx\` ON \`_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_parent_idx\` ON \`_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_path_idx\` ON \`_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_participants_id_idx\` ON \`_projects_v_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_hero_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'page' NOT NULL,
  	\`page_id\` integer,
  	\`section\` text,
  	\`url\` text,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_hero\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_hero_actions_order_idx\` ON \`home_page_blocks_hero_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_hero_actions_parent_id_idx\` ON \`home_page_blocks_hero_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_hero_actions_page_idx\` ON \`home_page_blocks_hero_actions\` (\`page_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_hero_actions_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_hero_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_hero_actions_locales_locale_parent_id_uniqu\` ON \`home_page_blocks_hero_actions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_hero_order_idx\` ON \`home_page_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_hero_parent_id_idx\` ON \`home_page_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_hero_path_idx\` ON \`home_page_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_hero_locales\` (
  	\`heading\` text NOT NULL,
  	\`lead\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_hero\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_hero_locales_locale_parent_id_unique\` ON \`home_page_blocks_hero_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_cards_cards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_kind\` text,
  	\`link_page_id\` integer,
  	\`link_section\` text,
  	\`link_url\` text,
  	FOREIGN KEY (\`link_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_cards_cards_order_idx\` ON \`home_page_blocks_cards_cards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_cards_cards_parent_id_idx\` ON \`home_page_blocks_cards_cards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_cards_cards_link_link_page_idx\` ON \`home_page_blocks_cards_cards\` (\`link_page_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_cards_cards_locales\` (
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_cards_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_cards_cards_locales_locale_parent_id_unique\` ON \`home_page_blocks_cards_cards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_cards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_cards_order_idx\` ON \`home_page_blocks_cards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_cards_parent_id_idx\` ON \`home_page_blocks_cards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_cards_path_idx\` ON \`home_page_blocks_cards\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_cards_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_cards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_cards_locales_locale_parent_id_unique\` ON \`home_page_blocks_cards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_thematic_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_thematic_areas_order_idx\` ON \`home_page_blocks_thematic_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_thematic_areas_parent_id_idx\` ON \`home_page_blocks_thematic_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_thematic_areas_path_idx\` ON \`home_page_blocks_thematic_areas\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_thematic_areas_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_thematic_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_thematic_areas_locales_locale_parent_id_uni\` ON \`home_page_blocks_thematic_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_latest_news\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`count\` numeric DEFAULT 3 NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_latest_news_order_idx\` ON \`home_page_blocks_latest_news\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_latest_news_parent_id_idx\` ON \`home_page_blocks_latest_news\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_latest_news_path_idx\` ON \`home_page_blocks_latest_news\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_latest_news_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_latest_news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_latest_news_locales_locale_parent_id_unique\` ON \`home_page_blocks_latest_news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_latest_publications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`count\` numeric DEFAULT 4 NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_latest_publications_order_idx\` ON \`home_page_blocks_latest_publications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_latest_publications_parent_id_idx\` ON \`home_page_blocks_latest_publications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_latest_publications_path_idx\` ON \`home_page_blocks_latest_publications\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_latest_publications_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_latest_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_latest_publications_locales_locale_parent_i\` ON \`home_page_blocks_latest_publications_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_upcoming_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`count\` numeric DEFAULT 3 NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_upcoming_events_order_idx\` ON \`home_page_blocks_upcoming_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_upcoming_events_parent_id_idx\` ON \`home_page_blocks_upcoming_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_upcoming_events_path_idx\` ON \`home_page_blocks_upcoming_events\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_upcoming_events_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_upcoming_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_upcoming_events_locales_locale_parent_id_un\` ON \`home_page_blocks_upcoming_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_page_blocks_content_order_idx\` ON \`home_page_blocks_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_content_parent_id_idx\` ON \`home_page_blocks_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_page_blocks_content_path_idx\` ON \`home_page_blocks_content\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`home_page_blocks_content_locales\` (
  	\`body\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_page_blocks_content\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_page_blocks_content_locales_locale_parent_id_unique\` ON \`home_page_blocks_content_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_page\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`__new_conferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`ordinal\` numeric,
  	\`held_on\` text,
  	\`held_on_precision\` text DEFAULT 'day',
  	\`host_id\` integer,
  	\`slug\` text,
  	\`translation\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`host_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_conferences\`("id", "ordinal", "held_on", "held_on_precision", "host_id", "slug", "translation", "updated_at", "created_at", "_status") SELECT "id", "ordinal", "held_on", "held_on_precision", NULL, "slug", "translation", "updated_at", "created_at", "_status" FROM \`conferences\`;`)
  await db.run(sql`DROP TABLE \`conferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_conferences\` RENAME TO \`conferences\`;`)
  await db.run(sql`CREATE INDEX \`conferences_host_idx\` ON \`conferences\` (\`host_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conferences_slug_idx\` ON \`conferences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conferences_translation_idx\` ON \`conferences\` (\`translation\`);`)
  await db.run(sql`CREATE INDEX \`conferences_updated_at_idx\` ON \`conferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences_created_at_idx\` ON \`conferences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences__status_idx\` ON \`conferences\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__conferences_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_ordinal\` numeric,
  	\`version_held_on\` text,
  	\`version_held_on_precision\` text DEFAULT 'day',
  	\`version_host_id\` integer,
  	\`version_slug\` text,
  	\`version_translation\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__conferences_v\`("id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", "version_host_id", "version_slug", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", NULL, "version_slug", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_conferences_v\`;`)
  await db.run(sql`DROP TABLE \`_conferences_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__conferences_v\` RENAME TO \`_conferences_v\`;`)
  await db.run(sql`CREATE INDEX \`_conferences_v_parent_idx\` ON \`_conferences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_host_idx\` ON \`_conferences_v\` (\`version_host_id\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_slug_idx\` ON \`_conferences_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_translation_idx\` ON \`_conferences_v\` (\`version_translation\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_updated_at_idx\` ON \`_conferences_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_created_at_idx\` ON \`_conferences_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version__status_idx\` ON \`_conferences_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_created_at_idx\` ON \`_conferences_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_updated_at_idx\` ON \`_conferences_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_snapshot_idx\` ON \`_conferences_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_published_locale_idx\` ON \`_conferences_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_latest_idx\` ON \`_conferences_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_social_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_social_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_social_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_social_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_social_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_social_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`)
  await db.run(sql`ALTER TABLE \`email_outbox\` ADD \`reply_to\` text;`)
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await withoutForeignKeys(db, async () => {
  await db.run(sql`DROP TABLE \`pages_blocks_cards_cards\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_cards_cards_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_cards\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_cards_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_contact_form\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_contact_form_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_cards_cards\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_cards_cards_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_cards\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_cards_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_contact_form\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_contact_form_locales\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`participants_contact_points\`;`)
  await db.run(sql`DROP TABLE \`participants_contact_points_locales\`;`)
  await db.run(sql`DROP TABLE \`_participants_v_version_contact_points\`;`)
  await db.run(sql`DROP TABLE \`_participants_v_version_contact_points_locales\`;`)
  await db.run(sql`DROP TABLE \`conferences_declarations\`;`)
  await db.run(sql`DROP TABLE \`_conferences_v_version_declarations\`;`)
  await db.run(sql`DROP TABLE \`projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_hero_actions\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_hero_actions_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_hero_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_cards_cards\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_cards_cards_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_cards\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_cards_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_thematic_areas\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_thematic_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_latest_news\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_latest_news_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_latest_publications\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_latest_publications_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_upcoming_events\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_upcoming_events_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_content\`;`)
  await db.run(sql`DROP TABLE \`home_page_blocks_content_locales\`;`)
  await db.run(sql`DROP TABLE \`home_page\`;`)
  await db.run(sql`CREATE TABLE \`__new_conferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`ordinal\` numeric,
  	\`held_on\` text,
  	\`held_on_precision\` text DEFAULT 'day',
  	\`declaration_file_id\` integer,
  	\`slug\` text,
  	\`translation\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`declaration_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_conferences\`("id", "ordinal", "held_on", "held_on_precision", "declaration_file_id", "slug", "translation", "updated_at", "created_at", "_status") SELECT "id", "ordinal", "held_on", "held_on_precision", NULL, "slug", "translation", "updated_at", "created_at", "_status" FROM \`conferences\`;`)
  await db.run(sql`DROP TABLE \`conferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_conferences\` RENAME TO \`conferences\`;`)
  await db.run(sql`CREATE INDEX \`conferences_declaration_file_idx\` ON \`conferences\` (\`declaration_file_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conferences_slug_idx\` ON \`conferences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conferences_translation_idx\` ON \`conferences\` (\`translation\`);`)
  await db.run(sql`CREATE INDEX \`conferences_updated_at_idx\` ON \`conferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences_created_at_idx\` ON \`conferences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences__status_idx\` ON \`conferences\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__conferences_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_ordinal\` numeric,
  	\`version_held_on\` text,
  	\`version_held_on_precision\` text DEFAULT 'day',
  	\`version_declaration_file_id\` integer,
  	\`version_slug\` text,
  	\`version_translation\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_declaration_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__conferences_v\`("id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", "version_declaration_file_id", "version_slug", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_ordinal", "version_held_on", "version_held_on_precision", NULL, "version_slug", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_conferences_v\`;`)
  await db.run(sql`DROP TABLE \`_conferences_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__conferences_v\` RENAME TO \`_conferences_v\`;`)
  await db.run(sql`CREATE INDEX \`_conferences_v_parent_idx\` ON \`_conferences_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_declaration_file_idx\` ON \`_conferences_v\` (\`version_declaration_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_slug_idx\` ON \`_conferences_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_translation_idx\` ON \`_conferences_v\` (\`version_translation\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_updated_at_idx\` ON \`_conferences_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version_created_at_idx\` ON \`_conferences_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_version_version__status_idx\` ON \`_conferences_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_created_at_idx\` ON \`_conferences_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_updated_at_idx\` ON \`_conferences_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_snapshot_idx\` ON \`_conferences_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_published_locale_idx\` ON \`_conferences_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_conferences_v_latest_idx\` ON \`_conferences_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_small_sizes_small_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_large_sizes_large_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_social_sizes_social_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_social_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_social_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_social_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_social_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_social_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_social_filename\`;`)
  await db.run(sql`ALTER TABLE \`email_outbox\` DROP COLUMN \`reply_to\`;`)
  })
}
