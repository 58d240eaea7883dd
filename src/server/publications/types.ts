import type { Publication } from '@/payload-types'

type TLocalized<T> = { en?: T | null; ru?: T | null }
/** A publication read with locale 'all': localized fields come as { en, ru }. */
export type TPublicationAllLocales = Omit<Publication, 'title' | 'abstract' | 'keywords' | 'funding'> & {
  title: TLocalized<string>
  abstract?: TLocalized<string> | null
  keywords?: TLocalized<string[]> | null
  funding?: TLocalized<string> | null
}
