import { cache } from 'react'
import type { Locale } from '@/i18n/locales'
import type { SiteFooter, SiteHeader } from '@/payload-types'
import { getPayloadClient } from '@/server/payload'
import { memoPerRevision } from './revision-memo'
import { resolveMenuLink, type TMenuLink, type TResolvedLink } from './site-links'

export type TSiteFooter = {
  about: string | null
  organisation: string | null
  address: string | null
  email: string | null
  phone: string | null
  social: { network: string; url: string }[]
  links: TResolvedLink[]
  fundingNotice: boolean
}

/**
 * The header menu and the footer as editors set them, in the reader's language, read as an
 * anonymous visitor (a menu entry to an unpublished page is left out). Every page shows them,
 * so they are read once per content revision (and language), not per request.
 */
export const loadSiteChrome = cache(memoPerRevision(async (locale: Locale): Promise<{ menu: TResolvedLink[]; footer: TSiteFooter }> => {
  const payload = await getPayloadClient()
  const read = <T>(slug: 'site-header' | 'site-footer') =>
    payload.findGlobal({ slug, locale, fallbackLocale: false, depth: 1, overrideAccess: false, populate: { pages: { path: true, _status: true } } }) as Promise<T>
  const [header, footer] = await Promise.all([read<SiteHeader>('site-header'), read<SiteFooter>('site-footer')])
  const links = (items: TMenuLink[] | null | undefined) => (items ?? []).flatMap((item) => resolveMenuLink(item, locale) ?? [])
  return {
    menu: links(header.items as TMenuLink[] | null | undefined),
    footer: {
      about: footer.about ?? null,
      organisation: footer.organisation ?? null,
      address: footer.address ?? null,
      email: footer.email ?? null,
      phone: footer.phone ?? null,
      social: (footer.social ?? []).map(({ network, url }) => ({ network, url })),
      links: links(footer.links as TMenuLink[] | null | undefined),
      fundingNotice: footer.fundingNotice !== false,
    },
  }
}))
