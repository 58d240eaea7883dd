import type { Payload } from 'payload'
import { progressValues, type TProgress } from '@/server/action-plan/report-rules'
import { actionPlanObjectives, demoNarratives, demoRecommendations, reportingPeriods, reportingStates, russianWritingStates } from './data/action-plan'

const quiet = () => ({ skipRevisionBump: true, skipSearchIndexing: true })

/** A steady spread of progress values for the demo: the same on every seed, different by state and action. */
function demoProgress(iso: string, code: string, spread: readonly TProgress[]): TProgress {
  let hash = 0
  for (const c of `${iso}:${code}`) hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  return spread[hash % spread.length]
}

/**
 * The Action Plan's demo structure (objectives and actions under the six thematic areas), two
 * reporting periods, the states' reports on them (accepted for the closed period; sent and
 * drafts for the open one) and the recommendations of the Bratislava Ministerial Conference.
 */
export async function seedActionPlan(payload: Payload, refs: { areaIds: Map<string, string | number>; participantIdsByIso: Map<string, string | number> }): Promise<void> {
  const actions: { id: number; code: string; title: { en: string; ru: string } }[] = []
  for (const objective of actionPlanObjectives) {
    const o = await payload.create({ collection: 'action-plan-objectives', locale: 'en', data: { code: objective.code, thematicArea: Number(refs.areaIds.get(objective.area)), title: objective.title.en }, overrideAccess: true, context: quiet() })
    await payload.update({ collection: 'action-plan-objectives', id: o.id, locale: 'ru', data: { title: objective.title.ru }, overrideAccess: true, context: quiet() })
    for (const action of objective.actions) {
      const a = await payload.create({ collection: 'action-plan-actions', locale: 'en', data: { code: action.code, objective: o.id, title: action.title.en }, overrideAccess: true, context: quiet() })
      await payload.update({ collection: 'action-plan-actions', id: a.id, locale: 'ru', data: { title: action.title.ru }, overrideAccess: true, context: quiet() })
      actions.push({ id: a.id, code: action.code, title: action.title })
    }
  }
  const periodIds: Record<string, number> = {}
  for (const period of reportingPeriods) {
    const p = await payload.create({ collection: 'reporting-periods', locale: 'en', data: { title: period.title.en, startsOn: period.startsOn, endsOn: period.endsOn, deadline: period.deadline, status: period.status }, overrideAccess: true, context: quiet() })
    await payload.update({ collection: 'reporting-periods', id: p.id, locale: 'ru', data: { title: period.title.ru }, overrideAccess: true, context: quiet() })
    periodIds[period.key] = p.id
  }
  const report = async (key: 'first' | 'second', iso: string, action: (typeof actions)[number], progress: TProgress, status: 'submitted' | 'accepted' | 'draft') => {
    const lang = russianWritingStates.has(iso) ? 'ru' : 'en'
    await payload.create({
      collection: 'action-reports',
      data: { period: periodIds[key], action: action.id, state: Number(refs.participantIdsByIso.get(iso)), progress, status, narrative: demoNarratives[progress][lang].replace('{action}', action.title[lang]) },
      overrideAccess: true,
      context: quiet(),
    })
  }
  for (const iso of reportingStates.first) {
    for (const action of actions) await report('first', iso, action, demoProgress(iso, action.code, progressValues), 'accepted')
  }
  // The open period: half the actions sent (none completed yet), a few drafts.
  for (const [n, iso] of reportingStates.second.entries()) {
    for (const [i, action] of actions.entries()) {
      if (i % 2 === n % 2) await report('second', iso, action, demoProgress(iso, action.code, ['in-progress', 'in-progress', 'not-started', 'completed']), 'submitted')
      else if (i % 5 === 0) await report('second', iso, action, 'in-progress', 'draft')
    }
  }
  for (const r of demoRecommendations) {
    const conference = (await payload.find({ collection: 'conferences', where: { slug: { equals: r.conference } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!conference) continue
    const actionIds = (r.actions ?? []).map((code) => actions.find((a) => a.code === code)?.id).filter((id): id is number => id !== undefined)
    const doc = await payload.create({
      collection: 'recommendations',
      locale: 'en',
      data: { text: r.text.en, adoptedAt: { relationTo: 'conferences', value: conference.id }, followUp: r.followUp, followUpNote: r.note.en, actions: actionIds },
      overrideAccess: true,
      context: quiet(),
    })
    await payload.update({ collection: 'recommendations', id: doc.id, locale: 'ru', data: { text: r.text.ru, followUpNote: r.note.ru }, overrideAccess: true, context: quiet() })
  }
}
