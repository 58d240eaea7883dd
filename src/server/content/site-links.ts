import type { Locale } from '@/i18n/locales'
import { href, routes } from '@/i18n/routes'

/** The site's own sections that menus may link to (their addresses are fixed in code). */
export const siteSections = [
  { value: 'home', path: routes.home(), label: { en: 'Home page', ru: 'Главная страница' } },
  { value: 'thematic-areas', path: routes.thematicAreas(), label: { en: 'Thematic areas', ru: 'Тематические направления' } },
  { value: 'governance', path: routes.governance(), label: { en: 'Governance', ru: 'Управление' } },
  { value: 'projects', path: routes.projects(), label: { en: 'Projects', ru: 'Проекты' } },
  { value: 'participants', path: routes.participants(), label: { en: 'Participants', ru: 'Участники' } },
  { value: 'news', path: routes.news(), label: { en: 'News', ru: 'Новости' } },
  { value: 'events', path: routes.events(), label: { en: 'Events', ru: 'Мероприятия' } },
  { value: 'repository', path: routes.repository(), label: { en: 'Online Repository', ru: 'Онлайн-репозиторий' } },
  { value: 'academy', path: routes.academy(), label: { en: 'Training Academy', ru: 'Учебная академия' } },
  { value: 'search', path: '/search', label: { en: 'Search', ru: 'Поиск' } },
] as const

export type TSiteSection = (typeof siteSections)[number]['value']

export type TMenuLink = {
  label?: string | null
  kind?: 'page' | 'section' | 'url' | null
  page?: number | { path?: string | null; _status?: string | null } | null
  section?: string | null
  url?: string | null
}

export type TResolvedLink = { label: string; href: string; external: boolean }

/**
 * Where a menu link goes in the reader's language; undefined when it goes nowhere a reader
 * may follow (an unpublished or deleted page, an empty label), so menus never show dead links.
 */
export function resolveMenuLink(link: TMenuLink, locale: Locale): TResolvedLink | undefined {
  const label = link.label?.trim()
  if (!label) return undefined
  if (link.kind === 'url') return link.url ? { label, href: link.url, external: true } : undefined
  if (link.kind === 'section') {
    const section = siteSections.find((s) => s.value === link.section)
    return section ? { label, href: href(locale, section.path), external: false } : undefined
  }
  const page = link.page
  if (!page || typeof page !== 'object' || !page.path || (page._status && page._status !== 'published')) return undefined
  return { label, href: href(locale, `/${page.path}`), external: false }
}
