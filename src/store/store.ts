import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditResult } from '../engine/edit';
import { DEFAULT_DIGITS } from '../engine/format';
import { networkFromFile, sampleFromFile } from '../engine/network';
import type { NetworkFile } from '../engine/networkFile';
import type { NotationName } from '../engine/notation';
import { trace as computeTrace } from '../engine/trace';
import type { Network, Phase, Sample, Trace } from '../engine/types';
import { DEFAULT_PRESET, findPreset } from '../presets';
import { EMPTY_HISTORY, record, redo, undo, type History } from './history';

/** `contrast`: a high-contrast light theme for projectors. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** `present`: the lecture-hall layout (big type, editing chrome hidden). */
export type Mode = 'normal' | 'present';

/** Everything the stepper shows; the trace is computed once per network or sample. */
export interface DeltascopeState {
  /** The network file as loaded, kept whole for its extra fields. */
  readonly file: NetworkFile;
  readonly network: Network;
  readonly sample: Sample;
  readonly trace: Trace;
  /** Index into trace.steps: that step is done and its result shown; −1 = nothing computed yet. */
  readonly cursor: number;
  readonly playing: boolean;
  /** Playback speed in steps per second. */
  readonly speed: number;
  readonly notation: NotationName;
  readonly digits: number;
  readonly theme: Theme;
  /** Banner text (a bad link, a bad typed number), or null. */
  readonly message: string | null;
  /** The weight W^h_{ij} picked in the graph or the matrix panel for editing, or null. */
  readonly selectedWeight: WeightRef | null;
  /** Cheng's amplification view: the output neuron o whose α_{l,i→L,o} the graph shows, or null (view off). */
  readonly amplificationOutput: number | null;
  /** Earlier and undone network files, for undo/redo of edits. */
  readonly history: History<NetworkFile>;
  readonly mode: Mode;
  /** Predict mode: the reader types the next step's value before it is revealed. */
  readonly predict: boolean;
}

/** One entry W^h_{ij} (row i, column j in the network's bias layout). */
export interface WeightRef {
  readonly layer: number;
  readonly i: number;
  readonly j: number;
}

export interface DeltascopeActions {
  next(): void;
  previous(): void;
  seek(step: number): void;
  jumpToPhase(phase: Phase): void;
  first(): void;
  last(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(stepsPerSecond: number): void;
  setNotation(notation: NotationName): void;
  setDigits(digits: number): void;
  setTheme(theme: Theme): void;
  /**
   * Replaces the network; throws (changing nothing) if the file does not make a network. The cursor stays on the
   * same step where the new trace has it, or goes to the start with `atStart` (in the same update, so a listener
   * sees one change, not the clamped step first).
   */
  loadNetworkFile(file: NetworkFile, options?: { atStart?: boolean }): void;
  showMessage(message: string): void;
  dismissMessage(): void;
  selectWeight(weight: WeightRef | null): void;
  /** Shows α for output neuron o (null turns the view off; an o outside the output layer is ignored). */
  setAmplificationOutput(output: number | null): void;
  /**
   * Runs a pure edit (src/engine/edit.ts) on the file: the trace is recomputed, the cursor stays on the same step
   * where it still exists, and the old file becomes undoable. A refused edit changes nothing and its message is
   * returned (null on success). `record: false` folds the edit into the last undo step (one drag = one edit).
   */
  applyEdit(edit: (file: NetworkFile) => EditResult, options?: { record?: boolean }): string | null;
  undo(): void;
  redo(): void;
  setMode(mode: Mode): void;
  setPredict(on: boolean): void;
}

export type DeltascopeStore = DeltascopeState & DeltascopeActions;

/** The computed part of the state for a file: throws with the engine's message on a bad file. */
export function computeFromFile(
  file: NetworkFile,
): Pick<DeltascopeState, 'file' | 'network' | 'sample' | 'trace'> {
  const network = networkFromFile(file);
  const sample = sampleFromFile(file);
  return { file, network, sample, trace: computeTrace(network, sample) };
}

function clampCursor(cursor: number, stepCount: number): number {
  return Math.max(-1, Math.min(stepCount - 1, Math.trunc(cursor)));
}

/** The cursor in `next` on the step (phase, kind, layer) shown in `previous`, else the same index clamped. */
function sameStep(previous: Trace, cursor: number, next: Trace): number {
  const step = previous.steps[cursor];
  const match =
    step && next.steps.find((s) => s.phase === step.phase && s.kind === step.kind && s.layer === step.layer);
  return match ? match.index : clampCursor(cursor, next.steps.length);
}

/** The selected weight if the file still has that entry. */
function weightIn(file: NetworkFile, weight: WeightRef | null): WeightRef | null {
  return weight !== null && file.weights[weight.layer - 1]?.[weight.i]?.[weight.j] !== undefined
    ? weight
    : null;
}

/** The initial values a store may be given; everything else comes from the default preset. */
export type InitialState = Partial<
  Pick<DeltascopeState, 'file' | 'cursor' | 'speed' | 'notation' | 'digits' | 'theme' | 'message' | 'mode'>
>;

/** A fresh store (each test and each app mount gets its own). */
export function createDeltascopeStore(initial: InitialState = {}): StoreApi<DeltascopeStore> {
  const file = initial.file ?? (findPreset(DEFAULT_PRESET)?.file as NetworkFile);
  const computed = computeFromFile(file);
  return createStore<DeltascopeStore>()((set, get) => {
    /** A new file with its trace (throws, changing nothing, on a file that makes no network). */
    const replaceFile = (
      nextFile: NetworkFile,
      history: History<NetworkFile>,
      selected: WeightRef | null,
      next = computeFromFile(nextFile),
      atStart = false,
    ) => {
      const outputs = next.network.layers.at(-1) ?? 0;
      const { amplificationOutput, trace, cursor } = get();
      set({
        ...next,
        history,
        cursor: atStart ? -1 : sameStep(trace, cursor, next.trace),
        selectedWeight: weightIn(nextFile, selected),
        amplificationOutput:
          amplificationOutput !== null && amplificationOutput < outputs ? amplificationOutput : null,
      });
    };
    // A step chosen by hand (back, a jump, Reset, Home, End, the scrubber) stops playback, as a reader taking the
    // wheel expects: playing on from the start after Reset, the button still said Pause. Play's own → is next().
    const seek = (step: number): void => {
      const cursor = clampCursor(step, get().trace.steps.length);
      if (get().playing) set({ cursor, playing: false });
      else if (cursor !== get().cursor) set({ cursor });
    };
    return {
      ...computed,
      cursor: clampCursor(initial.cursor ?? -1, computed.trace.steps.length),
      playing: false,
      speed: initial.speed ?? 2,
      notation: initial.notation ?? 'dyda',
      digits: initial.digits ?? DEFAULT_DIGITS,
      theme: initial.theme ?? 'light',
      message: initial.message ?? null,
      selectedWeight: null,
      amplificationOutput: null,
      history: EMPTY_HISTORY,
      mode: initial.mode ?? 'normal',
      predict: false,
      next: () => {
        const { cursor, trace } = get();
        if (cursor < trace.steps.length - 1) set({ cursor: cursor + 1 });
        else if (get().playing) set({ playing: false });
      },
      previous: () => seek(get().cursor - 1),
      seek,
      jumpToPhase: (phase) => {
        const step = get().trace.steps.find((s) => s.phase === phase);
        if (step !== undefined) seek(step.index);
      },
      first: () => seek(-1),
      last: () => seek(get().trace.steps.length - 1),
      play: () => {
        const { cursor, trace } = get();
        // Playing from the end starts over, as a video player does.
        set({ playing: true, cursor: cursor >= trace.steps.length - 1 ? -1 : cursor });
      },
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      setSpeed: (stepsPerSecond) => {
        if (Number.isFinite(stepsPerSecond) && stepsPerSecond > 0) set({ speed: stepsPerSecond });
      },
      setNotation: (notation) => set({ notation }),
      setDigits: (digits) => {
        if (Number.isInteger(digits) && digits >= 0 && digits <= 15) set({ digits });
        else set({ message: `Digits must be a whole number from 0 to 15; got "${String(digits)}".` });
      },
      setTheme: (theme) => set({ theme }),
      loadNetworkFile: (nextFile, options) =>
        replaceFile(nextFile, record(get().history, get().file), null, undefined, options?.atStart),
      applyEdit: (edit, options) => {
        const { file, history } = get();
        const result = edit(file);
        if (!result.ok) return result.error;
        // Only the engine's verdict on the file is the edit's error: a listener of the store that throws is a
        // bug, not a message for the editor (caught here, it once went unseen and left the panels unnotified).
        let next: ReturnType<typeof computeFromFile>;
        try {
          next = computeFromFile(result.file);
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
        const fold = options?.record === false && history.past.length > 0;
        replaceFile(
          result.file,
          fold ? { past: history.past, future: [] } : record(history, file),
          get().selectedWeight,
          next,
        );
        return null;
      },
      undo: () => {
        const back = undo(get().history, get().file);
        if (back) replaceFile(back.value, back.history, get().selectedWeight);
      },
      redo: () => {
        const forward = redo(get().history, get().file);
        if (forward) replaceFile(forward.value, forward.history, get().selectedWeight);
      },
      showMessage: (message) => set({ message }),
      dismissMessage: () => set({ message: null }),
      selectWeight: (weight) => set({ selectedWeight: weight }),
      setAmplificationOutput: (output) => {
        const outputs = get().trace.network.layers.at(-1) ?? 0;
        if (output === null || (Number.isInteger(output) && output >= 0 && output < outputs))
          set({ amplificationOutput: output });
      },
      setMode: (mode) => set({ mode }),
      setPredict: (on) => set({ predict: on }),
    };
  });
}
