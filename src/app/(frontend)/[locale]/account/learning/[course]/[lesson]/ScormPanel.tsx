import { NoStore } from '@/components/NoStore'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { Lesson } from '@/payload-types'
import { learnerFill, type TLearnerPage } from '@/server/learning/learner-state'
import { scormPackageFacts } from '@/server/learning/scorm-launch'

type Props = { locale: Locale; learner: TLearnerPage; lesson: Pick<Lesson, 'scormPackage'>; done: boolean }

/**
 * A SCORM lesson: the package plays in a frame from the SCORM origin (its own scripts run
 * there, never in this page, which stays script-free); where the learner stands is read from
 * what the package last saved. The launch and the score are the learner's own values.
 */
export function ScormPanel({ locale, learner, lesson, done }: Props) {
  const t = getTranslator(locale)
  const pkg = scormPackageFacts(lesson)
  if (!env.scormOrigin || !pkg) return <p className="alert">{t(env.scormOrigin ? 'learning.scorm.notReady' : 'learning.scorm.notConfigured')}</p>
  const status = learner.state.scorm?.status
  return (
    <section aria-labelledby="scorm" className="scorm">
      {/* The launch in the frame's address expires: a render with it in is never kept. */}
      <NoStore />
      <h2 id="scorm">{t('learning.scorm.title')}</h2>
      {done ? <p className="alert alert--ok">{t('learning.lesson.doneNote')}</p> : null}
      <p>
        {!status
          ? t('learning.scorm.intro')
          : learner.state.scorm?.scored
            ? t('learning.scorm.statusScore', { status: t(`learning.scorm.status.${status}`), score: learner.text(learnerFill.scormScore) })
            : t('learning.scorm.status', { status: t(`learning.scorm.status.${status}`) })}
      </p>
      <iframe
        src={learner.text(learnerFill.scormLaunch)}
        title={t('learning.scorm.frame', { title: pkg.title })}
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
