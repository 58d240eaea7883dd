import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig, type Migration, type Plugin } from 'payload'
import sharp from 'sharp'

import { Authors } from './collections/Authors'
import { Conferences } from './collections/Conferences'
import { Events } from './collections/Events'
import { EventTypes } from './collections/EventTypes'
import { Registrations } from './collections/Registrations'
import { Documents } from './collections/Documents'
import { MeetingDocuments } from './collections/MeetingDocuments'
import { InvitationLetters } from './collections/InvitationLetters'
import { ProposalResponses, Proposals } from './collections/Proposals'
import { InvitationLetterTemplate } from './globals/InvitationLetterTemplate'
import { ActionPlanActions, ActionPlanObjectives, ActionReports, Recommendations, ReportingPeriods } from './collections/ActionPlan'
import { EmailOutbox } from './collections/EmailOutbox'
import { GovernanceBodies } from './collections/GovernanceBodies'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { OaiRecords } from './collections/OaiRecords'
import { Pages } from './collections/Pages'
import { Participants } from './collections/Participants'
import { Projects } from './collections/Projects'
import { PublicationTypes } from './collections/PublicationTypes'
import { Publications } from './collections/Publications'
import { SearchTerms } from './collections/SearchTerms'
import { Series } from './collections/Series'
import { ThematicAreas } from './collections/ThematicAreas'
import { issueCertificate } from './server/learning/certificates'
import { Certificates, Courses, Enrollments, LessonFiles, LessonProgress, Lessons, Questions, QuizAttempts, ScormPackages, ScormRecords } from './collections/Courses'
import { TrainerApplications, Trainers } from './collections/Trainers'
import { Users } from './collections/Users'
import { env } from './env'
import { ContentRevision } from './globals/ContentRevision'
import { StrategicGroup } from './globals/StrategicGroup'
import { HomePage } from './globals/HomePage'
import { SiteFooterContent, SiteHeaderMenu } from './globals/SiteMenus'
import { defaultLocale, localeNamesInAdmin, locales } from './i18n/locales'
import { labelsInAdminLanguage } from './i18n/admin-labels'
import { adminTranslations } from './i18n/admin-translations'
import { dateTimeDisplayFormat } from './fields/date'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { hardenCollections } from './access/harden-collections'
import { withTranslationStatus } from './fields/translation-status'
import { hasRole } from './access/roles'
import { deliverEmail } from './server/email/deliver-email'
import { sendIssuedLetter } from './server/invitations/invitation-letters'
import { sendEventReminders } from './server/registrations/reminders'
import { registerSessionBridge } from './server/account/session-bridge'
import { cookiePrefix } from './server/account/session-cookie-name'
import { startJobRunner } from './server/jobs/run-queued-jobs'
import { outboxEmailAdapter } from './server/email/outbox-adapter'
import { syncPublicationState } from './server/publications/sync-publication-state'
import { indexContentDoc, type TIndexedCollection } from './server/search-index/index-sources'
import { requeueStaleIndexing } from './server/search-index/requeue-stale'
import { s3ClientConfig, uploadCollections } from './server/files/storage'
import { completeCarriedOverOaiRecords } from './server/publications/oai-state'
import { initialise } from './server/setup/initialise'
import { sqliteAdapterWithTransactions } from './server/db/sqlite-adapter'
import { addCustomPostgresTables, addCustomSqliteTables } from './server/db/custom-tables'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const migrationsRoot = path.resolve(process.cwd(), 'src/migrations')

const db =
  env.database.kind === 'postgres'
    ? postgresAdapter({
        pool: { connectionString: env.database.url },
        push: false,
        migrationDir: env.migrationsDir ?? path.join(migrationsRoot, 'postgres'),
        afterSchemaInit: [addCustomPostgresTables],
      })
    : sqliteAdapterWithTransactions({
        client: { url: env.database.url },
        push: false,
        migrationDir: env.migrationsDir ?? path.join(migrationsRoot, 'sqlite'),
        // An id is never given again after its row is deleted (as PostgreSQL's sequences
        // behave): OAI identifiers, citations, links and usage counts stay with their item.
        autoIncrement: true,
        afterSchemaInit: [addCustomSqliteTables],
      })

// One file storage for every upload collection (src/server/files/storage.ts): object
// storage when S3_* is set, the local data folder otherwise. The plugin is always there
// (disabled without S3) so that its fields, and so the schema, are the same either way.
const plugins: Plugin[] = [
  // Pages under pages: the parent field, breadcrumbs, and children re-saved when a parent moves.
  nestedDocsPlugin({ collections: ['pages'], generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug)}`, '') }),
  s3Storage({
    enabled: Boolean(env.s3),
    alwaysInsertFields: true,
    collections: Object.fromEntries(Object.entries(uploadCollections).map(([slug, prefix]) => [slug, { prefix }])),
    bucket: env.s3?.bucket ?? 'unused',
    config: s3ClientConfig() ?? {},
  }),
]

export default buildConfig({
  serverURL: env.publicUrl,
  // Named once (the HTTP front and currentUser() look for the same session cookie).
  cookiePrefix,
  secret: env.secret,
  admin: {
    user: Users.slug,
    // No third-party requests from the admin (gravatar is the default).
    avatar: 'default',
    // Timestamps (lists' "updated" columns, the document sidebar) day first on a 24-hour clock (fields/date.ts).
    dateFormat: dateTimeDisplayFormat,
    importMap: { baseDir: dirname },
    // Dates and scheduled publishing in the Secretariat's time (ICMPD, Vienna) unless chosen otherwise.
    timezones: {
      defaultTimezone: 'Europe/Vienna',
      supportedTimezones: [
        { label: 'Vienna / Вена (CET)', value: 'Europe/Vienna' },
        { label: 'Brussels / Брюссель (CET)', value: 'Europe/Brussels' },
        { label: 'Kyiv / Киев (EET)', value: 'Europe/Kyiv' },
        { label: 'Moscow / Москва (MSK)', value: 'Europe/Moscow' },
        { label: 'Tashkent / Ташкент', value: 'Asia/Tashkent' },
        { label: 'Astana / Астана', value: 'Asia/Almaty' },
        { label: 'UTC', value: 'UTC' },
      ],
    },
    meta: {
      titleSuffix: ' · Prague Process',
      // Our mark in the browser tab and our picture when a link is shared, not Payload's
      // (its generated /api/og pictures are turned off: they would carry Payload's design).
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' },
        { rel: 'apple-touch-icon', sizes: '180x180', url: '/brand/apple-touch-icon.png' },
      ],
      defaultOGImageType: 'off',
      openGraph: {
        siteName: 'Prague Process',
        description: 'The Prague Process Platform',
        images: [{ url: '/brand/og-en.png', width: 1200, height: 630, alt: 'Prague Process' }],
      },
    },
    components: {
      // The Prague Process wordmark on the login page and its mark in the nav, not Payload's.
      graphics: { Logo: '/components/admin/graphics/Logo#Logo', Icon: '/components/admin/graphics/Icon#Icon' },
      afterNavLinks: ['/components/admin/UsageStatistics/UsageNavLink#UsageNavLink'],
      views: {
        usageStatistics: { Component: '/components/admin/UsageStatistics#UsageStatisticsView', path: '/usage-statistics' },
      },
    },
  },
  i18n: { supportedLanguages: { en, ru }, fallbackLanguage: 'en', translations: adminTranslations },
  localization: {
    // The content-language switch names each language in the admin's language.
    locales: locales.map((code) => ({ code, label: localeNamesInAdmin[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [
    // Translation status (English only / Russian only / both) on what the Secretariat writes in two languages.
    withTranslationStatus(Pages),
    withTranslationStatus(News),
    withTranslationStatus(ThematicAreas),
    withTranslationStatus(Participants, 'name'),
    withTranslationStatus(GovernanceBodies),
    withTranslationStatus(Conferences),
    withTranslationStatus(Projects),
    withTranslationStatus(Events),
    EventTypes,
    Registrations,
    MeetingDocuments,
    InvitationLetters,
    Proposals,
    ProposalResponses,
    ActionPlanObjectives,
    ActionPlanActions,
    ReportingPeriods,
    ActionReports,
    Recommendations,
    withTranslationStatus(Publications),
    PublicationTypes,
    Authors,
    Series,
    Documents,
    SearchTerms,
    Trainers,
    TrainerApplications,
    Courses,
    Lessons,
    Enrollments,
    LessonProgress,
    Questions,
    QuizAttempts,
    Certificates,
    LessonFiles,
    ScormPackages,
    ScormRecords,
    Media,
    Users,
    EmailOutbox,
    OaiRecords,
  ],
  globals: [HomePage, SiteHeaderMenu, SiteFooterContent, StrategicGroup, InvitationLetterTemplate, ContentRevision],
  editor: lexicalEditor(),
  db,
  sharp,
  // Uploads larger than this are refused before they reach a hook (Documents adds content checks).
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  email: outboxEmailAdapter,
  // Cookie-authenticated requests from any other origin are refused (CSRF).
  csrf: [env.publicUrl],
  cors: [env.publicUrl],
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  jobs: {
    tasks: [
      {
        slug: 'syncPublication',
        retries: 2,
        inputSchema: [
          { name: 'id', type: 'text', required: true },
          // Files the publication referenced before the save (comma-separated ids).
          { name: 'files', type: 'text' },
        ],
        handler: async ({ input, req }) => {
          const formerFiles = String(input.files ?? '').split(',').filter(Boolean).map(Number)
          await syncPublicationState(req.payload, Number(input.id), formerFiles)
          return { output: {} }
        },
      },
      {
        slug: 'indexContent',
        retries: 2,
        inputSchema: [
          { name: 'collection', type: 'text', required: true },
          { name: 'id', type: 'text', required: true },
        ],
        handler: async ({ input, req }) => {
          await indexContentDoc(req.payload, input.collection as TIndexedCollection, Number(input.id))
          return { output: {} }
        },
      },
      {
        slug: 'sendEventReminders',
        retries: 3,
        inputSchema: [{ name: 'eventId', type: 'text', required: true }],
        handler: async ({ input, req }) => {
          await sendEventReminders(req.payload, Number(input.eventId))
          return { output: {} }
        },
      },
      {
        slug: 'issueCertificate',
        retries: 3,
        inputSchema: [{ name: 'enrollmentId', type: 'text', required: true }],
        handler: async ({ input, req }) => {
          await issueCertificate(req.payload, Number(input.enrollmentId))
          return { output: {} }
        },
      },
      {
        slug: 'deliverEmail',
        retries: 3,
        inputSchema: [{ name: 'outboxId', type: 'text', required: true }],
        handler: async ({ input, req }) => {
          await deliverEmail(req.payload, input.outboxId)
          return { output: {} }
        },
      },
      {
        slug: 'sendInvitationLetter',
        retries: 3,
        inputSchema: [{ name: 'letterId', type: 'text', required: true }],
        handler: async ({ input, req }) => {
          await sendIssuedLetter(req.payload, Number(input.letterId))
          return { output: {} }
        },
      },
    ],
    // Jobs are run by this app's own runner (src/server/jobs), which claims each job
    // atomically so that several instances never run one job twice.
    autoRun: [],
    // Nobody runs, queues or cancels jobs over HTTP except an admin.
    access: { run: hasRole('admin'), queue: hasRole('admin'), cancel: hasRole('admin') },
  },
  plugins,
  onInit: async (payload) => {
    const migrations = (env.database.kind === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
    await initialise(payload, migrations)
    registerSessionBridge(payload)
    // Not while `next build` prerenders pages, and not in tests (they run jobs themselves).
    if (env.nodeEnv !== 'test' && process.env.NEXT_PHASE !== 'phase-production-build') {
      startJobRunner(payload, env.jobsCron)
      // Work lost by a process killed between a save and its job is queued again.
      requeueStaleIndexing(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not requeue stale index work' }))
      completeCarriedOverOaiRecords(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not complete the OAI records' }))
    }
  },
})
  .then(hardenCollections)
  .then(labelsInAdminLanguage)
