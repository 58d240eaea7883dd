import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionConfig, type Endpoint, type Access } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { ownedBy } from '@/access/registrations'
import { checkRole, staffRoles } from '@/access/roles'
import { inAdminLanguage } from '@/fields/admin-text'
import { dayAndTimeDate } from '@/fields/date'
import { isLocale } from '@/i18n/locales'
import { letterPdf, newReference } from '@/server/invitations/invitation-letters'
import { meetingsGroup } from '../EventTypes'

/** The Secretariat reads every letter; a participant reads their own (by account or address). */
const ownOrStaff: Access = ({ req }) => {
  const user = req.user as { id: number; email?: string; collection?: string } | null
  if (!user || (user.collection !== undefined && user.collection !== 'users')) return false
  if (checkRole(staffRoles, req.user as never)) return true
  return ownedBy(user)
}

const transitions: Record<string, string[]> = { requested: ['issued', 'revoked'], issued: ['revoked'], revoked: ['issued'] }

/** Issuing gives the letter its reference and date; revoking needs a reason; other moves are refused. */
const followStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const from = originalDoc?.status
  const to = data.status ?? from
  if (operation === 'update' && to !== from && !transitions[from]?.includes(to)) {
    throw new ValidationError({ collection: 'invitation-letters', errors: [{ path: 'status', message: inAdminLanguage(req, { en: 'A letter cannot change to this status from its present one.', ru: 'Письмо не может перейти в этот статус из текущего.' }) }] }, req.t)
  }
  if (to === 'revoked' && !(data.revokeReason ?? originalDoc?.revokeReason)) {
    throw new ValidationError({ collection: 'invitation-letters', errors: [{ path: 'revokeReason', message: inAdminLanguage(req, { en: 'Give a reason for revoking or refusing the letter.', ru: 'Укажите причину отзыва письма или отказа в нём.' }) }] }, req.t)
  }
  if (to === 'issued' && from !== 'issued') {
    data.reference = originalDoc?.reference ?? newReference()
    data.issuedAt = new Date().toISOString()
    // A letter issued again (after a revocation) is sent again.
    data.sentAt = null
  }
  return data
}

/** Once issued, the job makes the PDFs and e-mails them (in the transaction of the change). */
const sendWhenIssued: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'issued' && previousDoc?.status !== 'issued') {
    await req.payload.jobs.queue({ task: 'sendInvitationLetter', input: { letterId: String(doc.id) }, overrideAccess: true, req })
  }
  return doc
}

/** `GET /api/invitation-letters/:id/pdf?language=ru`: an issued letter, to its owner or the Secretariat. */
const pdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const language = req.searchParams.get('language') ?? 'en'
    if (!req.user) return Response.json({ error: 'Sign in to download the letter. / Войдите, чтобы скачать письмо.' }, { status: 401 })
    const letter = Number.isInteger(id) ? await req.payload.findByID({ collection: 'invitation-letters', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true }) : null
    if (!letter || letter.status !== 'issued' || !isLocale(language)) return Response.json({ error: 'Not found / Не найдено' }, { status: 404 })
    const pdf = await letterPdf(req.payload, id, language)
    return new Response(Buffer.from(pdf), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="invitation-${letter.reference}-${language}.pdf"`, 'cache-control': 'private, no-store' },
    })
  },
}

/**
 * Visa invitation letters: asked for by approved participants, issued or refused by the
 * Secretariat. Passport details are read by the Secretariat and the person only; the public
 * verification page shows whether a reference stands, never these details.
 */
export const InvitationLetters: CollectionConfig = {
  slug: 'invitation-letters',
  labels: { singular: { en: 'Invitation letter', ru: 'Письмо-приглашение' }, plural: { en: 'Invitation letters', ru: 'Письма-приглашения' } },
  admin: {
    group: meetingsGroup,
    useAsTitle: 'passportName',
    defaultColumns: ['passportName', 'registration', 'status', 'reference', 'createdAt'],
    description: {
      en: 'Issue a letter by setting its status to Issued: it gets a reference number, and the participant receives it as PDF in English and in their language. Consulates check the number on the site’s verification page.',
      ru: 'Чтобы выдать письмо, установите статус «Выдано»: письмо получит номер, а участник получит его в формате PDF на английском языке и на своём языке. Консульства проверяют номер на странице проверки на сайте.',
    },
  },
  access: { read: ownOrStaff, create: isStaff, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [followStatus], afterChange: [sendWhenIssued] },
  endpoints: [pdfEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'registration', type: 'relationship', relationTo: 'registrations', required: true, unique: true, label: { en: 'Registration', ru: 'Регистрация' }, admin: { readOnly: true, width: '50%' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'requested',
          index: true,
          label: { en: 'Status', ru: 'Статус' },
          options: [
            { value: 'requested', label: { en: 'Requested', ru: 'Запрошено' } },
            { value: 'issued', label: { en: 'Issued', ru: 'Выдано' } },
            { value: 'revoked', label: { en: 'Revoked or refused', ru: 'Отозвано или отказано' } },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'revokeReason', type: 'textarea', maxLength: 500, label: { en: 'Reason for revoking or refusing', ru: 'Причина отзыва или отказа' }, admin: { condition: (data) => data?.status === 'revoked' } },
    {
      type: 'row',
      fields: [
        { name: 'reference', type: 'text', unique: true, index: true, label: { en: 'Reference number', ru: 'Номер письма' }, admin: { readOnly: true, width: '34%' } },
        { name: 'issuedAt', type: 'date', label: { en: 'Issued', ru: 'Дата выдачи' }, admin: { readOnly: true, width: '33%', date: dayAndTimeDate } },
        { name: 'sentAt', type: 'date', label: { en: 'E-mailed', ru: 'Отправлено по почте' }, admin: { readOnly: true, width: '33%', date: dayAndTimeDate } },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Passport details (as the participant gave them)', ru: 'Паспортные данные (как их указал участник)' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'passportName', type: 'text', required: true, maxLength: 120, label: { en: 'Name as in the passport', ru: 'Имя, как в паспорте' }, admin: { width: '50%' } },
            { name: 'passportNumber', type: 'text', required: true, maxLength: 20, label: { en: 'Passport number', ru: 'Номер паспорта' }, admin: { width: '50%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'dateOfBirth', type: 'text', required: true, label: { en: 'Date of birth (YYYY-MM-DD)', ru: 'Дата рождения (ГГГГ-ММ-ДД)' }, admin: { width: '50%' } },
            { name: 'nationality', type: 'text', required: true, maxLength: 80, label: { en: 'Nationality', ru: 'Гражданство' }, admin: { width: '50%' } },
          ],
        },
        { name: 'consulate', type: 'text', required: true, maxLength: 160, label: { en: 'Consulate where the visa is applied for', ru: 'Консульство, где подаётся заявление на визу' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true, index: true, label: { en: 'E-mail of the participant', ru: 'Электронная почта участника' }, admin: { readOnly: true, width: '50%' } },
        { name: 'person', type: 'relationship', relationTo: 'users', index: true, label: { en: 'Account', ru: 'Учётная запись' }, admin: { readOnly: true, width: '50%' } },
      ],
    },
  ],
}
