import type { Block, Field } from 'payload'

const heading: Field = { name: 'heading', type: 'text', localized: true, label: { en: 'Heading', ru: 'Заголовок' }, admin: { description: { en: 'Leave empty for the standard heading.', ru: 'Оставьте пустым, чтобы показать стандартный заголовок.' } } }
const count = (defaultValue: number): Field => ({ name: 'count', type: 'number', min: 1, max: 12, defaultValue, required: true, label: { en: 'How many', ru: 'Сколько показывать' } })

/** Lists filled from the site's content; editors choose where they go and how many items. */
export const ThematicAreasBlock: Block = {
  slug: 'thematicAreas',
  interfaceName: 'ThematicAreasBlock',
  labels: { singular: { en: 'Thematic areas', ru: 'Тематические направления' }, plural: { en: 'Thematic areas', ru: 'Тематические направления' } },
  fields: [heading],
}

export const LatestNewsBlock: Block = {
  slug: 'latestNews',
  interfaceName: 'LatestNewsBlock',
  labels: { singular: { en: 'Latest news', ru: 'Последние новости' }, plural: { en: 'Latest news', ru: 'Последние новости' } },
  fields: [heading, count(3)],
}

export const LatestPublicationsBlock: Block = {
  slug: 'latestPublications',
  interfaceName: 'LatestPublicationsBlock',
  labels: { singular: { en: 'Latest publications', ru: 'Новые публикации' }, plural: { en: 'Latest publications', ru: 'Новые публикации' } },
  fields: [heading, count(4)],
}

/** Shown only while something is coming up; empty otherwise, so it can stay on the page. */
export const UpcomingEventsBlock: Block = {
  slug: 'upcomingEvents',
  interfaceName: 'UpcomingEventsBlock',
  labels: { singular: { en: 'Upcoming events', ru: 'Предстоящие мероприятия' }, plural: { en: 'Upcoming events', ru: 'Предстоящие мероприятия' } },
  fields: [heading, count(3)],
}
