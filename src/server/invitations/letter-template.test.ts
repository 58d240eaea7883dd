import { describe, expect, it } from 'vitest'
import { catalogs } from '@/i18n/messages'
import { fillTemplate, templateProblem } from './letter-template'

const values = { name: 'NAZAROVA DILNOZA', dateOfBirth: '17 April 1988', nationality: 'Uzbekistan', passportNumber: 'FA1234567', event: 'Senior Officials’ Meeting', dates: '3–4 March 2027', place: 'Prague, Czechia', host: 'Czechia' }

describe('invitation letter template', () => {
  it('accepts the standard wording in both languages and fills it in', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const key of ['p1', 'p2', 'p3', 'heading', 'closing', 'signatory']) expect(templateProblem(catalogs[lang][`letter.pdf.${key}`])).toBeUndefined()
    }
    expect(fillTemplate(catalogs.en['letter.pdf.p2'], 'en', values)).toBe('Senior Officials’ Meeting, 3–4 March 2027, Prague, Czechia.')
  })

  it('names an unknown placeholder and refuses stray braces', () => {
    expect(templateProblem('Dear consul, {fullName} is invited')).toEqual({ kind: 'unknown', name: 'fullName' })
    expect(templateProblem('Invited: {name')).toEqual({ kind: 'syntax' })
    expect(templateProblem('')).toBeUndefined()
  })

  it('takes what people typed as plain text, never as part of the template', () => {
    expect(fillTemplate('Invited: {name}.', 'en', { ...values, name: "O'NEIL {host} <b>" })).toBe("Invited: O'NEIL {host} <b>.")
  })
})
