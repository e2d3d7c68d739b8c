import { describe, expect, it } from 'vitest';
import { readPaperId } from '@/client/favourites/parse';
import { ingestFile } from '@/ingest/index';
import { isArxivId, isPaperId, paperIdFromSlug, paperIdSlug, parsePaperId } from '@/shared/paper-id';

describe('parsePaperId', () => {
  it.each([
    ['2401.01234', '2401.01234', undefined],
    ['2401.01234v3', '2401.01234', 3],
    ['arXiv:2401.01234v2', '2401.01234', 2],
    ['  ARXIV: 0912.3456 ', '0912.3456', undefined],
    ['https://arxiv.org/abs/2401.01234v1', '2401.01234', 1],
    ['https://arxiv.org/pdf/2401.01234v2.pdf', '2401.01234', 2],
    ['arxiv.org/html/2401.01234', '2401.01234', undefined],
    ['hep-th/9901001', 'hep-th/9901001', undefined],
    ['hep-th/9901001v2', 'hep-th/9901001', 2],
    ['math.GT/0309136', 'math/0309136', undefined],
    ['arXiv:cond-mat/0211034', 'cond-mat/0211034', undefined],
    ['https://arxiv.org/abs/math.GT/0309136v1', 'math/0309136', 1],
    ['https://doi.org/10.48550/arXiv.2401.01234', '2401.01234', undefined],
  ])('reads the arXiv id in %j', (input, id, version) => {
    const parsed = parsePaperId(input);
    expect(parsed?.id).toBe(id);
    expect(parsed?.version).toBe(version);
    expect(isArxivId(parsed!.id)).toBe(true);
  });

  it.each([
    ['10.1109/LRA.2025.3632610', '10.1109/lra.2025.3632610'],
    ['doi:10.1000/xyz_123', '10.1000/xyz_123'],
    ['https://doi.org/10.1145/3368089.3409740', '10.1145/3368089.3409740'],
    ['https://dx.doi.org/10.1000%2Fa%28b%29', '10.1000/a(b)'],
  ])('reads the DOI in %j', (input, id) => {
    expect(parsePaperId(input)).toEqual({ id, kind: 'doi' });
  });

  it('keeps a title slug as it is and refuses what is no id', () => {
    expect(parsePaperId('notes-on-reward-models')).toEqual({ id: 'notes-on-reward-models', kind: 'slug' });
    for (const junk of ['', '  ', 'two words', '../etc/passwd', '<script>', 'a/b', {}, null, 'x'.repeat(300)]) {
      expect(parsePaperId(junk)).toBeUndefined();
    }
  });

  it('calls canonical only the forms it returns', () => {
    expect(isPaperId('hep-th/9901001')).toBe(true);
    expect(isPaperId('math.GT/0309136')).toBe(false);
    expect(isPaperId('2401.01234v2')).toBe(false);
    expect(isPaperId('10.1109/lra.2025.3632610')).toBe(true);
    expect(isPaperId('10.1109/LRA.2025.3632610')).toBe(false);
  });
});

describe('paperIdSlug', () => {
  it.each([
    ['2401.01234', '2401.01234'],
    ['notes-on-reward-models', 'notes-on-reward-models'],
    ['hep-th/9901001', 'hep-th_9901001'],
    ['10.1109/lra.2025.3632610', 'doi_10.1109_lra.2025.3632610'],
    ['10.1000/a_b(c)', 'doi_10.1000_a~5fb~28c~29'],
    ['10.1000/é', 'doi_10.1000_~c3~a9'],
  ])('writes %j as the path segment %j and reads it back', (id, slug) => {
    expect(paperIdSlug(id)).toBe(slug);
    expect(paperIdFromSlug(slug)).toBe(id);
    expect(slug).toMatch(/^[a-z0-9._~-]+$/);
  });

  it('reads no id from a segment it would not write', () => {
    for (const slug of ['hep-th/9901001', 'doi_~zz', 'doi_nothing', 'UPPER', '..', 'a_b']) expect(paperIdFromSlug(slug)).toBeUndefined();
  });
});

describe('ids through the site', () => {
  const canonical = (front: string) =>
    new TextEncoder().encode(`---\n${front}\ntitle: Moss on Old Roofs\npublished: 2001-02-03\n---\n\n## Method\n\nWe look closely.\n`);

  it('ingests an old-style arXiv id with a subject class as its canonical id', async () => {
    const { paper } = await ingestFile('old.md', canonical('id: "arXiv:math.GT/0309136v2"'));
    expect(paper?.id).toBe('math/0309136');
    expect(paper?.arxivVersion).toBe(2);
  });

  it('knows a paper with only a DOI by its DOI', async () => {
    const { paper } = await ingestFile('doi.md', canonical('doi: 10.1109/LRA.2025.3632610'));
    expect(paper?.id).toBe('10.1109/lra.2025.3632610');
  });

  it('lets favourites read every pasted form', async () => {
    expect(readPaperId('https://arxiv.org/abs/hep-th/9901001v3')).toEqual({ id: 'hep-th/9901001', version: 3 });
    expect(readPaperId('2404.01817v2')).toEqual({ id: '2404.01817', version: 2 });
    expect(readPaperId('doi:10.1000/ABC')).toEqual({ id: '10.1000/abc' });
    expect(readPaperId('not an id')).toBeUndefined();
  });
});
