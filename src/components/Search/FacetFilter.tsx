import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'

export type TFacetOption = { value: string; label: string; count: number; checked: boolean }

/** How many values a facet shows before the rest fold away (the chosen ones always show). */
const SHOWN = 8
/** Folding away fewer than this many values would save nothing. */
const MIN_FOLDED = 3

/**
 * One facet of a GET form as a group of checkboxes: several values may be chosen, and no
 * JavaScript is needed. `options` come most frequent first: the chosen values and the first
 * SHOWN stay in view, the rest fold into a nested disclosure in alphabetical order, so a long
 * list (countries) stays short and a reader can still find a name in it.
 */
export function FacetFilter({ locale, name, legend, options }: { locale: Locale; name: string; legend: string; options: TFacetOption[] }) {
  if (options.length === 0) return null
  const t = getTranslator(locale)
  const foldable = options.length - SHOWN >= MIN_FOLDED
  const shown = foldable ? options.filter((o, i) => o.checked || i < SHOWN) : options
  const folded = foldable ? options.filter((o, i) => !o.checked && i >= SHOWN).sort((a, b) => a.label.localeCompare(b.label, locale)) : []
  const list = (items: TFacetOption[]) => (
    <ul className="facet__options">
      {items.map((o) => (
        <li key={o.value}>
          <label className="facet__option">
            <input type="checkbox" name={name} value={o.value} defaultChecked={o.checked} />
            <span>
              {o.label} <span className="facet__count">({o.count})</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  )
  return (
    <fieldset className="facet" id={`facet-${name}`}>
      <legend>{legend}</legend>
      {list(shown)}
      {folded.length > 0 ? (
        <details className="facet__more">
          <summary>{t('repository.moreValues', { count: folded.length })}</summary>
          {list(folded)}
        </details>
      ) : null}
    </fieldset>
  )
}
