import { regionalGroups, type RegionalGroup } from './regional-groups'

type Groupable = { kind: string; groups?: (RegionalGroup | string)[] | null }

export type TParticipantSection<T> = { key: RegionalGroup | 'other-states' | 'eu-body' | 'organisation'; items: T[] }

/**
 * Groups participants for the list beside the map: states by region (a state in several
 * groups, e.g. EU and Schengen, appears under each), then EU bodies and organisations.
 * States in no regional group come under "other participating states".
 */
export function groupParticipants<T extends Groupable>(participants: T[]): TParticipantSection<T>[] {
  const states = participants.filter((p) => p.kind === 'state')
  const sections: TParticipantSection<T>[] = regionalGroups.map((key) => ({
    key,
    items: states.filter((p) => p.groups?.includes(key)),
  }))
  sections.push({ key: 'other-states', items: states.filter((p) => !p.groups?.length) })
  sections.push({ key: 'eu-body', items: participants.filter((p) => p.kind === 'eu-body') })
  sections.push({ key: 'organisation', items: participants.filter((p) => p.kind === 'organisation') })
  return sections.filter((s) => s.items.length > 0)
}
