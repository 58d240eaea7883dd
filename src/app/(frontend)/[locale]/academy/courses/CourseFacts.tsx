import { getTranslator } from '@/i18n/messages'
import { localeLabels, type Locale } from '@/i18n/locales'
import type { Course } from '@/payload-types'

/** A course's level, length, languages and thematic area, as one line. */
export function CourseFacts({ locale, course }: { locale: Locale; course: Pick<Course, 'level' | 'hours' | 'languages' | 'thematicArea'> }) {
  const t = getTranslator(locale)
  const area = typeof course.thematicArea === 'object' && course.thematicArea ? course.thematicArea.title : undefined
  const parts = [
    t(`learning.level.${course.level}`),
    t('learning.hours', { hours: course.hours }),
    (course.languages ?? []).map((l) => localeLabels[l]).join(', '),
    area,
  ].filter(Boolean)
  return <p className="meta">{parts.join(' · ')}</p>
}
