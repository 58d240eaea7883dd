import type { TContactPoint } from '@/server/participants/country-profile'

/** A state's National Contact Point entries: institution, person, e-mail and telephone (members only). */
export function ContactPointList({ points }: { points: TContactPoint[] }) {
  return (
    <ul className="contact-points">
      {points.map((c) => (
        <li key={c.id}>
          <p><strong>{c.institution}</strong></p>
          {c.name || c.position ? <p>{[c.name, c.position].filter(Boolean).join(', ')}</p> : null}
          {c.email ? <p><a href={`mailto:${c.email}`}>{c.email}</a></p> : null}
          {c.phone ? <p><a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a></p> : null}
        </li>
      ))}
    </ul>
  )
}
