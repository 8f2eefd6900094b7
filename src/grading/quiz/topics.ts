/** Difficulty levels; the same three as lessons and progress records. */
export const quizLevels = ['basic', 'intermediate', 'advanced'] as const;

/** A question's difficulty. */
export type QuizLevel = (typeof quizLevels)[number];

/** The fixed tag list a question's `topics` draw from, so filters and review decks stay consistent. */
export const quizTopics = [
  'roles-basics',
  'sts',
  'trust-policy',
  'permission-policy',
  'evaluation',
  'service-roles',
  'instance-profiles',
  'lambda',
  'cross-account',
  'external-id',
  'federation-saml',
  'federation-oidc',
  'sessions',
  'session-policies',
  'role-chaining',
  'boundaries',
  'scps',
  'mfa',
  'conditions',
  'least-privilege',
  'auditing',
  'troubleshooting',
  'organizations',
  'interview',
] as const;

/** One topic tag. */
export type QuizTopic = (typeof quizTopics)[number];
