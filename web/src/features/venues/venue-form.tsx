import { useState } from 'react'
import { useNavigate } from 'react-router'
import { UpdateVenueBodySchema, VenueBodySchema } from '../../../../src/contract/touring.ts'
import type { FieldIssue } from '../../api/api-problem.ts'
import { venuesApi, type Venue } from '../../api/touring-api.ts'
import { EditForm } from '../../components/edit-form.tsx'
import { TextField } from '../../components/field.tsx'
import { useSaveForm } from '../../components/use-save-form.ts'
import { isKnownTimeZone, viewerTimeZone } from '../shows/zoned-time.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'
import { coordinatesOf } from './coordinates.ts'
import { TimeZoneField } from './time-zone-field.tsx'

/** Create (no `venue`) or edit a venue: where it is, its coordinates for the map and travel checks, and its time zone. */
export function VenueForm({ venue }: { venue?: Venue }) {
  const { slug, href } = useWorkspace()
  const navigate = useNavigate()
  const [name, setName] = useState(venue?.name ?? '')
  const [address, setAddress] = useState(venue?.address ?? '')
  const [city, setCity] = useState(venue?.city ?? '')
  const [country, setCountry] = useState(venue?.country ?? '')
  const [latitude, setLatitude] = useState(venue?.latitude?.toString() ?? '')
  const [longitude, setLongitude] = useState(venue?.longitude?.toString() ?? '')
  const [timeZone, setTimeZone] = useState(venue?.timeZone ?? viewerTimeZone())
  const onSaved = (saved: Venue) => navigate(href(`/venues/${saved.id}`))
  const create = useSaveForm({ schema: VenueBodySchema, save: (body) => venuesApi.create(slug, body), onSaved })
  const update = useSaveForm({ schema: UpdateVenueBodySchema, save: (body) => venuesApi.update(slug, venue?.id ?? '', body), onSaved })
  const form = venue ? update : create

  function handleSubmit() {
    const coordinates = coordinatesOf(latitude, longitude)
    const own: FieldIssue[] = [...coordinates.issues]
    if (timeZone.trim() && !isKnownTimeZone(timeZone.trim()))
      own.push({ path: 'timeZone', message: `“${timeZone}” is not a time zone; pick one from the list, like America/Chicago` })
    const body = {
      name,
      address,
      city,
      country: country.trim().toUpperCase(),
      latitude: coordinates.latitude,
      longitude: coordinates.longitude,
      timeZone: timeZone.trim(),
    }
    void (venue ? update.submit({ ...body, version: venue.version }, own) : create.submit(body, own))
  }

  return (
    <EditForm
      state={form.state}
      onSubmit={handleSubmit}
      submitLabel={venue ? 'Save venue' : 'Add venue'}
      cancelTo={venue ? href(`/venues/${venue.id}`) : href('/venues')}
    >
      <TextField label="Name" path="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.messageFor('name')} />
      <TextField
        label="Address"
        path="address"
        isOptional
        autoComplete="off"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        error={form.messageFor('address')}
      />
      <div className="field-row">
        <TextField label="City" path="city" autoComplete="off" value={city} onChange={(e) => setCity(e.target.value)} error={form.messageFor('city')} />
        <TextField
          label="Country"
          path="country"
          hint="Two letters: US, CA, GB, BR…"
          maxLength={2}
          autoComplete="off"
          className="field--short"
          value={country}
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
          error={form.messageFor('country')}
        />
      </div>
      <TimeZoneField
        value={timeZone}
        onChange={setTimeZone}
        error={form.messageFor('timeZone')}
        hint="Show times at this venue are in this zone. Start typing a city: America/Chicago, Europe/Berlin…"
      />
      <div className="field-row">
        <TextField
          label="Latitude"
          path="latitude"
          isOptional
          inputMode="decimal"
          hint="For the tour map and travel checks, like 41.88"
          value={latitude}
          onChange={(e) => setLatitude(e.target.value)}
          error={form.messageFor('latitude')}
        />
        <TextField
          label="Longitude"
          path="longitude"
          isOptional
          inputMode="decimal"
          hint="West of Greenwich is negative, like -87.63"
          value={longitude}
          onChange={(e) => setLongitude(e.target.value)}
          error={form.messageFor('longitude')}
        />
      </div>
    </EditForm>
  )
}
