import type { QuizLevel, QuizTopic } from '../../grading/quiz/topics.ts';
import type { Decision } from '../../sim/policy/index.ts';

/** How each topic tag reads in menus and summaries. */
export const TOPIC_LABEL: Readonly<Record<QuizTopic, string>> = {
  'roles-basics': 'Role basics',
  sts: 'STS and temporary credentials',
  'trust-policy': 'Trust policies',
  'permission-policy': 'Permission policies',
  evaluation: 'Policy evaluation',
  'service-roles': 'Service roles',
  'instance-profiles': 'Instance profiles',
  lambda: 'Lambda execution roles',
  'cross-account': 'Cross-account access',
  'external-id': 'External IDs',
  'federation-saml': 'SAML federation',
  'federation-oidc': 'OIDC federation',
  sessions: 'Sessions',
  'session-policies': 'Session policies',
  'role-chaining': 'Role chaining',
  boundaries: 'Permissions boundaries',
  scps: 'Service control policies',
  mfa: 'MFA',
  conditions: 'Condition keys',
  'least-privilege': 'Least privilege',
  auditing: 'Auditing',
  troubleshooting: 'Troubleshooting',
  organizations: 'AWS Organizations',
  interview: 'Interview questions',
};

/** Level names as shown. */
export const LEVEL_LABEL: Readonly<Record<QuizLevel, string>> = {
  basic: 'Basic',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** The three predict answers, as buttons and feedback name them. */
export const DECISION_NAME: Readonly<Record<Decision, string>> = {
  Allow: 'Allow',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny',
};

/** What each question type asks the learner to do, shown under the prompt. */
export const TYPE_HINT: Readonly<Record<string, string>> = {
  single: 'Choose one answer.',
  multiple: 'Choose every answer that applies.',
  'true-false': 'True or false?',
  order: 'Put the steps in order with the Move up and Move down buttons.',
  predict: 'What does AWS decide for this request?',
  'fix-policy': 'Edit the policy until every check below passes.',
  interview: 'Answer out loud or in your head, then compare with the model answer.',
};

/** How feedback names each decision; the same words as the grading's DECISION_LABEL, which imports the engine. */
export const DECISION_LABEL: Readonly<Record<Decision, string>> = {
  Allow: 'Allowed',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny',
};
