// Reproduces the seed's damage: UTF-8 bytes read as Windows-1254, with unmapped bytes dropped.
import { cp1254Char } from '../../src/ingest/repair/cp1254.ts';

/** Damages clean text the way the real archive was damaged, for tests and benchmarks. */
export function damageLikeCp1254(cleanText: string): string {
  let damaged = '';
  for (const byte of new TextEncoder().encode(cleanText)) damaged += cp1254Char(byte);
  return damaged;
}
