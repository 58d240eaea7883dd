import { parse } from 'csv-parse/sync'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { z } from 'zod'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Registration, User } from '@/payload-types'
import { isAppError } from '@/server/errors'
import { kickJobRunner } from '@/server/jobs/run-queued-jobs'
import type { TRegistrationContext } from '@/collections/Registrations/hooks/registration-hooks'
import { keepAskedFor, ZAnswers } from './registration-doors'
import { active } from './registration-rules'

/** Rows one file may hold: a Senior Officials' Meeting has a few hundred participants. */
export const maxImportRows = 2000

export type TImportProblem =
  | 'name-missing'
  | 'email-invalid'
  | 'language-unknown'
  | 'state-unknown'
  | 'status-unknown'
  | 'answer-invalid'
  | 'duplicate-in-file'
  | 'already-registered'
  | 'declined-before'
  | 'full'
  | 'quota-full'

export type TImportRow = { line: number; name: string; email: string; problem?: TImportProblem; status?: Registration['status']; queueNumber?: number | null; renewed?: boolean }
export type TImportReport = {
  /** Whether the registrations were saved (never on a dry run, nor when any row has a problem). */
  saved: boolean
  rows: TImportRow[]
  counts: { rows: number; problems: number; approved: number; pending: number; waitlisted: number }
}
export type TImportFileError = 'empty' | 'unreadable' | 'columns-missing' | 'too-many-rows' | 'event-not-found'

/** A cell as the export wrote it: formula-looking text was prefixed with an apostrophe. */
const cell = (value: unknown) => {
  const text = typeof value === 'string' ? value.trim() : ''
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}
const yes = (value: string) => ['yes', 'y', 'true', '1', 'да', 'x'].includes(value.toLowerCase())
const ZEmail = z.string().trim().toLowerCase().email().max(254)

/** Reads the file: the export's columns (any order, any case); `name` and `email` are required. */
export function readRegistrationsCsv(text: string): { rows: Record<string, string>[] } | { error: TImportFileError } {
  let records: Record<string, unknown>[]
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_')), skip_empty_lines: true, relax_column_count: true, delimiter: [',', ';'] })
  } catch {
    return { error: 'unreadable' }
  }
  if (records.length === 0) return { error: 'empty' }
  if (!('name' in records[0]) || !('email' in records[0])) return { error: 'columns-missing' }
  if (records.length > maxImportRows) return { error: 'too-many-rows' }
  return { rows: records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]))) }
}

/**
 * Imports registrations for one event from the Secretariat's CSV (the columns of the export,
 * so last meeting's list can seed the next). Every row goes through the collection's hooks, as
 * a registration made in the admin: places, quota, waiting list, e-mails. All rows are saved in
 * one transaction, and only if none has a problem; a dry run does all of it and rolls back, so
 * the report says exactly what an import would do (who gets a place, who waits), and no e-mail
 * leaves.
 */
export async function importRegistrations(payload: Payload, staff: User, input: { eventId: number; csv: string; dryRun: boolean; locale: Locale }): Promise<TImportReport | { error: TImportFileError }> {
  const read = readRegistrationsCsv(input.csv)
  if ('error' in read) return read
  const event = await payload.findByID({ collection: 'events', id: input.eventId, depth: 0, overrideAccess: true, disableErrors: true, select: { registration: true } })
  if (!event) return { error: 'event-not-found' }
  const states = await stateLookup(payload)
  const accounts = new Map<string, number>()
  const wanted = [...new Set(read.rows.map((r) => r.email.toLowerCase()).filter(Boolean))]
  for (let i = 0; i < wanted.length; i += 200) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { in: wanted.slice(i, i + 200) } }, limit: 200, depth: 0, overrideAccess: true, select: { email: true } })
    for (const u of docs) accounts.set(u.email.toLowerCase(), u.id)
  }

  const req = await createLocalReq({ locale: input.locale, user: { ...staff, collection: 'users' } }, payload)
  req.i18n = { ...req.i18n, language: input.locale }
  await initTransaction(req)
  const rows: TImportRow[] = []
  const seen = new Set<string>()
  try {
    for (const [index, raw] of read.rows.entries()) {
      const row: TImportRow = { line: index + 2, name: raw.name.slice(0, 120), email: raw.email.slice(0, 254) }
      rows.push(row)
      const email = ZEmail.safeParse(raw.email)
      const language = (raw.language || 'en').toLowerCase()
      const state = raw.state ? states.get(raw.state.toLowerCase()) : null
      const status = (raw.status || 'pending').toLowerCase()
      const answers = ZAnswers.safeParse({
        organisation: raw.organisation,
        jobTitle: raw.job_title,
        phone: raw.phone,
        interpretation: raw.interpretation?.toLowerCase() ?? '',
        dietary: raw.dietary,
        accessibility: raw.accessibility,
        needsVisa: raw.needs_visa ? yes(raw.needs_visa) : undefined,
      })
      if (!raw.name || raw.name.length > 120) row.problem = 'name-missing'
      else if (!email.success) row.problem = 'email-invalid'
      else if (!isLocale(language)) row.problem = 'language-unknown'
      else if (state === undefined) row.problem = 'state-unknown'
      else if (status !== 'pending' && status !== 'approved') row.problem = 'status-unknown'
      else if (!answers.success) row.problem = 'answer-invalid'
      else if (seen.has(email.data)) row.problem = 'duplicate-in-file'
      if (row.problem || !email.success || !answers.success || !isLocale(language)) continue
      seen.add(email.data)
      const existing = (await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: input.eventId } }, { email: { equals: email.data } }] }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
      if (existing?.status === 'declined') row.problem = 'declined-before'
      else if (existing && active.includes(existing.status)) row.problem = 'already-registered'
      if (row.problem) continue
      const data = { name: raw.name, language, person: accounts.get(email.data) ?? null, state: state ?? null, answers: keepAskedFor(answers.data, event.registration?.askFor), status: 'pending' as const }
      try {
        // Arrival first (a place or the waiting list, as for anyone), then the approval asked for.
        let saved = existing
          ? await payload.update({ collection: 'registrations', id: existing.id, data, context: { registrationArrival: true } satisfies TRegistrationContext, overrideAccess: true, req, depth: 0 })
          : await payload.create({ collection: 'registrations', data: { event: input.eventId, email: email.data, ...data }, overrideAccess: true, req, depth: 0 })
        if (status === 'approved' && saved.status === 'pending') saved = await payload.update({ collection: 'registrations', id: saved.id, data: { status: 'approved' }, overrideAccess: true, req, depth: 0 })
        Object.assign(row, { status: saved.status, queueNumber: saved.queueNumber, renewed: Boolean(existing) })
      } catch (error) {
        if (isAppError(error) && error.code === 'registration-full') row.problem = 'full'
        else if (isAppError(error) && error.code === 'registration-quota-full') row.problem = 'quota-full'
        else throw error
      }
    }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  const problems = rows.filter((r) => r.problem).length
  const saved = !input.dryRun && problems === 0
  if (saved) {
    await commitTransaction(req)
    kickJobRunner()
  } else await killTransaction(req)
  const count = (status: string) => rows.filter((r) => !r.problem && r.status === status).length
  return { saved, rows, counts: { rows: rows.length, problems, approved: count('approved'), pending: count('pending'), waitlisted: count('waitlisted') } }
}

/** States by their names in both languages and their ISO codes, lower-cased. */
async function stateLookup(payload: Payload): Promise<Map<string, number>> {
  const lookup = new Map<string, number>()
  for (const locale of ['en', 'ru'] as const) {
    const { docs } = await payload.find({ collection: 'participants', where: { kind: { equals: 'state' } }, locale, limit: 500, depth: 0, overrideAccess: true, select: { name: true, isoCode: true } })
    for (const s of docs) {
      if (s.name) lookup.set(s.name.toLowerCase(), s.id)
      if (s.isoCode) lookup.set(s.isoCode.toLowerCase(), s.id)
    }
  }
  return lookup
}
