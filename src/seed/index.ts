import { footer, headerMenu, type SeedMenuLink } from './data/site-menus'
import type { TSiteSection } from '@/server/content/site-links'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { paragraphsToLexical } from '@/server/content/lexical'
import { catalogs } from '@/i18n/messages'
import { seedActionPlan } from './action-plan'
import { seedEvents } from './events'
import { conferences } from './data/conferences'
import { governanceBodies, strategicGroup } from './data/governance'
import { news } from './data/news'
import { pages } from './data/pages'
import { participants } from './data/participants'
import { projects } from './data/projects'
import { thematicAreas } from './data/thematic-areas'
import type { Localized, SeedConference, SeedHomeBlock, SeedLink, SeedParticipant } from './types'
import { renderLetterPdf } from '@/server/pdf/letter-pdf'
import type { HomePage } from '@/payload-types'
import { homePage } from './data/home-page'
import { coverAlt, coverDemoLabel, mapAlts, strategicGroupIsoCodes } from './data/images'
import { renderCover, renderRegionMap, type TDemoImage } from './demo-images'
import { publicationTypes } from './data/publication-types'
import { thesaurus } from './data/thesaurus'
import { reindexAll } from '@/server/search-index/index-sources'
import { syncPublicationState } from '@/server/publications/sync-publication-state'
import { demoAuthor, demoLabel, demoPublications } from './data/publications'
import { demoTrainerLabel, demoTrainers } from './data/trainers'
import { demoCourses, type SeedQuestion } from './data/courses'

/**
 * A conference's declaration as one PDF per language (media, for everyone): its main points in
 * the demo's own words, marked as a summary rather than the official text.
 */
async function seedDeclarationFiles(payload: Payload, c: SeedConference): Promise<{ language: Lang; file: number }[]> {
  const files: { language: Lang; file: number }[] = []
  for (const language of ['en', 'ru'] as const) {
    const title = c.declarationTitle?.[language] ?? c.title[language]
    const label = catalogs[language]['seed.declaration.summaryLabel']
    const data = Buffer.from(
      await renderLetterPdf({
        language,
        title,
        letterhead: [catalogs[language]['site.name'], c.title[language]],
        meta: [],
        recipient: [],
        heading: title,
        paragraphs: c.declarationPoints![language].map((point, i) => `${i + 1}. ${point}`),
        closing: [],
        footer: label,
      }),
    )
    const name = `${c.slug}-declaration-${language}.pdf`
    const alt = { en: `${c.declarationTitle?.en ?? c.title.en} (PDF)`, ru: `${c.declarationTitle?.ru ?? c.title.ru} (PDF)` }
    const doc = await payload.create({ collection: 'media', locale: 'en', data: { alt: alt.en }, file: { data, mimetype: 'application/pdf', name, size: data.length }, overrideAccess: true, context: quiet() })
    await payload.update({ collection: 'media', id: doc.id, locale: 'ru', data: { alt: alt.ru }, overrideAccess: true, context: quiet() })
    files.push({ language, file: doc.id })
  }
  return files
}

/** A fresh context per call: Payload and its plugins write into a request's context (the storage plugin leaves skipCloudStorage there), so one shared object would leak from one save into the next. */
const quiet = () => ({ skipRevisionBump: true, skipSearchIndexing: true })
type Lang = 'en' | 'ru'

/** Creates a document in English, then adds the Russian text to the same document. */
async function createBilingual(
  payload: Payload,
  collection: 'thematic-areas' | 'participants' | 'governance-bodies' | 'conferences' | 'projects' | 'news' | 'pages',
  build: (lang: Lang) => Record<string, unknown>,
): Promise<string | number> {
  // One function for several collections: their data types cannot be named here.
  const english: Record<string, unknown> = { ...build('en'), _status: 'published' }
  const russian: Record<string, unknown> = { ...build('ru'), _status: 'published' }
  const doc = await payload.create({
    collection,
    locale: 'en',
    data: english as never,
    overrideAccess: true,
    context: quiet(),
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'ru',
    data: russian as never,
    overrideAccess: true,
    context: quiet(),
  })
  return doc.id
}

const pick = (value: Localized | undefined, lang: Lang) => value?.[lang]

/** True when the database has no content yet (first start). */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'participants', overrideAccess: true })
  return totalDocs === 0
}

/** Writes the demo content of the Prague Process in English and Russian. */
export async function seed(payload: Payload): Promise<void> {
  // Drawn while the first documents are written; awaited where they are used.
  const images = renderDemoImages()
  images.catch(() => undefined) // a failure surfaces at the await below, not as an unhandled rejection
  const areaIds = new Map<string, string | number>()
  for (const area of thematicAreas) {
    const id = await createBilingual(payload, 'thematic-areas', (lang) => ({
      slug: area.slug,
      order: area.order,
      title: area.title[lang],
      summary: area.summary[lang],
      body: paragraphsToLexical(area.body[lang]),
    }))
    areaIds.set(area.slug, id)
  }

  const participantIds = new Map<string, string | number>()
  const participantIdsByIso = new Map<string, string | number>()
  for (const p of participants) {
    const id = await createBilingual(payload, 'participants', (lang) => ({
      slug: p.slug,
      kind: p.kind,
      isoCode: p.isoCode,
      name: p.name[lang],
      acronym: pick(p.acronym, lang),
      groups: p.groups,
      footnote: pick(p.footnote, lang),
      joinedOn: p.joinedOn,
      summary: pick(p.summary, lang),
    }))
    participantIds.set(p.slug, id)
    if (p.isoCode) participantIdsByIso.set(p.isoCode, id)
    if (p.contactPoints?.length) await seedContactPoints(payload, id, p.contactPoints)
  }
  const statesByIso = (codes: string[] | undefined) => (codes ?? []).map((iso) => participantIdsByIso.get(iso)).filter((id) => id !== undefined)

  for (const body of governanceBodies) {
    const doc = await payload.create({
      collection: 'governance-bodies',
      locale: 'en',
      data: {
        key: body.key,
        order: body.order,
        title: body.title.en,
        rhythm: body.rhythm.en,
        summary: body.summary.en,
        functions: body.functions.map((f) => ({ text: f.en })),
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
    // Array rows keep their ids across locales, so the Russian text lands on the same rows.
    await payload.update({
      collection: 'governance-bodies',
      id: doc.id,
      locale: 'ru',
      data: {
        title: body.title.ru,
        rhythm: body.rhythm.ru,
        summary: body.summary.ru,
        functions: (doc.functions ?? []).map((row, i) => ({ id: row.id, text: body.functions[i].ru })),
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
  }

  for (const c of conferences) {
    const [year, month, day] = (c.heldOn ?? '').split('-')
    const declarations = c.declarationPoints ? await seedDeclarationFiles(payload, c) : undefined
    await createBilingual(payload, 'conferences', (lang) => ({
      declarations,
      slug: c.slug,
      ordinal: c.ordinal,
      title: c.title[lang],
      city: pick(c.city, lang),
      heldOn: year ? new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1)).toISOString() : undefined,
      heldOnPrecision: day ? 'day' : month ? 'month' : 'year',
      declarationTitle: pick(c.declarationTitle, lang),
      host: c.host ? participantIds.get(c.host) : undefined,
      summary: c.summary[lang],
    }))
  }

  for (const p of projects) {
    const doc = await payload.create({
      collection: 'projects',
      locale: 'en',
      data: {
        slug: p.slug,
        title: p.title.en,
        summary: p.summary.en,
        body: paragraphsToLexical(p.body.en),
        startYear: p.startYear,
        endYear: p.endYear,
        funders: p.funders.map((f) => ({ name: f.en })),
        countries: statesByIso(p.countries) as number[],
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
    await payload.update({
      collection: 'projects',
      id: doc.id,
      locale: 'ru',
      data: {
        title: p.title.ru,
        summary: p.summary.ru,
        body: paragraphsToLexical(p.body.ru),
        funders: (doc.funders ?? []).map((row, i) => ({ id: row.id, name: p.funders[i].ru })),
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
  }

  // The maps illustrate news items; the covers go with the publications below.
  const { maps, covers } = await images
  const mapIds = new Map<string, number>()
  for (const [key, image] of Object.entries(maps)) mapIds.set(key, await uploadImage(payload, image, mapAlts[key as keyof typeof maps]))
  // The demo news are dated on the day they are seeded, a day apart, newest first.
  const now = Date.now()
  for (const [i, item] of news.entries()) {
    await createBilingual(payload, 'news', (lang) => ({
      slug: item.slug,
      title: item.title[lang],
      excerpt: item.excerpt[lang],
      body: paragraphsToLexical(item.body[lang]),
      publishedAt: new Date(now - i * 86_400_000).toISOString(),
      image: item.image ? mapIds.get(item.image) : undefined,
      countries: statesByIso(item.countries),
    }))
  }

  const pageIds = new Map<string, number>()
  for (const page of pages) {
    const enDoc = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        slug: page.slug,
        parent: page.parent ? pageIds.get(page.parent) : undefined,
        title: page.title.en,
        intro: page.intro.en,
        layout: [
          { blockType: 'content', body: paragraphsToLexical(page.body.en) },
          ...(page.quote
            ? [{ blockType: 'quote' as const, text: page.quote.text.en, author: page.quote.author.en, attribution: page.quote.attribution.en }]
            : []),
          ...(page.contactForm ? [{ blockType: 'contactForm' as const, heading: page.contactForm.heading.en, intro: page.contactForm.intro.en }] : []),
        ],
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
    await payload.update({
      collection: 'pages',
      id: enDoc.id,
      locale: 'ru',
      data: {
        title: page.title.ru,
        intro: page.intro.ru,
        layout: (enDoc.layout ?? []).map((block) => {
          switch (block.blockType) {
            case 'content':
              return { ...block, body: paragraphsToLexical(page.body.ru) }
            case 'contactForm':
              return { ...block, heading: page.contactForm!.heading.ru, intro: page.contactForm!.intro.ru }
            case 'quote':
              return { ...block, text: page.quote!.text.ru, author: page.quote!.author.ru, attribution: page.quote!.attribution.ru }
            default:
              return block
          }
        }),
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
    pageIds.set(page.slug, enDoc.id)
  }
  await seedSiteMenus(payload, pageIds)
  await seedHomePage(payload, pageIds)

  const memberIds = strategicGroup.memberSlugs.map((slug) => participantIds.get(slug)).filter((id) => id !== undefined)
  const sg = await payload.updateGlobal({
    slug: 'strategic-group',
    locale: 'en',
    data: { members: memberIds as number[], otherMembers: strategicGroup.otherMembers.map((m) => ({ name: m.en })) },
    overrideAccess: true,
    context: quiet(),
  })
  await payload.updateGlobal({
    slug: 'strategic-group',
    locale: 'ru',
    data: { otherMembers: (sg.otherMembers ?? []).map((row, i) => ({ id: row.id, name: strategicGroup.otherMembers[i].ru })) },
    overrideAccess: true,
    context: quiet(),
  })

  // The visa letter's standard wording, for the Secretariat to adapt in the admin.
  for (const lang of ['en', 'ru'] as const) {
    const text = (key: string) => catalogs[lang][`letter.pdf.${key}`]
    await payload.updateGlobal({ slug: 'invitation-letter-template', locale: lang, data: { heading: text('heading'), body: [text('p1'), text('p2'), text('p3')].join('\n\n'), closing: text('closing'), signatory: text('signatory') }, overrideAccess: true, context: quiet() })
  }

  const typeIds = new Map<string, number>()
  for (const [order, type] of publicationTypes.entries()) {
    const doc = await payload.create({ collection: 'publication-types', locale: 'en', data: { slug: type.slug, name: type.name.en, order }, overrideAccess: true, context: quiet() })
    await payload.update({ collection: 'publication-types', id: doc.id, locale: 'ru', data: { name: type.name.ru }, overrideAccess: true, context: quiet() })
    typeIds.set(type.slug, doc.id)
  }
  for (const term of thesaurus) {
    await payload.create({ collection: 'search-terms', data: term, overrideAccess: true, context: quiet() })
  }
  await seedDemoPublications(payload, { areaIds, participantIdsByIso, typeIds }, covers)
  await seedEvents(payload, { areaIds, participantIdsByIso })
  await seedActionPlan(payload, { areaIds, participantIdsByIso })
  await seedTrainers(payload, { areaIds, participantIds })
  await seedCourses(payload, mapIds.get('region-map'))
  await reindexAll(payload)
}

/**
 * The demo items of the Online Repository with their PDF editions (src/seed/files). Each
 * is synchronised at once (file audience, PDF text, search entry, OAI record), so the
 * repository is searchable as soon as the first start ends.
 */
async function seedDemoPublications(
  payload: Payload,
  ids: { areaIds: Map<string, string | number>; participantIdsByIso: Map<string, string | number>; typeIds: Map<string, number> },
  covers: Map<string, TDemoImage>,
): Promise<void> {
  const author = await payload.create({ collection: 'authors', locale: 'en', data: { slug: 'prague-process-secretariat', kind: 'organisation', name: demoAuthor.name.en, affiliation: demoAuthor.affiliation.en }, overrideAccess: true, context: quiet() })
  await payload.update({ collection: 'authors', id: author.id, locale: 'ru', data: { name: demoAuthor.name.ru, affiliation: demoAuthor.affiliation.ru }, overrideAccess: true, context: quiet() })
  const publishedOn = new Date().toISOString().slice(0, 10)
  for (const item of demoPublications) {
    const editions = []
    for (const language of item.editions) {
      const name = `${item.slug}-${language}.pdf`
      const data = fs.readFileSync(path.join(process.cwd(), 'src/seed/files', name))
      const file = await payload.create({ collection: 'documents', data: { audience: 'staff' }, file: { data, mimetype: 'application/pdf', name, size: data.length }, overrideAccess: true, context: quiet() })
      editions.push({ language, file: file.id })
    }
    const type = publicationTypes.find((t) => t.slug === item.type)!
    const cover = covers.get(item.slug)
    const coverId = cover ? await uploadImage(payload, cover, coverAlt(type, item.title)) : undefined
    const [first, ...others] = item.editions
    const localized = (lang: Lang) => ({
      title: item.title[lang]!,
      abstract: `${item.abstract[lang]} ${demoLabel[lang]}`,
      keywords: item.keywords[lang],
    })
    const doc = await payload.create({
      collection: 'publications',
      locale: first,
      data: {
        ...localized(first),
        slug: item.slug,
        type: ids.typeIds.get(item.type)!,
        publishedOn,
        editions,
        authors: [author.id],
        thematicAreas: item.thematicAreas.map((slug) => ids.areaIds.get(slug)).filter((id) => id !== undefined) as number[],
        countries: item.countries.map((iso) => ids.participantIdsByIso.get(iso)).filter((id) => id !== undefined) as number[],
        cover: coverId,
        visibility: 'public',
        _status: 'published',
      },
      overrideAccess: true,
      context: quiet(),
    })
    for (const lang of others) {
      await payload.update({ collection: 'publications', id: doc.id, locale: lang, data: { ...localized(lang), _status: 'published' }, overrideAccess: true, context: quiet() })
    }
    await syncPublicationState(payload, doc.id)
  }
}

/**
 * The demo profiles of the trainers' network: published, with the (invented) trainers' consent,
 * and an address at example.org, so the directory's contact form has somewhere to write.
 */
async function seedTrainers(payload: Payload, ids: { areaIds: Map<string, string | number>; participantIds: Map<string, string | number> }) {
  for (const trainer of demoTrainers) {
    const localized = (lang: Lang) => ({
      name: trainer.name[lang],
      institution: trainer.institution[lang],
      biography: `${demoTrainerLabel[lang]}\n\n${trainer.biography[lang]}`,
    })
    const doc = await payload.create({
      collection: 'trainers',
      locale: 'en',
      data: {
        ...localized('en'),
        slug: trainer.slug,
        kind: trainer.kind,
        country: Number(ids.participantIds.get(trainer.country)),
        thematicAreas: trainer.thematicAreas.map((slug) => Number(ids.areaIds.get(slug))),
        languages: trainer.languages as never,
        trainings: trainer.trainings.map((t) => ({ title: t.title.en, year: t.year, place: t.place.en })),
        email: `${trainer.slug}@example.org`,
        status: 'published',
        consent: true,
      },
      overrideAccess: true,
      context: quiet(),
    })
    await payload.update({
      collection: 'trainers',
      id: doc.id,
      locale: 'ru',
      data: { ...localized('ru'), trainings: (doc.trainings ?? []).map((row, i) => ({ id: row.id, title: trainer.trainings[i].title.ru, place: trainer.trainings[i].place.ru })) },
      overrideAccess: true,
      context: quiet(),
    })
  }
}

/** A demo quiz's questions in the course's bank, in both languages (rows keep their ids across languages). */
async function seedQuestions(payload: Payload, courseId: number, questions: SeedQuestion[]): Promise<number[]> {
  const ids: number[] = []
  for (const q of questions) {
    const created = await payload.create({
      collection: 'questions',
      locale: 'en',
      data: { course: courseId, kind: q.kind, prompt: q.prompt.en, isTrue: q.isTrue, accepted: q.accepted?.en, explanation: q.explanation?.en, options: q.options?.map((o) => ({ text: o.text.en, correct: o.correct })), pairs: q.pairs?.map((p) => ({ left: p.left.en, right: p.right.en })) },
      overrideAccess: true,
      context: quiet(),
    })
    await payload.update({
      collection: 'questions',
      id: created.id,
      locale: 'ru',
      data: { prompt: q.prompt.ru, accepted: q.accepted?.ru, explanation: q.explanation?.ru, options: created.options?.map((row, i) => ({ id: row.id, text: q.options![i].text.ru, correct: q.options![i].correct })), pairs: created.pairs?.map((row, i) => ({ id: row.id, left: q.pairs![i].left.ru, right: q.pairs![i].right.ru })) },
      overrideAccess: true,
      context: quiet(),
    })
    ids.push(created.id)
  }
  return ids
}

/** The demo course of the E-learning Platform, published, open to anyone signed in. */
/** The demo courses, each with the map of the participating states as its cover. */
async function seedCourses(payload: Payload, cover: number | undefined) {
  for (const course of demoCourses) {
    const doc = await payload.create({
      collection: 'courses',
      locale: 'en',
      data: { title: course.title.en, summary: course.summary.en, description: paragraphsToLexical(course.description.en), cover, languages: ['en', 'ru'], level: course.level, hours: course.hours, sequential: course.sequential, enrollment: 'open', slug: course.slug, _status: 'draft' },
      overrideAccess: true,
      context: quiet(),
    })
    const modules: { title: string; lessons: number[] }[] = []
    for (const module of course.modules) {
      const lessons: number[] = []
      for (const lesson of module.lessons) {
        const quiz = lesson.quiz ? { passMark: lesson.quiz.passMark, minutes: lesson.quiz.minutes, shuffle: true, questions: await seedQuestions(payload, doc.id, lesson.quiz.questions) } : undefined
        const created = await payload.create({ collection: 'lessons', locale: 'en', data: { title: lesson.title.en, slug: lesson.slug, course: doc.id, kind: quiz ? 'quiz' : 'text', quiz, body: paragraphsToLexical(lesson.paragraphs.en), required: lesson.required ?? true }, overrideAccess: true, context: quiet() })
        await payload.update({ collection: 'lessons', id: created.id, locale: 'ru', data: { title: lesson.title.ru, body: paragraphsToLexical(lesson.paragraphs.ru) }, overrideAccess: true, context: quiet() })
        lessons.push(created.id)
      }
      modules.push({ title: module.title.en, lessons })
    }
    const saved = await payload.update({ collection: 'courses', id: doc.id, locale: 'en', data: { modules, _status: 'published' }, overrideAccess: true, context: quiet() })
    await payload.update({
      collection: 'courses',
      id: doc.id,
      locale: 'ru',
      data: { title: course.title.ru, summary: course.summary.ru, description: paragraphsToLexical(course.description.ru), modules: (saved.modules ?? []).map((row, i) => ({ id: row.id, title: course.modules[i].title.ru, lessons: modules[i].lessons })), _status: 'published' },
      overrideAccess: true,
      context: quiet(),
    })
  }
}

/** The header menu and the footer, in both languages (rows keep their ids across languages). */
async function seedSiteMenus(payload: Payload, pageIds: Map<string, number>) {
  const link = (l: SeedMenuLink, lang: 'en' | 'ru') => ({
    label: l.label[lang],
    kind: l.kind,
    ...(l.kind === 'page' ? { page: pageIds.get(l.page) } : l.kind === 'section' ? { section: l.section as TSiteSection } : { url: l.url }),
  })
  const header = await payload.updateGlobal({ slug: 'site-header', locale: 'en', data: { items: headerMenu.map((l) => link(l, 'en')) }, overrideAccess: true, context: quiet() })
  await payload.updateGlobal({
    slug: 'site-header',
    locale: 'ru',
    data: { items: (header.items ?? []).map((row, i) => ({ ...link(headerMenu[i], 'ru'), id: row.id })) },
    overrideAccess: true,
    context: quiet(),
  })
  const { about, organisation, address, email, links } = footer
  const en = await payload.updateGlobal({
    slug: 'site-footer',
    locale: 'en',
    data: { about: about.en, organisation: organisation.en, address: address.en, email, links: links.map((l) => link(l, 'en')), fundingNotice: true },
    overrideAccess: true,
    context: quiet(),
  })
  await payload.updateGlobal({
    slug: 'site-footer',
    locale: 'ru',
    data: { about: about.ru, organisation: organisation.ru, address: address.ru, links: (en.links ?? []).map((row, i) => ({ ...link(links[i], 'ru'), id: row.id })) },
    overrideAccess: true,
    context: quiet(),
  })
}

/**
 * The demo images (src/seed/demo-images.ts): the region map, the map of the Strategic
 * Group, and a cover for each demo publication in its languages.
 */
async function renderDemoImages(): Promise<{ maps: Record<'region-map' | 'strategic-group-map', TDemoImage>; covers: Map<string, TDemoImage> }> {
  const states = participants.filter((p) => p.kind === 'state' && p.isoCode).map((p) => p.isoCode!)
  const [regionMap, strategicGroupMap, ...coverImages] = await Promise.all([
    renderRegionMap(states, 'prague-process-region-map.png'),
    renderRegionMap(states, 'prague-process-strategic-group-map.png', { highlight: strategicGroupIsoCodes }),
    ...demoPublications.map((item) =>
      renderCover({
        slug: item.slug,
        type: publicationTypes.find((t) => t.slug === item.type)!.name,
        title: item.title,
        languages: item.editions,
        footer: coverDemoLabel,
      }),
    ),
  ])
  return {
    maps: { 'region-map': regionMap, 'strategic-group-map': strategicGroupMap },
    covers: new Map(demoPublications.map((item, i) => [item.slug, coverImages[i]])),
  }
}

/** Uploads a drawn image with its alternative text in both languages; Payload makes the renditions. */
async function uploadImage(payload: Payload, image: TDemoImage, alt: Localized): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: alt.en },
    file: { data: image.data, mimetype: image.mimetype, name: image.name, size: image.data.length },
    overrideAccess: true,
    context: quiet(),
  })
  await payload.update({ collection: 'media', id: doc.id, locale: 'ru', data: { alt: alt.ru }, overrideAccess: true, context: quiet() })
  return doc.id
}

/** A state's National Contact Points, in both languages (rows keep their ids across languages). */
async function seedContactPoints(payload: Payload, id: string | number, points: NonNullable<SeedParticipant['contactPoints']>) {
  const en = await payload.update({
    collection: 'participants',
    id,
    locale: 'en',
    data: { contactPoints: points.map((c) => ({ institution: c.institution.en, position: c.position?.en })), _status: 'published' },
    overrideAccess: true,
    context: quiet(),
  })
  await payload.update({
    collection: 'participants',
    id,
    locale: 'ru',
    data: {
      contactPoints: (en.contactPoints ?? []).map((row, i) => ({ id: row.id, institution: points[i].institution.ru, position: points[i].position?.ru })),
      _status: 'published',
    },
    overrideAccess: true,
    context: quiet(),
  })
}

type THomeBlockData = NonNullable<HomePage['layout']>[number]

/** One block of the home page in a language; `saved` is the English block, whose ids the Russian one keeps. */
function homeBlock(block: SeedHomeBlock, lang: Lang, pageIds: Map<string, number>, saved?: THomeBlockData): THomeBlockData {
  const target = (l: SeedLink) =>
    l.kind === 'page' ? { kind: l.kind, page: pageIds.get(l.page) } : l.kind === 'section' ? { kind: l.kind, section: l.section } : { kind: l.kind, url: l.url }
  const id = saved?.id ? { id: saved.id } : {}
  const rowId = (rows: { id?: string | null }[] | null | undefined, i: number) => (rows?.[i]?.id ? { id: rows[i].id } : {})
  switch (block.blockType) {
    case 'hero': {
      const rows = saved?.blockType === 'hero' ? saved.actions : undefined
      return { ...id, blockType: 'hero', heading: block.heading[lang], lead: block.lead[lang], actions: block.actions.map((a, i) => ({ ...rowId(rows, i), label: a.label[lang], ...target(a) })) }
    }
    case 'cards': {
      const rows = saved?.blockType === 'cards' ? saved.cards : undefined
      return {
        ...id,
        blockType: 'cards',
        heading: block.heading[lang],
        cards: block.cards.map((c, i) => ({ ...rowId(rows, i), title: c.title[lang], text: c.text[lang], ...(c.link ? { link: target(c.link) } : {}) })),
      }
    }
    case 'thematicAreas':
      return { ...id, blockType: block.blockType, heading: block.heading?.[lang] }
    default:
      return { ...id, blockType: block.blockType, heading: block.heading?.[lang], count: block.count }
  }
}

/** The home page's blocks in both languages: English first, then Russian on the same blocks and rows. */
async function seedHomePage(payload: Payload, pageIds: Map<string, number>) {
  const en = await payload.updateGlobal({
    slug: 'home-page',
    locale: 'en',
    data: { layout: homePage.map((block) => homeBlock(block, 'en', pageIds)) },
    overrideAccess: true,
    context: quiet(),
  })
  await payload.updateGlobal({
    slug: 'home-page',
    locale: 'ru',
    data: { layout: homePage.map((block, i) => homeBlock(block, 'ru', pageIds, en.layout?.[i])) },
    overrideAccess: true,
    context: quiet(),
  })
}
