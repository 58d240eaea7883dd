// Minimal types for the `snowball-stemmers` package (it ships none). Only the named exports
// are declared; analyze.ts imports the module as a namespace so it works the same in Node
// ESM, vitest and the Next bundler (the package is CommonJS with an `__esModule` flag).
declare module 'snowball-stemmers' {
  export type TSnowballStemmer = { stem(word: string): string }
  export function newStemmer(language: string): TSnowballStemmer
  export function algorithms(): string[]
}
