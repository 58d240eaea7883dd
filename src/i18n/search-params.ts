/** A single string from Next's searchParams, or undefined (arrays and oversize values are ignored). */
export function param(value: string | string[] | undefined, maxLength = 300): string | undefined {
  return typeof value === 'string' && value.length <= maxLength ? value : undefined
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>
