import { describe, expect, it } from 'vitest';
import { hostMessageProblem, parseHostMessage } from '../../src/ui/embed/messages';
import { dyda } from '../../src/presets/dyda';

describe('parseHostMessage', () => {
  it('accepts the three host messages', () => {
    expect(parseHostMessage({ type: 'deltascope:goto', step: 12 })).toEqual({
      type: 'deltascope:goto',
      step: 12,
    });
    expect(parseHostMessage({ type: 'deltascope:getStep' })).toEqual({ type: 'deltascope:getStep' });
    const set = parseHostMessage(
      JSON.parse(JSON.stringify({ type: 'deltascope:setNetwork', network: dyda })),
    );
    expect(set?.type).toBe('deltascope:setNetwork');
    expect(set && 'network' in set ? set.network.layers : null).toEqual([2, 2, 2]);
  });

  it.each([
    ['null', null],
    ['a string', 'deltascope:goto'],
    ['a number', 3],
    ['an array', [{ type: 'deltascope:goto', step: 1 }]],
    ['no type', { step: 1 }],
    ['another page’s message', { type: 'webpackOk' }],
    ['an unknown deltascope type', { type: 'deltascope:explode' }],
    ['our outgoing message', { type: 'deltascope:step', step: 1, total: 14, name: 'x' }],
    ['a step before the start', { type: 'deltascope:goto', step: -2 }],
    ['an infinite step', { type: 'deltascope:goto', step: Number.POSITIVE_INFINITY }],
    ['a fractional step', { type: 'deltascope:goto', step: 1.5 }],
    ['a string step', { type: 'deltascope:goto', step: '3' }],
    ['NaN step', { type: 'deltascope:goto', step: Number.NaN }],
    ['extra keys', { type: 'deltascope:goto', step: 1, evil: true }],
    ['getStep with extras', { type: 'deltascope:getStep', step: 2 }],
    ['a bad network', { type: 'deltascope:setNetwork', network: { layers: 'many' } }],
    ['no network', { type: 'deltascope:setNetwork' }],
    [
      'a class instance',
      new (class {
        type = 'deltascope:getStep';
      })(),
    ],
  ])('ignores %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('goto takes −1 (the start) and any whole number past the end, which the store clamps', () => {
    for (const step of [-1, 0, 13, 99, 1e20, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE])
      expect(parseHostMessage({ type: 'deltascope:goto', step })).toEqual({ type: 'deltascope:goto', step });
    const negativeZero = parseHostMessage({ type: 'deltascope:goto', step: -0 });
    expect(negativeZero && 'step' in negativeZero && Object.is(negativeZero.step, 0)).toBe(true);
    for (const step of [-1, 1e20]) expect(hostMessageProblem({ type: 'deltascope:goto', step })).toBeNull();
  });

  it('answers a deltascope: type it does not accept by naming the ones it does', () => {
    for (const type of ['deltascope:Goto', 'deltascope:play', 'deltascope:explode', 'deltascope:step']) {
      expect(parseHostMessage({ type })).toBeNull();
      expect(hostMessageProblem({ type, step: 1 })).toBe(
        `Unknown message type "${type}"; the embed accepts deltascope:goto, deltascope:setNetwork, deltascope:getStep.`,
      );
    }
    // …but not an error: two windows answering each other's errors would never stop.
    expect(hostMessageProblem({ type: 'deltascope:error', message: 'x' })).toBeNull();
    // Not ours at all (not a plain object, another prefix): silence, as before.
    expect(hostMessageProblem('deltascope:play')).toBeNull();
    expect(hostMessageProblem({ type: 'Deltascope:goto', step: 1 })).toBeNull();
  });

  it('names what is wrong with a malformed message of ours, and stays silent on others', () => {
    expect(hostMessageProblem({ type: 'deltascope:goto', step: -2 })).toMatch(
      /step must be a whole number ≥ −1 \(−1 is the start\), got -2\.$/,
    );
    expect(hostMessageProblem({ type: 'deltascope:goto', step: Number.NaN })).toMatch(/got NaN\.$/);
    expect(hostMessageProblem({ type: 'deltascope:goto', step: '3' })).toMatch(/got "3"\.$/);
    expect(hostMessageProblem({ type: 'deltascope:setNetwork', network: { layers: 'many' } })).toMatch(
      /^deltascope:setNetwork: .*layers/,
    );
    expect(hostMessageProblem({ type: 'other' })).toBeNull();
    expect(hostMessageProblem({ type: 'deltascope:goto', step: 3 })).toBeNull();
  });
});
