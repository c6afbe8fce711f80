import { useId, useMemo } from 'react'
import { TextField } from '../../components/field.tsx'

interface TimeZoneFieldProps {
  value: string
  onChange: (zone: string) => void
  error?: string
  label?: string
  hint?: string
  path?: string
}

/** A time zone typed or picked from the browser's list of IANA zones (America/Chicago, Europe/Berlin…). */
export function TimeZoneField({
  value,
  onChange,
  error,
  label = 'Time zone',
  hint = 'Where it happens, like America/Chicago or Europe/Berlin. Start typing a city to pick one.',
  path = 'timeZone',
}: TimeZoneFieldProps) {
  const listId = useId()
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), [])
  return (
    <>
      <TextField
        label={label}
        path={path}
        hint={hint}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  )
}
