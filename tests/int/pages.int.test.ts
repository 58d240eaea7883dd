import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '@/server/content/lexical'
import { readContentRevision } from '@/server/content/content-revision'
import { findOneLocalized } from '@/server/content/find-localized'
import { loadSiteChrome } from '@/server/content/site-chrome'
import { queryRows, sql } from '@/server/search-index/raw-sql'
import { databaseKind, testPayload } from './helpers'

/** Pages editors make in the admin, at their own addresses, and the menus that link to them (issue #9). */
describe(`editable pages and menus (${databaseKind})`, () => {
  let payload: Payload
  const suffix = Date.now().toString(36)

  beforeAll(async () => {
    payload = await testPayload()
  })

  const makePage = (slug: string, extra: Record<string, unknown> = {}, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'pages',
      locale: 'en',
      data: { title: `Page ${slug}`, slug, layout: [{ blockType: 'content', body: paragraphsToLexical([`Body of ${slug}`]) }], _status: status, ...extra },
      overrideAccess: true,
      draft: status === 'draft',
    })
  const pageAt = (path: string, locale: 'en' | 'ru' = 'en') => findOneLocalized<{ id: number; title: string }>('pages', locale, { path: { equals: path } })

  it('serves a page at its slug, and a page under another at the parent’s address', async () => {
    const parent = await makePage(`org-${suffix}`)
    const child = await makePage(`team-${suffix}`, { parent: parent.id })
    expect(parent.path).toBe(`org-${suffix}`)
    expect(child.path).toBe(`org-${suffix}/team-${suffix}`)
    expect((await pageAt(`org-${suffix}/team-${suffix}`))?.id).toBe(child.id)
    // The search links to it at that address.
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    const [entry] = await queryRows<{ url_path: string }>(payload, sql`SELECT url_path FROM search_docs WHERE doc_key = ${`pages:${child.id}`}`)
    expect(entry?.url_path).toBe(`/org-${suffix}/team-${suffix}`)

    // The parent's new slug moves the child with it.
    await payload.update({ collection: 'pages', id: parent.id, data: { slug: `organisation-${suffix}` }, overrideAccess: true })
    const moved = await payload.findByID({ collection: 'pages', id: child.id, overrideAccess: true })
    expect(moved.path).toBe(`organisation-${suffix}/team-${suffix}`)
    expect(await pageAt(`org-${suffix}/team-${suffix}`)).toBeUndefined()
  })

  it('keeps drafts off the site and shows a page in the other language, marked, until translated', async () => {
    await makePage(`draft-${suffix}`, {}, 'draft')
    expect(await pageAt(`draft-${suffix}`)).toBeUndefined()
    await makePage(`english-${suffix}`)
    expect(await pageAt(`english-${suffix}`, 'ru')).toMatchObject({ title: `Page english-${suffix}`, shownIn: 'en', fallback: true })
  })

  /** The field and message of a refused save (Payload's ValidationError carries them in data). */
  const refusal = (save: Promise<unknown>) =>
    save.then(
      () => undefined,
      (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors?.[0],
    )

  it('refuses an address that belongs to a section of the site, or nesting too deep, in the editor’s language', async () => {
    expect(await refusal(makePage('repository'))).toMatchObject({ path: 'slug', message: expect.stringMatching(/^The address “\/repository” belongs to a section of the site/) })
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ req: { i18n: { language: 'ru' } } as never }, payload)
    const ru = payload.create({ collection: 'pages', locale: 'ru', data: { title: 'Новости', slug: 'news', _status: 'published' }, overrideAccess: true, req })
    expect(await refusal(ru)).toMatchObject({ message: expect.stringMatching(/^Адрес «\/news» занят разделом сайта/) })
    let parent = await makePage(`l1-${suffix}`)
    for (const level of [2, 3, 4]) parent = await makePage(`l${level}-${suffix}`, { parent: parent.id })
    expect(await refusal(makePage(`l5-${suffix}`, { parent: parent.id }))).toMatchObject({ path: 'parent', message: 'Pages nest at most 4 levels deep.' })
  })

  it('builds the header menu and the footer from what editors set, in each language, without dead links', async () => {
    const contact = await makePage(`contact-${suffix}`)
    const hidden = await makePage(`hidden-${suffix}`, {}, 'draft')
    const items = [
      { label: 'Contact', kind: 'page', page: contact.id },
      { label: 'Unpublished', kind: 'page', page: hidden.id },
      { label: 'Repository', kind: 'section', section: 'repository' },
      { label: 'ICMPD', kind: 'url', url: 'https://www.icmpd.org' },
    ]
    const header = await payload.updateGlobal({ slug: 'site-header', locale: 'en', data: { items }, overrideAccess: true } as never)
    const rows = (header as { items: { id: string }[] }).items
    await payload.updateGlobal({
      slug: 'site-header',
      locale: 'ru',
      data: { items: items.map((item, i) => ({ ...item, id: rows[i].id, label: ['Контакты', 'Черновик', 'Репозиторий', 'МЦРМП'][i] })) },
      overrideAccess: true,
    } as never)
    await payload.updateGlobal({ slug: 'site-footer', locale: 'en', data: { email: 'secretariat@example.org', address: 'Gonzagagasse 1\n1010 Vienna', links: [items[0]] }, overrideAccess: true } as never)

    // React's cache() keeps one result per request; outside a request each call reads anew.
    const en = await loadSiteChrome('en')
    expect(en.menu).toEqual([
      { label: 'Contact', href: `/en/contact-${suffix}`, external: false },
      { label: 'Repository', href: '/en/repository', external: false },
      { label: 'ICMPD', href: 'https://www.icmpd.org', external: true },
    ])
    expect((await loadSiteChrome('ru')).menu.map((l) => [l.label, l.href])).toEqual([
      ['Контакты', `/ru/contact-${suffix}`],
      ['Репозиторий', '/ru/repository'],
      ['МЦРМП', 'https://www.icmpd.org'],
    ])
    expect(en.footer).toMatchObject({ email: 'secretariat@example.org', address: 'Gonzagagasse 1\n1010 Vienna', links: [{ label: 'Contact', href: `/en/contact-${suffix}` }], fundingNotice: true })
  })

  it('keeps a news item dated in the future off every door and out of search until its time', async () => {
    const dueAt = new Date(Date.now() + 2500)
    const slug = `future-${suffix}`
    const item = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: `Announcement ${suffix}`, excerpt: 'Soon.', body: paragraphsToLexical(['Soon.']), publishedAt: dueAt.toISOString(), slug, _status: 'published' },
      overrideAccess: true,
    })
    const visible = async () => (await payload.find({ collection: 'news', where: { slug: { equals: slug } }, overrideAccess: false })).totalDocs
    const inSearch = async () => (await queryRows(payload, sql`SELECT id FROM search_docs WHERE doc_key = ${`news:${item.id}`}`)).length
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await visible()).toBe(0)
    expect(await inSearch()).toBe(0)
    // Staff see it (to edit it) all along.
    expect((await payload.find({ collection: 'news', where: { slug: { equals: slug } }, overrideAccess: true })).totalDocs).toBe(1)

    await new Promise((resolve) => setTimeout(resolve, dueAt.getTime() - Date.now() + 200))
    expect(await visible()).toBe(1)
    // The job queued for its time brings it into search (and so a new content revision).
    const before = await readContentRevision(payload)
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await inSearch()).toBe(1)
    expect(await readContentRevision(payload)).not.toBe(before)
  })

  it('publishes a draft at the time an editor scheduled', async () => {
    const draft = await makePage(`scheduled-${suffix}`, {}, 'draft')
    // What the admin's "Schedule publish" queues.
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'pages', value: draft.id } }, waitUntil: new Date(Date.now() + 1500), overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await pageAt(`scheduled-${suffix}`)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 1700))
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect((await pageAt(`scheduled-${suffix}`))?.id).toBe(draft.id)
  })

  it('takes a published news item off the site at the time an editor scheduled, not before', async () => {
    const slug = `withdrawn-${suffix}`
    const item = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: `Withdrawn ${suffix}`, excerpt: 'For a while.', body: paragraphsToLexical(['For a while.']), publishedAt: new Date(Date.now() - 60_000).toISOString(), slug, _status: 'published' },
      overrideAccess: true,
    })
    const visible = async () => (await payload.find({ collection: 'news', where: { slug: { equals: slug } }, overrideAccess: false })).totalDocs
    const inSearch = async () => (await queryRows(payload, sql`SELECT id FROM search_docs WHERE doc_key = ${`news:${item.id}`}`)).length
    // What the admin's "Schedule publish" queues when the editor picks "Unpublish".
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'unpublish', doc: { relationTo: 'news', value: item.id } }, waitUntil: new Date(Date.now() + 1500), overrideAccess: true })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    // Before its time the job waits: the item is still read by everyone and found by the search.
    expect(await visible()).toBe(1)
    expect(await inSearch()).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 1700))
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await visible()).toBe(0)
    expect(await payload.findByID({ collection: 'news', id: item.id, overrideAccess: false, disableErrors: true })).toBeNull()
    // The index follows the unpublish (its job is queued by the save and run here).
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    expect(await inSearch()).toBe(0)
    // Staff still have it, as a draft, to edit or publish again.
    expect((await payload.findByID({ collection: 'news', id: item.id, overrideAccess: true }))._status).toBe('draft')
  })

  it('shows in the admin which languages a document is written in, and lets the list filter on it', async () => {
    const page = await makePage(`translated-${suffix}`)
    expect(page.translation).toBe('en')
    const english = await payload.create({ collection: 'news', locale: 'en', data: { title: `English first ${suffix}`, excerpt: 'Excerpt', body: paragraphsToLexical(['Text']), publishedAt: new Date().toISOString(), slug: `en-first-${suffix}`, _status: 'published' }, overrideAccess: true })
    expect(english.translation).toBe('en')
    const both = await payload.update({ collection: 'news', id: english.id, locale: 'ru', data: { title: 'Сначала по-английски', excerpt: 'Анонс', body: paragraphsToLexical(['Текст']) }, overrideAccess: true })
    expect(both.translation).toBe('both')
    // The English text is where it was (the status check reads the other language in the same save).
    expect((await payload.findByID({ collection: 'news', id: english.id, locale: 'en', overrideAccess: true })).title).toBe(`English first ${suffix}`)
    const russian = await payload.create({ collection: 'news', locale: 'ru', data: { title: `Только по-русски ${suffix}`, excerpt: 'Анонс', body: paragraphsToLexical(['Текст']), publishedAt: new Date().toISOString(), slug: `ru-only-${suffix}`, _status: 'published' }, overrideAccess: true })
    expect(russian.translation).toBe('ru')
    const onlyRussian = await payload.find({ collection: 'news', where: { translation: { equals: 'ru' } }, overrideAccess: true, limit: 100 })
    expect(onlyRussian.docs.map((d) => d.id)).toContain(russian.id)
    expect(onlyRussian.docs.every((d) => d.translation === 'ru')).toBe(true)
  })

  it('finds a page by the words of its cards and contact form, not only its text blocks', async () => {
    const { searchSite } = await import('@/server/search-index/search-site')
    await makePage(`cards-${suffix}`, {
      layout: [
        { blockType: 'cards', heading: 'Partners', cards: [{ title: 'Zanzibarite liaison', text: 'Quixotical co-operation' }] },
        { blockType: 'contactForm', heading: 'Write to us', intro: 'Flibbertigibbet questions welcome' },
      ],
    })
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    for (const q of ['Zanzibarite', 'quixotical', 'flibbertigibbet']) {
      const { hits } = await searchSite(payload, { q, locale: 'en', audience: 'public', pageSize: 5 })
      expect(hits.map((h) => h.urlPath), q).toContain(`/cards-${suffix}`)
    }
  })

  it('finds participants, governance bodies and ministerial conferences in the site search, linked to where they are shown', async () => {
    await payload.jobs.run({ overrideAccess: true, limit: 1000 })
    const { searchSite } = await import('@/server/search-index/search-site')
    const first = async (collection: 'governance-bodies' | 'conferences', locale: 'en' | 'ru') =>
      (await payload.find({ collection, locale, limit: 1, sort: 'id', overrideAccess: false })).docs[0] as unknown as { title: string; slug: string; key?: string }
    const top = async (q: string, locale: 'en' | 'ru') => (await searchSite(payload, { q, locale, audience: 'public', pageSize: 20 })).hits.map((h) => [h.kind, h.urlPath])
    expect(await top('Kosovo', 'en')).toContainEqual(['participant', '/participants/kosovo'])
    // The heading counts what was found by kind.
    const all = await searchSite(payload, { q: 'migration', locale: 'en', audience: 'public', pageSize: 5 })
    expect(all.facets.kind.reduce((sum, k) => sum + k.count, 0)).toBe(all.total)
    expect(all.facets.kind.length).toBeGreaterThan(1)
    expect(await top('Косово', 'ru')).toContainEqual(['participant', '/participants/kosovo'])
    const body = await first('governance-bodies', 'ru')
    expect(await top(body.title, 'ru')).toContainEqual(['governance-body', `/governance#${body.key}`])
    const conference = await first('conferences', 'en')
    expect(await top(conference.title, 'en')).toContainEqual(['conference', `/governance#conference-${conference.slug}`])
  })

  it('lets only staff change the menus, through every door', async () => {
    const anonymous = payload.updateGlobal({ slug: 'site-header', data: { items: [] }, overrideAccess: false } as never)
    await expect(anonymous).rejects.toThrow()
    const read = await payload.findGlobal({ slug: 'site-footer', overrideAccess: false })
    expect(read).toBeDefined()
  })
})
