import type { Localized } from '../types'

/** The Online Repository's publication types (issue 3); the Secretariat can add more. */
export const publicationTypes: { slug: string; name: Localized }[] = [
  { slug: 'policy-brief', name: { en: 'Policy brief', ru: 'Аналитическая записка' } },
  { slug: 'analytical-report', name: { en: 'Analytical report', ru: 'Аналитический доклад' } },
  { slug: 'background-report', name: { en: 'Background report', ru: 'Справочный доклад' } },
  { slug: 'information-note', name: { en: 'Information note', ru: 'Информационная записка' } },
  { slug: 'migration-flow-analysis', name: { en: 'Migration flow analysis', ru: 'Анализ миграционных потоков' } },
  { slug: 'national-factsheet', name: { en: 'National factsheet', ru: 'Страновая справка' } },
  { slug: 'infographic', name: { en: 'Infographic', ru: 'Инфографика' } },
  { slug: 'quarterly-review', name: { en: 'Quarterly Review', ru: 'Ежеквартальный обзор' } },
  { slug: 'handbook', name: { en: 'Handbook', ru: 'Руководство' } },
  { slug: 'training-material', name: { en: 'Training material', ru: 'Учебный материал' } },
  { slug: 'programme-document', name: { en: 'Programme document', ru: 'Программный документ' } },
  { slug: 'migration-profile-light', name: { en: 'Migration profile (light)', ru: 'Миграционный профиль (краткий)' } },
  { slug: 'migration-profile-extended', name: { en: 'Migration profile (extended)', ru: 'Миграционный профиль (расширенный)' } },
  { slug: 'selected-publications', name: { en: 'Selected publications collection', ru: 'Сборник избранных публикаций' } },
  { slug: 'webinar-recording', name: { en: 'Webinar recording', ru: 'Запись вебинара' } },
  { slug: 'commentary', name: { en: 'Commentary', ru: 'Комментарий' } },
]
