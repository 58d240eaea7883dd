import { describe, expect, it } from 'vitest'
import { languageName, mayMoveApplication, trainerSlugOfPage, ZTrainerApplication, ZTrainerFilters } from './trainer-rules'

describe('trainer rules', () => {
  it('decides an application once', () => {
    expect(mayMoveApplication('pending', 'accepted')).toBe(true)
    expect(mayMoveApplication('pending', 'declined')).toBe(true)
    expect(mayMoveApplication('accepted', 'accepted')).toBe(true)
    expect(mayMoveApplication('accepted', 'declined')).toBe(false)
    expect(mayMoveApplication('declined', 'pending')).toBe(false)
  })

  it('knows a trainer’s profile page from any other page a contact form is on', () => {
    expect(trainerSlugOfPage('academy/trainers/nino-kapanadze')).toBe('nino-kapanadze')
    expect(trainerSlugOfPage('about/contact')).toBeUndefined()
    expect(trainerSlugOfPage('academy/trainers')).toBeUndefined()
    expect(trainerSlugOfPage('academy/trainers/a/b')).toBeUndefined()
    expect(trainerSlugOfPage(undefined)).toBeUndefined()
  })

  it('names languages in the reader’s language', () => {
    expect(languageName('ka', 'en')).toBe('Georgian')
    expect(languageName('ka', 'ru')).toBe('Грузинский')
  })

  it('reads the directory’s filters leniently: repeated values, junk dropped', () => {
    expect(ZTrainerFilters.parse({ area: ['integration', 'Integration!'], language: ['ru', 'xx', 'ru'], kind: 'state', page: '2' })).toEqual({ area: ['integration'], language: ['ru'], country: [], kind: ['state'], page: 2 })
    expect(ZTrainerFilters.parse({ page: '0' })).toMatchObject({ page: undefined })
  })

  it('checks an application: at least one area and one language, and an account of experience', () => {
    const valid = { kind: 'state', country: '3', institution: 'Migration Service', thematicAreas: ['1', '2'], languages: 'ru', experience: 'Five trainings on readmission since 2018.' }
    expect(ZTrainerApplication.parse(valid)).toMatchObject({ country: 3, thematicAreas: [1, 2], languages: ['ru'] })
    expect(ZTrainerApplication.safeParse({ ...valid, thematicAreas: undefined }).success).toBe(false)
    expect(ZTrainerApplication.safeParse({ ...valid, languages: ['tlh'] }).success).toBe(false)
    expect(ZTrainerApplication.safeParse({ ...valid, experience: 'short' }).success).toBe(false)
  })
})
