/**
 * Reading a password on a terminal without showing it (`npm run account:set-password`):
 * the terminal is put in raw mode and the keys are interpreted here.
 */
export type TTyped = { value: string; outcome?: 'entered' | 'cancelled' }

/**
 * Applies one chunk of raw terminal input (keys typed, or a paste) to what was typed so far.
 * Enter ends the line; Ctrl-C, or Ctrl-D on an empty line, cancels; Backspace removes the
 * last character; escape sequences (arrow keys) and other control characters are ignored.
 */
export function typeKeys(typed: TTyped, chunk: string): TTyped {
  if (typed.outcome || chunk.startsWith('\u001b')) return typed
  let value = typed.value
  for (const key of chunk) {
    if (key === '\r' || key === '\n') return { value, outcome: 'entered' }
    if (key === '\u0003' || (key === '\u0004' && value === '')) return { value: '', outcome: 'cancelled' }
    if (key === '\u007f' || key === '\b') value = Array.from(value).slice(0, -1).join('')
    else if (key >= ' ') value += key
  }
  return { value }
}

/** Asks on the terminal (stderr) and reads one line from it without echo; null when cancelled. */
export function askHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string | null> {
  return new Promise((resolve) => {
    let typed: TTyped = { value: '' }
    const onData = (chunk: string) => {
      typed = typeKeys(typed, chunk)
      if (!typed.outcome) return
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      output.write('\n')
      resolve(typed.outcome === 'entered' ? typed.value : null)
    }
    output.write(prompt)
    input.setRawMode(true)
    input.setEncoding('utf8')
    input.on('data', onData)
    input.resume()
  })
}

/** The first line of a password piped in (`printf '%s\n' "$PASSWORD" | …`), without its line end. */
export function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? ''
}
