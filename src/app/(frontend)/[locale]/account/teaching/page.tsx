import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { currentUser } from '@/server/account/current-user'
import { reportableCourses } from '@/server/learning/course-report'
import { getPayloadClient } from '@/server/payload'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('learning.report.title'), robots: { index: false } }
}

/** The courses whose learners' progress the person may see: all for the Secretariat, their own for a trainer. */
export default async function TeachingPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.teaching()))}`)
  const courses = await reportableCourses(await getPayloadClient(), user, locale)
  if (!courses.length && !user.roles?.some((r) => r === 'trainer' || r === 'admin' || r === 'secretariat')) return <NotFoundView locale={locale} />
  return (
    <div className="narrow">
      <PageHeader title={t('learning.report.title')} intro={t('learning.report.intro')} />
      {courses.length === 0 ? <p>{t('learning.report.none')}</p> : (
        <ul>
          {courses.map((c) => <li key={c.id}><Link href={href(locale, routes.teachingCourse(c.slug))}>{c.title}</Link></li>)}
        </ul>
      )}
    </div>
  )
}
