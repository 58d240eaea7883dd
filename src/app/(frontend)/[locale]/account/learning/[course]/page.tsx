import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { openLessons, progressPercent } from '@/server/learning/course-rules'
import { courseContentBySlug } from '@/server/learning/course-content'
import { currentLearner } from '@/server/learning/current-learner'
import { doneSet } from '@/server/learning/learner-state'
import { outlineFrom } from '@/server/learning/learning'
import { getPayloadClient } from '@/server/payload'
import { CertificateNote } from '@/components/Learning/CertificateNote'

type Props = { params: Promise<{ locale: string; course: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('learning.dashboard.title'), robots: { index: false } }
}

/** A course as its learner follows it: enrol, or the outline with what is done and open and the best quiz scores (rendered for each request: see currentLearner). */
export default async function LearningCoursePage({ params, searchParams }: Props) {
  const { course: slug } = await params
  const { locale, t } = await resolveLocale(params)
  const learner = await currentLearner(locale, slug)
  if (!learner) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.learningCourse(slug)))}`)
  const content = await courseContentBySlug(await getPayloadClient(), slug, locale)
  if (!content) return <NotFoundView locale={locale} />
  const { course, syllabus } = content
  const enrollment = learner.state.enrollments.find((e) => e.course === course.id)
  const q = await searchParams
  const status = <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
  if (!enrollment) {
    return (
      <div className="narrow">
        <p className="breadcrumb"><Link href={href(locale, routes.academyCourse(course.slug))}>{course.title}</Link></p>
        <PageHeader title={course.title} intro={course.summary} />
        {status}
        <p>{t(`learning.policy.${course.enrollment}`)}</p>
        <form method="post" action="/forms/enroll" className="form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="course" value={course.slug} />
          {course.enrollment === 'key' ? (
            <div className="field">
              <label htmlFor="enrollment-key">{t('learning.key')}</label>
              <input id="enrollment-key" name="key" type="text" required maxLength={100} autoComplete="off" spellCheck={false} />
            </div>
          ) : null}
          <button type="submit" className="button">{t('learning.enroll')}</button>
        </form>
      </div>
    )
  }
  const outline = outlineFrom(content.lessons, doneSet(learner.state))
  const open = openLessons(outline, Boolean(course.sequential))
  const done = new Set(outline.filter((l) => l.done).map((l) => l.id))
  const percent = progressPercent(outline)
  const best = new Map(learner.state.quizzes.map((q) => [q.lesson, q.best]))
  return (
    <div className="narrow">
      <p className="breadcrumb"><Link href={href(locale, routes.learning())}>{t('learning.dashboard.title')}</Link></p>
      <PageHeader title={course.title} />
      {status}
      <p>
        <progress max={100} value={percent} aria-label={t('learning.progressOf', { title: course.title })}>{percent}%</progress>{' '}
        {enrollment.status === 'completed' ? t('learning.completed') : t('learning.percent', { percent })}
      </p>
      {enrollment.status === 'completed' ? <CertificateNote locale={locale} learner={learner} course={course.id} /> : null}
      <ol className="syllabus">
        {syllabus.map((module, i) => (
          <li key={i}>
            <h2>{module.title}</h2>
            <ol>
              {module.lessons.map((lesson) => (
                <li key={lesson.id}>
                  {open.has(lesson.id) ? <Link href={href(locale, routes.learningLesson(course.slug, lesson.slug))}>{lesson.title}</Link> : <span>{lesson.title}</span>}
                  <span className="meta">
                    {' · '}
                    {done.has(lesson.id) ? t('learning.lesson.done') : open.has(lesson.id) ? t('learning.lesson.open') : t('learning.lesson.locked')}
                    {lesson.required ? null : ` · ${t('learning.optional')}`}
                    {best.has(lesson.id) ? ` · ${t('learning.quiz.bestShort', { score: best.get(lesson.id)! })}` : null}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  )
}
