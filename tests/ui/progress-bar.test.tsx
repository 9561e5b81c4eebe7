import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ProgressBar } from '@/ui/progress-bar'

describe('ProgressBar', () => {
  it('is a progressbar named by its label, reporting value, range and a spoken summary', () => {
    render(<ProgressBar value={3} max={30} label="Star Trek: Picard progress" />)
    const bar = screen.getByRole('progressbar', { name: 'Star Trek: Picard progress' })
    expect(bar).toHaveAttribute('aria-valuenow', '3')
    expect(bar).toHaveAttribute('aria-valuemin', '0')
    expect(bar).toHaveAttribute('aria-valuemax', '30')
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 30 (10%)')
  })

  it('shows an empty range as 0%, not NaN', () => {
    render(<ProgressBar value={0} max={0} label="Empty" />)
    expect(screen.getByRole('progressbar', { name: 'Empty' })).toHaveAttribute(
      'aria-valuetext',
      '0 of 0 (0%)',
    )
  })

  it('rounds the percentage for a partly watched series', () => {
    render(<ProgressBar value={1} max={3} label="Thirds" />)
    expect(screen.getByRole('progressbar', { name: 'Thirds' })).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 (33%)',
    )
  })
})
