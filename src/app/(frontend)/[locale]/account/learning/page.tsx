import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FormStatus } from '@/components/Form'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import { param, type SearchParams } from '@/i18n/search-params'
import { CertificateNote } from '@/components/Learning/CertificateNote'
import { currentLearner } from '@/server/learning/current-learner'
import { learnerFill } from '@/server/learning/learner-state'
import { dashboardCards } from '@/server/learning/learning'
import { getPayloadClient } from '@/server/payload'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('learning.dashboard.title'), robots: { index: false } }
}

/** The learner's dashboard: their courses, progress, best quiz scores, certificates, and where to go on (rendered for each request: see currentLearner). */
export default async function LearningPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const { locale, t } = await resolveLocale(params)
  const learner = await currentLearner(locale)
  if (!learner) redirect(`${href(locale, routes.signIn())}?next=${encodeURIComponent(href(locale, routes.learning()))}`)
  const cards = await dashboardCards(await getPayloadClient(), learner.state, locale)
  const q = await searchParams
  return (
    <div className="narrow">
      <PageHeader title={t('learning.dashboard.title')} />
      <FormStatus locale={locale} error={param(q.error)} notice={param(q.notice)} />
      {cards.length === 0 ? <p>{t('learning.dashboard.none')}</p> : (
        <ul className="stack">
          {cards.map((card) => (
            <li key={card.slug} className="card">
              <h2><Link href={href(locale, routes.learningCourse(card.slug))}>{card.title}</Link></h2>
              <p>
                <progress max={100} value={card.percent} aria-label={t('learning.progressOf', { title: card.title })}>{card.percent}%</progress>{' '}
                {card.status === 'completed' ? t('learning.completedOn', { date: learner.text(learnerFill.completedOn(card.courseId)) }) : t('learning.percent', { percent: card.percent })}
              </p>
              {card.quizzes.length ? (
                <ul className="meta">
                  {card.quizzes.map((quiz, i) => <li key={i}>{t('learning.quiz.bestOf', { title: quiz.title, score: quiz.best })}</li>)}
                </ul>
              ) : null}
              {card.status === 'completed' ? <CertificateNote locale={locale} learner={learner} course={card.courseId} /> : null}
              {card.status !== 'completed' && card.resume ? <p><Link href={href(locale, routes.learningLesson(card.slug, card.resume))}>{t('learning.resume')}</Link></p> : null}
            </li>
          ))}
        </ul>
      )}
      <p><Link href={href(locale, routes.academyCourses())}>{t('learning.catalogue.browse')}</Link></p>
    </div>
  )
}
