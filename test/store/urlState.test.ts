import { describe, expect, test } from 'vitest';
import { findPreset } from '../../src/presets';
import { createDeltascopeStore } from '../../src/store/store';
import { MAX_LINK_LENGTH, encodeNet, linkTooLong, parseUrl, serializeUrl } from '../../src/store/urlState';

const dyda = findPreset('dyda')!.file;
const softmax = findPreset('dyda-softmax')!.file;

describe('parseUrl: good links', () => {
  test('preset, step, notation, digits, theme', () => {
    const { initial, problems } = parseUrl('?preset=dyda-softmax&step=12&notation=cheng&digits=5&theme=dark');
    expect(problems).toEqual([]);
    expect(initial).toMatchObject({ file: softmax, cursor: 12, notation: 'cheng', digits: 5, theme: 'dark' });
    expect(initial.message).toBeUndefined();
  });

  test('net= as URL-encoded JSON and as base64url JSON', () => {
    const other = { ...dyda, input: [0, 1] };
    const plain = parseUrl(`?net=${encodeURIComponent(JSON.stringify(other))}`);
    expect(plain.problems).toEqual([]);
    expect(plain.initial.file?.input).toEqual([0, 1]);
    const base64 = parseUrl(`?net=${encodeNet(other)}`);
    expect(base64.problems).toEqual([]);
    expect(base64.initial.file?.input).toEqual([0, 1]);
  });

  test('layers=&seed= builds the same random network from the same seed', () => {
    const a = parseUrl('?layers=4,8,3&seed=7&init=he&activation=tanh');
    const b = parseUrl('?layers=4,8,3&seed=7&init=he&activation=tanh');
    expect(a.problems).toEqual([]);
    expect(a.initial.file?.layers).toEqual([4, 8, 3]);
    expect(a.initial.file?.weights).toEqual(b.initial.file?.weights);
  });

  test('an unedited random network is written back as its parameters, an edited one as net=', () => {
    const { initial } = parseUrl('?layers=784,128,64,10&seed=1');
    const store = createDeltascopeStore(initial);
    const search = serializeUrl(store.getState());
    expect(search).toMatch(/^\?layers=784%2C128%2C64%2C10&seed=1&init=xavier&activation=sigmoid&step=-1/);
    expect(search.length).toBeLessThan(200);
    expect(parseUrl(search).initial.file?.weights).toEqual(initial.file?.weights);
    store.getState().loadNetworkFile({ ...initial.file!, input: initial.file!.input.map(() => 0) });
    expect(serializeUrl(store.getState())).toMatch(/[?&]net=/);
  });

  test('a serialized view reopens the same view', () => {
    const store = createDeltascopeStore({
      file: softmax,
      cursor: 7,
      notation: 'lecture',
      digits: 6,
      theme: 'dark',
    });
    const { initial, problems } = parseUrl(serializeUrl(store.getState()));
    expect(problems).toEqual([]);
    expect(initial).toMatchObject({
      file: softmax,
      cursor: 7,
      notation: 'lecture',
      digits: 6,
      theme: 'dark',
    });
    const edited = createDeltascopeStore({ file: { ...dyda, target: [0, 1] }, cursor: 3 });
    const search = serializeUrl(edited.getState());
    expect(search).toContain('net=');
    expect(parseUrl(search).initial.file?.target).toEqual([0, 1]);
  });
});

describe('parseUrl: bad links fall back, each with a message naming what was expected', () => {
  test.each([
    ['?preset=nope', /Unknown preset "nope"; expected one of dyda, dyda-softmax/],
    ['?net=%7Bnot%20json', /net=\) could not be read: invalid JSON/],
    [
      '?net=!!!',
      /net=\) could not be read: "!!!" is neither JSON \(which starts with \{\) nor base64url of JSON\./,
    ],
    // valid base64url of something that is not JSON: named, not the parser's complaint about a byte ('�')
    [
      '?net=notjson',
      /could not be read: "notjson" is neither JSON \(which starts with \{\) nor base64url of JSON\. Expected/,
    ],
    ['?step=abc', /step="abc" is not a whole number; expected -1 \(the start\) to 13/],
    ['?digits=20', /digits="20" is not a whole number from 0 to 15/],
    ['?notation=greek', /Unknown notation "greek"; expected one of boughammoura, dyda, lecture, cheng/],
    ['?theme=pink', /Unknown theme "pink"/],
    ['?layers=4,0,3', /layers="4,0,3" is not a list/],
    ['?layers=2,2&init=magic', /Unknown init "magic"/],
    // a misspelt name used to be ignored without a word, and its setting with it
    ['?notaton=cheng', /^Unknown link parameter "notaton" \(notation=\?\), ignored; expected preset, net, /],
    ['?Preset=xor', /^Unknown link parameter "Preset" \(preset=\?\), ignored/],
    ['?digit=4', /^Unknown link parameter "digit" \(digits=\?\), ignored/],
    ['?utm_source=mail', /^Unknown link parameter "utm_source", ignored; expected preset, /],
  ])('%s', (search, message) => {
    const { initial, problems } = parseUrl(search);
    expect(problems).toHaveLength(1);
    expect(initial.message).toMatch(message);
    expect(initial.file === undefined || initial.file === dyda).toBe(true);
  });

  test('a network file that fails validation names the problem', () => {
    const { initial } = parseUrl(`?net=${encodeURIComponent(JSON.stringify({ ...dyda, layers: [2, 2] }))}`);
    expect(initial.file).toBeUndefined();
    expect(initial.message).toMatch(/could not be read: .+\. Expected a network file/);
  });

  test('a step out of range is clamped with a message', () => {
    const { initial } = parseUrl('?preset=dyda&step=99');
    expect(initial.cursor).toBe(13);
    expect(initial.message).toBe(
      'step=99 is out of range; expected -1 (the start) to 13 (14/14). Showing step=13 (14/14).',
    );
    // the counter's terms: step=k is (k + 1)/14
    expect(parseUrl('?preset=dyda&step=-5').initial.message).toMatch(/Showing the start\.$/);
  });
});

describe('links too long to carry their network', () => {
  test('Dyda and a seeded random network are short links; an edited big one is too long, and says why', () => {
    expect(linkTooLong(serializeUrl(createDeltascopeStore().getState()))).toBeNull();
    const random = parseUrl('?layers=30,30,10&seed=1').initial.file!;
    expect(linkTooLong(serializeUrl(createDeltascopeStore({ file: random }).getState()))).toBeNull();
    const edited = { ...random, input: random.input.map(() => 0.5) }; // a new file: no longer the seed's
    const state = createDeltascopeStore({ file: edited, cursor: 3 }).getState();
    const search = serializeUrl(state);
    expect(search.length).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(linkTooLong(search)).toMatch(
      /^This network is too large for a link: its address would be [\d,]+ characters/,
    );
    expect(serializeUrl(state, false)).toBe('?step=3&notation=dyda&digits=8');
  });
});
