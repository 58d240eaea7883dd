import { revisionHooks } from '@/hooks/bump-content-revision'
import { ValidationError, type Access, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'
import { actionReportsForReader } from '@/access/action-reports'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { hasRole, memberRoles } from '@/access/roles'
import { inAdminLanguage } from '@/fields/admin-text'
import { dayAndTimeDate, dayOnlyDate } from '@/fields/date'
import { tellStateOfReturn } from '@/server/action-plan/report-emails'
import { followUpValues, progressValues, reportStatuses, type TReportStatus } from '@/server/action-plan/report-rules'
import { relationId } from '@/server/registrations/allocation'

export const actionPlanGroup = { en: 'Action Plan', ru: 'План действий' }
const members: Access = hasRole(...memberRoles)

const codeField = (example: string) =>
  ({
    name: 'code',
    type: 'text',
    required: true,
    unique: true,
    maxLength: 12,
    label: { en: 'Number', ru: 'Номер' },
    admin: { description: { en: `As in the Action Plan, e.g. ${example}`, ru: `Как в Плане действий, например ${example}` } },
    validate: (value: unknown) => /^\d+(\.\d+){0,3}$/.test(String(value ?? '')) || `${example}`,
  }) as const

/** The Action Plan's objectives, each under one of the six thematic areas. */
export const ActionPlanObjectives: CollectionConfig = {
  slug: 'action-plan-objectives',
  // Shown on the pages the front keeps per person: a change writes a new revision.
  hooks: revisionHooks,
  labels: { singular: { en: 'Objective', ru: 'Цель' }, plural: { en: 'Objectives', ru: 'Цели' } },
  admin: { group: actionPlanGroup, useAsTitle: 'title', defaultColumns: ['code', 'title', 'thematicArea'] },
  access: { read: members, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: 'code',
  fields: [
    codeField('1.2'),
    { name: 'thematicArea', type: 'relationship', relationTo: 'thematic-areas', required: true, index: true, label: { en: 'Thematic area', ru: 'Тематическое направление' } },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 300, label: { en: 'Objective', ru: 'Цель' } },
  ],
}

/** The actions under each objective, on which the states report. */
export const ActionPlanActions: CollectionConfig = {
  slug: 'action-plan-actions',
  // Shown on the pages the front keeps per person: a change writes a new revision.
  hooks: revisionHooks,
  labels: { singular: { en: 'Action', ru: 'Действие' }, plural: { en: 'Actions', ru: 'Действия' } },
  admin: { group: actionPlanGroup, useAsTitle: 'title', defaultColumns: ['code', 'title', 'objective'] },
  access: { read: members, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: 'code',
  fields: [
    codeField('1.2.3'),
    { name: 'objective', type: 'relationship', relationTo: 'action-plan-objectives', required: true, index: true, label: { en: 'Objective', ru: 'Цель' } },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 300, label: { en: 'Action', ru: 'Действие' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'What it involves', ru: 'Содержание' } },
  ],
}

/** The periods the states report on; a period is open for reports until the Secretariat closes it. */
export const ReportingPeriods: CollectionConfig = {
  slug: 'reporting-periods',
  // Shown on the pages the front keeps per person: a change writes a new revision.
  hooks: revisionHooks,
  labels: { singular: { en: 'Reporting period', ru: 'Отчётный период' }, plural: { en: 'Reporting periods', ru: 'Отчётные периоды' } },
  admin: { group: actionPlanGroup, useAsTitle: 'title', defaultColumns: ['title', 'startsOn', 'endsOn', 'deadline', 'status'] },
  access: { read: members, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-startsOn',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 60, label: { en: 'Name', ru: 'Название' } },
    {
      type: 'row',
      fields: [
        { name: 'startsOn', type: 'date', required: true, label: { en: 'From', ru: 'С' }, admin: { date: dayOnlyDate, width: '33%' } },
        { name: 'endsOn', type: 'date', required: true, label: { en: 'To', ru: 'По' }, admin: { date: dayOnlyDate, width: '33%' } },
        { name: 'deadline', type: 'date', required: true, label: { en: 'Reports due', ru: 'Срок подачи отчётов' }, admin: { date: dayOnlyDate, width: '34%' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      label: { en: 'Status', ru: 'Статус' },
      options: [
        { value: 'open', label: { en: 'Open for reports', ru: 'Приём отчётов открыт' } },
        { value: 'closed', label: { en: 'Closed', ru: 'Закрыт' } },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}

/**
 * The Secretariat's review in the admin: a return needs its reason; the reviewer and the time
 * are kept; a report's reference names its action, state and period for the lists.
 */
const followReview: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const from = (originalDoc?.status ?? 'draft') as TReportStatus
  const to = (data.status ?? from) as TReportStatus
  if (to === 'returned' && from !== 'returned' && !(data.returnReason ?? '').trim()) {
    throw new ValidationError({ collection: 'action-reports', errors: [{ path: 'returnReason', message: inAdminLanguage(req, { en: 'Say what the state should change.', ru: 'Укажите, что государству следует исправить.' }) }] }, req.t)
  }
  if (to !== from && (to === 'returned' || to === 'accepted') && req.user) {
    data.reviewedAt = new Date().toISOString()
    data.reviewedBy = req.user.id
  }
  if (to === 'submitted' && from !== 'submitted') data.submittedAt = new Date().toISOString()
  const ids = { action: relationId(data.action ?? originalDoc?.action), state: relationId(data.state ?? originalDoc?.state), period: relationId(data.period ?? originalDoc?.period) }
  if (operation === 'create' || !originalDoc?.reference || ids.action !== relationId(originalDoc.action) || ids.state !== relationId(originalDoc.state) || ids.period !== relationId(originalDoc.period)) {
    const [action, state, period] = await Promise.all([
      ids.action ? req.payload.findByID({ collection: 'action-plan-actions', id: ids.action, depth: 0, overrideAccess: true, req, select: { code: true } }) : undefined,
      ids.state ? req.payload.findByID({ collection: 'participants', id: ids.state, depth: 0, overrideAccess: true, req, select: { isoCode: true } }) : undefined,
      ids.period ? req.payload.findByID({ collection: 'reporting-periods', id: ids.period, depth: 0, overrideAccess: true, req, locale: 'en', select: { title: true } }) : undefined,
    ])
    data.reference = [action?.code, state?.isoCode, period?.title].filter(Boolean).join(' · ')
  }
  return data
}

/**
 * A state's progress report on one action for one period, written by its National Contact
 * Point on the site (draft, then sent), reviewed in the admin by the Secretariat (returned
 * with a reason, or accepted). One per state, action and period. Versions keep the history.
 */
export const ActionReports: CollectionConfig = {
  slug: 'action-reports',
  labels: { singular: { en: 'Progress report', ru: 'Отчёт о ходе выполнения' }, plural: { en: 'Progress reports', ru: 'Отчёты о ходе выполнения' } },
  admin: { group: actionPlanGroup, useAsTitle: 'reference', defaultColumns: ['reference', 'state', 'status', 'progress', 'updatedAt'] },
  // The states write through the site's forms (src/server/action-plan/report-doors.ts); the admin is the Secretariat's.
  // The history is the Secretariat's (a state reads its reports as they stand).
  access: { read: actionReportsForReader, create: isStaff, update: isStaff, delete: isAdmin, readVersions: isStaff },
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['period', 'action', 'state'], unique: true }],
  hooks: { beforeChange: [followReview], afterChange: [tellStateOfReturn, ...revisionHooks.afterChange], afterDelete: revisionHooks.afterDelete },
  fields: [
    { name: 'reference', type: 'text', label: { en: 'Reference', ru: 'Обозначение' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'relationship', relationTo: 'reporting-periods', required: true, index: true, label: { en: 'Reporting period', ru: 'Отчётный период' }, admin: { width: '33%' } },
        { name: 'action', type: 'relationship', relationTo: 'action-plan-actions', required: true, index: true, label: { en: 'Action', ru: 'Действие' }, admin: { width: '33%' } },
        { name: 'state', type: 'relationship', relationTo: 'participants', required: true, index: true, filterOptions: { kind: { equals: 'state' } }, label: { en: 'State', ru: 'Государство' }, admin: { width: '34%' } },
      ],
    },
    {
      name: 'progress',
      type: 'select',
      required: true,
      options: progressValues.map((value) => ({
        value,
        label: {
          en: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', 'not-applicable': 'Not applicable' }[value],
          ru: { 'not-started': 'Не начато', 'in-progress': 'Выполняется', completed: 'Выполнено', 'not-applicable': 'Неприменимо' }[value],
        },
      })),
      label: { en: 'Progress', ru: 'Ход выполнения' },
    },
    { name: 'narrative', type: 'textarea', maxLength: 5000, label: { en: 'What was done', ru: 'Что сделано' } },
    {
      name: 'evidence',
      type: 'array',
      maxRows: 10,
      label: { en: 'Evidence', ru: 'Подтверждающие материалы' },
      labels: { singular: { en: 'Link', ru: 'Ссылка' }, plural: { en: 'Links', ru: 'Ссылки' } },
      fields: [
        { name: 'url', type: 'text', required: true, maxLength: 500, label: { en: 'Address', ru: 'Адрес' }, validate: (value: unknown) => /^https?:\/\/[^\s]+$/.test(String(value ?? '')) || 'https://…' },
        { name: 'label', type: 'text', maxLength: 200, label: { en: 'What it shows', ru: 'Описание' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: { en: 'Status', ru: 'Статус' },
      options: reportStatuses.map((value) => ({
        value,
        label: {
          en: { draft: 'Draft', submitted: 'Sent to the Secretariat', returned: 'Returned to the state', accepted: 'Accepted' }[value],
          ru: { draft: 'Черновик', submitted: 'Направлен в Секретариат', returned: 'Возвращён государству', accepted: 'Принят' }[value],
        },
      })),
      admin: { position: 'sidebar' },
    },
    { name: 'returnReason', type: 'textarea', maxLength: 2000, label: { en: 'What to change', ru: 'Что исправить' }, admin: { position: 'sidebar', condition: (data) => data?.status === 'returned' } },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: { en: 'Sent by', ru: 'Кем направлен' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'submittedAt', type: 'date', label: { en: 'Sent on', ru: 'Дата направления' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTimeDate } },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users', label: { en: 'Reviewed by', ru: 'Кем рассмотрен' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'reviewedAt', type: 'date', label: { en: 'Reviewed on', ru: 'Дата рассмотрения' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTimeDate } },
  ],
}

/**
 * Recommendations adopted at a Senior Officials' Meeting or a Ministerial Conference, with
 * how their follow-up stands; read by the members, kept by the Secretariat.
 */
export const Recommendations: CollectionConfig = {
  slug: 'recommendations',
  // Shown on the pages the front keeps per person: a change writes a new revision.
  hooks: revisionHooks,
  labels: { singular: { en: 'Recommendation', ru: 'Рекомендация' }, plural: { en: 'Recommendations', ru: 'Рекомендации' } },
  admin: { group: actionPlanGroup, useAsTitle: 'text', defaultColumns: ['text', 'adoptedAt', 'followUp'] },
  access: { read: members, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-adoptedOn',
  fields: [
    { name: 'text', type: 'textarea', required: true, localized: true, maxLength: 2000, label: { en: 'Recommendation', ru: 'Рекомендация' } },
    {
      type: 'row',
      fields: [
        { name: 'adoptedAt', type: 'relationship', relationTo: ['events', 'conferences'], required: true, index: true, label: { en: 'Adopted at', ru: 'Где принята' }, admin: { width: '60%' } },
        { name: 'adoptedOn', type: 'date', label: { en: 'Adopted on', ru: 'Дата принятия' }, admin: { date: dayOnlyDate, width: '40%' } },
      ],
    },
    { name: 'actions', type: 'relationship', relationTo: 'action-plan-actions', hasMany: true, label: { en: 'Related actions', ru: 'Связанные действия' } },
    {
      name: 'followUp',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      label: { en: 'Follow-up', ru: 'Выполнение' },
      options: followUpValues.map((value) => ({
        value,
        label: {
          en: { planned: 'Planned', 'in-progress': 'In progress', implemented: 'Implemented', discontinued: 'Discontinued' }[value],
          ru: { planned: 'Запланировано', 'in-progress': 'Выполняется', implemented: 'Выполнено', discontinued: 'Прекращено' }[value],
        },
      })),
      admin: { position: 'sidebar' },
    },
    { name: 'followUpNote', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Follow-up so far', ru: 'Ход выполнения' } },
  ],
}
