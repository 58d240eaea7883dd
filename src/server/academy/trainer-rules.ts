import type { Where } from 'payload'
import { z } from 'zod'
import { checkRole, staffRoles } from '@/access/roles'
import type { Locale } from '@/i18n/locales'

/** Who a trainer is: a state official or a trainer from outside government (academia, NGOs, …). */
export const trainerKinds = ['state', 'non-state'] as const
export type TTrainerKind = (typeof trainerKinds)[number]

/**
 * The languages a trainer may say they train in (ISO 639-1): those of the Process's states,
 * and the widest-spoken of the EU's. Named by the reader's language (Intl), never hand-written.
 */
export const trainerLanguages = ['en', 'ru', 'uk', 'be', 'ka', 'hy', 'az', 'ro', 'tr', 'kk', 'ky', 'tg', 'tk', 'uz', 'sq', 'bs', 'sr', 'mk', 'bg', 'cs', 'de', 'es', 'et', 'fr', 'hu', 'it', 'lt', 'lv', 'pl', 'sk'] as const
export type TTrainerLanguage = (typeof trainerLanguages)[number]

const languageNames = new Map<Locale, Intl.DisplayNames>()
/** «Georgian» / «грузинский»: a language's name in the reader's language, capitalised as a list item. */
export function languageName(code: string, locale: Locale): string {
  let names = languageNames.get(locale)
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })))
  const name = names.of(code) ?? code
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

export const applicationStatuses = ['pending', 'accepted', 'declined'] as const
export type TApplicationStatus = (typeof applicationStatuses)[number]

/** An application is decided once: pending becomes accepted or declined, and stays so. */
export function mayMoveApplication(from: TApplicationStatus, to: TApplicationStatus): boolean {
  return from === to || (from === 'pending' && to !== 'pending')
}

type TUserLike = { id: number; roles?: (string | null)[] | null; collection?: string } | null | undefined

export const isTrainer = (user: TUserLike) => checkRole(['trainer'], user as never)
export const isAcademyStaff = (user: TUserLike) => checkRole(staffRoles, user as never)

/** What the public may read of the profiles: those the Secretariat published and the trainer consented to. */
export const publicTrainerWhere: Where = { and: [{ status: { equals: 'published' } }, { consent: { equals: true } }] }

export const trainerLimits = { institution: 200, experience: 3000, biography: 3000, email: 254 } as const

const ids = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().positive()).max(20))
const languages = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(trainerLanguages)).min(1).max(trainerLanguages.length))
const line = (max: number) => z.string().trim().min(1).max(max)

/** The application form, as posted (repeated names give arrays). */
export const ZTrainerApplication = z.object({
  kind: z.enum(trainerKinds),
  country: z.coerce.number().int().positive(),
  institution: line(trainerLimits.institution),
  thematicAreas: ids.pipe(z.array(z.number()).min(1)),
  languages,
  experience: z.string().trim().min(20).max(trainerLimits.experience),
})
export type TTrainerApplicationInput = z.infer<typeof ZTrainerApplication>

/** What a trainer edits of their own profile on the site; consent is its own form. */
export const ZTrainerProfile = z.object({
  institutionEn: z.string().trim().max(trainerLimits.institution).optional(),
  institutionRu: z.string().trim().max(trainerLimits.institution).optional(),
  biographyEn: z.string().trim().max(trainerLimits.biography).optional(),
  biographyRu: z.string().trim().max(trainerLimits.biography).optional(),
  thematicAreas: ids,
  languages,
  email: z.string().trim().max(trainerLimits.email).email(),
})
export type TTrainerProfileInput = z.infer<typeof ZTrainerProfile>

/** The fields of the application and profile forms that can be marked as wrong, each with its own message. */
export const trainerFormFields = ['kind', 'country', 'institution', 'thematicAreas', 'languages', 'experience', 'email'] as const
export type TTrainerFormField = (typeof trainerFormFields)[number]

/** The directory's filters from its GET form; anything malformed is ignored, never an error. */
const many = <T extends z.ZodTypeAny>(item: T) =>
  z.unknown().transform((raw) => {
    const found = new Set<z.infer<T>>()
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      const parsed = item.safeParse(value)
      if (parsed.success && found.size < 20) found.add(parsed.data)
    }
    return [...found]
  })
export const ZTrainerFilters = z.object({
  area: many(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  language: many(z.enum(trainerLanguages)),
  country: many(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  kind: many(z.enum(trainerKinds)),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
})
export type TTrainerFilters = z.infer<typeof ZTrainerFilters>

/** The profile page a trainer's contact form is on: `academy/trainers/<slug>`. */
export function trainerSlugOfPage(pagePath: string | undefined): string | undefined {
  return pagePath?.match(/^academy\/trainers\/([a-z0-9]+(?:-[a-z0-9]+)*)$/)?.[1]
}
