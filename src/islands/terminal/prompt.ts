// bash's default Debian prompt colours: bold green user@host, bold blue directory.
const PROMPT = /^([^\s@]+@[^\s:]+):(.*)([$#]) $/;

/** Colours `student@iam-lab:~$ ` like a Debian bash prompt; any other prompt (`> `) is left as it is. */
export function colourPrompt(prompt: string): string {
  const match = PROMPT.exec(prompt);
  if (!match) return prompt;
  const [, who, where, sigil] = match;
  return `\x1b[1;32m${who}\x1b[0m:\x1b[1;34m${where}\x1b[0m${sigil} `;
}
