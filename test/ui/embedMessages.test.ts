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
    ['a negative step', { type: 'deltascope:goto', step: -1 }],
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

  it('names what is wrong with a malformed message of ours, and stays silent on others', () => {
    expect(hostMessageProblem({ type: 'deltascope:goto', step: -2 })).toMatch(
      /step must be a whole number ≥ 0, got -2/,
    );
    expect(hostMessageProblem({ type: 'deltascope:setNetwork', network: { layers: 'many' } })).toMatch(
      /^deltascope:setNetwork: .*layers/,
    );
    expect(hostMessageProblem({ type: 'other' })).toBeNull();
    expect(hostMessageProblem({ type: 'deltascope:goto', step: 3 })).toBeNull();
  });
});
