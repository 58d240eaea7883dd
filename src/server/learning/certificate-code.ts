import crypto from 'node:crypto'

/**
 * Certificate codes: 24 characters of 32 (no 0/O, 1/I), 120 random bits, so that no one finds
 * a valid code by trying; written in groups of four to be read off paper and typed.
 */
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const certificateCodeLength = 24

export function newCertificateCode(): string {
  const bytes = crypto.randomBytes(certificateCodeLength)
  return [...bytes].map((b) => alphabet[b % 32]).join('')
}

/** A code as people type or scan it: any case, with or without dashes and spaces; undefined if it cannot be one. */
export function normaliseCertificateCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s‐-―-]+/g, '')
  return code.length === certificateCodeLength && [...code].every((c) => alphabet.includes(c)) ? code : undefined
}

/** XXXX-XXXX-…: how a code is printed and shown. */
export function formatCertificateCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}
