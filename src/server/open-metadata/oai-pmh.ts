/**
 * OAI-PMH 2.0 data provider (http://www.openarchives.org/OAI/openarchivesprotocol.html), oai_dc only.
 *
 * Pure: the caller supplies the repository (queries) and turns the result into an HTTP response with
 * `Content-Type: text/xml; charset=utf-8`. Protocol errors are OAI-PMH responses with HTTP 200, as the spec
 * requires; exceptions thrown by the repository propagate to the caller.
 *
 * - Granularity YYYY-MM-DDThh:mm:ssZ; from/until also accept YYYY-MM-DD (both must use the same granularity).
 *   Bounds handed to the repository are inclusive: `until` is moved to the last millisecond of its second/day.
 * - deletedRecord 'persistent': deleted records keep their header with status="deleted" and have no metadata.
 * - Resumption tokens are stateless: base64url(JSON {p, f, u, s, o}) with o the offset of the next page.
 */
import { citationTypeOf } from './citation-types'
import { citationDoi, doiLink } from './doi'
import { clean, datePart, localizedEntries, pickLocalized, toUtcSeconds, unique } from './shared'
import type { TPublicationRecord } from './types'
import { el, xmlDocument, type XmlNode } from './xml'

export type TOaiRepository = {
  repositoryName: string
  baseUrl: string
  adminEmail: string
  /**
   * Optional domain-name repository identifier (e.g. 'pragueprocess.eu'); when it has the syntax of the
   * oai-identifier schema ({@link OAI_REPOSITORY_IDENTIFIER}), Identify carries an oai-identifier description.
   */
  repositoryIdentifier?: string
  earliestDatestamp(): Promise<string>
  sets(): Promise<{ spec: string; name: string }[]>
  getRecord(identifier: string): Promise<TPublicationRecord | undefined>
  /**
   * Records (deleted ones included) whose datestamp lies in [from, until] (both inclusive, either may be
   * absent) and that belong to `set` or one of its descendants ('type' matches 'type:policy-brief'), in a
   * stable order; `total` counts all matches, not just this page. A repository that returns `next` (an
   * opaque position after this page, null after the last) is asked for the following page with it as
   * `cursor`, so records saved during a harvest never shift the pages; otherwise pages go by `offset`.
   */
  listRecords(args: { from?: Date; until?: Date; set?: string; offset: number; cursor?: string; limit: number }): Promise<{ records: TPublicationRecord[]; total: number; next?: string | null }>
}

export type TOaiVerb = 'Identify' | 'ListMetadataFormats' | 'ListSets' | 'ListIdentifiers' | 'ListRecords' | 'GetRecord'

export type TOaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy'

/** The decoded content of a resumption token. */
export type TOaiResumptionState = { p: string; f?: string; u?: string; s?: string; c?: string; o: number }

export const OAI_CONTENT_TYPE = 'text/xml; charset=utf-8'
export const OAI_DC_PREFIX = 'oai_dc'

const OAI_NS = 'http://www.openarchives.org/OAI/2.0/'
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'
const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/'
const OAI_DC_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd'
const DC_NS = 'http://purl.org/dc/elements/1.1/'
const OAI_IDENTIFIER_NS = 'http://www.openarchives.org/OAI/2.0/oai-identifier'

type TVerbSpec = { required: readonly string[]; optional: readonly string[]; exclusive?: string }

const VERBS: Record<TOaiVerb, TVerbSpec> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
}

const isVerb = (value: string | undefined): value is TOaiVerb => value !== undefined && Object.hasOwn(VERBS, value)

// setSpec and metadataPrefix syntax from the OAI-PMH schema: unreserved URI characters, ':'-separated levels.
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(?::[A-Za-z0-9\-_.!~*'()]+)*$/
const METADATA_PREFIX = /^[A-Za-z0-9\-_.!~*'()]+$/
/**
 * An identifier is an absolute URI (xsd:anyURI in the schema): a scheme, then URI characters and
 * well-formed %-escapes. Anything else is a badArgument, so that a response never echoes an argument the
 * schema rejects in its request element.
 */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})+$/
/** repositoryIdentifierType of the oai-identifier schema (a domain name whose labels start with a letter). */
export const OAI_REPOSITORY_IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9-]*(?:\.[a-zA-Z][a-zA-Z0-9-]*)+$/
const MAX_TOKEN_LENGTH = 4096

type TParsedDatestamp = { date: Date; granularity: 'day' | 'seconds' }

/** Parses an OAI-PMH UTCdatetime (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); undefined when illegal. */
export function parseOaiDatestamp(value: string): TParsedDatestamp | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/.exec(value)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part)))
  // XML Schema 1.0 dates (the schema's UTCdatetimeType) have no year 0000.
  if (year === 0 || hour > 23 || minute > 59 || second > 59) return undefined
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second))
  date.setUTCFullYear(year)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return { date, granularity: m[4] === undefined ? 'day' : 'seconds' }
}

type TRange = { from?: Date; until?: Date }

/** Validates from/until and turns them into inclusive bounds; a string is the badArgument message. */
function resolveRange(from: string | undefined, until: string | undefined): TRange | string {
  const f = from === undefined ? undefined : parseOaiDatestamp(from)
  if (from !== undefined && !f) return `The value of from ("${from}") is not a legal UTCdatetime (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).`
  const u = until === undefined ? undefined : parseOaiDatestamp(until)
  if (until !== undefined && !u) return `The value of until ("${until}") is not a legal UTCdatetime (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).`
  if (f && u && f.granularity !== u.granularity) return 'The from and until arguments must have the same granularity.'
  if (f && u && f.date.getTime() > u.date.getTime()) return 'The from argument must be less than or equal to the until argument.'
  const range: TRange = {}
  if (f) range.from = f.date
  if (u) range.until = new Date(u.date.getTime() + (u.granularity === 'day' ? 86_400_000 : 1000) - 1)
  return range
}

export function encodeResumptionToken(state: TOaiResumptionState): string {
  // Fixed key order p, f, u, s, c, o; absent arguments are left out.
  const json = { p: state.p, f: state.f, u: state.u, s: state.s, c: state.c, o: state.o }
  return Buffer.from(JSON.stringify(json), 'utf8').toString('base64url')
}

/** Decodes and validates a token; undefined for anything this repository could not have issued. */
export function decodeResumptionToken(token: string): TOaiResumptionState | undefined {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const state = value as Record<string, unknown>
  if (Object.keys(state).some((key) => !['p', 'f', 'u', 's', 'c', 'o'].includes(key))) return undefined
  const { p, f, u, s, c, o } = state
  if (p !== OAI_DC_PREFIX) return undefined
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0) return undefined
  for (const optional of [f, u, s, c]) if (optional !== undefined && typeof optional !== 'string') return undefined
  if (typeof c === 'string' && !/^[A-Za-z0-9_.:|-]{1,200}$/.test(c)) return undefined
  if (typeof s === 'string' && !SET_SPEC.test(s)) return undefined
  if (typeof resolveRange(f as string | undefined, u as string | undefined) === 'string') return undefined
  const decoded: TOaiResumptionState = { p, o }
  if (f !== undefined) decoded.f = f as string
  if (u !== undefined) decoded.u = u as string
  if (s !== undefined) decoded.s = s as string
  if (c !== undefined) decoded.c = c as string
  return decoded
}

const iso6393: Record<'en' | 'ru', string> = { en: 'eng', ru: 'rus' }

/** The info:eu-repo/semantics publication type (OpenAIRE guidelines) of a publication type. */
export function openAireType(typeSlug: string): string {
  return citationTypeOf(typeSlug).openAire
}

/** The set every harvested record belongs to, for OpenAIRE (all records here are public). */
export const OPENAIRE_SET = 'openaire'

/** The oai_dc metadata of a record (the element that goes inside <metadata>). */
export function buildOaiDc(record: TPublicationRecord): XmlNode {
  const dc = (name: string, value: string, lang?: string) => el(`dc:${name}`, lang ? { 'xml:lang': lang } : null, value)
  const titles = localizedEntries(record.title).map((t) => dc('title', t.value, t.lang))
  const creators = unique(record.authors.map((a) => clean(a.name)).filter((n): n is string => !!n)).map((n) => dc('creator', n))

  const subjectKeys = new Set<string>()
  const subjects: XmlNode[] = []
  const addSubject = (value: string, lang?: string) => {
    const key = `${lang ?? ''}\u0000${value.toLowerCase()}`
    if (subjectKeys.has(key)) return
    subjectKeys.add(key)
    subjects.push(dc('subject', value, lang))
  }
  for (const area of record.thematicAreas) for (const name of localizedEntries(area.name)) addSubject(name.value, name.lang)
  for (const keyword of record.keywords) {
    const value = clean(keyword)
    if (value) addSubject(value)
  }

  const descriptions = localizedEntries(record.abstract).map((a) => dc('description', a.value, a.lang))
  const publishers = localizedEntries(record.publisher).map((p) => dc('publisher', p.value, p.lang))
  const date = datePart(record.publishedOn)
  const typeName = pickLocalized(record.type.name, 'en')
  const types = [typeName ? dc('type', typeName.value, typeName.lang) : null, dc('type', 'Text'), dc('type', `info:eu-repo/semantics/${openAireType(record.type.slug)}`)]
  const formats = unique(record.editions.map((e) => clean(e.mimeType)).filter((m): m is string => !!m)).map((m) => dc('format', m))
  const doi = citationDoi(record.doi)
  // The item pages, the DOI, and the files themselves (harvesters such as BASE and OpenAIRE fetch them).
  const identifiers = unique([...localizedEntries(record.pageUrl).map((u) => u.value), ...(doi ? [doiLink(doi)] : []), ...record.editions.map((e) => e.url)]).map((id) => dc('identifier', id))
  const editionLanguages = unique(record.editions.map((e) => e.language))
  // ISO 639-3, as the OpenAIRE guidelines ask.
  const languages = (editionLanguages.length > 0 ? editionLanguages : localizedEntries(record.title).map((t) => t.lang)).map((l) => dc('language', iso6393[l]))
  const coverage = record.countries.flatMap((c) => localizedEntries(c.name).map((n) => dc('coverage', n.value, n.lang)))
  const licence = record.licence
  // Records harvesters see are public: open access, in the OpenAIRE access-rights vocabulary.
  const rights = unique(['info:eu-repo/semantics/openAccess', clean(licence?.url), clean(licence?.code)].filter((r): r is string => !!r)).map((r) => dc('rights', r))

  return el(
    'oai_dc:dc',
    {
      'xmlns:oai_dc': OAI_DC_NS,
      'xmlns:dc': DC_NS,
      'xmlns:xsi': XSI_NS,
      'xsi:schemaLocation': `${OAI_DC_NS} ${OAI_DC_SCHEMA}`,
    },
    titles,
    creators,
    subjects,
    descriptions,
    publishers,
    date ? dc('date', date.iso) : null,
    types,
    formats,
    identifiers,
    languages,
    coverage,
    rights,
  )
}

function header(record: TPublicationRecord): XmlNode {
  return el(
    'header',
    record.deleted ? { status: 'deleted' } : null,
    el('identifier', null, record.oaiIdentifier),
    el('datestamp', null, toUtcSeconds(record.updatedAt)),
    record.setSpecs.map((spec) => el('setSpec', null, spec)),
  )
}

function recordNode(record: TPublicationRecord): XmlNode {
  return el('record', null, header(record), record.deleted ? null : el('metadata', null, buildOaiDc(record)))
}

const metadataFormats = () =>
  el(
    'ListMetadataFormats',
    null,
    el(
      'metadataFormat',
      null,
      el('metadataPrefix', null, OAI_DC_PREFIX),
      el('schema', null, OAI_DC_SCHEMA),
      el('metadataNamespace', null, OAI_DC_NS),
    ),
  )

/** Handles one OAI-PMH request (GET query or POST form body) and returns the response document. */
export async function handleOaiRequest(
  params: URLSearchParams,
  repo: TOaiRepository,
  now = new Date(),
  pageSize = 100,
): Promise<{ status: number; xml: string }> {
  const respond = (request: XmlNode, body: XmlNode | XmlNode[]) => ({
    status: 200,
    xml: xmlDocument(
      el(
        'OAI-PMH',
        { xmlns: OAI_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd` },
        el('responseDate', null, toUtcSeconds(now)),
        request,
        body,
      ),
    ),
  })
  const fail = (request: XmlNode, code: TOaiErrorCode, message: string) => respond(request, el('error', { code }, message))
  // badVerb and badArgument responses must not echo any arguments.
  const bareRequest = el('request', null, repo.baseUrl)

  const verbs = params.getAll('verb')
  if (verbs.length === 0) return fail(bareRequest, 'badVerb', 'The verb argument is missing.')
  if (verbs.length > 1) return fail(bareRequest, 'badVerb', 'The verb argument is repeated.')
  const verb = verbs[0]
  if (!isVerb(verb)) return fail(bareRequest, 'badVerb', `"${verb}" is not a legal OAI-PMH verb.`)

  const spec = VERBS[verb]
  const allowed = new Set([...spec.required, ...spec.optional, ...(spec.exclusive ? [spec.exclusive] : [])])
  const args: Record<string, string> = {}
  for (const key of unique(params.keys())) {
    if (key === 'verb') continue
    if (!allowed.has(key)) return fail(bareRequest, 'badArgument', `"${key}" is not a legal argument of ${verb}.`)
    const values = params.getAll(key)
    if (values.length > 1) return fail(bareRequest, 'badArgument', `The argument "${key}" is repeated.`)
    if (values[0] === '') return fail(bareRequest, 'badArgument', `The argument "${key}" has an empty value.`)
    args[key] = values[0]
  }
  const usesToken = spec.exclusive !== undefined && args[spec.exclusive] !== undefined
  if (usesToken && Object.keys(args).length > 1) {
    return fail(bareRequest, 'badArgument', `${spec.exclusive} is an exclusive argument: no other argument may accompany it.`)
  }
  if (!usesToken) {
    const missing = spec.required.filter((key) => args[key] === undefined)
    if (missing.length > 0) return fail(bareRequest, 'badArgument', `Missing required argument(s): ${missing.join(', ')}.`)
  }
  if (!usesToken && args.set !== undefined && !SET_SPEC.test(args.set)) {
    return fail(bareRequest, 'badArgument', `"${args.set}" is not a legal setSpec.`)
  }
  if (args.metadataPrefix !== undefined && !METADATA_PREFIX.test(args.metadataPrefix)) {
    return fail(bareRequest, 'badArgument', `"${args.metadataPrefix}" is not a legal metadataPrefix.`)
  }
  if (args.identifier !== undefined && !IDENTIFIER.test(args.identifier)) {
    return fail(bareRequest, 'badArgument', `"${args.identifier}" is not a legal identifier (a URI).`)
  }
  let range: TRange = {}
  if (!usesToken && (verb === 'ListIdentifiers' || verb === 'ListRecords')) {
    const resolved = resolveRange(args.from, args.until)
    if (typeof resolved === 'string') return fail(bareRequest, 'badArgument', resolved)
    range = resolved
  }

  const request = el('request', { verb, ...args }, repo.baseUrl)

  switch (verb) {
    case 'Identify': {
      const earliest = toUtcSeconds(await repo.earliestDatestamp())
      const repositoryIdentifier = repo.repositoryIdentifier && OAI_REPOSITORY_IDENTIFIER.test(repo.repositoryIdentifier) ? repo.repositoryIdentifier : undefined
      const description = repositoryIdentifier
        ? el(
            'description',
            null,
            el(
              'oai-identifier',
              {
                xmlns: OAI_IDENTIFIER_NS,
                'xmlns:xsi': XSI_NS,
                'xsi:schemaLocation': `${OAI_IDENTIFIER_NS} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd`,
              },
              el('scheme', null, 'oai'),
              el('repositoryIdentifier', null, repositoryIdentifier),
              el('delimiter', null, ':'),
              el('sampleIdentifier', null, `oai:${repositoryIdentifier}:publication/1`),
            ),
          )
        : null
      return respond(
        request,
        el(
          'Identify',
          null,
          el('repositoryName', null, repo.repositoryName),
          el('baseURL', null, repo.baseUrl),
          el('protocolVersion', null, '2.0'),
          el('adminEmail', null, repo.adminEmail),
          el('earliestDatestamp', null, earliest),
          el('deletedRecord', null, 'persistent'),
          el('granularity', null, 'YYYY-MM-DDThh:mm:ssZ'),
          description,
        ),
      )
    }

    case 'ListMetadataFormats': {
      if (args.identifier !== undefined) {
        const record = await repo.getRecord(args.identifier)
        if (!record) return fail(request, 'idDoesNotExist', `No item has the identifier "${args.identifier}".`)
        if (record.deleted) return fail(request, 'noMetadataFormats', `The item "${args.identifier}" has been deleted; no metadata is disseminated for it.`)
      }
      return respond(request, metadataFormats())
    }

    case 'ListSets': {
      // All sets fit in one response, so this repository never issues a ListSets resumption token.
      if (usesToken) return fail(request, 'badResumptionToken', 'The resumptionToken is invalid or has expired.')
      const sets = await repo.sets()
      if (sets.length === 0) return fail(request, 'noSetHierarchy', 'This repository does not support sets.')
      return respond(
        request,
        el(
          'ListSets',
          null,
          sets.map((s) => el('set', null, el('setSpec', null, s.spec), el('setName', null, s.name))),
        ),
      )
    }

    case 'GetRecord': {
      if (args.metadataPrefix !== OAI_DC_PREFIX) {
        return fail(request, 'cannotDisseminateFormat', `The metadata format "${args.metadataPrefix}" is not supported; use ${OAI_DC_PREFIX}.`)
      }
      const record = await repo.getRecord(args.identifier)
      if (!record) return fail(request, 'idDoesNotExist', `No item has the identifier "${args.identifier}".`)
      return respond(request, el('GetRecord', null, recordNode(record)))
    }

    case 'ListIdentifiers':
    case 'ListRecords': {
      let state: TOaiResumptionState
      if (usesToken) {
        const decoded = decodeResumptionToken(args.resumptionToken)
        if (!decoded) return fail(request, 'badResumptionToken', 'The resumptionToken is invalid or has expired.')
        state = decoded
        range = resolveRange(state.f, state.u) as TRange // validated by decodeResumptionToken
      } else {
        if (args.metadataPrefix !== OAI_DC_PREFIX) {
          return fail(request, 'cannotDisseminateFormat', `The metadata format "${args.metadataPrefix}" is not supported; use ${OAI_DC_PREFIX}.`)
        }
        state = { p: OAI_DC_PREFIX, f: args.from, u: args.until, s: args.set, o: 0 }
      }

      const limit = Math.max(1, Math.floor(pageSize))
      const query: Parameters<TOaiRepository['listRecords']>[0] = { offset: state.o, limit }
      if (state.c !== undefined) query.cursor = state.c
      if (range.from) query.from = range.from
      if (range.until) query.until = range.until
      if (state.s !== undefined) query.set = state.s
      const result = await repo.listRecords(query)
      const records = result.records.slice(0, limit)
      if (records.length === 0) {
        return usesToken
          ? fail(request, 'badResumptionToken', 'The resumptionToken no longer matches any records; restart the list.')
          : fail(request, 'noRecordsMatch', 'No records match the combination of arguments given.')
      }

      const nextOffset = state.o + records.length
      const completeListSize = Math.max(result.total, nextOffset)
      const more = result.next === undefined ? nextOffset < completeListSize : result.next !== null
      const nextState: TOaiResumptionState = { ...state, o: nextOffset }
      if (typeof result.next === 'string') nextState.c = result.next
      const token =
        usesToken || more
          ? el('resumptionToken', { completeListSize, cursor: state.o }, more ? encodeResumptionToken(nextState) : null)
          : null
      const items = verb === 'ListIdentifiers' ? records.map(header) : records.map(recordNode)
      return respond(request, el(verb, null, items, token))
    }
  }
}
