import type { World } from '../../sim/world/index.ts';
import type { CommandSpec } from '../types.ts';
import { parseLongOptions } from './long-options.ts';

const USAGE =
  'usage: saml-assertion --provider NAME|ARN --role ROLE-ARN [--role ROLE-ARN …] [--group GROUP …] [--user NAME]\n' +
  '                      [--session-name NAME] [--expires-in SECONDS] [--recipient URL] [--audience URL …]\n' +
  '                      [--issuer ENTITY-ID]\n' +
  "  --recipient '', --audience '' and --session-name '' leave that part out of the response\n";

/**
 * `saml-assertion --provider Okta --role ROLE-ARN --group engineering`: prints the base64 SAML response the
 * simulated IdP would post to AWS after the user signs in, signed for the provider's metadata. A simulator helper
 * standing in for the IdP's sign-in page; `--group` values become the `eduPersonAffiliation` attribute, and the
 * other options shape a response AWS refuses (another recipient or audience, an expired one, another issuer).
 */
export function createSamlAssertionCommand(world: () => World): CommandSpec {
  // `world` is read per call: a restored session swaps its world.
  return {
    description: 'print a signed SAML response from the simulated IdP (stands in for signing in to your IdP)',
    run: (args, io) => {
      const options = parseLongOptions(args, [
        'provider',
        'role',
        'group',
        'user',
        'session-name',
        'expires-in',
        'recipient',
        'audience',
        'issuer',
      ]);
      const fail = (message: string) => ({ stdout: '', stderr: `saml-assertion: ${message}\n`, exitCode: 2 });
      if (typeof options === 'string') return fail(`${options}\n${USAGE.trimEnd()}`);
      const one = (name: string) => options.get(name)?.at(-1);
      const name = one('provider');
      const roles = options.get('role') ?? [];
      if (!name || roles.length === 0) return fail(`--provider and --role are required\n${USAGE.trimEnd()}`);
      const provider = findProvider(world(), name);
      if (!provider) return { stdout: '', stderr: `saml-assertion: no SAML provider ${name}\n`, exitCode: 1 };
      const expires = Number(one('expires-in') ?? 300);
      if (!Number.isInteger(expires)) return fail(`--expires-in takes whole seconds\n${USAGE.trimEnd()}`);
      // An empty value leaves the part out, so a lesson can show what AWS says about its absence.
      const orOmitted = (value: string) => (value === '' ? null : value);
      const sessionName = one('session-name');
      const recipient = one('recipient');
      const issuer = one('issuer');
      const audiences = options.get('audience');
      const assertion = world().issueSamlAssertion({
        provider,
        roleArn: roles,
        subject: one('user') ?? `${io.user}@example.com`,
        ...(sessionName === undefined ? {} : { sessionName: orOmitted(sessionName) }),
        ...(options.has('group') ? { groups: options.get('group') ?? [] } : {}),
        expiresInSeconds: expires,
        ...(recipient === undefined ? {} : { recipient: orOmitted(recipient) }),
        ...(audiences === undefined ? {} : { audiences: audiences.filter((a) => a !== '') }),
        ...(issuer === undefined ? {} : { issuer }),
      });
      return { stdout: `${assertion}\n`, stderr: '', exitCode: 0 };
    },
  };
}

/** A SAML provider's ARN from its ARN or its name (in any account of the world). */
function findProvider(world: World, nameOrArn: string): string | undefined {
  for (const account of Object.values(world.state.accounts))
    for (const provider of Object.values(account.iam.samlProviders))
      if (provider.arn === nameOrArn || provider.name === nameOrArn) return provider.arn;
  return undefined;
}
