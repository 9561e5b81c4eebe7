import type { ComponentPropsWithRef } from 'react'
import { formatDay } from '@/lib/dates'

export type DiaryHeadingProps = {
  day: string | null
  count: number
} & Omit<ComponentPropsWithRef<'li'>, 'children'>

/** One day of the diary: its date and how many viewings it holds. */
export function DiaryHeading({ day, count, className, ...li }: DiaryHeadingProps) {
  return (
    <li className={`diary__heading${className ? ` ${className}` : ''}`} {...li}>
      <h2>
        {day ? formatDay(day) : 'Date not remembered'}{' '}
        <span className="muted">
          · {count === 1 ? '1 viewing' : `${count.toLocaleString('en-GB')} viewings`}
        </span>
      </h2>
    </li>
  )
}
