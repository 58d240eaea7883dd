import { describe, expect, it } from 'vitest'
import { keepAskedFor } from './registration-doors'
import { emailCarriesCalendar, emailForChange, maySelfRegister, registrationOpen, statusOnArrival, statusOnPromotion, transitionAllowed } from './registration-rules'

describe('registration rules', () => {
  const start = '2027-03-10T09:00:00.000Z'

  it('is open until the deadline, or until the start without one', () => {
    expect(registrationOpen({ mode: 'anyone' }, start, new Date('2027-03-10T08:59:00Z'))).toBe('open')
    expect(registrationOpen({ mode: 'anyone' }, start, new Date('2027-03-10T09:01:00Z'))).toBe('deadline-passed')
    expect(registrationOpen({ mode: 'anyone', deadline: '2027-03-01T00:00:00Z' }, start, new Date('2027-03-02T00:00:00Z'))).toBe('deadline-passed')
    expect(registrationOpen({ mode: 'none' }, start, new Date('2027-01-01T00:00:00Z'))).toBe('closed')
    expect(registrationOpen(null, start, new Date('2027-01-01T00:00:00Z'))).toBe('closed')
  })

  it('lets people register themselves only where the event says so', () => {
    expect(maySelfRegister('anyone', { signedIn: true, member: false })).toBe(true)
    expect(maySelfRegister('anyone', { signedIn: false, member: false })).toBe(false)
    expect(maySelfRegister('members', { signedIn: true, member: false })).toBe(false)
    expect(maySelfRegister('members', { signedIn: true, member: true })).toBe(true)
    expect(maySelfRegister('nominated', { signedIn: true, member: true })).toBe(false)
  })

  it('gives a place while places are left, else the waiting list', () => {
    expect(statusOnArrival({ capacity: 2 }, 1)).toBe('pending')
    expect(statusOnArrival({ capacity: 2 }, 2)).toBe('waitlisted')
    expect(statusOnArrival({ capacity: 2, approval: 'automatic' }, 0)).toBe('approved')
    expect(statusOnArrival({}, 10_000)).toBe('pending')
    expect(statusOnPromotion({ approval: 'automatic' })).toBe('approved')
    expect(statusOnPromotion({})).toBe('pending')
  })

  it('allows only sensible changes of status', () => {
    expect(transitionAllowed('pending', 'approved')).toBe(true)
    expect(transitionAllowed('approved', 'pending')).toBe(false)
    expect(transitionAllowed('withdrawn', 'declined')).toBe(false)
    expect(transitionAllowed('declined', 'withdrawn')).toBe(false)
    expect(transitionAllowed('waitlisted', 'approved')).toBe(true)
  })

  it('sends the e-mail that fits each change, with the calendar file where a place is given', () => {
    expect(emailForChange(undefined, 'pending')).toBe('received')
    expect(emailForChange(undefined, 'approved')).toBe('confirmed')
    expect(emailForChange(undefined, 'waitlisted')).toBe('waitlisted')
    expect(emailForChange('pending', 'approved')).toBe('approved')
    expect(emailForChange('waitlisted', 'pending')).toBe('promoted')
    expect(emailForChange('waitlisted', 'approved')).toBe('promoted')
    expect(emailForChange('approved', 'declined')).toBe('declined')
    expect(emailForChange('approved', 'withdrawn')).toBe('withdrawn')
    expect(emailForChange('approved', 'approved')).toBeUndefined()
    expect(emailCarriesCalendar('approved')).toBe(true)
    expect(emailCarriesCalendar('waitlisted')).toBe(false)
    expect(emailCarriesCalendar('declined')).toBe(false)
  })

  it('keeps only the answers the event asks for', () => {
    expect(keepAskedFor({ organisation: 'ICMPD', phone: '+43 1 504', needsVisa: true }, ['organisation', 'needsVisa'])).toEqual({ organisation: 'ICMPD', needsVisa: true })
    expect(keepAskedFor({ organisation: 'ICMPD' }, null)).toEqual({})
  })
})
