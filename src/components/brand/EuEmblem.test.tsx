import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { EuEmblem, EuFundingNotice } from './EuEmblem'

const text = (html: string) => html.replace(/<title[^>]*>.*?<\/title>/g, '').replace(/<[^>]+>/g, '')

describe('EuFundingNotice', () => {
  it('shows the emblem, named, on the left of the statement, in English and in Russian', () => {
    const en = renderToStaticMarkup(<EuFundingNotice locale="en" />)
    expect(en).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)".*<title id="\1">European Union flag<\/title>/)
    expect(en.indexOf('<svg')).toBeLessThan(en.indexOf('Funded by'))
    expect(text(en)).toBe('Funded by the European Union')

    const ru = renderToStaticMarkup(<EuFundingNotice locale="ru" />)
    expect(ru).toContain('<title id="')
    expect(ru).toContain('Флаг Европейского союза</title>')
    expect(text(ru)).toBe('Финансируется Европейским союзом')
    expect(ru).toContain('lang="ru"')
  })

  it('sets the statement upright and plain, in one of the allowed colours', () => {
    const html = renderToStaticMarkup(<EuFundingNotice locale="en" tone="blue" height={60} />)
    expect(html).toContain('font-family:Arial,')
    expect(html).toContain('font-style:normal')
    expect(html).toContain('text-decoration:none')
    expect(html).toContain('color:#003399')
    expect(html).toContain('font-size:18px') // proportionate to the emblem
    expect(html).toContain('height="60"')
    expect(html).toContain('width="90"')
  })

  it('frames the emblem in white on a dark ground only', () => {
    const onDark = renderToStaticMarkup(<EuFundingNotice locale="en" tone="white" height={50} />)
    expect(onDark).toContain('fill="#FFFFFF"')
    expect(onDark).toContain('color:#FFFFFF')
    // The rectangle stays 50 px high; the border adds 1/25 of that on each side.
    expect(onDark).toContain('height="54"')
    expect(renderToStaticMarkup(<EuEmblem locale="en" />)).not.toContain('#FFFFFF')
  })
})
