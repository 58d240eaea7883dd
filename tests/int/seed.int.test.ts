import { beforeAll, describe, expect, it } from 'vitest'
import { participants } from '@/seed/data/participants'
import { thematicAreas } from '@/seed/data/thematic-areas'
import { demoPublications } from '@/seed/data/publications'
import { conferences } from '@/seed/data/conferences'
import { news } from '@/seed/data/news'
import { searchSite } from '@/server/search-index/search-site'
import { extractPdfText } from '@/server/publications/inspect-pdf'
import { readUploadedFile } from '@/server/files/storage'
import { databaseKind, testPayload } from './helpers'

// Other test files add documents of their own: look only at the seeded ones.
const seededParticipants = { slug: { in: participants.map((p) => p.slug) } }
const seededAreas = { slug: { in: thematicAreas.map((a) => a.slug) } }

describe(`demo content (${databaseKind})`, () => {
  // Starting Payload is the hook's work (its longer limit), not the first test's.
  beforeAll(() => testPayload())

  it('has the 50 states, 5 EU bodies and 4 partner organisations, published in both languages', async () => {
    const payload = await testPayload()
    for (const [kind, expected] of [['state', 50], ['eu-body', 5], ['organisation', 4]] as const) {
      const { totalDocs } = await payload.count({ collection: 'participants', where: { and: [{ kind: { equals: kind } }, seededParticipants] }, overrideAccess: false })
      expect(totalDocs, kind).toBe(expected)
    }
    const ru = await payload.find({ collection: 'participants', locale: 'ru', fallbackLocale: false, where: { isoCode: { equals: 'CZ' } }, overrideAccess: false })
    expect(ru.docs[0].name).toBe('Чехия')
    const en = await payload.find({ collection: 'participants', locale: 'en', where: { isoCode: { equals: 'CZ' } }, overrideAccess: false })
    expect(en.docs[0].name).toBe('Czech Republic')
  })

  it('qualifies Kosovo with the footnote in both languages', async () => {
    const payload = await testPayload()
    for (const locale of ['en', 'ru'] as const) {
      const { docs } = await payload.find({ collection: 'participants', locale, fallbackLocale: false, where: { isoCode: { equals: 'XK' } }, overrideAccess: false })
      expect(docs[0].footnote, locale).toMatch(locale === 'en' ? /UNSCR 1244\/1999/ : /1244/)
    }
  })

  it('has the six thematic areas in order and the four governance bodies', async () => {
    const payload = await testPayload()
    const areas = await payload.find({ collection: 'thematic-areas', sort: 'order', locale: 'ru', where: seededAreas, overrideAccess: false })
    expect(areas.docs.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6])
    expect(areas.docs.every((a) => /[а-я]/i.test(a.title))).toBe(true)
    const bodies = await payload.find({ collection: 'governance-bodies', where: { _status: { equals: 'published' } }, overrideAccess: false })
    expect(bodies.docs.map((b) => b.key).sort()).toEqual(['ministerial-conferences', 'national-contact-points', 'senior-officials', 'strategic-group'])
  })

  it('records the Strategic Group composition from the seed', async () => {
    const payload = await testPayload()
    const group = await payload.findGlobal({ slug: 'strategic-group', depth: 1, overrideAccess: false })
    const codes = (group.members ?? []).map((m) => (typeof m === 'object' ? (m.isoCode ?? m.slug) : m)).sort()
    expect(codes).toEqual(['CZ', 'HU', 'LT', 'PL', 'european-commission', 'icmpd'])
    expect(group.otherMembers?.[0]?.name).toMatch(/Presidency/)
  })

  it('created exactly one admin on first start', async () => {
    const payload = await testPayload()
    const { totalDocs } = await payload.count({ collection: 'users', where: { roles: { contains: 'admin' } }, overrideAccess: true })
    expect(totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('has labelled demo publications, one per edition pattern and two in the training library, searchable inside their PDFs', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'publications', where: { slug: { in: demoPublications.map((p) => p.slug) } }, locale: 'all', depth: 1, overrideAccess: false, sort: 'slug' })
    expect(docs.map((d) => [d.slug, (d.editions ?? []).map((e) => e.language)])).toEqual([
      ['how-the-prague-process-is-governed', ['en']],
      ['migration-observatory-and-training-academy', ['ru']],
      ['prague-process-at-a-glance', ['en', 'ru']],
      ['trainers-handbook-training-academy', ['en', 'ru']],
      ['training-module-legal-labour-migration', ['ru', 'en']],
    ])
    for (const doc of docs) {
      const abstract = doc.abstract as unknown as { en?: string; ru?: string }
      expect(abstract.en ?? abstract.ru).toMatch(/Demonstration item|Демонстрационный материал/)
      for (const edition of doc.editions ?? []) expect(typeof edition.file === 'object' && edition.file.textStatus).toBe('extracted')
    }
    const titles = async (q: string, locale: 'en' | 'ru') => (await searchSite(payload, { q, locale, audience: 'public', filters: { kinds: ['publication'] } })).hits.map((h) => h.title)
    // Words found only inside the PDFs, in inflected forms.
    expect(await titles('ротационным председательством', 'ru')).toContain('Пражский процесс: краткий обзор')
    expect(await titles('"rotating chairmanship"', 'en')).toEqual(expect.arrayContaining(['The Prague Process at a glance', 'How the Prague Process is governed']))
    expect(await titles('ознакомительные визиты', 'ru')).toEqual(['Миграционная обсерватория и Учебная академия Пражского процесса'])
    // The training library is the repository's handbooks and training materials: one search.
    const library = await searchSite(payload, { q: 'трудового мигранта', locale: 'ru', audience: 'public', filters: { kinds: ['publication'], type: ['handbook', 'training-material'] } })
    expect(library.hits.map((h) => h.title)).toEqual(['Учебный модуль: законная миграция и трудовая мобильность в регионе Пражского процесса'])
    // Courses are in the one search too, at their public page.
    const courses = await searchSite(payload, { q: 'самостоятельного изучения', locale: 'ru', audience: 'public', filters: { kinds: ['course'] } })
    expect(courses.hits.map((h) => [h.title, h.urlPath])).toEqual([['Пражский процесс: введение', '/academy/courses/prague-process-introduction']])
    // And the trainers whose profiles are public, by name.
    const trainers = await searchSite(payload, { q: 'Капанадзе', locale: 'ru', audience: 'public', filters: { kinds: ['trainer'] } })
    expect(trainers.hits.map((h) => [h.title, h.kind])).toEqual([['Нино Капанадзе', 'trainer']])
  })
  it('arranges the home page in both languages, the Russian text on the same blocks and rows', async () => {
    const payload = await testPayload()
    const read = (locale: 'en' | 'ru') => payload.findGlobal({ slug: 'home-page', locale, fallbackLocale: false, depth: 1, overrideAccess: false })
    const [en, ru] = await Promise.all([read('en'), read('ru')])
    const shape = (layout: typeof en.layout) =>
      (layout ?? []).map((b) => [b.blockType, b.id, ...(b.blockType === 'hero' ? (b.actions ?? []).map((a) => a.id) : b.blockType === 'cards' ? b.cards.map((c) => c.id) : [])])
    expect(shape(en.layout).map(([type]) => type)).toEqual(['hero', 'thematicAreas', 'cards', 'latestNews', 'latestPublications', 'upcomingEvents'])
    expect(shape(ru.layout)).toEqual(shape(en.layout))
    const hero = (layout: typeof en.layout) => layout?.find((b) => b.blockType === 'hero')
    expect(hero(en.layout)).toMatchObject({ heading: 'Prague Process', actions: [{ kind: 'page', page: { slug: 'about' } }, { section: 'participants' }, { section: 'repository' }] })
    expect(hero(ru.layout)).toMatchObject({ heading: 'Пражский процесс', actions: [{ label: 'О Пражском процессе' }, { label: 'Участники на карте' }, { label: 'Онлайн-репозиторий' }] })
    const cards = (layout: typeof en.layout) => (layout ?? []).flatMap((b) => (b.blockType === 'cards' ? [b.heading, ...b.cards.map((c) => c.title)] : []))
    expect(cards(en.layout)).toEqual(['Dialogue, analysis and training', 'Dialogue', 'Migration Observatory', 'Training Academy'])
    expect(cards(ru.layout)).toEqual(['Диалог, аналитика и обучение', 'Диалог', 'Миграционная обсерватория', 'Учебная академия'])
  })

  it('illustrates news with drawn maps, described in both languages, with their renditions', async () => {
    const payload = await testPayload()
    const illustrated = news.filter((n) => n.image).map((n) => n.slug)
    const { docs } = await payload.find({ collection: 'news', where: { slug: { in: illustrated } }, depth: 0, overrideAccess: false })
    expect(docs).toHaveLength(illustrated.length)
    for (const item of docs) {
      const media = await payload.findByID({ collection: 'media', id: item.image as number, locale: 'all', overrideAccess: false })
      const alt = media.alt as unknown as { en?: string; ru?: string }
      expect(alt.en, item.slug).toMatch(/^Map of Europe and Central Asia/)
      expect(alt.ru, item.slug).toMatch(/^Карта Европы и Центральной Азии/)
      expect(media).toMatchObject({ mimeType: 'image/png', width: 1600 })
      expect(media.sizes?.card).toMatchObject({ url: expect.stringMatching(/\.webp$/), width: 640, height: expect.any(Number) })
      expect(media.sizes?.social).toMatchObject({ width: 1200, height: 630 })
    }
    const group = await payload.find({ collection: 'news', where: { slug: { equals: 'strategic-group-composition' } }, depth: 1, overrideAccess: false })
    expect((group.docs[0].countries ?? []).map((c) => (typeof c === 'object' ? c.isoCode : c)).sort()).toEqual(['CZ', 'HU', 'LT', 'PL'])
  })

  it('gives every demo publication a cover and every conference its host state', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'publications', where: { slug: { in: demoPublications.map((p) => p.slug) } }, depth: 1, overrideAccess: false })
    for (const doc of docs) {
      const cover = doc.cover
      expect(typeof cover === 'object' && cover, doc.slug).toMatchObject({ mimeType: 'image/jpeg', width: 1240, height: 1754, alt: expect.stringMatching(/^Cover of the /) })
    }
    const ru = await payload.find({ collection: 'publications', locale: 'ru', where: { slug: { equals: 'migration-observatory-and-training-academy' } }, depth: 1, overrideAccess: false })
    const ruCover = ru.docs[0].cover
    expect(typeof ruCover === 'object' && ruCover?.alt).toBe('Обложка программного документа «Миграционная обсерватория и Учебная академия Пражского процесса»')
    const hosted = await payload.find({ collection: 'conferences', where: { slug: { in: conferences.map((c) => c.slug) } }, depth: 1, sort: 'heldOn', overrideAccess: false })
    expect(hosted.docs.map((c) => [c.slug, typeof c.host === 'object' ? c.host?.isoCode : c.host])).toEqual([
      ['prague-2009', 'CZ'],
      ['bratislava', 'SK'],
      ['ministerial-conference-2022', undefined],
    ])
  })

  it('dates every conference of the seed, to the precision the seed gives, and offers each declaration in both languages', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'conferences', where: { slug: { in: conferences.map((c) => c.slug) } }, depth: 1, sort: 'heldOn', overrideAccess: false })
    expect(docs.map((c) => [c.slug, c.heldOn?.slice(0, 7), c.heldOnPrecision])).toEqual([
      ['prague-2009', '2009-04', 'month'],
      ['bratislava', '2016-09', 'month'],
      ['ministerial-conference-2022', '2022-01', 'year'],
    ])
    for (const slug of ['prague-2009', 'bratislava']) {
      const conference = docs.find((c) => c.slug === slug)!
      const files = (conference.declarations ?? []).map((d) => ({ language: d.language, file: typeof d.file === 'object' ? d.file : undefined }))
      expect(files.map((f) => f.language), slug).toEqual(['en', 'ru'])
      for (const { language, file } of files) {
        expect(file, `${slug} ${language}`).toMatchObject({ mimeType: 'application/pdf', url: expect.stringMatching(/\.pdf$/) })
        // The stored file says in its own language what it is.
        const { text } = await extractPdfText(await readUploadedFile(payload, 'media', file!))
        expect(text).toContain(language === 'ru' ? 'не официальный текст' : 'not the official text')
        expect(text).toContain(language === 'ru' ? (slug === 'bratislava' ? 'Братиславская декларация' : 'Совместная декларация') : slug === 'bratislava' ? 'Bratislava Declaration' : 'Joint Declaration')
      }
    }
  })

  it('lists an institution as the Czech contact point, for members only', async () => {
    const payload = await testPayload()
    const where = { isoCode: { equals: 'CZ' } }
    const anonymous = await payload.find({ collection: 'participants', where, overrideAccess: false })
    expect(anonymous.docs[0].contactPoints ?? []).toEqual([])
    const ru = await payload.find({ collection: 'participants', where, locale: 'ru', overrideAccess: true })
    expect(ru.docs[0].contactPoints).toEqual([expect.objectContaining({ institution: expect.stringMatching(/^Министерство внутренних дел Чешской Республики/) })])
    // No person and no address is made up.
    expect(ru.docs[0].contactPoints?.[0]).toMatchObject({ name: null, email: null, phone: null })
  })

  it('gives the Senior Officials’ Meeting its papers at three access levels, in both languages where written so, linked from the agenda', async () => {
    const payload = await testPayload()
    const som = (await payload.find({ collection: 'events', where: { slug: { equals: 'senior-officials-meeting-prague' } }, depth: 0, overrideAccess: true })).docs[0]
    const papers = await payload.find({ collection: 'meeting-documents', where: { event: { equals: som.id } }, locale: 'ru', sort: 'id', depth: 0, overrideAccess: true })
    expect(papers.docs.map((d) => `${d.access} ${d.language} ${d.editionOf ? 'edition' : 'original'}`)).toEqual([
      'public en original',
      'public ru edition',
      'participants en original',
      'participants ru edition',
      'ncp-network en original',
    ])
    expect(papers.docs[0].title).toBe('Аннотированная программа')
    // The agenda's second session carries the report of the year; the fourth, the draft recommendations.
    const linked = (som.agenda ?? []).map((s) => (s.documents ?? []).length)
    expect(linked).toEqual([0, 1, 0, 1, 0])
    // A visitor reads the public paper only.
    const visible = await payload.find({ collection: 'meeting-documents', where: { event: { equals: som.id } }, depth: 0, overrideAccess: false })
    expect(visible.docs.map((d) => d.access)).toEqual(['public', 'public'])
  })
})
