import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`lesson_files\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`lesson_files_uploaded_by_idx\` ON \`lesson_files\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`scorm_packages\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`scorm_packages_uploaded_by_idx\` ON \`scorm_packages\` (\`uploaded_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_lesson_files\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`prefix\` text DEFAULT 'lesson-files',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_lesson_files\`("id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`lesson_files\`;`)
  await db.run(sql`DROP TABLE \`lesson_files\`;`)
  await db.run(sql`ALTER TABLE \`__new_lesson_files\` RENAME TO \`lesson_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`lesson_files_updated_at_idx\` ON \`lesson_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lesson_files_created_at_idx\` ON \`lesson_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lesson_files_filename_idx\` ON \`lesson_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_scorm_packages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`version\` text,
  	\`launch\` text,
  	\`file_count\` numeric,
  	\`revision\` text,
  	\`prefix\` text DEFAULT 'scorm-packages',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_scorm_packages\`("id", "title", "version", "launch", "file_count", "revision", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "version", "launch", "file_count", "revision", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`scorm_packages\`;`)
  await db.run(sql`DROP TABLE \`scorm_packages\`;`)
  await db.run(sql`ALTER TABLE \`__new_scorm_packages\` RENAME TO \`scorm_packages\`;`)
  await db.run(sql`CREATE INDEX \`scorm_packages_updated_at_idx\` ON \`scorm_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scorm_packages_created_at_idx\` ON \`scorm_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`scorm_packages_filename_idx\` ON \`scorm_packages\` (\`filename\`);`)
}
