import { describe, expect, test } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { errorsByField, mapErrors, translateError } from './errors';

const gqlError = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

describe('API errors in French, next to their field', () => {
  test('known messages map to a field and a French text', () => {
    expect(translateError('CONFLICT', 'This pseudo is already taken.')).toEqual({ field: 'pseudo', code: 'CONFLICT', message: 'Ce pseudo est déjà pris.' });
    expect(translateError('BAD_USER_INPUT', 'A password has at least 10 characters.')).toMatchObject({ field: 'password', message: 'Le mot de passe a au moins 10 caractères.' });
    expect(translateError('UNAUTHENTICATED', 'Unknown login or wrong password.')).toMatchObject({ field: 'password' });
    expect(translateError('BAD_USER_INPUT', 'A neighbourhood name has 3 to 60 characters.')).toMatchObject({ field: 'name', message: 'Le nom du quartier a de 3 à 60 caractères.' });
    expect(translateError('FORBIDDEN', 'Wrong code. It is now burned: request a new postcard.')).toMatchObject({ field: 'code' });
    expect(translateError('BAD_USER_INPUT', 'place: at most 3000 m from your neighbourhood.')).toMatchObject({ field: 'place', message: "Le lieu de l'alerte est à au plus 3 km de votre quartier." });
    expect(translateError('BAD_USER_INPUT', 'alertRadiusMeters: one of 500, 1000, 2000, 5000, or null for the whole neighbourhood.')).toMatchObject({ field: 'radius', message: 'Choisissez un des rayons proposés.' });
  });

  test('unknown messages fall back to a French text per code, with no field', () => {
    expect(translateError('RATE_LIMITED', 'Slow down, something new.')).toEqual({ code: 'RATE_LIMITED', message: 'Trop de tentatives : réessayez plus tard.' });
    expect(translateError('WHATEVER', 'x')).toEqual({ code: 'WHATEVER', message: 'Une erreur est survenue.' });
  });

  test('a combined error gives one entry per GraphQL error; a network failure says so', () => {
    const e = new CombinedError({ graphQLErrors: [gqlError('This pseudo is already taken.', 'CONFLICT'), gqlError('An account already exists for this email.', 'CONFLICT')] });
    expect(errorsByField(mapErrors(e))).toEqual({ pseudo: 'Ce pseudo est déjà pris.', email: 'Un compte existe déjà pour cette adresse e-mail.' });
    const n = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorsByField(mapErrors(n))).toEqual({ '': 'Le serveur est injoignable : vérifiez votre connexion.' });
    expect(mapErrors(undefined)).toEqual([]);
  });

  test('two form-wide errors are joined', () => {
    expect(errorsByField([{ code: 'X', message: 'Un.' }, { code: 'Y', message: 'Deux.' }])).toEqual({ '': 'Un. Deux.' });
  });
});

describe('organisation errors', () => {
  test('puts identifier refusals next to the identifier field, in French', () => {
    expect(translateError('INVALID_CHECK_DIGIT', "This SIRET's check digit is wrong.")).toEqual({
      field: 'identifier',
      code: 'INVALID_CHECK_DIGIT',
      message: 'Ce SIRET est invalide : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre.',
    });
    expect(translateError('INVALID_IDENTIFIER', 'A SIRET has 14 digits.').field).toBe('identifier');
    expect(translateError('INVALID_IDENTIFIER', 'An RNA number is W followed by 9 digits.').message).toMatch(/lettre W suivie de 9 chiffres/);
    expect(translateError('INVALID_IDENTIFIER', 'An INSEE commune code has 5 characters: a department (2A or 2B in Corsica) and the commune\'s number.').message).toMatch(/2A ou 2B/);
  });

  test('tells member refusals apart from the older rules that share their words', () => {
    expect(translateError('NOT_VERIFIED', 'Only verified residents can be members of an organisation.')).toMatchObject({ field: 'residentId' });
    expect(translateError('CONFLICT', 'This organisation is already verified.').message).toBe('Cette organisation est déjà vérifiée.');
    expect(translateError('CONFLICT', 'The last admin cannot leave: name another admin first.').message).toMatch(/dernier administrateur/);
    expect(translateError('BAD_USER_INPUT', 'A business gives its public address.').field).toBe('publicAddress');
  });

  test('falls back on a French message per code', () => {
    expect(translateError('INVALID_CHECK_DIGIT', 'something new').message).toMatch(/clé de contrôle/);
  });
});
