/**
 * The requirement inputs as the planner form's flat fields, and back. Each form field is named once here
 * with its path in the inputs (`offlineMs` ↔ `processingMs.offline`) and its kind. Reading never validates:
 * an empty or non-numeric number field becomes NaN, which the plan's schema then refuses with a message,
 * so a half-typed value never reaches the saved plan.
 */
import type { RequirementInputs } from '../../schemas/requirements';

/** Form field name → its path in the inputs and its kind (text and choices, numbers, a tick box). */
const FIELDS: Record<string, [path: string, kind: 'text' | 'number' | 'box']> = {
  servingTarget: ['servingTarget', 'text'],
  qps: ['qps', 'number'],
  offlineMs: ['processingMs.offline', 'number'],
  onlineMs: ['processingMs.online', 'number'],
  metric: ['accuracy.metric', 'text'],
  accuracyOffline: ['accuracy.offline', 'number'],
  accuracyOnline: ['accuracy.online', 'number'],
  modelSource: ['modelSource', 'text'],
  volume: ['labelling.volume', 'number'],
  by: ['labelling.by', 'text'],
  allDay: ['allDay', 'box'],
};

/** Each form field's value for `inputs`: a tick box's state, or the text a field shows. */
export function inputFields(inputs: RequirementInputs): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [name, [path, kind]] of Object.entries(FIELDS)) {
    const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], inputs);
    out[name] = kind === 'box' ? value === true : String(value);
  }
  return out;
}

/**
 * Requirement inputs from the form's values, as `FormData` gives them (a ticked box is present, an unticked
 * one absent); numbers are parsed, an empty number field is NaN.
 */
export function inputsFromFields(fields: Readonly<Record<string, unknown>>): RequirementInputs {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, [path, kind]] of Object.entries(FIELDS)) {
    const text = String(fields[name] ?? '').trim();
    const keys = ['', ...path.split('.')];
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>((o, k) => (o[k] ??= {}) as Record<string, unknown>, out);
    parent[last] = kind === 'box' ? name in fields : kind === 'number' ? (text === '' ? Number.NaN : Number(text)) : text;
  }
  return out[''] as unknown as RequirementInputs;
}
