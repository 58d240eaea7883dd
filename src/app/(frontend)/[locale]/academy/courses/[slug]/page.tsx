import type { Metadata } from 'next'
import Link from 'next/link'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { ResponsiveImage } from '@/components/Image'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { env } from '@/env'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { openGraphFor } from '@/server/content/open-graph'
import { socialImage } from '@/server/content/image-sources'
import { loadCoursePage } from '@/server/learning/course-pages'
import { CourseFacts } from '../CourseFacts'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale } = await resolveLocale(params)
  const page = await loadCoursePage(locale, slug)
  if (!page) return notFoundMetadata(locale)
  const image = socialImage(page.course.cover, env.publicUrl)
  return {
    title: page.course.title,
    description: page.course.summary,
    openGraph: openGraphFor(locale, { type: 'website', image }),
    ...(image ? { twitter: { card: 'summary_large_image', images: [image.url] } } : {}),
  }
}

/** A course's public page: what it teaches, for whom, and its syllabus; learning itself is in one's account. */
export default async function CoursePage({ params }: Props) {
  const { slug } = await params
  const { locale, t } = await resolveLocale(params)
  const page = await loadCoursePage(locale, slug)
  if (!page) return <NotFoundView locale={locale} />
  const { course, syllabus } = page
  const prerequisites = (course.prerequisites ?? []).filter((p) => typeof p === 'object')
  return (
    <>
      <p className="breadcrumb"><Link href={href(locale, routes.academyCourses())}>{t('learning.catalogue.title')}</Link></p>
      <PageHeader title={course.title} intro={course.summary} />
      {course.cover ? <figure className="article-image"><ResponsiveImage media={course.cover} sizes="(min-width: 52rem) 48rem, 100vw" priority /></figure> : null}
      <CourseFacts locale={locale} course={course} />
      <p>{t(`learning.policy.${course.enrollment}`)}</p>
      {prerequisites.length ? (
        <p>
          {t('learning.prerequisites')}{' '}
          {prerequisites.map((p, i) => <span key={p.id}>{i ? ', ' : ''}<Link href={href(locale, routes.academyCourse(p.slug))}>{p.title}</Link></span>)}
        </p>
      ) : null}
      <p><Link className="button" href={href(locale, routes.learningCourse(course.slug))}>{t('learning.start')}</Link></p>
      <RichText data={course.description} />
      <section aria-labelledby="syllabus">
        <h2 id="syllabus">{t('learning.syllabus')}</h2>
        <ol className="syllabus">
          {syllabus.map((module, i) => (
            <li key={i}>
              <h3>{module.title}</h3>
              <ol>
                {module.lessons.map((lesson) => <li key={lesson.id}>{lesson.title}{lesson.required ? null : <span className="meta"> · {t('learning.optional')}</span>}</li>)}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}
