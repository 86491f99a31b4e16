import { describe, expect, it } from 'vitest';
import { IMPORT_PROBLEM_KEYS, problemMessages } from './org-file-messages.ts';

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('problemMessages', () => {
  it.each(IMPORT_PROBLEM_KEYS)('%s has id and en texts with the same placeholders', (key) => {
    expect(problemMessages.id[key]).toBeTruthy();
    expect(problemMessages.en[key]).toBeTruthy();
    expect(placeholders(problemMessages.id[key])).toEqual(placeholders(problemMessages.en[key]));
  });

  it('has no text for a key outside the list', () => {
    expect(Object.keys(problemMessages.id).sort()).toEqual([...IMPORT_PROBLEM_KEYS].sort());
    expect(Object.keys(problemMessages.en).sort()).toEqual([...IMPORT_PROBLEM_KEYS].sort());
  });
});
