import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VARIABLES } from '../../../loginradius/config/variables.ts';

const example = readFileSync(fileURLToPath(new URL('../../../.env.example', import.meta.url)), 'utf8');

test.describe('variables table and .env.example', () => {
  test('.env.example documents every variable, with its default, and nothing the loader does not read', () => {
    for (const v of VARIABLES) expect(example, v.name).toMatch(new RegExp(`^# ${v.name}=`, 'm'));
    const documented = new Set([...example.matchAll(/^# (LR_[A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual(VARIABLES.map((v) => v.name).sort());
    // Every variable that has a real default states it next to it (the required three say REQUIRED instead).
    const requiredOrDefault = example.match(/Default: |REQUIRED/g) ?? [];
    expect(requiredOrDefault.length).toBeGreaterThanOrEqual(VARIABLES.length - 4);
  });

  test('every secret variable is marked SECRET in .env.example', () => {
    const lines = example.split('\n');
    for (const v of VARIABLES.filter((x) => x.secret)) {
      const at = lines.findIndex((l) => l.startsWith(`# ${v.name}=`));
      const block = lines.slice(Math.max(0, at - 4), at).join('\n');
      expect(block, v.name).toContain('SECRET');
    }
  });
});
