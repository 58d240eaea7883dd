import { describe, expect, it } from 'vitest'
import { EnvError, parseDatabaseUrl, resolveScormOrigin } from './env'

describe('DATABASE_URL', () => {
  it('picks the adapter from the scheme', () => {
    expect(parseDatabaseUrl('postgres://u@h/db', '/data')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' })
    expect(parseDatabaseUrl('postgresql://u@h/db', '/data').kind).toBe('postgres')
    expect(parseDatabaseUrl('file:./x.db', '/data')).toEqual({ kind: 'sqlite', url: 'file:./x.db' })
  })
  it('defaults to SQLite in the data folder', () => {
    expect(parseDatabaseUrl(undefined, '/srv/data')).toEqual({ kind: 'sqlite', url: 'file:/srv/data/pragueprocess.db' })
  })
  it('explains an unknown scheme', () => {
    expect(() => parseDatabaseUrl('mysql://h/db', '/data')).toThrow(EnvError)
    expect(() => parseDatabaseUrl('mysql://h/db', '/data')).toThrow(/file: .*postgres:\/\//)
  })
})

describe('SCORM_ORIGIN', () => {
  it('is another origin than the platform, given or by default for a local platform', () => {
    expect(resolveScormOrigin('https://scorm.example.org/path', 'https://pragueprocess.example')).toBe('https://scorm.example.org')
    expect(resolveScormOrigin(undefined, 'http://localhost:3000')).toBe('http://scorm.localhost:3000')
    expect(resolveScormOrigin(undefined, 'http://127.0.0.1:4000')).toBe('http://scorm.localhost:4000')
  })
  it('is never the platform itself, and not guessed for a public platform', () => {
    expect(() => resolveScormOrigin('https://pragueprocess.example/', 'https://pragueprocess.example')).toThrow(EnvError)
    expect(resolveScormOrigin(undefined, 'https://pragueprocess.example')).toBeUndefined()
  })
})
