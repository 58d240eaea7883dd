/**
 * ISO 3166-1 alpha-2 code → `properties.name` of the matching feature in
 * `world-atlas/countries-50m.json` (world-atlas 2.0.2, Natural Earth 50m).
 *
 * Checked name by name against the file. Quirks worth knowing:
 * - Kosovo (XK) has no numeric `id` in the atlas (nor do "N. Cyprus", "Somaliland",
 *   "Siachen Glacier", "Indian Ocean Ter."), so features are matched by name, not id.
 * - Abbreviated Natural Earth short names: "Bosnia and Herz.", "Macedonia" (not
 *   "North Macedonia"), "Czechia", "United Kingdom", "Russia", "Moldova".
 * - "Cyprus" is the Republic of Cyprus; "N. Cyprus" is a separate feature, not a
 *   participant, and is drawn neutral.
 * - Serbia's feature excludes Kosovo; Kosovo is its own feature.
 * - Finland's Åland Islands are a separate feature ("Åland", id 248); they are drawn as
 *   part of Finland (see ASSOCIATED_TERRITORIES).
 * - Crown dependencies ("Jersey", "Guernsey", "Isle of Man") and "Faeroe Is." and
 *   "Greenland" are separate features and are deliberately NOT merged into GB / DK:
 *   they are not part of the participating state's territory in the sense used here
 *   (Faroe Islands and Greenland are self-governing, outside the EU).
 */
export const MAP_NAMES = {
  AL: 'Albania',
  AM: 'Armenia',
  AT: 'Austria',
  AZ: 'Azerbaijan',
  BY: 'Belarus',
  BE: 'Belgium',
  BA: 'Bosnia and Herz.',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  FR: 'France',
  GE: 'Georgia',
  DE: 'Germany',
  GR: 'Greece',
  HU: 'Hungary',
  IE: 'Ireland',
  IT: 'Italy',
  KZ: 'Kazakhstan',
  XK: 'Kosovo',
  KG: 'Kyrgyzstan',
  LV: 'Latvia',
  LI: 'Liechtenstein',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  MD: 'Moldova',
  ME: 'Montenegro',
  NL: 'Netherlands',
  MK: 'Macedonia',
  NO: 'Norway',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  RU: 'Russia',
  RS: 'Serbia',
  SK: 'Slovakia',
  SI: 'Slovenia',
  ES: 'Spain',
  SE: 'Sweden',
  CH: 'Switzerland',
  TJ: 'Tajikistan',
  TR: 'Turkey',
  TM: 'Turkmenistan',
  UA: 'Ukraine',
  GB: 'United Kingdom',
  UZ: 'Uzbekistan',
} as const satisfies Record<string, string>

export type MappedIsoCode = keyof typeof MAP_NAMES

/** The 50 participating states, in the order of MAP_NAMES. */
export const PARTICIPATING_ISO_CODES = Object.keys(MAP_NAMES) as MappedIsoCode[]

/**
 * Extra atlas features drawn (and linked) as part of a participating state.
 * Only integral parts of the state's territory that the atlas splits off.
 */
export const ASSOCIATED_TERRITORIES: Readonly<Partial<Record<MappedIsoCode, readonly string[]>>> = {
  FI: ['Åland'],
  // The EU and the UN treat the whole island as the Republic of Cyprus.
  CY: ['N. Cyprus'],
}

export function isMappedIsoCode(code: string): code is MappedIsoCode {
  return Object.prototype.hasOwnProperty.call(MAP_NAMES, code)
}
