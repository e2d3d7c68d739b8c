/** Moved to client/parts.ts (every custom element uses it); kept so older imports still resolve. */
export { define, part } from '../parts';
