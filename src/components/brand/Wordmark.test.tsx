import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Mark } from './Mark'
import { markGeometry, markSize } from './mark'
import { Wordmark } from './Wordmark'
import { capsWidth, splitName } from './wordmark-layout'

const titleOf = (html: string) => {
  const labelled = /<svg[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1]
  return new RegExp(`<title id="${labelled}">([^<]*)</title>`).exec(html)?.[1]
}

describe('Wordmark', () => {
  it('is an image named "Prague Process" in English', () => {
    const html = renderToStaticMarkup(<Wordmark locale="en" />)
    expect(html).toMatch(/^<svg[^>]*role="img"/)
    expect(titleOf(html)).toBe('Prague Process')
    expect(html).toContain('lang="en"')
    expect(html).toContain('>PRAGUE</text>')
    expect(html).toContain('>PROCESS</text>')
  })

  it('is an image named «Пражский процесс» in Russian', () => {
    const html = renderToStaticMarkup(<Wordmark locale="ru" />)
    expect(titleOf(html)).toBe('Пражский процесс')
    expect(html).toContain('lang="ru"')
    expect(html).toContain('>ПРАЖСКИЙ</text>')
    expect(html).toContain('>ПРОЦЕСС</text>')
  })

  it('scales from its height, keeping its proportions', () => {
    for (const height of [40, 96]) {
      const html = renderToStaticMarkup(<Wordmark locale="ru" height={height} />)
      const [, , vw, vh] = /viewBox="([^"]+)"/.exec(html)![1].split(' ').map(Number)
      const width = Number(/ width="([^"]+)"/.exec(html)![1])
      expect(html).toContain(`height="${height}"`)
      expect(width / height).toBeCloseTo(vw / vh, 2)
    }
  })

  it('gives each line room for the widest fallback font (never squeezed)', () => {
    // DejaVu Sans Bold, the widest font in the stack, measured: ПРАЖСКИЙ is 6.62 em wide.
    expect(capsWidth('ПРАЖСКИЙ', 100)).toBeGreaterThanOrEqual(662)
    expect(capsWidth('PROCESS', 100)).toBeGreaterThanOrEqual(501)
    expect(splitName('Prague Process')).toEqual(['Prague', 'Process'])
    expect(splitName('Пражский процесс')).toEqual(['Пражский', 'процесс'])
  })

  it('takes white on the brand blue and the surrounding colour in the admin', () => {
    const inverse = renderToStaticMarkup(<Wordmark locale="en" tone="inverse" />)
    expect(inverse).not.toContain('#0b3d6b')
    expect(inverse).toContain('fill="#ffffff"')
    expect(renderToStaticMarkup(<Wordmark locale="en" tone="currentColor" />)).toContain('fill="currentColor"')
  })
})

describe('Mark', () => {
  it('is decorative without a title and an image with one', () => {
    expect(renderToStaticMarkup(<Mark />)).toContain('aria-hidden="true"')
    const named = renderToStaticMarkup(<Mark title="Prague Process" />)
    expect(named).toContain('role="img"')
    expect(titleOf(named)).toBe('Prague Process')
  })

  it('is symmetric and stays inside its square', () => {
    const g = markGeometry()
    for (const d of [g.stone, g.keystone]) {
      // The end point of every command (M, L, H, V and A are all this path uses, all absolute).
      const xs: number[] = []
      const ys: number[] = []
      for (const [, command, args] of d.matchAll(/([MLHVAZ])([^MLHVAZ]*)/g)) {
        const n = args.trim().split(/[\s,]+/).filter(Boolean).map(Number)
        if (command === 'M' || command === 'L') {
          xs.push(n[0])
          ys.push(n[1])
        }
        if (command === 'A') {
          xs.push(n[5])
          ys.push(n[6])
        }
        if (command === 'H') xs.push(n[0])
        if (command === 'V') ys.push(n[0])
      }
      expect(xs.length).toBeGreaterThan(3)
      for (const v of [...xs, ...ys]) {
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(markSize)
      }
      const mirrored = new Set(xs.map((x) => (markSize - x).toFixed(1)))
      for (const x of xs) expect(mirrored.has(x.toFixed(1))).toBe(true)
    }
  })
})
