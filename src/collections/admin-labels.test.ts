import type { Block, CollectionConfig, Field, GlobalConfig, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// The collections read env (upload folders); a given secret keeps env from writing one to the data folder.
vi.hoisted(() => {
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-unit-test-secret-0000'
})

/**
 * The admin in Russian: every collection, global, block, field, select option, array row
 * and admin description of these files has a Russian label (`{ en, ru }`). Fields hidden
 * from the admin, and the fields of collections hidden from it, need none; fields Payload
 * adds itself (id, timestamps, upload fields, _status) are translated by Payload.
 */

type TProblem = string

/** A label is `{ en, ru }`, both filled; a Russian text is Cyrillic unless it is the English one (a name such as DOI). */
function checkText(where: string, value: unknown, problems: TProblem[]): void {
  if (value === false) return // a label deliberately hidden
  if (typeof value !== 'object' || value === null) {
    problems.push(`${where}: ${value === undefined ? 'missing' : `not in both languages (${JSON.stringify(value)})`}`)
    return
  }
  const { en, ru } = value as { en?: unknown; ru?: unknown }
  if (typeof en !== 'string' || en.trim() === '') problems.push(`${where}: no English text`)
  if (typeof ru !== 'string' || ru.trim() === '') problems.push(`${where}: no Russian text`)
  else if (ru !== en && !/[а-яё]/i.test(ru)) problems.push(`${where}: Russian text is not Russian (${ru})`)
}

function checkLabels(where: string, labels: unknown, problems: TProblem[]): void {
  const { singular, plural } = (labels ?? {}) as { singular?: unknown; plural?: unknown }
  checkText(`${where} (singular)`, singular, problems)
  checkText(`${where} (plural)`, plural, problems)
}

function checkAdmin(where: string, admin: { description?: unknown; group?: unknown } | undefined, problems: TProblem[]): void {
  if (admin?.description !== undefined) checkText(`${where} description`, admin.description, problems)
  if (admin?.group !== undefined) checkText(`${where} group`, admin.group, problems)
}

function checkBlock(where: string, block: Block, problems: TProblem[]): void {
  checkLabels(`${where} labels`, block.labels, problems)
  checkFields(where, block.fields, problems)
}

function checkFields(where: string, fields: Field[], problems: TProblem[]): void {
  for (const field of fields) {
    if (field.admin && 'hidden' in field.admin && field.admin.hidden === true) continue
    const at = `${where}.${'name' in field && field.name ? field.name : `(${field.type})`}`
    if ('admin' in field) checkAdmin(at, field.admin as { description?: unknown }, problems)
    switch (field.type) {
      case 'row':
        checkFields(at, field.fields, problems)
        break
      case 'tabs':
        field.tabs.forEach((tab, i) => {
          const tabAt = `${at}[${'name' in tab && tab.name ? tab.name : i}]`
          checkText(`${tabAt} label`, tab.label, problems)
          if (tab.description !== undefined) checkText(`${tabAt} description`, tab.description, problems)
          checkFields(tabAt, tab.fields, problems)
        })
        break
      case 'ui':
        break
      default:
        checkText(`${at} label`, field.label, problems)
    }
    if (field.type === 'collapsible' || field.type === 'group') checkFields(at, field.fields, problems)
    if (field.type === 'array') {
      checkLabels(`${at} labels`, field.labels, problems)
      checkFields(at, field.fields, problems)
    }
    if (field.type === 'blocks') {
      checkLabels(`${at} labels`, field.labels, problems)
      for (const block of field.blocks) checkBlock(`${at}<${block.slug}>`, block, problems)
    }
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        if (typeof option === 'string') problems.push(`${at} option ${option}: no label`)
        else checkText(`${at} option ${option.value}`, option.label, problems)
      }
    }
  }
}

function checkCollection(collection: CollectionConfig): TProblem[] {
  const problems: TProblem[] = []
  checkLabels(`${collection.slug} labels`, collection.labels, problems)
  checkAdmin(collection.slug, collection.admin, problems)
  if (collection.admin?.hidden !== true) checkFields(collection.slug, collection.fields, problems)
  return problems
}

function checkGlobal(global: GlobalConfig): TProblem[] {
  const problems: TProblem[] = []
  checkText(`${global.slug} label`, global.label, problems)
  checkAdmin(global.slug, global.admin, problems)
  if (global.admin?.hidden !== true) checkFields(global.slug, global.fields, problems)
  return problems
}

// Imported after the environment above is set.
let collections: CollectionConfig[] = []
let globals: GlobalConfig[] = []
let blocks: Block[] = []
beforeAll(async () => {
  collections = [
    (await import('./Authors')).Authors,
    (await import('./Conferences')).Conferences,
    (await import('./Documents')).Documents,
    (await import('./GovernanceBodies')).GovernanceBodies,
    (await import('./Media')).Media,
    (await import('./News')).News,
    (await import('./OaiRecords')).OaiRecords,
    (await import('./Participants')).Participants,
    (await import('./Projects')).Projects,
    (await import('./PublicationTypes')).PublicationTypes,
    (await import('./Publications')).Publications,
    (await import('./SearchTerms')).SearchTerms,
    (await import('./Series')).Series,
    (await import('./ThematicAreas')).ThematicAreas,
    (await import('./Pages')).Pages,
    (await import('./Users')).Users,
    (await import('./EmailOutbox')).EmailOutbox,
  ]
  globals = [
    (await import('@/globals/StrategicGroup')).StrategicGroup,
    (await import('@/globals/SiteMenus')).SiteHeaderMenu,
    (await import('@/globals/SiteMenus')).SiteFooterContent,
    (await import('@/globals/HomePage')).HomePage,
  ]
  blocks = [(await import('@/blocks/Content/config')).ContentBlock, (await import('@/blocks/Quote/config')).QuoteBlock]
  // Importing every collection (and what it imports) takes seconds on a busy machine.
}, 120_000)

describe('a Russian label for everything an editor sees', () => {
  it('every collection, its fields, options and descriptions', () => {
    expect(collections.flatMap(checkCollection)).toEqual([])
  })

  it('the globals (Strategic Group, header menu, footer, home page)', () => {
    expect(globals.flatMap(checkGlobal)).toEqual([])
  })

  it('the content blocks', () => {
    const problems: TProblem[] = []
    for (const block of blocks) checkBlock(block.slug, block, problems)
    expect(problems).toEqual([])
  })

  it('finds what is missing, down to nested rows, array fields and options', () => {
    const unlabelled: CollectionConfig = {
      slug: 'things',
      labels: { singular: { en: 'Thing', ru: 'Вещь' }, plural: 'Things' },
      fields: [
        { name: 'title', type: 'text', label: { en: 'Title', ru: 'Titles' } },
        { name: 'secret', type: 'text', admin: { hidden: true } },
        {
          name: 'rows',
          type: 'array',
          label: { en: 'Rows', ru: 'Строки' },
          fields: [{ type: 'row', fields: [{ name: 'kind', type: 'select', label: { en: 'Kind', ru: 'Вид' }, options: ['a'], admin: { description: 'Plain' } }] }],
        },
      ],
    }
    expect(checkCollection(unlabelled)).toEqual([
      'things labels (plural): not in both languages ("Things")',
      'things.title label: Russian text is not Russian (Titles)',
      'things.rows labels (singular): missing',
      'things.rows labels (plural): missing',
      'things.rows.(row).kind description: not in both languages ("Plain")',
      'things.rows.(row).kind option a: no label',
    ])
  })
})

describe('validation messages in the admin language', () => {
  const russian = { i18n: { language: 'ru' }, locale: 'en' } as unknown as PayloadRequest
  const english = { i18n: { language: 'en' }, locale: 'ru' } as unknown as PayloadRequest

  type TValidate = (value: unknown, options: Record<string, unknown>) => true | string
  function validatorOf(fields: Field[], path: string[]): TValidate {
    const flat = (list: Field[]): Field[] => list.flatMap((f) => (f.type === 'row' ? flat(f.fields) : [f]))
    const field = flat(fields).find((f) => 'name' in f && f.name === path[0])
    if (!field) throw new Error(`No field ${path[0]}`)
    if (path.length > 1) return validatorOf('fields' in field ? field.fields : [], path.slice(1))
    if (!('validate' in field) || typeof field.validate !== 'function') throw new Error(`${path[0]} has no validate`)
    return field.validate as unknown as TValidate
  }
  const fieldsOf = (slug: string) => [...collections, ...globals].find((c) => c.slug === slug)!.fields

  it('a Russian admin reads Russian messages whatever locale it edits, an English admin English ones', () => {
    const cases: { slug: string; path: string[]; value: unknown; options?: Record<string, unknown> }[] = [
      { slug: 'publications', path: ['editions'], value: [{ language: 'en' }, { language: 'en' }] },
      { slug: 'publications', path: ['doi'], value: 'https://doi.org/10.1/x' },
      { slug: 'participants', path: ['isoCode'], value: 'cz', options: { siblingData: { kind: 'state' } } },
      { slug: 'projects', path: ['endYear'], value: 2001, options: { siblingData: { startYear: 2005 } } },
      {
        slug: 'strategic-group',
        path: ['chairmanships'],
        value: [
          { from: '2024-01-01', to: '2024-12-31' },
          { from: '2024-06-01', to: '2025-06-30' },
        ],
      },
    ]
    for (const { slug, path, value, options } of cases) {
      const validate = validatorOf(fieldsOf(slug), path)
      const inRussian = validate(value, { ...options, req: russian })
      const inEnglish = validate(value, { ...options, req: english })
      expect(inRussian, `${slug}.${path.join('.')} (ru)`).toMatch(/[а-яё]/i)
      expect(inEnglish, `${slug}.${path.join('.')} (en)`).toMatch(/^[^а-яё]+$/i)
    }
  })
})
