import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixedPageSlugs, pagePathOf, pagePathProblem, sectionSegments } from './page-paths'

describe('page paths', () => {
  it('reserves every section the site answers itself', () => {
    const dir = path.resolve('src/app/(frontend)/[locale]')
    const sections = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('[') && !(fixedPageSlugs as readonly string[]).includes(e.name))
      .map((e) => e.name)
    for (const section of sections) expect(sectionSegments).toContain(section)
  })

  it('refuses a page that would hide a section or nest too deep', () => {
    expect(pagePathProblem(['contact'])).toBeUndefined()
    expect(pagePathProblem(['about', 'history'])).toBeUndefined()
    expect(pagePathProblem(['repository'])).toBe('section')
    expect(pagePathProblem(['news', 'extra'])).toBe('section')
    expect(pagePathProblem(['a', 'b', 'c', 'd', 'e'])).toBe('depth')
  })

  it('reads a page path from a request path, refusing what no slug can be', () => {
    expect(pagePathOf(['about', 'history'])).toBe('about/history')
    expect(pagePathOf(['Contact'])).toBeUndefined()
    expect(pagePathOf(['..'])).toBeUndefined()
    expect(pagePathOf(['a', 'b', 'c', 'd', 'e'])).toBeUndefined()
    expect(pagePathOf([])).toBeUndefined()
  })
})
