import { revisionHooks } from '@/hooks/bump-content-revision'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { registrationsForReader } from '@/access/registrations'
import { dayAndTimeDate, dayOnlyDate } from '@/fields/date'
import { localeNamesInAdmin, locales } from '@/i18n/locales'
import { accommodationChoices, fundingChoices, registrationFieldLabels, registrationStatuses, travelModes } from '@/server/registrations/registration-rules'
import { interpretationOptions } from '@/server/events/languages'
import { meetingsGroup } from '../EventTypes'
import { translate } from '@/i18n/messages'
import { allocatePlace, followStatusChange } from './hooks/registration-hooks'

export const registrationStatusLabels = Object.fromEntries(
  registrationStatuses.map((value) => [value, { en: translate('en', `registration.status.${value}`), ru: translate('ru', `registration.status.${value}`) }]),
) as Record<(typeof registrationStatuses)[number], { en: string; ru: string }>

/**
 * One person's registration for one event. Every door (the site's forms, the admin, REST,
 * GraphQL) goes through the same hooks: places, the waiting list and quotas are decided with
 * the event locked, and each change of status sends its e-mail in the same transaction.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { en: 'Registration', ru: 'Регистрация' }, plural: { en: 'Registrations', ru: 'Регистрации' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'state', 'status', 'reviewNeeded', 'createdAt'],
    listSearchableFields: ['name', 'email', 'organisation'],
    group: meetingsGroup,
    components: { beforeListTable: ['@/components/admin/RegistrationsExport#RegistrationsExport'] },
    description: {
      en: 'Approve or decline by changing the status (a reason is required to decline). A freed place goes to the first on the waiting list; every change e-mails the person in their language.',
      ru: 'Чтобы подтвердить или отклонить регистрацию, измените статус (для отказа нужна причина). Освободившееся место получает первый в листе ожидания; о каждом изменении человеку приходит письмо на его языке.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: registrationsForReader, create: isStaff, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [allocatePlace], afterChange: [followStatusChange, ...revisionHooks.afterChange], afterDelete: revisionHooks.afterDelete },
  indexes: [{ fields: ['event', 'email'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, label: { en: 'Event', ru: 'Мероприятие' }, admin: { width: '50%' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          label: { en: 'Status', ru: 'Статус' },
          options: registrationStatuses.map((value) => ({ value, label: registrationStatusLabels[value] })),
          admin: { width: '50%', description: { en: 'A new registration gets a place or the waiting list by itself.', ru: 'Новая регистрация сама получает место или попадает в лист ожидания.' } },
        },
      ],
    },
    {
      name: 'declineReason',
      type: 'textarea',
      maxLength: 1000,
      label: { en: 'Reason for declining', ru: 'Причина отказа' },
      admin: { condition: (data) => data?.status === 'declined', description: { en: 'Sent to the person in the e-mail.', ru: 'Отправляется человеку в письме.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', ru: 'Имя' }, admin: { width: '50%' } },
        { name: 'email', type: 'email', required: true, index: true, label: { en: 'E-mail', ru: 'Электронная почта' }, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'language', type: 'select', required: true, defaultValue: 'en', label: { en: 'Language of e-mails', ru: 'Язык писем' }, options: locales.map((value) => ({ value, label: localeNamesInAdmin[value] })), admin: { width: '50%' } },
        { name: 'state', type: 'relationship', relationTo: 'participants', index: true, filterOptions: { kind: { equals: 'state' } }, label: { en: 'Delegation of', ru: 'Делегация государства' }, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'person', type: 'relationship', relationTo: 'users', index: true, label: { en: 'Account', ru: 'Учётная запись' }, admin: { width: '50%' } },
        { name: 'nominatedBy', type: 'relationship', relationTo: 'users', label: { en: 'Nominated by', ru: 'Кем выдвинут' }, admin: { width: '50%' } },
      ],
    },
    {
      name: 'answers',
      type: 'group',
      label: { en: 'Answers to the form', ru: 'Ответы на вопросы формы' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organisation', type: 'text', maxLength: 200, label: registrationFieldLabels.organisation, admin: { width: '50%' } },
            { name: 'jobTitle', type: 'text', maxLength: 200, label: registrationFieldLabels.jobTitle, admin: { width: '50%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', maxLength: 40, label: registrationFieldLabels.phone, admin: { width: '50%' } },
            {
              name: 'interpretation',
              type: 'select',
              label: registrationFieldLabels.interpretation,
              options: interpretationOptions,
              admin: { width: '50%' },
            },
          ],
        },
        { name: 'dietary', type: 'textarea', maxLength: 500, label: registrationFieldLabels.dietary },
        { name: 'accessibility', type: 'textarea', maxLength: 500, label: registrationFieldLabels.accessibility },
        { name: 'needsVisa', type: 'checkbox', label: registrationFieldLabels.needsVisa },
      ],
    },
    {
      name: 'followUp',
      type: 'group',
      label: { en: 'Travel and accommodation', ru: 'Поездка и проживание' },
      admin: { description: { en: 'Filled in by the participant once approved.', ru: 'Заполняется участником после подтверждения.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'arrival', type: 'date', label: { en: 'Arrival', ru: 'Прибытие' }, admin: { date: dayOnlyDate, width: '50%' } },
            { name: 'departure', type: 'date', label: { en: 'Departure', ru: 'Отъезд' }, admin: { date: dayOnlyDate, width: '50%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'travelMode', type: 'select', label: { en: 'Travelling by', ru: 'Способ поездки' }, options: travelModes.map((value) => ({ value, label: { en: translate('en', `registration.followUp.travel.${value}`), ru: translate('ru', `registration.followUp.travel.${value}`) } })), admin: { width: '50%' } },
            { name: 'accommodation', type: 'select', label: { en: 'Accommodation', ru: 'Проживание' }, options: accommodationChoices.map((value) => ({ value, label: { en: translate('en', `registration.followUp.accommodation.${value}`), ru: translate('ru', `registration.followUp.accommodation.${value}`) } })), admin: { width: '50%' } },
          ],
        },
        { name: 'funding', type: 'select', label: { en: 'Funding', ru: 'Финансирование' }, options: fundingChoices.map((value) => ({ value, label: { en: translate('en', `registration.followUp.funding.${value}`), ru: translate('ru', `registration.followUp.funding.${value}`) } })) },
        { name: 'details', type: 'textarea', maxLength: 1000, label: { en: 'Travel details', ru: 'Подробности поездки' } },
        { name: 'submittedAt', type: 'date', label: { en: 'Sent by the participant', ru: 'Отправлено участником' }, admin: { readOnly: true, date: dayAndTimeDate } },
      ],
    },
    {
      name: 'reviewNeeded',
      type: 'checkbox',
      index: true,
      label: { en: 'Changed by the participant: to review', ru: 'Изменено участником: проверить' },
      admin: { position: 'sidebar', description: { en: 'Untick once reviewed.', ru: 'Снимите отметку после проверки.' } },
    },
    {
      name: 'queueNumber',
      type: 'number',
      index: true,
      label: { en: 'Place in the waiting list order', ru: 'Номер в очереди ожидания' },
      admin: { readOnly: true, position: 'sidebar', description: { en: 'Lower numbers are promoted first.', ru: 'Меньший номер получает место первым.' } },
    },
    { name: 'reminderSentAt', type: 'date', label: { en: 'Reminder sent', ru: 'Напоминание отправлено' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTimeDate } },
    { name: 'statusChangedAt', type: 'date', label: { en: 'Status changed', ru: 'Статус изменён' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTimeDate } },
  ],
}
