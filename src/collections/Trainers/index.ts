import type { Access, CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { checkRole, staffRoles } from '@/access/roles'
import { arrayLabels } from '@/fields/array-labels'
import { dayAndTimeDate } from '@/fields/date'
import { slugField } from '@/fields/slug'
import { revisionHooks } from '@/hooks/bump-content-revision'
import { queueSearchIndexing, queueSearchRemoval } from '@/hooks/queue-search-indexing'
import { decideApplication, tellOfApplication } from '@/server/academy/trainer-applications'
import { languageName, publicTrainerWhere, trainerKinds, trainerLanguages, trainerLimits } from '@/server/academy/trainer-rules'
import { relationId } from '@/server/registrations/allocation'

export const academyGroup = { en: 'Training Academy', ru: 'Учебная академия' }

const kindOptions = trainerKinds.map((value) => ({ value, label: { en: value === 'state' ? 'State trainer' : 'Non-state trainer', ru: value === 'state' ? 'Государственный тренер' : 'Негосударственный тренер' } }))
const languageOptions = trainerLanguages.map((value) => ({ value, label: { en: languageName(value, 'en'), ru: languageName(value, 'ru') } }))

/** Staff read every profile; a trainer reads their own; everyone reads the published ones they consented to. */
const readProfiles: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  if (req.user?.collection === 'users') return { or: [publicTrainerWhere, { user: { equals: req.user.id } }] }
  return publicTrainerWhere
}
const staffOrOwner: FieldAccess = ({ req, doc }) => checkRole(staffRoles, req.user) || (Boolean(req.user) && relationId(doc?.user) === req.user?.id)
/** Consent is the trainer's own to give or withdraw: nobody else sets it. */
const ownerOnly: FieldAccess = ({ req, doc }) => Boolean(req.user) && relationId(doc?.user) === req.user?.id

const stampConsent: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.consent !== undefined && Boolean(data.consent) !== Boolean(originalDoc?.consent)) data.consentChangedAt = new Date().toISOString()
  return data
}

const areasField = { name: 'thematicAreas', type: 'relationship', relationTo: 'thematic-areas', hasMany: true, label: { en: 'Thematic areas of expertise', ru: 'Тематические направления (экспертиза)' } } as const
const languagesField = { name: 'languages', type: 'select', hasMany: true, options: languageOptions, label: { en: 'Training languages', ru: 'Языки обучения' } } as const
const kindField = { name: 'kind', type: 'select', required: true, options: kindOptions, label: { en: 'Type', ru: 'Тип' } } as const
const countryField = { name: 'country', type: 'relationship', relationTo: 'participants', filterOptions: { kind: { equals: 'state' } }, label: { en: 'Country', ru: 'Страна' } } as const

/**
 * The trainers' network: a profile per trainer, shown in the public directory only when the
 * Secretariat has published it and the trainer has consented (which they may withdraw on
 * the site at any time). The contact address is never shown; the directory's form writes to it.
 */
export const Trainers: CollectionConfig = {
  slug: 'trainers',
  labels: { singular: { en: 'Trainer', ru: 'Тренер' }, plural: { en: 'Trainers', ru: 'Тренеры' } },
  admin: { group: academyGroup, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'country', 'status', 'consent'] },
  access: { read: readProfiles, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'name',
  // In the one search while public (src/server/search-index/index-sources.ts belongsInIndex).
  hooks: { ...revisionHooks, beforeChange: [stampConsent], afterChange: [...revisionHooks.afterChange, queueSearchIndexing], afterDelete: [...(revisionHooks.afterDelete ?? []), queueSearchRemoval] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 120, label: { en: 'Name', ru: 'Имя' } },
    { type: 'row', fields: [{ ...kindField, admin: { width: '50%' } }, { ...countryField, admin: { width: '50%' } }] },
    { name: 'institution', type: 'text', localized: true, maxLength: trainerLimits.institution, label: { en: 'Institution', ru: 'Организация' } },
    areasField,
    languagesField,
    { name: 'biography', type: 'textarea', localized: true, maxLength: trainerLimits.biography, label: { en: 'Biography', ru: 'Биография' } },
    {
      name: 'trainings',
      type: 'array',
      label: { en: 'Trainings delivered', ru: 'Проведённое обучение' },
      ...arrayLabels({ en: 'Training delivered', ru: 'Проведённое обучение' }, { en: 'Trainings delivered', ru: 'Проведённое обучение' }, 'проведённое обучение'),
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, maxLength: 200, label: { en: 'Training', ru: 'Обучение' } },
        { type: 'row', fields: [
          { name: 'year', type: 'number', min: 1990, max: 2100, label: { en: 'Year', ru: 'Год' }, admin: { width: '30%' } },
          { name: 'place', type: 'text', localized: true, maxLength: 120, label: { en: 'Place', ru: 'Место' }, admin: { width: '70%' } },
        ] },
      ],
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      label: { en: 'Contact address (never shown)', ru: 'Адрес для связи (не показывается)' },
      admin: { description: { en: 'Messages from the directory’s contact form go here.', ru: 'Сюда приходят сообщения из формы связи в каталоге.' } },
      access: { read: staffOrOwner },
    },
    slugField('name'),
    { name: 'user', type: 'relationship', relationTo: 'users', unique: true, index: true, label: { en: 'Account', ru: 'Учётная запись' }, admin: { position: 'sidebar' }, access: { read: staffOrOwner } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: { en: 'Draft', ru: 'Черновик' } },
        { value: 'published', label: { en: 'Published', ru: 'Опубликован' } },
      ],
      label: { en: 'Status', ru: 'Статус' },
      admin: { position: 'sidebar', description: { en: 'A published profile shows in the directory only while the trainer consents.', ru: 'Опубликованный профиль виден в каталоге, только пока тренер даёт на это согласие.' } },
    },
    {
      name: 'consent',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'The trainer consents to publication', ru: 'Тренер согласен на публикацию' },
      admin: { position: 'sidebar', readOnly: true, description: { en: 'Given or withdrawn by the trainer on the site (Account › Trainer).', ru: 'Даётся или отзывается самим тренером на сайте (Личный кабинет › Тренер).' } },
      access: { create: ownerOnly, update: ownerOnly },
    },
    { name: 'consentChangedAt', type: 'date', label: { en: 'Consent last changed', ru: 'Согласие последний раз изменено' }, admin: { position: 'sidebar', readOnly: true, date: dayAndTimeDate }, access: { read: staffOrOwner, create: () => false, update: () => false } },
  ],
}

const applicantOrStaff: Access = ({ req }) => {
  if (checkRole(staffRoles, req.user)) return true
  return req.user?.collection === 'users' ? { applicant: { equals: req.user.id } } : false
}

/** Applications to join the network: made on the site, decided by the Secretariat in the admin. */
export const TrainerApplications: CollectionConfig = {
  slug: 'trainer-applications',
  labels: { singular: { en: 'Trainer application', ru: 'Заявка тренера' }, plural: { en: 'Trainer applications', ru: 'Заявки тренеров' } },
  admin: { group: academyGroup, useAsTitle: 'name', defaultColumns: ['name', 'country', 'status', 'createdAt'] },
  // Made through the site's form (one account, one door); only the Secretariat decides.
  access: { read: applicantOrStaff, create: isAdmin, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [decideApplication], afterChange: [tellOfApplication] },
  fields: [
    { type: 'row', fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', ru: 'Имя' }, admin: { readOnly: true, width: '50%' } },
      { name: 'email', type: 'email', required: true, label: { en: 'E-mail', ru: 'Электронная почта' }, admin: { readOnly: true, width: '50%' } },
    ] },
    { type: 'row', fields: [{ ...kindField, admin: { width: '50%' } }, { ...countryField, required: true, admin: { width: '50%' } }] },
    { name: 'institution', type: 'text', required: true, maxLength: trainerLimits.institution, label: { en: 'Institution', ru: 'Организация' } },
    { ...areasField, required: true },
    { ...languagesField, required: true },
    { name: 'experience', type: 'textarea', required: true, maxLength: trainerLimits.experience, label: { en: 'Training experience', ru: 'Опыт проведения обучения' } },
    { name: 'applicant', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Applicant', ru: 'Заявитель' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { en: 'Awaiting a decision', ru: 'Ожидает решения' } },
        { value: 'accepted', label: { en: 'Accepted', ru: 'Принята' } },
        { value: 'declined', label: { en: 'Declined', ru: 'Отклонена' } },
      ],
      label: { en: 'Status', ru: 'Статус' },
      admin: { position: 'sidebar', description: { en: 'Accepting gives the person the trainer role and a draft profile; the applicant is told by e-mail either way.', ru: 'При принятии заявки человек получает роль тренера и черновик профиля; о решении заявитель в любом случае узнаёт по электронной почте.' } },
    },
    { name: 'decisionReason', type: 'textarea', maxLength: 1000, label: { en: 'Reason (sent to the applicant)', ru: 'Причина (отправляется заявителю)' }, admin: { position: 'sidebar', condition: (data) => data?.status === 'declined' || Boolean(data?.decisionReason) } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { en: 'Decided by', ru: 'Кем принято решение' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedAt', type: 'date', label: { en: 'Decided on', ru: 'Дата решения' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTimeDate } },
    { name: 'profile', type: 'relationship', relationTo: 'trainers', label: { en: 'Trainer profile', ru: 'Профиль тренера' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
