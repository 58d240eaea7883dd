import type { DemoImageKey, Localized } from '../types'

/** The Strategic Group states the second map picks out (as in governance.ts). */
export const strategicGroupIsoCodes = ['CZ', 'HU', 'LT', 'PL']

/** What each map shows, for readers who cannot see it. */
export const mapAlts: Record<DemoImageKey, Localized> = {
  'region-map': {
    en: 'Map of Europe and Central Asia with the 50 participating states of the Prague Process highlighted',
    ru: 'Карта Европы и Центральной Азии, на которой выделены 50 государств — участников Пражского процесса',
  },
  'strategic-group-map': {
    en: 'Map of Europe and Central Asia: the participating states of the Prague Process in blue, the four states of the Strategic Group — the Czech Republic, Hungary, Lithuania and Poland — in yellow',
    ru: 'Карта Европы и Центральной Азии: государства — участники Пражского процесса выделены синим, четыре государства Стратегической группы — Чехия, Венгрия, Литва и Польша — жёлтым',
  },
}

/** Printed at the foot of every demo cover, as the abstracts say it too. */
export const coverDemoLabel: Localized = { en: 'Demonstration item', ru: 'Демонстрационный материал' }

/** Publication types in the genitive, for «Обложка …» (others fall back to «публикации»). */
const typeGenitiveRu: Record<string, string> = {
  'policy-brief': 'аналитической записки',
  'analytical-report': 'аналитического доклада',
  'background-report': 'справочного доклада',
  'information-note': 'информационной записки',
  'migration-flow-analysis': 'анализа миграционных потоков',
  'national-factsheet': 'страновой справки',
  'quarterly-review': 'ежеквартального обзора',
  handbook: 'руководства',
  'training-material': 'учебного материала',
  'programme-document': 'программного документа',
  commentary: 'комментария',
}

/** A title in English quotes; quotes inside it become single ones. */
const quoteEn = (title: string) => `“${title.replace(/“([^”]*)”/g, '‘$1’').replace(/«([^»]*)»/g, '‘$1’')}”`
/** A title in Russian «ёлочки»; quotes inside it become „лапки“. */
const quoteRu = (title: string) => `«${title.replace(/«([^»]*)»/g, '„$1“').replace(/“([^”]*)”/g, '„$1“')}»`

/**
 * The alternative text of a demo cover in both languages: the type and the title as printed
 * on it, and the language(s) the title is printed in when that is not just the reader's.
 */
export function coverAlt(type: { slug: string; name: Localized }, title: Partial<Localized>): Localized {
  const both = Boolean(title.en && title.ru)
  const en = title.en ? `${quoteEn(title.en)}${both ? ', titled in English and Russian' : ''}` : `${quoteEn(title.ru!)} (in Russian)`
  const ru = title.ru ? `${quoteRu(title.ru)}${both ? ' с названием на русском и английском языках' : ''}` : `${quoteRu(title.en!)} (на английском языке)`
  return {
    en: `Cover of the ${type.name.en.toLowerCase()} ${en}`,
    ru: `Обложка ${typeGenitiveRu[type.slug] ?? 'публикации'} ${ru}`,
  }
}
