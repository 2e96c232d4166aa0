import { expect, test } from 'vitest';
import { placeholder } from './hex';
test('placeholder', () => expect(placeholder).toBe(1));
