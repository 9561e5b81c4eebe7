import { barWidth } from '@/lib/bar-width'

interface ProgressBarProps {
  value: number
  max: number
  label: string
  size?: 'small' | 'large'
}

export function ProgressBar({ value, max, label, size = 'small' }: ProgressBarProps) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100)
  return (
    <div
      className={`progress progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max} (${percent}%)`}
    >
      <div className="progress__fill" style={barWidth(percent)} />
    </div>
  )
}
