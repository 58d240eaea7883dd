import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { env } from '@/env'
import { formatDate } from '@/i18n/format'
import { locales, type Locale } from '@/i18n/locales'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { currentUser } from '@/server/account/current-user'
import { latestApplication, ownTrainerProfile } from '@/server/academy/trainer-applications'
import { languageName, trainerFormFields, trainerKinds, trainerLanguages, trainerLimits, type TTrainerFormField } from '@/server/academy/trainer-rules'
import { openValues } from '@/server/forms/sealed-values'
import { getPayloadClient } from '@/server/payload'
import { relationId } from '@/server/registrations/allocation'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('academy.apply.title'), robots: { index: false } }
}

type TLocalized = Partial<Record<Locale, string | null>> | string | null | undefined
const inLocale = (value: TLocalized, locale: Locale) => (typeof value === 'string' ? value : (value?.[locale] ?? ''))

/**
 * One's place in the trainers' network (about one person: never cached): the application to
 * join it and its outcome, then, for a trainer, their profile and their consent to show it.
 */
export default async function TrainerAccountPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.trainerAccount()))}`)
  const payload = await getPayloadClient()
  const [profile, application, areas, states] = await Promise.all([
    ownTrainerProfile(payload, user.id),
    latestApplication(payload, user.id),
    payload.find({ collection: 'thematic-areas', locale, depth: 0, pagination: false, limit: 50, sort: 'order', overrideAccess: false, select: { title: true } }),
    payload.find({ collection: 'participants', where: { kind: { equals: 'state' } }, locale, depth: 0, pagination: false, limit: 100, sort: 'name', overrideAccess: false, select: { name: true } }),
  ])
  const q = await searchParams
  const form = param(q.form)
  const typed = form ? openValues(env.secret, q.values) : {}
  const typedList = (name: string) => (typed[name] ? typed[name].split(',') : undefined)
  // The fields the last submission got wrong: each says what it needs (announced with the form's error).
  const invalid = new Set(form ? (param(q.invalid) ?? '').split(',').filter((name) => (trainerFormFields as readonly string[]).includes(name)) : [])
  const fieldError = (name: TTrainerFormField) =>
    invalid.has(name) ? <p className="field-error" id={`${name}-error`}><span className="visually-hidden">{t('contact.error.prefix')} </span>{t(`academy.field.${name}`)}</p> : null
  const invalidProps = (name: TTrainerFormField) => (invalid.has(name) ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {})

  const areaChoices = (chosen: string[]) => (
    <fieldset className={`field${invalid.has('thematicAreas') ? ' field--error' : ''}`} {...invalidProps('thematicAreas')}>
      <legend>{t('academy.trainer.areas')}</legend>
      {fieldError('thematicAreas')}
      {areas.docs.map((a) => (
        <label key={a.id} className="choice">
          <input type="checkbox" name="thematicAreas" value={a.id} defaultChecked={chosen.includes(String(a.id))} /> {a.title}
        </label>
      ))}
    </fieldset>
  )
  const languageChoices = (chosen: string[]) => (
    <fieldset className={`field${invalid.has('languages') ? ' field--error' : ''}`} {...invalidProps('languages')}>
      <legend>{t('academy.trainer.languages')}</legend>
      <p className="hint">{t('academy.apply.languagesHint')}</p>
      {fieldError('languages')}
      <ul className="choices-columns">
        {trainerLanguages.map((code) => (
          <li key={code}>
            <label className="choice">
              <input type="checkbox" name="languages" value={code} defaultChecked={chosen.includes(code)} /> <span lang={code}>{languageName(code, locale)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )

  let body
  if (profile) {
    const isPublic = profile.status === 'published' && profile.consent
    const chosenAreas = typedList('thematicAreas') ?? (profile.thematicAreas ?? []).map((a) => String(relationId(a)))
    const chosenLanguages = typedList('languages') ?? profile.languages ?? []
    body = (
      <>
        <section aria-labelledby="profile-state">
          <h2 id="profile-state">{t('academy.profile.state')}</h2>
          <p>
            {profile.status === 'published' ? t('academy.profile.published') : t('academy.profile.draft')}{' '}
            {profile.consent ? t('academy.profile.consentGiven') : t('academy.profile.consentNone')}
          </p>
          {isPublic ? <p><Link href={href(locale, routes.academyTrainer(profile.slug))}>{t('academy.profile.view')}</Link></p> : null}
          <form method="post" action="/forms/trainer-consent" className="form">
            <input type="hidden" name="locale" value={locale} />
            <p className="hint">{t('academy.profile.consentExplained')}</p>
            {profile.consent ? (
              <button type="submit" name="consent" value="withdraw" className="button button--secondary">{t('academy.profile.withdraw')}</button>
            ) : (
              <button type="submit" name="consent" value="give" className="button">{t('academy.profile.give')}</button>
            )}
          </form>
        </section>
        <section aria-labelledby="profile-edit">
          <h2 id="profile-edit">{t('academy.profile.edit')}</h2>
          <form method="post" action="/forms/trainer-profile" className="form">
            <input type="hidden" name="locale" value={locale} />
            {locales.map((l) => (
              <div key={l} className="field">
                <label htmlFor={`institution-${l}`}>{t('academy.profile.institutionIn', { language: l })}</label>
                <input id={`institution-${l}`} type="text" name={`institution${l === 'en' ? 'En' : 'Ru'}`} lang={l} maxLength={trainerLimits.institution} defaultValue={typed[`institution${l === 'en' ? 'En' : 'Ru'}`] ?? inLocale(profile.institution as TLocalized, l)} />
              </div>
            ))}
            {locales.map((l) => (
              <div key={l} className="field">
                <label htmlFor={`biography-${l}`}>{t('academy.profile.biographyIn', { language: l })}</label>
                <textarea id={`biography-${l}`} name={`biography${l === 'en' ? 'En' : 'Ru'}`} lang={l} rows={6} maxLength={trainerLimits.biography} defaultValue={typed[`biography${l === 'en' ? 'En' : 'Ru'}`] ?? inLocale(profile.biography as TLocalized, l)} />
              </div>
            ))}
            {areaChoices(chosenAreas)}
            {languageChoices(chosenLanguages)}
            <div className={`field${invalid.has('email') ? ' field--error' : ''}`}>
              <label htmlFor="trainer-email">{t('academy.profile.email')}</label>
              <p className="hint" id="trainer-email-hint">{t('academy.profile.emailHint')}</p>
              {fieldError('email')}
              <input id="trainer-email" name="email" type="email" required maxLength={trainerLimits.email} autoComplete="email" aria-describedby={invalid.has('email') ? 'trainer-email-hint email-error' : 'trainer-email-hint'} aria-invalid={invalid.has('email') || undefined} defaultValue={typed.email ?? profile.email ?? ''} />
            </div>
            <button type="submit" className="button">{t('academy.profile.save')}</button>
          </form>
        </section>
      </>
    )
  } else if (application?.status === 'pending') {
    body = <p className="alert alert--info">{t('academy.apply.pending', { date: formatDate(locale, application.createdAt) })}</p>
  } else {
    body = (
      <>
        {application?.status === 'declined' ? (
          <div className="alert alert--info">
            <p>{t('academy.apply.declined', { date: formatDate(locale, application.decidedAt ?? application.updatedAt) })}</p>
            {application.decisionReason ? <p>{application.decisionReason}</p> : null}
          </div>
        ) : null}
        <p>{t('academy.apply.intro')}</p>
        <form method="post" action="/forms/trainer-apply" className="form">
          <input type="hidden" name="locale" value={locale} />
          <p className="hint">{t('academy.apply.asAccount', { name: user.name, email: user.email })}</p>
          <fieldset className="field">
            <legend>{t('academy.trainer.type')}</legend>
            {trainerKinds.map((kind) => (
              <label key={kind} className="choice">
                <input type="radio" name="kind" value={kind} required defaultChecked={(typed.kind ?? 'state') === kind} /> {t(`academy.trainer.kind.${kind}`)}
              </label>
            ))}
          </fieldset>
          <div className={`field${invalid.has('country') ? ' field--error' : ''}`}>
            <label htmlFor="apply-country">{t('academy.trainers.facet.country')}</label>
            {fieldError('country')}
            <select id="apply-country" name="country" required defaultValue={typed.country ?? ''} {...invalidProps('country')}>
              <option value="" disabled>{t('registration.followUp.choose')}</option>
              {states.docs.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          <div className={`field${invalid.has('institution') ? ' field--error' : ''}`}>
            <label htmlFor="apply-institution">{t('academy.trainer.institution')}</label>
            {fieldError('institution')}
            <input id="apply-institution" type="text" name="institution" required maxLength={trainerLimits.institution} autoComplete="organization" defaultValue={typed.institution} {...invalidProps('institution')} />
          </div>
          {areaChoices(typedList('thematicAreas') ?? [])}
          {languageChoices(typedList('languages') ?? [locale])}
          <div className={`field${invalid.has('experience') ? ' field--error' : ''}`}>
            <label htmlFor="apply-experience">{t('academy.apply.experience')}</label>
            <p className="hint" id="apply-experience-hint">{t('academy.apply.experienceHint')}</p>
            {fieldError('experience')}
            <textarea id="apply-experience" name="experience" rows={8} required minLength={20} maxLength={trainerLimits.experience} aria-describedby={invalid.has('experience') ? 'apply-experience-hint experience-error' : 'apply-experience-hint'} aria-invalid={invalid.has('experience') || undefined} defaultValue={typed.experience} />
          </div>
          <p className="hint">{t('academy.apply.privacy')}</p>
          <button type="submit" className="button">{t('academy.apply.submit')}</button>
        </form>
      </>
    )
  }
  return (
    <div className="narrow">
      <p className="breadcrumb"><Link href={href(locale, routes.academy())}>{t('academy.title')}</Link></p>
      <PageHeader title={profile ? t('academy.profile.title') : t('academy.apply.title')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      {body}
    </div>
  )
}
