import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { referenceData } from '../PublicationTypes'

export const meetingsGroup = { en: 'Meetings', ru: 'Встречи' }

/** Kinds of meeting (Senior Officials' Meeting, workshop, webinar…) are data: the Secretariat adds new ones without a release. */
export const EventTypes: CollectionConfig = {
  slug: 'event-types',
  labels: { singular: { en: 'Event type', ru: 'Тип мероприятия' }, plural: { en: 'Event types', ru: 'Типы мероприятий' } },
  admin: { useAsTitle: 'name', group: meetingsGroup, defaultColumns: ['name', 'order'] },
  defaultSort: 'order',
  ...referenceData,
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { en: 'Order', ru: 'Порядок' }, admin: { position: 'sidebar' } },
    slugField('name'),
  ],
}
