import { buildRegionMap, type MapParticipant } from '../../server/map/build-map'

export type ParticipantsMapProps = {
  /** Participating states with already-localized names and hrefs. */
  participants: MapParticipant[]
  /** Accessible name of the map (rendered as the SVG <title>). */
  title: string
  /** Short description for assistive technology (SVG <desc>). */
  description: string
  /** Prefix for the title/desc element ids; set it when a page shows more than one map. */
  id?: string
}

/**
 * Server-rendered SVG map of the Prague Process region. No client JavaScript: each
 * participating state is an SVG <a href> (keyboard focusable), everything else is
 * decorative (aria-hidden). Styles live in ./map.css (classes pp-map__*).
 */
export function ParticipantsMap({
  participants,
  title,
  description,
  id = 'pp-participants-map',
}: ParticipantsMapProps) {
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const map = buildRegionMap(participants)

  return (
    <figure className="pp-map">
      <svg
        className="pp-map__svg"
        viewBox={map.viewBox}
        width={map.width}
        height={map.height}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <rect className="pp-map__sea" width={map.width} height={map.height} aria-hidden="true" />
        {map.shapes.map((shape, i) =>
          shape.participating ? null : (
            <path key={i} className="pp-map__land" d={shape.d} aria-hidden="true" />
          ),
        )}
        {map.shapes.map((shape, i) =>
          shape.participating && shape.href ? (
            <a key={shape.isoCode ?? i} className="pp-map__link" href={shape.href} aria-label={shape.name}>
              <title>{shape.name}</title>
              <path className="pp-map__state" d={shape.d} />
              {shape.marker ? (
                <circle
                  className="pp-map__marker"
                  cx={shape.marker.cx}
                  cy={shape.marker.cy}
                  r={shape.marker.r}
                />
              ) : null}
            </a>
          ) : null,
        )}
      </svg>
    </figure>
  )
}
