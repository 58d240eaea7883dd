import type { Locale } from '@/i18n/locales'

/**
 * The EU funding statement and the emblem's text alternative. These are the EU's fixed
 * wording for beneficiaries (not editable UI copy), so they live with the emblem.
 * The statement is split into its two customary lines.
 */
export const euFundingText: Record<Locale, { flag: string; funded: [string, string] }> = {
  en: { flag: 'European Union flag', funded: ['Funded by', 'the European Union'] },
  ru: { flag: 'Флаг Европейского союза', funded: ['Финансируется', 'Европейским союзом'] },
}
