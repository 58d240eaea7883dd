import type { ReactNode } from 'react'

export function PageHeader({ title, intro, children }: { title: string; intro?: string | null; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      {children}
    </div>
  )
}
