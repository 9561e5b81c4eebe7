import type { ReactNode } from 'react'

interface BannerProps {
  tone: 'info' | 'warning' | 'danger'
  title: string
  children?: ReactNode
  actions?: ReactNode
  /** Urgent messages interrupt a screen reader; the rest wait their turn. */
  urgent?: boolean
}

export function Banner({ tone, title, children, actions, urgent }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={urgent ? 'alert' : 'status'}>
      <div className="banner__text">
        <strong>{title}</strong>
        {children && <span> {children}</span>}
      </div>
      {actions && <div className="banner__actions">{actions}</div>}
    </div>
  )
}
