import { themes, usePreferences, type Theme } from '@/tracking/preferences'

const labels: Record<Theme, string> = {
  system: 'Same as this device',
  light: 'Light',
  dark: 'Dark',
}

export function AppearanceSection() {
  const theme = usePreferences((s) => s.theme)
  const setTheme = usePreferences((s) => s.setTheme)
  const countSpecials = usePreferences((s) => s.countSpecials)
  const setCountSpecials = usePreferences((s) => s.setCountSpecials)
  return (
    <section className="panel" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Preferences</h2>
      <fieldset className="choice-group">
        <legend className="field__label">Theme</legend>
        {themes.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => setTheme(value)}
            />
            {labels[value]}
          </label>
        ))}
      </fieldset>
      <label className="toggle toggle--small">
        <input
          type="checkbox"
          className="check"
          checked={countSpecials}
          onChange={(e) => setCountSpecials(e.target.checked)}
        />
        <span>Count pilots and specials (season 0, such as “The Cage”) toward progress</span>
      </label>
    </section>
  )
}
