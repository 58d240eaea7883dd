/** Test fixtures: publication records and an in-memory OAI repository. */
import type { TOaiRepository } from '../oai-pmh'
import type { TPublicationRecord } from '../types'

export function makeRecord(id: number, overrides: Partial<TPublicationRecord> = {}): TPublicationRecord {
  return {
    id,
    slug: `publication-${id}`,
    oaiIdentifier: `oai:pragueprocess.eu:publication/${id}`,
    title: { en: `Publication ${id}`, ru: `Публикация ${id}` },
    abstract: { en: `Abstract ${id}`, ru: `Аннотация ${id}` },
    authors: [{ name: 'Jane Smith', affiliation: 'ICMPD' }],
    publishedOn: '2024-03-05',
    type: { slug: 'policy-brief', name: { en: 'Policy brief', ru: 'Аналитическая записка' } },
    thematicAreas: [{ slug: 'asylum-international-protection', name: { en: 'Asylum and international protection', ru: 'Убежище и международная защита' } }],
    countries: [{ isoCode: 'AM', name: { en: 'Armenia', ru: 'Армения' } }],
    keywords: ['labour migration'],
    series: null,
    doi: null,
    licence: { code: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    publisher: { en: 'Prague Process Secretariat (ICMPD)', ru: 'Секретариат Пражского процесса (МЦРМП)' },
    editions: [
      { language: 'en', url: `https://pragueprocess.eu/files/p${id}-en.pdf`, pages: 12, bytes: 1_234_567, mimeType: 'application/pdf' },
      { language: 'ru', url: `https://pragueprocess.eu/files/p${id}-ru.pdf`, pages: 14, bytes: 1_400_000, mimeType: 'application/pdf' },
    ],
    pageUrl: { en: `https://pragueprocess.eu/en/publications/publication-${id}`, ru: `https://pragueprocess.eu/ru/publications/publication-${id}` },
    updatedAt: `2024-01-${String(id).padStart(2, '0')}T10:00:00.000Z`,
    deleted: false,
    setSpecs: ['type:policy-brief', 'area:asylum-international-protection'],
    ...overrides,
  }
}

export type TListCall = Parameters<TOaiRepository['listRecords']>[0]

/** An in-memory repository that filters like the real one and records the list queries it receives. */
export function fakeRepository(records: TPublicationRecord[]): TOaiRepository & { calls: TListCall[] } {
  const calls: TListCall[] = []
  return {
    calls,
    repositoryName: 'Prague Process Publications',
    baseUrl: 'https://pragueprocess.eu/oai',
    adminEmail: 'secretariat@pragueprocess.eu',
    repositoryIdentifier: 'pragueprocess.eu',
    async earliestDatestamp() {
      return records.map((r) => r.updatedAt).sort()[0] ?? '2024-01-01T00:00:00.000Z'
    },
    async sets() {
      return [
        { spec: 'type', name: 'Publication types' },
        { spec: 'type:policy-brief', name: 'Policy briefs' },
        { spec: 'type:report', name: 'Reports' },
        { spec: 'area', name: 'Thematic areas' },
        { spec: 'area:asylum-international-protection', name: 'Asylum & international protection' },
      ]
    },
    async getRecord(identifier) {
      return records.find((r) => r.oaiIdentifier === identifier)
    },
    async listRecords(args) {
      calls.push(args)
      const matches = records
        .filter((r) => {
          const t = new Date(r.updatedAt).getTime()
          if (args.from && t < args.from.getTime()) return false
          if (args.until && t > args.until.getTime()) return false
          if (args.set && !r.setSpecs.some((s) => s === args.set || s.startsWith(`${args.set}:`))) return false
          return true
        })
        .sort((a, b) => a.id - b.id)
      return { records: matches.slice(args.offset, args.offset + args.limit), total: matches.length }
    },
  }
}
