/**
 * GitHub, as Keystatic's editor calls it in GitHub mode, answered inside the
 * browser from this repository's own git history (the commit checked out):
 * the GraphQL app-shell query, the tree and file-contents REST calls, and
 * raw.githubusercontent.com, where Keystatic reads a public repository's
 * files. Every other request leaving the machine is refused and recorded, so
 * a test can fail on a call the stub does not know.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext } from '@playwright/test';

const git = (...args: string[]) => execFileSync('git', args, { maxBuffer: 64 * 1024 * 1024 });

export interface GitHubStub {
  /** Every request to GitHub, as "METHOD url" (GraphQL as "graphql OperationName"). */
  calls: string[];
  /** Requests the stub did not know and refused. */
  unknown: string[];
}

export async function stubGitHub(context: BrowserContext, { repo, isPrivate }: { repo: string; isPrivate: boolean }): Promise<GitHubStub> {
  const [owner, name] = repo.split('/') as [string, string];
  const commit = git('rev-parse', 'HEAD').toString().trim();
  const tree = git('rev-parse', 'HEAD^{tree}').toString().trim();
  // What GitHub's "get a tree" answers with ?recursive=1: every blob and sub-tree under the commit.
  const entries = git('ls-tree', '-r', '-t', '-l', '--full-tree', 'HEAD')
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
      return { path, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}), url: `https://api.github.com/repos/${repo}/git/${type}s/${sha}` };
    });

  const stub: GitHubStub = { calls: [], unknown: [] };
  const ref = { __typename: 'Ref', id: 'REF_main', name: 'main', target: { __typename: 'Commit', id: 'C_head', oid: commit, tree: { __typename: 'Tree', id: 'T_head', oid: tree } } };
  const repository = {
    __typename: 'Repository',
    id: 'R_repo',
    isPrivate,
    owner: { __typename: 'Organization', id: 'O_owner', login: owner },
    name,
    defaultBranchRef: { __typename: 'Ref', id: 'REF_main', name: 'main' },
    refs: { __typename: 'RefConnection', nodes: [ref], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
    viewerPermission: 'WRITE',
    forks: { __typename: 'RepositoryConnection', nodes: [] },
  };
  const viewer = { __typename: 'User', id: 'U_viewer', name: 'Test Editor', login: 'test-editor', avatarUrl: 'https://avatars.githubusercontent.com/u/1', databaseId: 1 };

  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const json = (body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
    const bytes = (body: Buffer) => route.fulfill({ status: 200, contentType: 'application/octet-stream', headers: { 'access-control-allow-origin': '*' }, body });
    if (request.method() === 'OPTIONS') {
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type, accept', 'access-control-allow-methods': 'GET, POST' } });
    }
    if (url.origin === 'https://api.github.com' && url.pathname === '/graphql') {
      const { operationName } = request.postDataJSON() as { operationName?: string };
      stub.calls.push(`graphql ${operationName}`);
      if (operationName === 'GitHubAppShell') return json({ data: { repository, viewer } });
    } else if (url.origin === 'https://api.github.com' && url.pathname === `/repos/${repo}/git/trees/${tree}`) {
      stub.calls.push(`GET ${url.pathname}`);
      return json({ sha: tree, url: request.url(), tree: entries, truncated: false });
    } else if (url.origin === 'https://api.github.com' && url.pathname.startsWith(`/repos/${repo}/git/blobs/`)) {
      stub.calls.push(`GET ${url.pathname}`);
      return bytes(git('cat-file', 'blob', url.pathname.split('/').pop()!));
    } else if (url.origin === 'https://raw.githubusercontent.com' && url.pathname.startsWith(`/${repo}/${commit}/`)) {
      stub.calls.push(`GET raw ${url.pathname}`);
      return bytes(git('show', `${commit}:${decodeURIComponent(url.pathname.slice(`/${repo}/${commit}/`.length))}`));
    } else if (url.origin === 'https://avatars.githubusercontent.com') {
      stub.calls.push(`GET avatar ${url.pathname}`);
      return route.fulfill({ status: 404 });
    }
    stub.unknown.push(`${request.method()} ${request.url()}`);
    return route.abort();
  });
  return stub;
}
