import { describe, expect, it } from 'vitest'
import { accessSubject, audienceOf, fillViewerSlots, needsParticipantName, parseViewerHeader, viewerHeaderValue, viewerLanguageChecked, viewerText, type TSessionViewer } from './viewer'

const anna: TSessionViewer = { id: 1, roles: ['ncp'], name: 'Anna', email: 'anna@example.test', preferredLanguage: 'ru', participant: 7 }

describe('viewer', () => {
  it('puts one set of roles in one partition whatever their order, and keeps unknown roles out', () => {
    expect(audienceOf({ roles: ['strategic-group', 'ncp'] })).toBe(audienceOf({ roles: ['ncp', 'strategic-group'] }))
    expect(audienceOf({ roles: ['ncp', 'bogus' as never] })).toBe('roles:ncp')
    expect(audienceOf(null)).toBe('anonymous')
    expect(audienceOf({ roles: [] })).toBe('roles:')
  })

  it('reads back what the front says about a shared render, and nothing it did not say', () => {
    expect(parseViewerHeader(viewerHeaderValue({ roles: ['learner'] }, 'k'))).toEqual({ roles: ['learner'], slotKey: 'k' })
    expect(parseViewerHeader(viewerHeaderValue(null, 'k'))).toBeNull()
    expect(parseViewerHeader(null)).toBeUndefined()
    expect(parseViewerHeader('roles:admin')).toBeUndefined() // no slot key: not the front's
    expect(accessSubject({ roles: ['learner', 'ncp'] })).toEqual({ collection: 'users', roles: ['ncp', 'learner'] })
  })

  it('writes slots in a shared render and values in the person’s own', () => {
    const shared = { roles: anna.roles, slotKey: 'abc' }
    expect(viewerText(shared, 'email')).toBe('pp-slot-abc-email')
    expect(viewerText({ roles: anna.roles, own: { email: anna.email } }, 'email')).toBe(anna.email)
    expect(viewerLanguageChecked(shared, 'ru')).toEqual({ 'data-pp-flag': 'pp-slot-abc-language-ru' })
    expect(viewerLanguageChecked({ roles: [], own: { preferredLanguage: 'ru' } }, 'en')).toEqual({ defaultChecked: false })
  })

  it('fills every slot of its key: text, attributes and the preferred language, escaped', () => {
    const html = '<p>pp-slot-abc-name</p><input value="pp-slot-abc-email"/><dd>pp-slot-abc-participantName</dd>' +
      '<input type="radio" value="en" data-pp-flag="pp-slot-abc-language-en"/><input type="radio" value="ru" data-pp-flag="pp-slot-abc-language-ru"/><i>pp-slot-xyz-name</i>'
    expect(needsParticipantName(html, 'abc')).toBe(true)
    const filled = fillViewerSlots(html, 'abc', { ...anna, name: '<b>Anna</b>' }, 'Armenia')
    expect(filled).toBe('<p>&lt;b&gt;Anna&lt;/b&gt;</p><input value="anna@example.test"/><dd>Armenia</dd>' +
      '<input type="radio" value="en"/><input type="radio" value="ru" checked=""/><i>pp-slot-xyz-name</i>')
    // Without a person (a session that ended mid-request) nothing of anyone is shown.
    expect(fillViewerSlots(html, 'abc', undefined)).not.toMatch(/Anna|anna@|checked/)
  })
})
