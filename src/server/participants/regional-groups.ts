/** The regional groups of the Prague Process participants (seed, map, participants page). */
export const regionalGroups = [
  'eu',
  'schengen',
  'eastern-partnership',
  'western-balkans',
  'central-asia',
  'russia',
  'turkey',
] as const
export type RegionalGroup = (typeof regionalGroups)[number]
