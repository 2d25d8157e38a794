'use strict';
// `cargo xtask cross-check` runs this with NODE_PATH pointing at the node_modules it installed
// (target/crosscheck-node), never inside the repository.
//
// Reads the cases that xtask wrote (JSON Lines: id, role, account, principal, policy, context)
// and evaluates each with @cloud-copilot/iam-simulate as IAM evaluates a role's trust policy:
// the trust policy is the role's *resource policy*, the action is sts:AssumeRole and the
// resource is the role. Writes one JSON line per case: {id, result, ignored} or {id, error}.
//
// IAM principals (role ARNs) also need their own identity policy to allow sts:AssumeRole
// (always across accounts; in the same account when the trust policy names only the account).
// rolecall decides from the trust policy alone, so the caller is given an identity policy that
// allows sts:AssumeRole on everything: the trust policy is then the only thing that decides.
// Service principals have no identity policies.

const fs = require('fs');
const readline = require('readline');
const { runSimulation } = require('@cloud-copilot/iam-simulate');

const CALLER_MAY_ASSUME = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]
};

// `cargo xtask cross-check --permissions`: a role's own request, decided by its identity
// policies, its permissions boundary and the SCPs of each level (root first), with no resource
// policy.
async function evaluatePermissions(c) {
  const simulation = {
    request: {
      principal: c.principal,
      action: c.action,
      resource: { resource: c.resource, accountId: c.account },
      contextVariables: c.context
    },
    identityPolicies: c.identity,
    serviceControlPolicies: c.scps,
    resourceControlPolicies: []
  };
  if (c.boundary) {
    simulation.permissionBoundaryPolicies = c.boundary;
  }
  return answer(c, await runSimulation(simulation, {}));
}

function answer(c, r) {
  if (r.resultType === 'error') {
    return { id: c.id, error: r.errors };
  }
  if (r.resultType !== 'single') {
    return { id: c.id, error: { message: `unexpected result type ${r.resultType}` } };
  }
  return { id: c.id, result: r.overallResult, ignored: r.result.ignoredContextKeys || [] };
}

async function evaluate(c) {
  if (c.mode === 'permissions') {
    return evaluatePermissions(c);
  }
  const iamPrincipal = c.principal.startsWith('arn:');
  const simulation = {
    request: {
      principal: c.principal,
      action: 'sts:AssumeRole',
      resource: { resource: c.role, accountId: c.account },
      contextVariables: c.context
    },
    identityPolicies: iamPrincipal ? [{ name: 'caller-may-assume', policy: CALLER_MAY_ASSUME }] : [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: c.policy
  };
  return answer(c, await runSimulation(simulation, {}));
}

async function main() {
  const [input] = process.argv.slice(2);
  if (!input) {
    console.error('usage: node evaluate.cjs CASES.jsonl');
    process.exit(2);
  }
  const lines = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    let out;
    try {
      out = await evaluate(c);
    } catch (e) {
      out = { id: c.id, error: { message: String((e && e.stack) || e) } };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
