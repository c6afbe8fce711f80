// The door page's own chunk (router.tsx): opened on a phone at the venue.
export { DoorPage } from './door-page.tsx'
