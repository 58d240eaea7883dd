import type { Metadata } from 'next'
import Link from 'next/link'
import { JsonLd } from '@/components/JsonLd'
import { Fragment } from 'react'
import { FallbackNotice } from '@/components/FallbackNotice'
import { ResponsiveImage } from '@/components/Image'
import { env } from '@/env'
import { mediaIn, socialImage } from '@/server/content/image-sources'
import { openGraphFor } from '@/server/content/open-graph'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { formatBytes, formatDate } from '@/i18n/format'
import { otherLocale, type Locale } from '@/i18n/locales'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href } from '@/i18n/routes'
import { readerAudience } from '@/server/account/reader-audience'
import { accessSubject } from '@/server/account/viewer'
import { citationAuthors, citationMetaTags, formatCitationParts, jsonLd } from '@/server/open-metadata/citation'
import { citationDoi, doiLink } from '@/server/open-metadata/doi'
import { getPayloadClient } from '@/server/payload'
import { previewingEditor } from '@/server/content/preview'
import { findPublicationsAllLocales, toPublicationRecord } from '@/server/publications/publication-record'

async function load(params: SlugParams['params']) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  const [{ viewer }, payload, editor] = await Promise.all([readerAudience(), getPayloadClient(), previewingEditor()])
  const [pub] = await findPublicationsAllLocales(payload, { slug: { equals: slug } }, { user: editor ?? accessSubject(viewer), limit: 1, draft: Boolean(editor) })
  return { locale, t, pub, record: pub ? toPublicationRecord(pub) : undefined }
}

const pick = (text: { en?: string | null; ru?: string | null } | undefined, locale: Locale) => {
  const own = text?.[locale]
  if (own) return { value: own, lang: locale }
  const other = text?.[otherLocale(locale)]
  return other ? { value: other, lang: otherLocale(locale) } : undefined
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, record, pub } = await load(params)
  if (!record || !pub) return notFoundMetadata(locale)
  // The Google Scholar tags are rendered by the page itself (React hoists them into <head>): Next's `other`
  // keeps one tag per name, and Scholar pairs each citation_author_institution with the author before it.
  const image = socialImage(mediaIn(pub.cover, locale), env.publicUrl)
  return {
    title: pick(record.title, locale)?.value,
    description: pick(record.abstract, locale)?.value?.slice(0, 300),
    openGraph: openGraphFor(locale, { type: 'article', image }),
  }
}

export default async function PublicationPage({ params }: SlugParams) {
  const { locale, t, pub, record } = await load(params)
  if (!pub || !record) return <NotFoundView locale={locale} />
  const title = pick(record.title, locale)!
  const abstract = pick(record.abstract, locale)
  const cite = (format: string) => `/cite/${record.id}/${format}?lang=${locale}`
  const related = (pub.related ?? []).filter((r): r is Exclude<typeof r, number> => typeof r === 'object' && r !== null)
  const authors = citationAuthors(record, locale)
  const doi = citationDoi(record.doi)
  return (
    <article className="publication" lang={title.lang !== locale ? title.lang : undefined}>
      {/* Every Google Scholar tag, in order: each author's institution right after that author. */}
      {citationMetaTags(record, locale).map((tag, i) => <meta key={i} name={tag.name} content={tag.content} />)}
      <JsonLd data={jsonLd(record, locale)} />
      <p className="breadcrumb"><Link href={href(locale, '/repository')}>{t('repository.title')}</Link></p>
      <FallbackNotice locale={locale} shownIn={title.lang} />
      <p className="meta">{pick(record.type.name, locale)?.value}</p>
      <h1>{title.value}</h1>
      {authors.length ? <p className="authors">{authors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name)).join('; ')}</p> : null}
      {abstract ? <p className="lead" lang={abstract.lang !== locale ? abstract.lang : undefined}>{abstract.value}</p> : null}
      <ResponsiveImage media={mediaIn(pub.cover, locale)} sizes="12rem" className="publication__cover" />

      <h2>{t('publication.editions')}</h2>
      <ul className="editions">
        {record.editions.map((e) => (
          <li key={e.language}>
            <a href={e.url} hrefLang={e.language} type={e.mimeType} download>
              {t('publication.download', { language: e.language })}
            </a>{' '}
            <span className="meta">
              (PDF{e.bytes ? `, ${formatBytes(locale, e.bytes)}` : ''}{e.pages ? `, ${t('publication.pages', { pages: e.pages })}` : ''})
            </span>
          </li>
        ))}
      </ul>

      <dl className="facts">
        <dt>{t('publication.published')}</dt>
        <dd><time dateTime={record.publishedOn}>{formatDate(locale, record.publishedOn)}</time></dd>
        {record.thematicAreas.length ? (<><dt>{t('publication.areas', { count: record.thematicAreas.length })}</dt><dd>{record.thematicAreas.map((a) => pick(a.name, locale)?.value).join('; ')}</dd></>) : null}
        {record.countries.length ? (<><dt>{t('publication.countries', { count: record.countries.length })}</dt><dd>{record.countries.map((c) => pick(c.name, locale)?.value).join(', ')}</dd></>) : null}
        {record.series ? (<><dt>{t('publication.series')}</dt><dd>{record.series}</dd></>) : null}
        {record.keywords.length ? (<><dt>{t('publication.keywords')}</dt><dd>{record.keywords.join(', ')}</dd></>) : null}
        {record.licence ? (<><dt>{t('publication.licence')}</dt><dd>{record.licence.url ? <a href={record.licence.url} rel="license">{record.licence.code}</a> : record.licence.code}</dd></>) : null}
        {doi ? (<><dt>DOI</dt><dd><a href={doiLink(doi)}>{doi}</a></dd></>) : null}
        {pub.funding?.[locale] ? (<><dt>{t('publication.funding')}</dt><dd>{pub.funding[locale]}</dd></>) : null}
      </dl>

      <h2>{t('publication.cite')}</h2>
      <p className="citation">
        {formatCitationParts(record, locale).map((part, i) => (part.italic ? <i key={i}>{part.text}</i> : <Fragment key={i}>{part.text}</Fragment>))}
      </p>
      <p className="cite-formats">
        {t('publication.citeDownload')}{' '}
        <a href={cite('bibtex')}>BibTeX</a> · <a href={cite('ris')}>RIS</a> · <a href={cite('csl-json')}>CSL-JSON</a>
      </p>

      {related.length ? (
        <>
          <h2>{t('publication.related')}</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}><Link href={href(locale, `/repository/${r.slug}`)}>{pick(r.title as unknown as { en?: string; ru?: string }, locale)?.value}</Link></li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  )
}
