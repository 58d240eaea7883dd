import type { Payload } from 'payload'
import { NoStore } from '@/components/NoStore'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { Course, Lesson } from '@/payload-types'
import { scormLessonView } from '@/server/learning/scorm'

type Props = { payload: Payload; locale: Locale; userId: number; course: Pick<Course, 'id'>; lesson: Pick<Lesson, 'id' | 'scormPackage'>; done: boolean }

/**
 * A SCORM lesson: the package plays in a frame from the SCORM origin (its own scripts run
 * there, never in this page, which stays script-free); where the learner stands is read from
 * what the package last saved.
 */
export async function ScormPanel({ payload, locale, userId, course, lesson, done }: Props) {
  const t = getTranslator(locale)
  const view = await scormLessonView(payload, { id: userId }, course, lesson, locale)
  if (!view.ready) return <p className="alert">{t(view.reason === 'no-origin' ? 'learning.scorm.notConfigured' : 'learning.scorm.notReady')}</p>
  const score = typeof view.score === 'number' ? view.score : undefined
  return (
    <section aria-labelledby="scorm" className="scorm">
      {/* The launch in the frame's address expires: the page is rendered for each visit. */}
      <NoStore />
      <h2 id="scorm">{t('learning.scorm.title')}</h2>
      {done ? <p className="alert alert--ok">{t('learning.lesson.doneNote')}</p> : null}
      <p>
        {!view.status
          ? t('learning.scorm.intro')
          : score === undefined
            ? t('learning.scorm.status', { status: t(`learning.scorm.status.${view.status}`) })
            : t('learning.scorm.statusScore', { status: t(`learning.scorm.status.${view.status}`), score })}
      </p>
      <iframe
        src={view.src}
        title={t('learning.scorm.frame', { title: view.title })}
        className="scorm-frame"
        // Another origin in any case; the sandbox also keeps it from navigating this page.
        sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals allow-downloads"
        allow="fullscreen"
        referrerPolicy="no-referrer"
      />
      <p className="muted">{t('learning.scorm.saved')}</p>
    </section>
  )
}
