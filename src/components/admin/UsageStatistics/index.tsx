import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { checkRole, staffRoles } from '@/access/roles'
import { isLocale, localeLabels, locales, type Locale } from '@/i18n/locales'
import { getTranslator, type Translate } from '@/i18n/messages'
import { stackedBars } from '@/server/usage/usage-chart'
import { monthlyUsage, parsePeriod, totalOf, usageByPublication, type TMonthUsage } from '@/server/usage/usage-statistics'

const monthLabel = (language: Locale, month: string) =>
  new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
/** Language names in the admin's language ("Russian" / "русский"). */
const languageName = (inLanguage: Locale, code: Locale) => new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? localeLabels[code]
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function Chart({ months, kind, language, t, period }: { months: TMonthUsage[]; kind: 'views' | 'downloads'; language: Locale; t: Translate; period: { from: string; to: string } }) {
  const chart = stackedBars(months, kind)
  const title = t(kind === 'views' ? 'usage.chartViews' : 'usage.chartDownloads')
  const summary = t('usage.chartSummary', { kind: t(kind === 'views' ? 'usage.views' : 'usage.downloads'), from: monthLabel(language, period.from), to: monthLabel(language, period.to), total: chart.total })
  const labelEvery = Math.ceil(months.length / 12)
  const id = `usage-chart-${kind}`
  return (
    <figure className="pp-usage__chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={summary}>
        {chart.ticks.map((tick) => {
          const y = chart.plot.top + chart.plot.height - (tick / chart.max) * chart.plot.height
          return (
            <g key={tick} className="pp-usage__tick">
              <line x1={chart.plot.left} x2={chart.plot.left + chart.plot.width} y1={y} y2={y} />
              <text x={chart.plot.left - 6} y={y + 4} textAnchor="end">{tick.toLocaleString(language)}</text>
            </g>
          )
        })}
        {chart.bars.map((bar) => (
          <rect key={`${bar.month}-${bar.language}`} className={`pp-usage__bar pp-usage__bar--${bar.language}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
            <title>{`${monthLabel(language, bar.month)} · ${languageName(language, bar.language)}: ${bar.value.toLocaleString(language)}`}</title>
          </rect>
        ))}
        {months.map((m, i) =>
          i % labelEvery === 0 ? (
            <text key={m.month} className="pp-usage__label" x={chart.plot.left + (i + 0.5) * (chart.plot.width / months.length)} y={chart.height - 12} textAnchor="middle">
              {monthLabel(language, m.month)}
            </text>
          ) : null,
        )}
      </svg>
      <p className="pp-usage__legend">
        {locales.map((l) => (
          <span key={l}>
            <span className={`pp-usage__swatch pp-usage__bar--${l}`} aria-hidden="true" /> {languageName(language, l)}
          </span>
        ))}
      </p>
    </figure>
  )
}

/**
 * The Secretariat's view of repository usage (admin, /admin/usage-statistics): monthly
 * views and downloads by language as charts and a table, totals per publication, CSV.
 * Everything is a GET form and links, rendered on the server.
 */
export async function UsageStatisticsView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const language: Locale = isLocale(req.i18n?.language) ? req.i18n.language : 'en'
  const t = getTranslator(language)
  const template = { i18n: req.i18n, locale, params: {}, payload: req.payload, permissions, searchParams, user: req.user ?? undefined, visibleEntities }

  if (!checkRole(staffRoles, req.user as never)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter><h1>{t('usage.title')}</h1><p role="alert">{t('usage.notAllowed')}</p></Gutter>
      </DefaultTemplate>
    )
  }

  const period = parsePeriod({ from: first(searchParams?.from), to: first(searchParams?.to) })
  const publicationParam = Number(first(searchParams?.publication))
  const publications = await usageByPublication(req.payload, period)
  const selected = Number.isInteger(publicationParam) ? publications.find((p) => p.publicationId === publicationParam) : undefined
  const months = await monthlyUsage(req.payload, period, selected?.publicationId)
  const query = (extra: Record<string, string | number>) => new URLSearchParams({ from: period.from, to: period.to, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) }).toString()
  const titleOf = (p: (typeof publications)[number]) => p.title[language] ?? p.title[language === 'en' ? 'ru' : 'en'] ?? p.slug

  return (
    <DefaultTemplate {...template}>
      <Gutter className="pp-usage">
        <h1>{t('usage.title')}</h1>
        <p>{t('usage.intro')}</p>
        <form method="get" className="pp-usage__period" aria-label={t('usage.period')}>
          <label>
            {t('usage.from')} <input type="month" name="from" defaultValue={period.from} />
          </label>
          <label>
            {t('usage.to')} <input type="month" name="to" defaultValue={period.to} />
          </label>
          {selected ? <input type="hidden" name="publication" value={selected.publicationId} /> : null}
          <button type="submit" className="btn btn--style-primary btn--size-small">{t('usage.show')}</button>
          <a className="btn btn--style-secondary btn--size-small" href={`/api/usage/export?${query(selected ? { publication: selected.publicationId } : {})}`} download>
            {t('usage.exportCsv')}
          </a>
        </form>
        {selected ? (
          <p>
            {t('usage.filteredTo', { title: titleOf(selected) })} · <a href={`?${query({})}`}>{t('usage.allPublications')}</a>
          </p>
        ) : null}
        <p>{t('usage.languageNote')}</p>
        <div className="pp-usage__charts">
          <Chart months={months} kind="views" language={language} t={t} period={period} />
          <Chart months={months} kind="downloads" language={language} t={t} period={period} />
        </div>
        <table className="pp-usage__table">
          <caption>{t('usage.period')}: {monthLabel(language, period.from)} – {monthLabel(language, period.to)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('usage.month')}</th>
              {locales.map((l) => <th scope="col" key={`v${l}`}>{t('usage.viewsIn', { language: languageName(language, l) })}</th>)}
              {locales.map((l) => <th scope="col" key={`d${l}`}>{t('usage.downloadsIn', { language: languageName(language, l) })}</th>)}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(language, m.month)}</th>
                {locales.map((l) => <td key={`v${l}`}>{m.views[l].toLocaleString(language)}</td>)}
                {locales.map((l) => <td key={`d${l}`}>{m.downloads[l].toLocaleString(language)}</td>)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('usage.total')}</th>
              {locales.map((l) => <td key={`v${l}`}>{months.reduce((n, m) => n + m.views[l], 0).toLocaleString(language)}</td>)}
              {locales.map((l) => <td key={`d${l}`}>{months.reduce((n, m) => n + m.downloads[l], 0).toLocaleString(language)}</td>)}
            </tr>
          </tfoot>
        </table>
        <h2>{t('usage.byPublication')}</h2>
        {publications.length === 0 ? (
          <p>{t('usage.none')}</p>
        ) : (
          <table className="pp-usage__table">
            <thead>
              <tr>
                <th scope="col">{t('usage.publication')}</th>
                {locales.map((l) => <th scope="col" key={`v${l}`}>{t('usage.viewsIn', { language: languageName(language, l) })}</th>)}
                {locales.map((l) => <th scope="col" key={`d${l}`}>{t('usage.downloadsIn', { language: languageName(language, l) })}</th>)}
                <th scope="col">{t('usage.downloads')}</th>
              </tr>
            </thead>
            <tbody>
              {publications.map((p) => (
                <tr key={p.publicationId} aria-current={p.publicationId === selected?.publicationId ? 'true' : undefined}>
                  <th scope="row">
                    <a href={`/admin/collections/publications/${p.publicationId}`}>{titleOf(p)}</a>
                    {' · '}
                    <a href={`?${query({ publication: p.publicationId })}`}>{t('usage.onlyThis')}</a>
                  </th>
                  {locales.map((l) => <td key={`v${l}`}>{p.views[l].toLocaleString(language)}</td>)}
                  {locales.map((l) => <td key={`d${l}`}>{p.downloads[l].toLocaleString(language)}</td>)}
                  <td>{totalOf(p.downloads).toLocaleString(language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
