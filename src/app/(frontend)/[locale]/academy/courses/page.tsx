import type { Metadata } from 'next'
import Link from 'next/link'
import { ResponsiveImage } from '@/components/Image'
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
            <li key={course.id} className={course.cover ? 'card course-card course-card--cover' : 'card course-card'}>
              <ResponsiveImage media={course.cover} sizes="(min-width: 48rem) 12rem, 100vw" className="course-card__cover" />
              <div>
                <h2><Link href={href(locale, routes.academyCourse(course.slug))}>{course.title}</Link></h2>
                <CourseFacts locale={locale} course={course} />
                <p>{course.summary}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p><Link href={href(locale, routes.learning())}>{t('learning.dashboard.title')}</Link></p>
    </>
  )
}
