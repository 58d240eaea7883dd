import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig, type Field, type SelectField } from 'payload'
import { eventsForAudience, onlineLinkAccess } from '@/access/events'
import { arrayLabels } from '@/fields/array-labels'
import { dayAndTimeDate } from '@/fields/date'
import { localizedRichText } from '@/fields/rich-text'
import { slugField } from '@/fields/slug'
import { localeOfRequest } from '@/i18n/locales'
import { translate } from '@/i18n/messages'
import { eventTimeZones, isEventTimeZone } from '@/server/events/time-zones'
import { previewButton } from '@/server/content/preview-url'
import { meetingsGroup } from '../EventTypes'
import { followEventChange } from '../Registrations/hooks/registration-hooks'
import { searchableContent } from '../shared'
import { interpretationOptions } from '@/server/events/languages'
import { optionalFields, registrationFieldLabels } from '@/server/registrations/registration-rules'

/** The organisers' seat (ICMPD, Vienna) is the zone an event starts in until the editor picks the venue's. */
const timezone = {
  defaultTimezone: 'Europe/Vienna',
  supportedTimezones: eventTimeZones.map((value) => ({ value, label: value })),
  // The zone's own column (`startsAt_tz`), named in both languages (Payload calls it "Starts At_tz").
  override: ({ baseField }: { baseField: SelectField }): SelectField => ({ ...baseField, label: { en: 'Time zone', ru: 'Часовой пояс' } }),
}

/**
 * One event, one time zone, and one Intl knows (Payload stores any name it is given): the end
 * and the agenda are shown in the zone of the start.
 */
const oneKnownZone: CollectionBeforeChangeHook = ({ data, req }) => {
  const zone = data.startsAt_tz
  if (zone !== undefined && zone !== null && !isEventTimeZone(zone)) {
    throw new ValidationError({ collection: 'events', errors: [{ path: 'startsAt', message: translate(localeOfRequest(req), 'events.error.time-zone', { zone: String(zone) }) }] })
  }
  if (zone) {
    data.endsAt_tz = zone
    for (const session of data.agenda ?? []) Object.assign(session, { startsAt_tz: zone, endsAt_tz: zone })
  }
  return data
}

const agendaSession: Field[] = [
  { name: 'startsAt', type: 'date', required: true, label: { en: 'Starts', ru: 'Начало' }, admin: { date: dayAndTimeDate, width: '50%' }, timezone },
  { name: 'endsAt', type: 'date', label: { en: 'Ends', ru: 'Окончание' }, admin: { date: dayAndTimeDate, width: '50%' }, timezone },
  { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
  { name: 'speakers', type: 'textarea', localized: true, label: { en: 'Speakers', ru: 'Выступающие' }, admin: { description: { en: 'One per line: name, role, institution.', ru: 'По одному на строку: имя, должность, организация.' } } },
  {
    name: 'documents',
    type: 'relationship',
    relationTo: 'meeting-documents',
    hasMany: true,
    label: { en: 'Documents of the session', ru: 'Документы сессии' },
    // The event's own documents; each reader sees the ones their access allows.
    filterOptions: ({ id }) => (id ? { event: { equals: id } } : false),
    admin: { description: { en: 'Documents of this event (add them under Meeting documents first). Each reader sees only those open to them.', ru: 'Документы этого мероприятия (сначала добавьте их в разделе «Документы мероприятий»). Каждый читатель видит только доступные ему.' } },
  },
]

/** Who registers and how: the Secretariat's settings for one event. */
const registrationSettings: Field = {
  name: 'registration',
  type: 'group',
  label: { en: 'Registration', ru: 'Регистрация' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'mode',
          type: 'select',
          defaultValue: 'none',
          label: { en: 'Who may register', ru: 'Кто может зарегистрироваться' },
          options: [
            { value: 'none', label: { en: 'No registration on the platform', ru: 'Регистрации на платформе нет' } },
            { value: 'anyone', label: { en: 'Anyone with an account', ru: 'Любой с учётной записью' } },
            { value: 'members', label: { en: 'Members (National Contact Points, Strategic Group)', ru: 'Участники (национальные контактные пункты, Стратегическая группа)' } },
            { value: 'nominated', label: { en: 'Delegates nominated by National Contact Points', ru: 'Делегаты, выдвинутые национальными контактными пунктами' } },
          ],
          admin: { width: '50%' },
        },
        {
          name: 'approval',
          type: 'select',
          defaultValue: 'secretariat',
          label: { en: 'Approval', ru: 'Подтверждение' },
          options: [
            { value: 'secretariat', label: { en: 'The Secretariat approves each registration', ru: 'Секретариат подтверждает каждую регистрацию' } },
            { value: 'automatic', label: { en: 'Approved at once while places are left', ru: 'Подтверждается сразу, пока есть места' } },
          ],
          admin: { width: '50%', condition: (_, sibling) => sibling?.mode && sibling.mode !== 'none' },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (_, sibling) => sibling?.mode && sibling.mode !== 'none' },
      fields: [
        {
          name: 'deadline',
          type: 'date',
          label: { en: 'Registration deadline', ru: 'Срок регистрации' },
          admin: { date: dayAndTimeDate, width: '34%', description: { en: 'Empty: until the event starts.', ru: 'Если пусто, до начала мероприятия.' } },
        },
        { name: 'capacity', type: 'number', min: 1, label: { en: 'Places', ru: 'Мест' }, admin: { width: '33%', description: { en: 'Empty: no limit. When all are taken, registrations go to the waiting list.', ru: 'Если пусто, без ограничения. Когда все места заняты, регистрации попадают в лист ожидания.' } } },
        { name: 'quotaPerState', type: 'number', min: 1, label: { en: 'Delegates per state', ru: 'Делегатов от государства' }, admin: { width: '33%', description: { en: 'Empty: no quota.', ru: 'Если пусто, без квоты.' } } },
      ],
    },
    {
      name: 'askFor',
      type: 'select',
      hasMany: true,
      label: { en: 'The form also asks for', ru: 'Форма также запрашивает' },
      options: optionalFields.map((value) => ({ value, label: registrationFieldLabels[value] })),
      admin: {
        condition: (_, sibling) => sibling?.mode && sibling.mode !== 'none',
        description: { en: 'Name and e-mail are always asked for. Ask for no more personal data than the event needs.', ru: 'Имя и адрес электронной почты запрашиваются всегда. Не запрашивайте больше личных данных, чем нужно для мероприятия.' },
      },
    },
    {
      type: 'row',
      admin: { condition: (_, sibling) => sibling?.mode && sibling.mode !== 'none' },
      fields: [
        { name: 'reminderDays', type: 'number', min: 0, max: 60, defaultValue: 7, label: { en: 'Reminder, days before', ru: 'Напоминание, за сколько дней' }, admin: { width: '50%', description: { en: '0: no reminder.', ru: '0: без напоминания.' } } },
        { name: 'participantListVisible', type: 'checkbox', label: { en: 'Approved participants see the list of participants', ru: 'Подтверждённые участники видят список участников' }, admin: { width: '50%' } },
      ],
    },
  ],
}

/**
 * Meetings of the Process: Senior Officials' Meetings, Ministerial Conferences, expert meetings,
 * workshops, webinars, trainings, study visits. Times are stored in UTC with the event's IANA
 * time zone (Payload's `_tz` column), and shown in that zone with its offset.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { en: 'Event', ru: 'Мероприятие' }, plural: { en: 'Events', ru: 'Мероприятия' } },
  admin: { preview: previewButton('events'), useAsTitle: 'title', defaultColumns: ['title', 'type', 'startsAt', 'visibility', '_status'], group: meetingsGroup },
  defaultSort: '-startsAt',
  ...searchableContent,
  access: { ...searchableContent.access, read: eventsForAudience },
  hooks: { ...searchableContent.hooks, beforeChange: [oneKnownZone], afterChange: [...(searchableContent.hooks?.afterChange ?? []), followEventChange] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', ru: 'Название' } },
    { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', ru: 'Краткое описание' } },
    localizedRichText('description', false, { en: 'Description', ru: 'Описание' }),
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'relationship', relationTo: 'event-types', required: true, index: true, label: { en: 'Type', ru: 'Тип' } },
        {
          name: 'visibility',
          type: 'select',
          required: true,
          defaultValue: 'public',
          index: true,
          label: { en: 'Visible to', ru: 'Кому видно' },
          options: [
            { value: 'public', label: { en: 'Everyone', ru: 'Всем' } },
            { value: 'members', label: { en: 'Members (National Contact Points, Strategic Group)', ru: 'Участникам (национальные контактные пункты, Стратегическая группа)' } },
            { value: 'invited', label: { en: 'Invited people only', ru: 'Только приглашённым' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, label: { en: 'Starts', ru: 'Начало' }, admin: { date: dayAndTimeDate, width: '50%' }, timezone },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          index: true,
          label: { en: 'Ends', ru: 'Окончание' },
          admin: { date: dayAndTimeDate, width: '50%' },
          timezone,
          validate: (value: unknown, { siblingData, req }: { siblingData: { startsAt?: unknown }; req: Parameters<typeof localeOfRequest>[0] }) => {
            if (!value) return translate(localeOfRequest(req), 'events.error.end-required')
            const start = siblingData.startsAt ? Date.parse(String(siblingData.startsAt)) : Number.NaN
            return Number.isFinite(start) && Date.parse(String(value)) < start ? translate(localeOfRequest(req), 'events.error.end-before-start') : true
          },
        },
      ],
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      label: { en: 'Format', ru: 'Формат' },
      options: [
        { value: 'in-person', label: { en: 'In person', ru: 'Очно' } },
        { value: 'online', label: { en: 'Online', ru: 'Онлайн' } },
        { value: 'hybrid', label: { en: 'In person and online', ru: 'Очно и онлайн' } },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      label: { en: 'Venue', ru: 'Место проведения' },
      admin: { condition: (data) => data?.format !== 'online' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', localized: true, label: { en: 'City', ru: 'Город' } },
            { name: 'country', type: 'relationship', relationTo: 'participants', filterOptions: { kind: { equals: 'state' } }, label: { en: 'Country', ru: 'Страна' } },
          ],
        },
        { name: 'place', type: 'text', localized: true, label: { en: 'Building or address', ru: 'Здание или адрес' } },
      ],
    },
    {
      name: 'onlineLink',
      type: 'text',
      label: { en: 'Link to join online', ru: 'Ссылка для участия онлайн' },
      access: { read: onlineLinkAccess },
      admin: { condition: (data) => data?.format !== 'in-person', description: { en: 'Shown only to approved participants: on their registration page and in the e-mail that confirms their place.', ru: 'Видна только подтверждённым участникам: на странице их регистрации и в письме, подтверждающем место.' } },
      validate: (value: unknown) => !value || /^https:\/\/[^\s]+$/.test(String(value)) || 'https://…',
    },
    {
      name: 'interpretation',
      type: 'select',
      hasMany: true,
      label: { en: 'Interpretation', ru: 'Устный перевод' },
      // The language names the site shows (i18n messages), in the admin's language.
      options: interpretationOptions,
    },
    { name: 'host', type: 'relationship', relationTo: 'participants', label: { en: 'Host', ru: 'Принимающая сторона' } },
    { name: 'thematicAreas', type: 'relationship', relationTo: 'thematic-areas', hasMany: true, index: true, label: { en: 'Thematic areas', ru: 'Тематические направления' } },
    {
      name: 'agenda',
      type: 'array',
      label: { en: 'Agenda', ru: 'Программа' },
      ...arrayLabels({ en: 'Session', ru: 'Сессия' }, { en: 'Sessions', ru: 'Сессии' }, 'сессию'),
      fields: agendaSession,
    },
    registrationSettings,
    slugField(),
  ],
}
