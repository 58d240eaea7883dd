import { describe, expect, it } from 'vitest'
import { EnvError, parseDatabaseUrl } from './env'

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
