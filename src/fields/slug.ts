import type { Field, FieldHook } from 'payload'

// Russian titles get a readable Latin slug (simplified BGN/PCGN transliteration).
const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}

export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[а-яё]/g, (ch) => cyrillic[ch] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** The slug is not localized: one URL per document in both languages, derived from `from` if empty. */
export function slugField(from = 'title'): Field {
  const formatSlug: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    required: true,
    label: { en: 'Slug', ru: 'Фрагмент адреса (URL)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Part of the address (URL); derived from the English title when empty.',
        ru: 'Часть адреса страницы (URL); если поле не заполнено, формируется из английского названия.',
      },
    },
    hooks: { beforeValidate: [formatSlug] },
  }
}
