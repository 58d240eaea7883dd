import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_arrival\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_departure\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_travel_mode\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_accommodation\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_funding\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_details\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`follow_up_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`review_needed\` integer;`)
  await db.run(sql`CREATE INDEX \`registrations_review_needed_idx\` ON \`registrations\` (\`review_needed\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`registrations_review_needed_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_arrival\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_departure\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_travel_mode\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_accommodation\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_funding\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_details\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`follow_up_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`review_needed\`;`)
}
