import type { Payload } from 'payload'
import { NoStore } from '@/components/NoStore'
import { dateTimeFormat } from '@/i18n/date-formats'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { Lesson } from '@/payload-types'
import { attemptFeedback, attemptQuestions, quizOverview, type TQuestionView } from '@/server/learning/quizzes'

type Props = { payload: Payload; locale: Locale; userId: number; courseSlug: string; lesson: Lesson; shownAttempt?: number }

/**
 * A quiz lesson: its rules, the learner's attempts, the open attempt as a plain form (no
 * script: the time limit is the server's), and the feedback on a submitted attempt.
 */
export async function QuizPanel({ payload, locale, userId, courseSlug, lesson, shownAttempt }: Props) {
  const t = getTranslator(locale)
  const labels = { true: t('learning.quiz.true'), false: t('learning.quiz.false') }
  const overview = await quizOverview(payload, userId, lesson)
  const { settings, attempts, open, best, passed, left } = overview
  const canStart = !open && left !== 0
  const submitted = attempts.filter((a) => a.state === 'submitted')
  const shown = submitted.find((a) => a.number === shownAttempt) ?? submitted.at(-1)
  const reveal = passed || left === 0
  const feedback = shown && !open ? await attemptFeedback(payload, shown, locale, labels, reveal) : []
  const questions = open ? await attemptQuestions(payload, open, locale, labels) : []
  const bankSize = open ? questions.length : settings.draw ?? settings.bank.length
  const time = (iso: string) => dateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(new Date(iso))
  return (
    <section aria-labelledby="quiz" className="quiz">
      {/* An attempt's time runs out without any write: the page is rendered for each visit. */}
      <NoStore />
      <h2 id="quiz">{t('learning.quiz.title')}</h2>
      <ul className="quiz__rules">
        {bankSize ? <li>{t('learning.quiz.rules', { questions: bankSize, passMark: settings.passMark })}</li> : null}
        {settings.minutes ? <li>{t('learning.quiz.timeLimit', { minutes: settings.minutes })}</li> : null}
        <li>{left === undefined ? t('learning.quiz.noLimit') : t('learning.quiz.attemptsLeft', { left })}</li>
        {best !== undefined ? <li>{t('learning.quiz.best', { score: best })}</li> : null}
      </ul>
      {passed ? <p className="alert alert--ok">{t('learning.quiz.passedNote')}</p> : null}
      {open ? (
        <form method="post" action="/forms/submit-quiz" className="form quiz__form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="course" value={courseSlug} />
          <input type="hidden" name="lesson" value={lesson.slug} />
          <input type="hidden" name="attempt" value={open.number} />
          <h3>{t('learning.quiz.attempt', { n: open.number })}</h3>
          {open.deadline ? <p className="alert alert--info">{t('learning.quiz.deadline', { time: time(open.deadline) })}</p> : null}
          {questions.length ? questions.map((q, i) => <QuestionField key={q.id} question={q} n={i + 1} total={questions.length} locale={locale} />) : <p>{t('learning.quiz.empty')}</p>}
          <button type="submit" className="button">{t('learning.quiz.submit')}</button>
        </form>
      ) : null}
      {canStart ? (
        <form method="post" action="/forms/start-quiz" className="form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="course" value={courseSlug} />
          <input type="hidden" name="lesson" value={lesson.slug} />
          <button type="submit" className="button">{attempts.length ? t('learning.quiz.retake') : t('learning.quiz.start')}</button>
        </form>
      ) : null}
      {shown && feedback.length ? (
        <section aria-labelledby="quiz-feedback" className="quiz__feedback">
          <h3 id="quiz-feedback">{t('learning.quiz.feedback', { n: shown.number, score: shown.score ?? 0 })}</h3>
          {!reveal ? <p className="hint">{t('learning.quiz.hidden')}</p> : null}
          <ol>
            {feedback.map((f) => (
              <li key={f.id}>
                <p><strong>{f.prompt}</strong></p>
                <p className={f.earned === 1 ? 'quiz__verdict quiz__verdict--right' : 'quiz__verdict quiz__verdict--wrong'}>{t(f.earned === 1 ? 'learning.quiz.right' : f.earned > 0 ? 'learning.quiz.partly' : 'learning.quiz.wrong')}</p>
                <p>{f.yours.length ? <>{t('learning.quiz.yours')} {f.yours.join('; ')}</> : t('learning.quiz.noAnswer')}</p>
                {f.correct?.length && f.earned < 1 ? <p>{t('learning.quiz.correct')} {f.correct.join('; ')}</p> : null}
                {f.explanation ? <p className="hint">{f.explanation}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {attempts.length ? (
        <table className="table quiz__attempts">
          <caption>{t('learning.quiz.attempts')}</caption>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{t('learning.quiz.attempt', { n: a.number })}</th>
                <td>{a.state === 'submitted' ? t('learning.quiz.score', { score: a.score ?? 0 }) : ''}</td>
                <td>{t(a.state === 'submitted' ? (a.passed ? 'learning.quiz.state.passed' : 'learning.quiz.state.failed') : a.state === 'open' ? 'learning.quiz.state.open' : 'learning.quiz.state.expired')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

/** One question as form controls named `q<id>` (or `q<id>-<item>` for a matching's items). */
function QuestionField({ question: q, n, total, locale }: { question: TQuestionView; n: number; total: number; locale: Locale }) {
  const t = getTranslator(locale)
  const legend = (
    <legend>
      <span className="hint-inline">{t('learning.quiz.question', { n, total })}</span> {q.prompt}
    </legend>
  )
  if (q.kind === 'short') {
    return (
      <fieldset className="field">
        {legend}
        <label htmlFor={`q${q.id}`}>{t('learning.quiz.typeAnswer')}</label>
        <input id={`q${q.id}`} name={`q${q.id}`} type="text" maxLength={500} autoComplete="off" />
      </fieldset>
    )
  }
  if (q.kind === 'matching') {
    return (
      <fieldset className="field">
        {legend}
        <p className="hint">{t('learning.quiz.matchEach')}</p>
        {q.items.map((item) => (
          <div key={item.key} className="field">
            <label htmlFor={`q${q.id}-${item.key}`}>{item.text}</label>
            <select id={`q${q.id}-${item.key}`} name={`q${q.id}-${item.key}`} defaultValue="">
              <option value="">{t('learning.quiz.choose')}</option>
              {q.choices.map((c) => <option key={c.key} value={c.key}>{c.text}</option>)}
            </select>
          </div>
        ))}
      </fieldset>
    )
  }
  const multiple = q.kind === 'multiple'
  return (
    <fieldset className="field">
      {legend}
      <p className="hint">{t(multiple ? 'learning.quiz.chooseSeveral' : 'learning.quiz.chooseOne')}</p>
      {q.choices.map((c) => (
        <label key={c.key} className="choice">
          <input type={multiple ? 'checkbox' : 'radio'} name={`q${q.id}`} value={c.key} /> {c.text}
        </label>
      ))}
    </fieldset>
  )
}
