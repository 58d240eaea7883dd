/**
 * DOIs as the citation exports need them. A DOI is a name, not a URL: '10.5555/a%2Fb' is a DOI whose suffix
 * holds the three characters '%2F', and it must survive as written (BibTeX, RIS, CSL-JSON, Highwire tags).
 * Only the https://doi.org/ link percent-encodes it, so that the link resolves to that same name.
 */
import { clean, stripControlChars } from './shared'

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/
const URL_PREFIX = /^https?:\/\/(?:dx\.)?doi\.org\//i
const DOI_PREFIX = /^doi:\s*/i

/**
 * The bare DOI ('10.xxxx/…') of a DOI, 'doi:' string or doi.org URL; undefined if it is not a DOI.
 * A bare or 'doi:' DOI is kept literally, percent signs included. A doi.org URL is a URL, so its path is
 * percent-decoded, unless that path is not valid percent-encoded UTF-8, in which case it is kept as written.
 */
export function citationDoi(value: string | null | undefined): string | undefined {
  const raw = clean(stripControlChars(value ?? ''))
  if (!raw) return undefined
  let doi: string
  if (URL_PREFIX.test(raw)) {
    const path = raw.replace(URL_PREFIX, '')
    doi = decodesCleanly(path) ?? path
  } else {
    doi = raw.replace(DOI_PREFIX, '')
  }
  return DOI_PATTERN.test(doi) ? doi : undefined
}

function decodesCleanly(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined // e.g. '%E9' alone is not UTF-8: the caller keeps the text as written.
  }
}

// Characters a URL path may carry literally besides letters, digits and -_.!~*'(): the DOI's own
// slashes and the sub-delimiters; '%', '?', '#', spaces, '<>' and non-ASCII are percent-encoded.
const PATH_SAFE: Record<string, string> = { '%2F': '/', '%3A': ':', '%3B': ';', '%40': '@', '%26': '&', '%3D': '=', '%2B': '+', '%24': '$', '%2C': ',' }

/** The https://doi.org/ link of a bare DOI, every character the path cannot hold literally percent-encoded. */
export function doiLink(doi: string): string {
  return `https://doi.org/${encodeURIComponent(doi).replace(/%(?:2F|3A|3B|40|26|3D|2B|24|2C)/g, (c) => PATH_SAFE[c])}`
}
