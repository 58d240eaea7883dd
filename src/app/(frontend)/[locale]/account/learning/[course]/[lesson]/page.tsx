import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { NotFoundView } from '@/components/NotFoundView'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { localeLabels } from '@/i18n/locales'
import { resolveLocale } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { courseContentBySlug } from '@/server/learning/course-content'
import { currentLearner } from '@/server/learning/current-learner'
import { doneSet } from '@/server/learning/learner-state'
import { lessonAccess, noteLessonOpened } from '@/server/learning/learning'
import { getPayloadClient } from '@/server/payload'
import { QuizPanel } from './QuizPanel'
import { ScormPanel } from './ScormPanel'

type Props = { params: Promise<{ locale: string; course: string; lesson: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('learning.dashboard.title'), robots: { index: false } }
}

/**
 * A lesson for its enrolled learner (no script): its text, video link and transcript, files,
 * and "done"; or its quiz; or its SCORM package. Rendered for each request (see currentLearner).
 */
export default async function LessonPage({ params, searchParams }: Props) {
  const { course: courseSlug, lesson: lessonSlug } = await params
  const { locale, t } = await resolveLocale(params)
  const learner = await currentLearner(locale, courseSlug, lessonSlug)
  const here = href(locale, routes.learningLesson(courseSlug, lessonSlug))
  if (!learner) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(here)}`)
  const payload = await getPayloadClient()
  const content = await courseContentBySlug(payload, courseSlug, locale)
  if (!content) return <NotFoundView locale={locale} />
  const access = lessonAccess(content, lessonSlug, learner.state.enrollments.some((e) => e.course === content.course.id), doneSet(learner.state))
  if (!access.ok) {
    if (access.error === 'not-enrolled' || access.error === 'locked') redirect(`${href(locale, routes.learningCourse(courseSlug))}?error=${access.error}`)
    return <NotFoundView locale={locale} />
  }
  const { course, lesson, outline, open, syllabus } = access.value
  if (learner.state.enrollments.find((e) => e.course === course.id)?.lastLesson !== lesson.id) await noteLessonOpened(payload, learner.userId, course.id, lesson.id)
  const order = syllabus.flatMap((m) => m.lessons)
  const index = order.findIndex((l) => l.id === lesson.id)
  const previous = index > 0 ? order[index - 1] : undefined
  const next = order[index + 1]
  const done = outline.some((l) => l.id === lesson.id && l.done)
  const files = (lesson.files ?? []).filter((f) => typeof f === 'object' && f.url)
  const video = typeof lesson.video === 'object' && lesson.video?.url ? lesson.video : undefined
  const captions = (lesson.captions ?? []).flatMap((c) => (typeof c.file === 'object' && c.file?.url ? [{ id: c.id ?? c.language, language: c.language, url: c.file.url }] : []))
  const q = await searchParams
  return (
    <div className="narrow">
      <p className="breadcrumb"><Link href={href(locale, routes.learningCourse(course.slug))}>{course.title}</Link></p>
      <PageHeader title={lesson.title} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      <RichText data={lesson.body} />
      {video || lesson.videoUrl ? (
        <section aria-labelledby="video">
          <h2 id="video">{t('learning.video')}</h2>
          {video ? (
            // The browser's own player and caption tracks: no script, and the file follows the lesson's access rule.
            <video controls preload="metadata" className="lesson-video">
              <source src={video.url!} type={video.mimeType ?? undefined} />
              {captions.map((c) => <track key={c.id} kind="captions" src={c.url} srcLang={c.language} label={localeLabels[c.language]} default={c.language === locale} />)}
              <a href={video.url!}>{t('learning.downloadVideo')}</a>
            </video>
          ) : null}
          {lesson.videoUrl ? <p><a href={lesson.videoUrl} rel="noopener noreferrer">{t('learning.watch')}</a></p> : null}
          {lesson.transcript ? (
            <details>
              <summary>{t('learning.transcript')}</summary>
              {lesson.transcript.split(/\n\s*\n/).map((p, i) => <p key={i}>{p}</p>)}
            </details>
          ) : null}
        </section>
      ) : null}
      {files.length ? (
        <section aria-labelledby="files">
          <h2 id="files">{t('learning.files')}</h2>
          <ul>{files.map((f) => typeof f === 'object' ? <li key={f.id}><a href={f.url!}>{f.filename}</a></li> : null)}</ul>
        </section>
      ) : null}
      {lesson.kind === 'quiz' ? (
        <QuizPanel payload={payload} locale={locale} userId={ownLearner(learner.userId)} courseSlug={course.slug} lesson={lesson} shownAttempt={Number(param(q.attempt)) || undefined} />
      ) : lesson.kind === 'scorm' ? (
        <ScormPanel locale={locale} learner={learner} lesson={lesson} done={done} />
      ) : done ? <p className="alert alert--ok">{t('learning.lesson.doneNote')}</p> : (
        <form method="post" action="/forms/complete-lesson" className="form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="course" value={course.slug} />
          <input type="hidden" name="lesson" value={lesson.slug} />
          {next ? <input type="hidden" name="next" value={next.slug} /> : null}
          <button type="submit" className="button">{t('learning.complete')}</button>
        </form>
      )}
      <nav aria-label={t('learning.lessonNav')} className="pager">
        {previous ? <Link href={href(locale, routes.learningLesson(course.slug, previous.slug))} rel="prev">{t('learning.previous', { title: previous.title })}</Link> : null}{' '}
        {next && open.has(next.id) ? <Link href={href(locale, routes.learningLesson(course.slug, next.slug))} rel="next">{t('learning.next', { title: next.title })}</Link> : null}
      </nav>
    </div>
  )
}

/** A quiz shows the person's own attempts: its page is never shared (learnerViewOf says so), so the person is known. */
function ownLearner(userId: number | undefined): number {
  if (userId === undefined) throw new Error('a quiz lesson in a render shared among learners')
  return userId
}
