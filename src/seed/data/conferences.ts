import type { SeedConference } from '../types'

/** Ministerial Conferences named in the seed; dates where the seed (or, marked, the public record) gives them. */
export const conferences: SeedConference[] = [
  {
    slug: 'prague-2009',
    ordinal: 1,
    title: {
      en: '1st Prague Process Ministerial Conference',
      ru: '1-я министерская конференция Пражского процесса',
    },
    city: {
      en: 'Prague',
      ru: 'Прага',
    },
    heldOn: '2009-04',
    host: 'czech-republic',
    declarationTitle: {
      en: 'Prague Process Joint Declaration',
      ru: 'Совместная декларация Пражского процесса',
    },
    summary: {
      en: 'The 1st Ministerial Conference, held in Prague in April 2009, launched the Prague Process and culminated in the signature of the Prague Process Joint Declaration, in which the participating states agreed to strengthen co-operation in migration management.',
      ru: 'Первая министерская конференция, состоявшаяся в Праге в апреле 2009 года, положила начало Пражскому процессу и завершилась подписанием Совместной декларации Пражского процесса, в которой государства-участники договорились укреплять сотрудничество в сфере управления миграцией.',
    },
  },
  {
    slug: 'bratislava',
    title: {
      en: 'Ministerial Conference in Bratislava',
      ru: 'Министерская конференция в Братиславе',
    },
    city: {
      en: 'Bratislava',
      ru: 'Братислава',
    },
    // Not in the seed file: the month comes from the public record (the Ministerial Conference
    // in Bratislava was held in September 2016, during the Slovak Presidency of the Council of the EU).
    heldOn: '2016-09',
    host: 'slovakia',
    declarationTitle: {
      en: 'Bratislava Declaration',
      ru: 'Братиславская декларация',
    },
    summary: {
      en: 'The current initiative “Prague Process: Dialogue, Analysis and Training in Action” works to implement the Bratislava Declaration.',
      ru: 'Текущая инициатива «Пражский процесс: диалог, анализ и обучение в действии» направлена на реализацию Братиславской декларации.',
    },
  },
]
