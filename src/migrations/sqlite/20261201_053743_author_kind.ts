import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`authors\` ADD \`kind\` text DEFAULT 'person';`)
  // The demo content's author is the Secretariat: an organisation.
  await db.run(sql`UPDATE \`authors\` SET \`kind\` = 'organisation' WHERE \`slug\` = 'prague-process-secretariat';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`kind\`;`)
}
