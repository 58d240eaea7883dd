import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { currentUser } from '@/server/account/current-user'
import { activeDays, averageScore, courseReport } from '@/server/learning/course-report'
import { getPayloadClient } from '@/server/payload'

type Props = { params: Promise<{ locale: string; course: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('learning.report.title'), robots: { index: false } }
}

/** One course's learners, in all and by state, with the CSV download (the Secretariat and the course's trainers). */
export default async function CourseReportPage({ params }: Props) {
  const { course: slug } = await params
  const { locale, t } = await resolveLocale(params)
  const user = await currentUser()
  if (!user) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.teachingCourse(slug)))}`)
  const report = await courseReport(await getPayloadClient(), user, slug, locale)
  if (!report) return <NotFoundView locale={locale} />
  const rows = [...report.byState, { state: t('learning.report.total'), tally: report.total }]
  return (
    <div className="narrow">
      <p className="breadcrumb"><Link href={href(locale, routes.teaching())}>{t('learning.report.title')}</Link></p>
      <PageHeader title={report.course.title} intro={t('learning.report.howCounted', { days: activeDays })} />
      <table className="table">
        <caption className="visually-hidden">{t('learning.report.caption', { title: report.course.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('learning.report.state')}</th>
            <th scope="col">{t('learning.report.enrolled')}</th>
            <th scope="col">{t('learning.report.active')}</th>
            <th scope="col">{t('learning.report.completed')}</th>
            <th scope="col">{t('learning.report.averageScore')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.state}</th>
              <td>{r.tally.enrolled}</td>
              <td>{r.tally.active}</td>
              <td>{r.tally.completed}</td>
              <td>{averageScore(r.tally) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p><a href={href(locale, routes.teachingCourseCsv(report.course.slug))} download>{t('learning.report.csv')}</a></p>
    </div>
  )
}
