import type { World } from '../../sim/world/index.ts';
import type { CommandSpec } from '../types.ts';
import { parseLongOptions } from './long-options.ts';

const USAGE =
  'usage: gh-oidc-token --repo OWNER/REPO [--ref REF | --environment NAME | --pull-request] [--audience AUD] [--expires-in SECONDS]\n';

/**
 * `gh-oidc-token --repo org/app --ref refs/heads/main`: prints the OIDC token (a JWT) a GitHub Actions job would get
 * from its runtime, signed by the simulated `token.actions.githubusercontent.com`. A simulator helper: in a real
 * workflow, aws-actions/configure-aws-credentials asks the runtime for this token (`id-token: write`).
 */
export function createGhOidcTokenCommand(world: () => World): CommandSpec {
  // `world` is read per call: a restored session swaps its world.
  return {
    description:
      "print a GitHub Actions OIDC token for a repository and ref (stands in for the runner's token)",
    run: async (args) => {
      const options = parseLongOptions(
        args,
        ['repo', 'ref', 'environment', 'audience', 'expires-in'],
        ['pull-request'],
      );
      if (typeof options === 'string')
        return { stdout: '', stderr: `gh-oidc-token: ${options}\n${USAGE}`, exitCode: 2 };
      const one = (name: string) => options.get(name)?.at(-1);
      const repo = one('repo');
      if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo))
        return { stdout: '', stderr: `gh-oidc-token: --repo OWNER/REPO is required\n${USAGE}`, exitCode: 2 };
      const environment = one('environment');
      const pullRequest = options.has('pull-request');
      const ref = one('ref') ?? 'refs/heads/main';
      const expires = Number(one('expires-in') ?? 300);
      if (!Number.isInteger(expires))
        return {
          stdout: '',
          stderr: `gh-oidc-token: --expires-in takes whole seconds\n${USAGE}`,
          exitCode: 2,
        };
      // GitHub's `sub`: the environment wins, then pull_request, else the ref.
      const sub = environment
        ? `repo:${repo}:environment:${environment}`
        : pullRequest
          ? `repo:${repo}:pull_request`
          : `repo:${repo}:ref:${ref}`;
      const token = await world().issueWebIdentityToken({
        sub,
        ...(one('audience') === undefined ? {} : { aud: one('audience') as string }),
        expiresInSeconds: expires,
        claims: {
          repository: repo,
          repository_owner: repo.split('/')[0] as string,
          ref,
          ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
          event_name: pullRequest ? 'pull_request' : 'push',
          ...(environment ? { environment } : {}),
        },
      });
      return { stdout: `${token}\n`, stderr: '', exitCode: 0 };
    },
  };
}
