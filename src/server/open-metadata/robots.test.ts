import { resolveRouteData } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { describe, expect, it } from 'vitest'

import { buildRobots } from './robots'

// The robots.txt text exactly as Next writes it (the generated robots.txt route calls this same function).
const robotsTxt = resolveRouteData(buildRobots('https://pragueprocess.example'), 'robots')

type TRule = { allow: boolean; pattern: string }

/** The rules of the group for '*' (this file has one group), in file order. */
function rulesForAnyAgent(txt: string): TRule[] {
  const rules: TRule[] = []
  let inGroup = false
  for (const line of txt.split('\n')) {
    const match = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line.replace(/#.*/, ''))
    if (!match) continue
    const [, key, value] = match
    if (key.toLowerCase() === 'user-agent') inGroup = value === '*'
    else if (inGroup && /^(allow|disallow)$/i.test(key) && value !== '') rules.push({ allow: key.toLowerCase() === 'allow', pattern: value })
  }
  return rules
}

/** RFC 9309 path matching: a prefix match, '*' for any characters, '$' at the end for the end of the path. */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$')
  const body = (anchored ? pattern.slice(0, -1) : pattern).split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
  return new RegExp(`^${body.join('.*')}${anchored ? '$' : ''}`).test(path)
}

/** Google and RFC 9309: the longest matching rule wins, Allow on a tie; nothing matching means allowed. */
function allowedByLongestMatch(rules: TRule[], path: string): boolean {
  const best = rules
    .filter((rule) => matches(rule.pattern, path))
    .sort((a, b) => b.pattern.length - a.pattern.length || Number(b.allow) - Number(a.allow))[0]
  return best ? best.allow : true
}

/** Older crawlers: the first matching rule in file order wins. */
function allowedByFirstMatch(rules: TRule[], path: string): boolean {
  return rules.find((rule) => matches(rule.pattern, path))?.allow ?? true
}

describe('buildRobots', () => {
  const rules = rulesForAnyAgent(robotsTxt)

  it('lets crawlers fetch publication files but nothing else under /api/', () => {
    for (const allowed of [allowedByLongestMatch, allowedByFirstMatch]) {
      expect(allowed(rules, '/api/documents/file/policy-brief-2024-en.pdf')).toBe(true)
      expect(allowed(rules, '/api/documents/file/x.pdf')).toBe(true)
      expect(allowed(rules, '/api/users')).toBe(false)
      expect(allowed(rules, '/api/users/me')).toBe(false)
      expect(allowed(rules, '/api/documents')).toBe(false)
      expect(allowed(rules, '/api/documents/12')).toBe(false)
      expect(allowed(rules, '/api/graphql')).toBe(false)
    }
  })

  it('keeps the admin, forms and account pages out, and the public pages in', () => {
    for (const allowed of [allowedByLongestMatch, allowedByFirstMatch]) {
      for (const path of ['/admin', '/admin/collections/users', '/forms/contact', '/en/account/profile', '/ru/account/sign-in']) {
        expect(allowed(rules, path), path).toBe(false)
      }
      for (const path of ['/', '/en', '/ru/news', '/en/repository/labour-migration', '/en/repository/feed', '/sitemap.xml', '/oai']) {
        expect(allowed(rules, path), path).toBe(true)
      }
    }
  })

  it('names the sitemap at the public address it is given', () => {
    expect(robotsTxt).toContain('Sitemap: https://pragueprocess.example/sitemap.xml\n')
    expect(resolveRouteData(buildRobots('https://repo.example.org'), 'robots')).toContain('Sitemap: https://repo.example.org/sitemap.xml\n')
  })
})

describe('the test matcher', () => {
  it('follows RFC 9309 (longest match, Allow on ties, wildcards)', () => {
    const rules: TRule[] = [
      { allow: false, pattern: '/p' },
      { allow: true, pattern: '/p' },
      { allow: false, pattern: '/*.php$' },
      { allow: true, pattern: '/folder/' },
      { allow: false, pattern: '/folder/private' },
    ]
    expect(allowedByLongestMatch(rules, '/page')).toBe(true)
    expect(allowedByLongestMatch(rules, '/x/index.php')).toBe(false)
    expect(allowedByLongestMatch(rules, '/x/index.php5')).toBe(true)
    expect(allowedByLongestMatch(rules, '/folder/page')).toBe(true)
    expect(allowedByLongestMatch(rules, '/folder/private/file')).toBe(false)
    expect(allowedByFirstMatch(rules, '/page')).toBe(false)
  })
})
