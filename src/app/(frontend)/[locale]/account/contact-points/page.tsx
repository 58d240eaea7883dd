import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ContactPointList } from '@/components/ContactPoints'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { isMember } from '@/access/visibility'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { currentViewer } from '@/server/account/current-user'
import { loadContactPointDirectory } from '@/server/participants/country-profile'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('directory.title'), robots: { index: false } }
}

/** The members' directory of National Contact Points, state by state (shared by everyone with the same roles). */
export default async function ContactPointsPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const viewer = await currentViewer()
  if (!viewer) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.contactPoints()))}`)
  // Not a member: as if there were no such page (nothing tells what it holds).
  if (!isMember(viewer)) return <NotFoundView locale={locale} />
  const states = await loadContactPointDirectory(locale, viewer)
  return (
    <>
      <PageHeader title={t('directory.title')} intro={t('directory.intro')} />
      <p>{t('directory.count', { count: states.length })}</p>
      {states.map((state) => (
        <section key={state.slug} aria-labelledby={`state-${state.slug}`}>
          <h2 id={`state-${state.slug}`}><Link href={href(locale, routes.participant(state.slug))}>{state.name}</Link></h2>
          <ContactPointList points={state.contactPoints} />
        </section>
      ))}
    </>
  )
}
