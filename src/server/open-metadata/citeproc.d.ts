// Minimal types for `citeproc` (citeproc-js in CommonJS form; it ships none): only what
// csl-processor.ts calls.
declare module 'citeproc' {
  export type TCiteprocSys = {
    retrieveLocale(lang: string): string
    retrieveItem(id: string): object | undefined
  }
  export class Engine {
    constructor(sys: TCiteprocSys, style: string, lang?: string, forceLang?: boolean)
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void
    updateItems(ids: string[]): void
    /** [parameters, entries], or false when the style has no bibliography. */
    makeBibliography(): [Record<string, unknown>, string[]] | false
  }
  const CSL: { Engine: typeof Engine; PROCESSOR_VERSION: string }
  export default CSL
}
