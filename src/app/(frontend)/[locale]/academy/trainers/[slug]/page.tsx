import type { Metadata } from 'next'
import Link from 'next/link'
import { ContactForm } from '@/blocks/ContactForm/Component'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { loadTrainerProfile } from '@/server/academy/trainer-directory'
import { languageName } from '@/server/academy/trainer-rules'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale } = await resolveLocale(params)
  const trainer = await loadTrainerProfile(locale, slug)
  return trainer ? { title: trainer.name, description: trainer.institution } : notFoundMetadata(locale)
}

/** A trainer's public profile, with a form that writes to them (their address is never shown). */
export default async function TrainerPage({ params }: Props) {
  const { slug } = await params
  const { locale, t } = await resolveLocale(params)
  const trainer = await loadTrainerProfile(locale, slug)
  if (!trainer) return <NotFoundView locale={locale} />
  const paragraphs = trainer.biography?.split(/\n\s*\n/).filter((p) => p.trim()) ?? []
  return (
    <>
      <p className="breadcrumb"><Link href={href(locale, routes.academyTrainers())}>{t('academy.trainers.title')}</Link></p>
      <PageHeader title={trainer.name} />
      <dl className="facts">
        <dt>{t('academy.trainer.type')}</dt>
        <dd>{t(`academy.trainer.kind.${trainer.kind}`)}</dd>
        {trainer.country ? (
          <>
            <dt>{t('academy.trainers.facet.country')}</dt>
            <dd><Link href={href(locale, routes.participant(trainer.country.slug))}>{trainer.country.name}</Link></dd>
          </>
        ) : null}
        {trainer.institution ? (
          <>
            <dt>{t('academy.trainer.institution')}</dt>
            <dd>{trainer.institution}</dd>
          </>
        ) : null}
        {trainer.areas.length ? (
          <>
            <dt>{t('academy.trainers.facet.area')}</dt>
            <dd>{trainer.areas.map((a, i) => <span key={a.slug}>{i ? ' · ' : ''}<Link href={href(locale, routes.thematicArea(a.slug))}>{a.name}</Link></span>)}</dd>
          </>
        ) : null}
        {trainer.languages.length ? (
          <>
            <dt>{t('academy.trainer.languages')}</dt>
            <dd>{trainer.languages.map((l) => languageName(l, locale)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {paragraphs.length ? (
        <section aria-labelledby="biography">
          <h2 id="biography">{t('academy.trainer.biography')}</h2>
          {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
        </section>
      ) : null}
      {trainer.trainings.length ? (
        <section aria-labelledby="trainings">
          <h2 id="trainings">{t('academy.trainer.trainings')}</h2>
          <ul>
            {trainer.trainings.map((training, i) => (
              <li key={i}>
                {training.title}
                {training.year || training.place ? <span className="meta"> · {[training.place, training.year].filter(Boolean).join(', ')}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ContactForm block={{ blockType: 'contactForm', heading: t('academy.trainer.contactHeading', { name: trainer.name }), intro: t('academy.trainer.contactIntro') }} locale={locale} pagePath={routes.academyTrainer(trainer.slug).slice(1)} toTrainer />
    </>
  )
}
