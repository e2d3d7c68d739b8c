import { loadDictionaryModel, scorePair } from './src/ingest/repair/mojibake-model.ts';
const d = await loadDictionaryModel();
console.log(d.pairs.get('几何'), d.pairEnds.get('几何'), d.pairs.get('何孟'), d.pairs.get('何原'), d.pairStarts.get('何'), d.chars.get('孟'), d.chars.get('原'));
for (const c of '原孟') console.log(c, scorePair(d, [], '何', c, '几').toFixed(2), scorePair(d, [], '何', c).toFixed(2), scorePair(d, [], c, '语', '何').toFixed(2));
