// Writes the sample digest damaged the way the real archive was, so the site shows the repair at work.
// Usage: npm run sample:damage [-- CLEAN TARGET]   (default: the sample's damaged digest; the browser
// tests' fixture site makes its own with tests/sites/paper/sources/*.clean.md → tests/sites/paper/papers/digest/)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { damageLikeCp1254 } from './lib/damage.ts';

const ROOT = join(import.meta.dirname, '..');
const [cleanArg, targetArg] = process.argv.slice(2);
const CLEAN = cleanArg ? join(process.cwd(), cleanArg) : join(ROOT, 'tests', 'fixtures', 'samples', 'damaged-digest.clean.md');

const clean = readFileSync(CLEAN, 'utf8');
// Named after the paper in the toolbar, so it sorts beside the other samples.
const arxivId = /arxiv\.org\/abs\/(\d{4}\.\d{4,5})/.exec(clean)?.[1] ?? '2401.09999';
const target = targetArg ? join(process.cwd(), targetArg) : join(ROOT, 'content', 'papers', 'digest', `${arxivId}-damaged.md`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, damageLikeCp1254(clean), 'utf8');
console.log(`wrote ${relative(ROOT, target)} from ${relative(ROOT, CLEAN)}`);
