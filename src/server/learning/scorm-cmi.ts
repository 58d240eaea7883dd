/**
 * What the platform reads from a package's CMI data (as scorm-again commits it: `{ cmi: … }`),
 * for SCORM 1.2 and 2004, and what of it is given back to resume. Pure functions.
 */
export const scormStatuses = {
  'not-attempted': { en: 'Not attempted', ru: 'Не начат' },
  browsed: { en: 'Browsed', ru: 'Просмотрен' },
  incomplete: { en: 'Incomplete', ru: 'Не завершён' },
  completed: { en: 'Completed', ru: 'Завершён' },
  passed: { en: 'Passed', ru: 'Сдан' },
  failed: { en: 'Failed', ru: 'Не сдан' },
  unknown: { en: 'Unknown', ru: 'Неизвестно' },
} as const
export type TScormStatus = keyof typeof scormStatuses

export type TCmiSummary = { status: TScormStatus; completed: boolean; score?: number; totalTime?: string }
type TNode = Record<string, unknown>

const node = (value: unknown): TNode => (value && typeof value === 'object' && !Array.isArray(value) ? (value as TNode) : {})
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '')
const asStatus = (value: string): TScormStatus | undefined => {
  const key = value.toLowerCase().replace(/\s+/g, '-')
  return key in scormStatuses ? (key as TScormStatus) : undefined
}
const num = (value: unknown): number | undefined => {
  const n = Number(str(value))
  return str(value) !== '' && Number.isFinite(n) ? n : undefined
}

/** A score in percent: 2004's scaled score first, else raw within min and max (0 to 100 when not given). */
function percent(score: TNode): number | undefined {
  const scaled = num(score.scaled)
  if (scaled !== undefined) return Math.max(0, Math.min(100, Math.round(scaled * 100)))
  const raw = num(score.raw)
  if (raw === undefined) return undefined
  const min = num(score.min) ?? 0
  const max = num(score.max) ?? 100
  return max > min ? Math.max(0, Math.min(100, Math.round(((raw - min) / (max - min)) * 100))) : undefined
}

/**
 * Completion as SCORM defines it: 1.2's lesson status completed or passed; 2004's completion
 * status completed, or its success status passed.
 */
export function summarizeCmi(version: '1.2' | '2004', body: unknown): TCmiSummary {
  const cmi = node(node(body).cmi)
  if (version === '1.2') {
    const core = node(cmi.core)
    const status = asStatus(str(core.lesson_status)) ?? 'not-attempted'
    return { status, completed: status === 'completed' || status === 'passed', score: percent(node(core.score)), totalTime: str(core.total_time) || undefined }
  }
  const completion = asStatus(str(cmi.completion_status)) ?? 'unknown'
  const success = asStatus(str(cmi.success_status)) ?? 'unknown'
  const status = success !== 'unknown' ? success : completion
  return { status, completed: completion === 'completed' || success === 'passed', score: percent(node(cmi.score)), totalTime: str(cmi.total_time) || undefined }
}

/**
 * The saved data as it is loaded into the runtime on the next launch: everything the package
 * wrote, without what belongs to one session (its time, its exit) and what the platform sets
 * itself (who the learner is, whether this is a resume).
 */
export function resumableCmi(version: '1.2' | '2004', saved: unknown): TNode {
  const cmi = structuredClone(node(node(saved).cmi))
  if (version === '1.2') {
    const core = node(cmi.core)
    for (const key of ['session_time', 'exit', 'entry', 'student_id', 'student_name', 'lesson_mode', 'credit']) delete core[key]
    if (Object.keys(core).length) cmi.core = core
  } else {
    for (const key of ['session_time', 'exit', 'entry', 'learner_id', 'learner_name', 'mode', 'credit']) delete cmi[key]
  }
  return cmi
}

/** Whether the last session asked to be resumed (its exit was suspend). */
export function wasSuspended(version: '1.2' | '2004', saved: unknown): boolean {
  const cmi = node(node(saved).cmi)
  return str(version === '1.2' ? node(cmi.core).exit : cmi.exit) === 'suspend'
}
