import type { Field } from 'payload'

/** The participating states an item concerns (news, projects); it then shows on their pages. */
export function concernedStatesField(): Field {
  return {
    name: 'countries',
    type: 'relationship',
    relationTo: 'participants',
    hasMany: true,
    index: true,
    label: { en: 'Participating states concerned', ru: 'Государства-участники, которых это касается' },
    filterOptions: { kind: { equals: 'state' } },
    admin: { description: { en: 'Shown on those states’ pages.', ru: 'Показывается на страницах этих государств.' } },
  }
}
