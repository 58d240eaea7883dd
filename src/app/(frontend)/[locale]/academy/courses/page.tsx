import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { loadCourseCatalogue } from '@/server/learning/course-pages'
import { CourseFacts } from './CourseFacts'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('learning.catalogue.title') }
}

/** The E-learning Platform's catalogue: every published course (public, script-free, cached). */
export default async function CoursesPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const courses = await loadCourseCatalogue(locale)
  return (
    <>
      <p className="breadcrumb"><Link href={href(locale, routes.academy())}>{t('academy.title')}</Link></p>
      <PageHeader title={t('learning.catalogue.title')} intro={t('learning.catalogue.intro')} />
      {courses.length === 0 ? <p>{t('learning.catalogue.empty')}</p> : (
        <ul className="stack">
          {courses.map((course) => (
            <li key={course.id} className="card">
              <h2><Link href={href(locale, routes.academyCourse(course.slug))}>{course.title}</Link></h2>
              <CourseFacts locale={locale} course={course} />
              <p>{course.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <p><Link href={href(locale, routes.learning())}>{t('learning.dashboard.title')}</Link></p>
    </>
  )
}
