import type { GlobalConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { bumpRevisionAfterGlobalChange } from '@/hooks/bump-content-revision'
import { findInvalidPeriod } from '@/server/governance/current-chair'

export const StrategicGroup: GlobalConfig = {
  slug: 'strategic-group',
  label: { en: 'Strategic Group', ru: 'Стратегическая группа' },
  admin: { group: { en: 'The Process', ru: 'Процесс' } },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [bumpRevisionAfterGlobalChange] },
  fields: [
    { name: 'members', type: 'relationship', relationTo: 'participants', hasMany: true },
    {
      name: 'otherMembers',
      type: 'array',
      admin: { description: 'Members that are not participants, e.g. the Presidency of the Council of the EU.' },
      fields: [{ name: 'name', type: 'text', localized: true, required: true }],
    },
    {
      name: 'chairmanships',
      type: 'array',
      admin: { description: 'The rotating chairmanship; the current chair is derived from today’s date.' },
      validate: (value: unknown) => {
        const rows = Array.isArray(value) ? (value as { from?: string; to?: string }[]) : []
        const bad = findInvalidPeriod(rows)
        return bad === -1 ? true : `Chairmanship ${bad + 1}: periods must not overlap and must end after they start.`
      },
      fields: [
        { name: 'chair', type: 'relationship', relationTo: 'participants', required: true },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'to', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
  ],
}
