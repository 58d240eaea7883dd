/** The licences a publication can carry (field options, citations, OAI rights). */
export const licences = [
  { value: 'cc-by-4.0', label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { value: 'cc-by-nc-4.0', label: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  { value: 'cc-by-nc-nd-4.0', label: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
  { value: 'all-rights-reserved', label: 'All rights reserved', url: null },
] as const
