import type { ShownPolicy } from './types.ts';

/** Policy documents (or a request) as captioned, keyboard-scrollable JSON. */
export function JsonBlock({ label, json }: ShownPolicy) {
  return (
    <figure className="qz-json">
      <figcaption>{label}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard (WCAG 2.1.1). */}
      <pre tabIndex={0}>
        <code>{json}</code>
      </pre>
    </figure>
  );
}

/** Every document in a policy set. */
export function PolicyDocs({ policies }: { policies: readonly ShownPolicy[] }) {
  return (
    <>
      {policies.map((p) => (
        <JsonBlock key={p.label} {...p} />
      ))}
    </>
  );
}
