import { describe, expect, it } from 'vitest'
import { certificateCodeLength, formatCertificateCode, newCertificateCode, normaliseCertificateCode } from './certificate-code'

describe('certificate codes', () => {
  it('are 24 characters without look-alikes, and differ each time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCertificateCode()))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{24}$/)
    expect(certificateCodeLength * 5).toBe(120)
  })

  it('are read as people type them, and nothing else is taken for one', () => {
    const code = newCertificateCode()
    const printed = formatCertificateCode(code)
    expect(printed).toMatch(/^([2-9A-HJ-NP-Z]{4}-){5}[2-9A-HJ-NP-Z]{4}$/)
    expect(normaliseCertificateCode(printed)).toBe(code)
    expect(normaliseCertificateCode(` ${printed.toLowerCase().replace(/-/g, ' ')} `)).toBe(code)
    expect(normaliseCertificateCode(printed.replace(/-/g, '–'))).toBe(code)
    for (const bad of ['', code.slice(1), `${code}A`, code.replace(/^./, '0'), code.replace(/^./, 'I'), '../../etc/passwd', `${code.slice(0, 23)}%`]) expect(normaliseCertificateCode(bad), bad).toBeUndefined()
  })
})
