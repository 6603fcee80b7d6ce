/**
 * Built-in `format` generators, each producing strings ajv-formats accepts (full mode).
 * Dates stay within 1970–2099 so every value has a 4-digit year and a `Z` offset.
 * Each generator is built on first use: fc.webUrl alone costs ~0.5 s to construct, which every
 * importer of generators/ would otherwise pay at load time.
 */
import * as fc from 'fast-check';

const dates = (): fc.Arbitrary<Date> =>
  fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true });

const builders: Readonly<Record<string, () => fc.Arbitrary<string>>> = {
  'date-time': () => dates().map((d) => d.toISOString()),
  date: () => dates().map((d) => d.toISOString().slice(0, 10)),
  uuid: () => fc.uuid(),
  uri: () => fc.webUrl({ withQueryParameters: true, withFragments: true }),
  email: () => fc.emailAddress(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  hostname: () => fc.domain(),
};

/** A null-prototype record of lazily built, memoised format arbitraries. */
export const defaultFormats: Readonly<Record<string, fc.Arbitrary<string>>> = Object.create(
  null,
  Object.fromEntries(
    Object.entries(builders).map(([name, build]) => {
      let built: fc.Arbitrary<string> | undefined;
      return [name, { enumerable: true, get: () => (built ??= build()) }];
    }),
  ),
);
