import { describe, expect, it } from 'vitest';
import { inputFields, inputsFromFields } from '../../../src/domain/team/form';
import type { RequirementInputs } from '../../../src/schemas/requirements';

const inputs: RequirementInputs = {
  servingTarget: 'mobile',
  qps: 5,
  processingMs: { offline: 60, online: 1000 },
  accuracy: { metric: 'edit-distance', offline: 0.99, online: 0.95 },
  modelSource: 'in-house',
  labelling: { volume: 8000, by: 'vendor' },
  allDay: true,
};

const fields = {
  servingTarget: 'mobile', qps: '5', offlineMs: '60', onlineMs: '1000', metric: 'edit-distance',
  accuracyOffline: '0.99', accuracyOnline: '0.95', modelSource: 'in-house', volume: '8000', by: 'vendor', allDay: true,
};

describe('planner form fields', () => {
  it('gives every form field the text of its value, and the tick box its state', () => {
    expect(inputFields(inputs)).toEqual(fields);
    expect(inputFields({ ...inputs, allDay: false }).allDay).toBe(false);
  });

  it('reads the nested inputs back from the form values, numbers parsed', () => {
    expect(inputsFromFields({ ...fields, allDay: 'on' })).toEqual(inputs);
  });

  it('reads an absent tick box as false (FormData leaves an unticked box out)', () => {
    const { allDay: _, ...unticked } = fields;
    expect(inputsFromFields(unticked).allDay).toBe(false);
  });

  it('reads an empty or non-numeric number field as NaN, so the schema refuses it, and trims the rest', () => {
    const read = inputsFromFields({ ...fields, qps: '  ', offlineMs: 'abc', volume: ' 12 ' });
    expect(read.qps).toBeNaN();
    expect(read.processingMs.offline).toBeNaN();
    expect(read.labelling.volume).toBe(12);
  });
});
