/** The line-editing layer: a readline-like editor over any `TerminalLike`, with history and completion. */
export { formatColumns } from './columns.ts';
export type { CommandSpec, Complete, CompleterData, Completion, OptionArg } from './completion.ts';
export { commonPrefix, createCompleter, subcommandsFrom } from './completion.ts';
export type { History, HistoryOptions, RestoreResult } from './history.ts';
export { createHistory } from './history.ts';
export type { LineEditor, LineEditorOptions } from './line-editor.ts';
export { createLineEditor } from './line-editor.ts';
export type { Disposable, TerminalLike } from './terminal-like.ts';
export type { CharWidth } from './width.ts';
export { unicode6Width, unicode11Width } from './width.ts';
