import { describe, expect, it } from 'vitest'
import { resolveMenuLink } from './site-links'

describe('menu links', () => {
  it('goes to pages, sections and other addresses in the reader’s language', () => {
    expect(resolveMenuLink({ label: 'Contact', kind: 'page', page: { path: 'about/contact', _status: 'published' } }, 'ru')).toEqual({ label: 'Contact', href: '/ru/about/contact', external: false })
    expect(resolveMenuLink({ label: 'Репозиторий', kind: 'section', section: 'repository' }, 'ru')).toEqual({ label: 'Репозиторий', href: '/ru/repository', external: false })
    expect(resolveMenuLink({ label: 'Home', kind: 'section', section: 'home' }, 'en')).toEqual({ label: 'Home', href: '/en', external: false })
    expect(resolveMenuLink({ label: 'ICMPD', kind: 'url', url: 'https://www.icmpd.org' }, 'en')).toEqual({ label: 'ICMPD', href: 'https://www.icmpd.org', external: true })
  })

  it('shows no dead link: drafts, missing pages, unknown sections, empty labels', () => {
    expect(resolveMenuLink({ label: 'Draft', kind: 'page', page: { path: 'draft', _status: 'draft' } }, 'en')).toBeUndefined()
    expect(resolveMenuLink({ label: 'Gone', kind: 'page', page: null }, 'en')).toBeUndefined()
    expect(resolveMenuLink({ label: 'Unpopulated', kind: 'page', page: 7 }, 'en')).toBeUndefined()
    expect(resolveMenuLink({ label: 'Nowhere', kind: 'section', section: 'nowhere' }, 'en')).toBeUndefined()
    expect(resolveMenuLink({ label: '  ', kind: 'url', url: 'https://x.org' }, 'en')).toBeUndefined()
  })
})
