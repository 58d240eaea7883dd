import { spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * XML Schema validation with xmllint (Debian's libxml2-utils), offline, against the official
 * schemas copied into tests/fixtures/xsd (see its README.md). Never skips: without xmllint
 * the tests fail and say what to install.
 */

export const XSD_DIR = path.resolve(import.meta.dirname, '../fixtures/xsd')

/** The schemas by name; `oai-pmh-response.xsd` loads OAI-PMH.xsd with the payload schemas. */
export const schemas = {
  /** A whole response: OAI-PMH.xsd, whose strict wildcards need oai_dc.xsd and oai-identifier.xsd loaded. */
  response: path.join(XSD_DIR, 'oai-pmh-response.xsd'),
  oaiPmh: path.join(XSD_DIR, 'OAI-PMH.xsd'),
  oaiDc: path.join(XSD_DIR, 'oai_dc.xsd'),
  oaiIdentifier: path.join(XSD_DIR, 'oai-identifier.xsd'),
} as const

function xmllint(args: string[], input: string) {
  const result = spawnSync('xmllint', ['--nonet', ...args, '-'], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) {
    throw new Error(`xmllint could not be run (${result.error.message}): install it with \`apt-get install -y libxml2-utils\``)
  }
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** Validates a document against a schema; the errors are xmllint's messages, empty when valid. */
export function validateXml(xml: string, schema: string): { valid: boolean; wellFormed: boolean; errors: string } {
  const { code, stderr } = xmllint(['--noout', '--schema', schema], xml)
  // 0: valid; 3/4: invalid; 1: not well-formed; 5: the schema itself failed to load.
  if (code === 5) throw new Error(`xmllint could not load the schema ${schema}:\n${stderr}`)
  return { valid: code === 0, wellFormed: code !== 1, errors: code === 0 ? '' : stderr.replace(/^-(?=:\d+:)/gm, 'document').trim() }
}

/**
 * The elements an XPath selects, each serialised on its own by xmllint as a document of its
 * own would be: only the namespace declarations the element carries itself come along.
 */
export function extractElements(xml: string, xpath: string): string[] {
  const count = xmllint(['--xpath', `count(${xpath})`], xml)
  if (count.code !== 0) throw new Error(`xmllint --xpath count(${xpath}) failed:\n${count.stderr}`)
  const n = Number(count.stdout.trim())
  const out: string[] = []
  for (let i = 1; i <= n; i++) {
    const node = xmllint(['--xpath', `(${xpath})[${i}]`], xml)
    if (node.code !== 0) throw new Error(`xmllint --xpath (${xpath})[${i}] failed:\n${node.stderr}`)
    out.push(`<?xml version="1.0" encoding="UTF-8"?>\n${node.stdout.trim()}\n`)
  }
  return out
}

const byName = (ns: string, name: string) => `//*[namespace-uri()='${ns}' and local-name()='${name}']`
export const OAI_DC_XPATH = byName('http://www.openarchives.org/OAI/2.0/oai_dc/', 'dc')
export const OAI_IDENTIFIER_XPATH = byName('http://www.openarchives.org/OAI/2.0/oai-identifier', 'oai-identifier')

export type TOaiValidation = {
  /** xmllint's errors for the whole response against OAI-PMH.xsd (with the payload schemas loaded). */
  response: string
  /** Errors of each oai_dc:dc payload taken out on its own and validated against oai_dc.xsd. */
  metadata: string[]
  /** Errors of each Identify oai-identifier description on its own, against oai-identifier.xsd. */
  descriptions: string[]
  /** How many payloads of each kind the response held. */
  counts: { metadata: number; descriptions: number }
}

/**
 * Validates an OAI-PMH response with the official schemas: the whole document, then every
 * metadata payload and Identify description as a standalone document (a harvester stores
 * them apart from the envelope, so each must carry its own namespace declarations).
 */
export function validateOaiResponse(xml: string): TOaiValidation {
  const whole = validateXml(xml, schemas.response)
  if (!whole.wellFormed) return { response: whole.errors, metadata: [], descriptions: [], counts: { metadata: 0, descriptions: 0 } }
  const dcs = extractElements(xml, OAI_DC_XPATH)
  const ids = extractElements(xml, OAI_IDENTIFIER_XPATH)
  return {
    response: whole.errors,
    metadata: dcs.map((dc) => validateXml(dc, schemas.oaiDc).errors).filter(Boolean),
    descriptions: ids.map((id) => validateXml(id, schemas.oaiIdentifier).errors).filter(Boolean),
    counts: { metadata: dcs.length, descriptions: ids.length },
  }
}
