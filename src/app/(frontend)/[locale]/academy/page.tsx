import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('academy.title') }
}

/** The Training Academy's front page: what it offers and the way to each part. */
export default async function AcademyPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const parts = [
    { path: routes.academyTrainers(), title: t('academy.trainers.title'), text: t('academy.trainers.intro') },
    { path: routes.academyLibrary(), title: t('academy.library.title'), text: t('academy.library.intro') },
    { path: routes.trainerAccount(), title: t('academy.apply.title'), text: t('academy.apply.teaser') },
  ]
  return (
    <>
      <PageHeader title={t('academy.title')} intro={t('academy.intro')} />
      <ul className="card-grid card-grid--3">
        {parts.map((part) => (
          <li key={part.path} className="card">
            <h2><Link href={href(locale, part.path)}>{part.title}</Link></h2>
            <p>{part.text}</p>
          </li>
        ))}
      </ul>
      <p>{t('academy.elearning')}</p>
    </>
  )
}
