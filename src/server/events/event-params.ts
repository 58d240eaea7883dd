import type { TEventFilters } from './event-list'
import { slugPattern } from '@/server/content/page-paths'

/** The query parameters the events list reads (the page cache keys on these and nothing else). */
export const eventListParams = ['when', 'type', 'area', 'page'] as const
/** `when` is read only as `past` (upcoming is the list without it). */
export const eventListValues = { when: ['past'] } as const


/** The filters of the events list from its address; anything unreadable is left out. */
export function parseEventFilters(params: Record<string, string | string[] | undefined>): TEventFilters {
  const one = (name: string) => {
    const value = params[name]
    return typeof value === 'string' && value.length <= 100 ? value : undefined
  }
  const slug = (name: string) => {
    const value = one(name)
    return value && slugPattern.test(value) ? value : undefined
  }
  const page = Number(one('page'))
  return {
    when: one('when') === 'past' ? 'past' : 'upcoming',
    type: slug('type'),
    area: slug('area'),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** The list's address for these filters (what the form and the links produce). */
export function eventListQuery(filters: Partial<TEventFilters>): string {
  const query = new URLSearchParams()
  if (filters.when === 'past') query.set('when', 'past')
  if (filters.type) query.set('type', filters.type)
  if (filters.area) query.set('area', filters.area)
  if (filters.page && filters.page > 1) query.set('page', String(filters.page))
  const text = query.toString()
  return text ? `?${text}` : ''
}
