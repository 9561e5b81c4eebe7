import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { StarRating } from '@/ui/star-rating'

/** A controlled StarRating as a screen uses it, reporting every change. */
function Rated({
  initial,
  onChange,
}: {
  initial: number | null
  onChange: (v: number | null) => void
}) {
  const [value, setValue] = useState(initial)
  return (
    <StarRating
      label="Your rating of Yesterday’s Enterprise"
      value={value}
      onChange={(next) => {
        setValue(next)
        onChange(next)
      }}
    />
  )
}

describe('StarRating', () => {
  it('is a group named by its label with ten half-star radios named in stars', () => {
    render(
      <StarRating label="Your rating of Yesterday’s Enterprise" value={null} onChange={vi.fn()} />,
    )
    const group = screen.getByRole('group', { name: 'Your rating of Yesterday’s Enterprise' })
    expect(group).toBeInTheDocument()
    const names = screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))
    expect(names).toEqual([
      '0.5 stars',
      '1 star',
      '1.5 stars',
      '2 stars',
      '2.5 stars',
      '3 stars',
      '3.5 stars',
      '4 stars',
      '4.5 stars',
      '5 stars',
    ])
    for (const name of names) expect(screen.getByRole('radio', { name: name ?? '' })).toBeVisible()
  })

  it('clicking a half star reports its value on the 1–10 scale', async () => {
    const onChange = vi.fn()
    render(<Rated initial={null} onChange={onChange} />)
    await userEvent.click(screen.getByRole('radio', { name: '3.5 stars' }))
    expect(onChange).toHaveBeenLastCalledWith(7)
    expect(screen.getByRole('radio', { name: '3.5 stars' })).toBeChecked()
  })

  it('arrow keys move the rating by half a star', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Rated initial={6} onChange={onChange} />)
    const three = screen.getByRole('radio', { name: '3 stars' })
    expect(three).toBeChecked()

    await user.click(three)
    await user.keyboard('{ArrowRight}')
    expect(onChange).toHaveBeenLastCalledWith(7)
    expect(screen.getByRole('radio', { name: '3.5 stars' })).toBeChecked()
    expect(screen.getByRole('radio', { name: '3.5 stars' })).toHaveFocus()

    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(onChange).toHaveBeenLastCalledWith(5)
    expect(screen.getByRole('radio', { name: '2.5 stars' })).toBeChecked()
  })

  it('Tab reaches the rating as one stop, on the chosen star', async () => {
    const user = userEvent.setup()
    render(<Rated initial={8} onChange={vi.fn()} />)
    await user.tab()
    expect(screen.getByRole('radio', { name: '4 stars' })).toHaveFocus()
  })

  it('"Clear rating" appears only when rated and reports null', async () => {
    const onChange = vi.fn()
    render(<Rated initial={4} onChange={onChange} />)
    await userEvent.click(screen.getByRole('button', { name: 'Clear rating' }))
    expect(onChange).toHaveBeenLastCalledWith(null)
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked()
    expect(screen.queryByRole('button', { name: 'Clear rating' })).not.toBeInTheDocument()
  })

  it('when disabled, nothing can be chosen', async () => {
    const onChange = vi.fn()
    render(<StarRating value={null} onChange={onChange} disabled />)
    const radio = screen.getByRole('radio', { name: '5 stars' })
    expect(radio).toBeDisabled()
    await userEvent.click(radio)
    expect(onChange).not.toHaveBeenCalled()
  })
})
