/** Types for the one file of the `qrcode` package the sim loads: its DOM-free symbol builder (`lib/core`). */
declare module 'qrcode/lib/core/qrcode.js' {
  /** The symbol's modules, row-major: `get(row, col)` is 1 for a dark module. */
  interface BitMatrix {
    readonly size: number;
    readonly data: Uint8Array;
    get(row: number, col: number): number;
  }
  /** One encoded segment: its mode and its data (the bytes, for byte mode). */
  interface Segment {
    readonly mode: { readonly id: string };
    readonly data: Uint8Array | string;
  }
  /** A built QR symbol. */
  interface QrCode {
    readonly modules: BitMatrix;
    readonly version: number;
    readonly errorCorrectionLevel: { readonly bit: number };
    readonly maskPattern: number;
    readonly segments: readonly Segment[];
  }
  /** Options of `create`; level L, M, Q or H (M when absent), the smallest version that fits when absent. */
  interface CreateOptions {
    readonly errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    readonly version?: number;
    readonly maskPattern?: number;
  }
  /** Builds the symbol of a text (modes chosen for it) or of explicit segments. */
  function create(
    data:
      | string
      | readonly { readonly data: Uint8Array | string; readonly mode: 'byte' | 'alphanumeric' | 'numeric' }[],
    options?: CreateOptions,
  ): QrCode;
  const qrcode: { readonly create: typeof create };
  export default qrcode;
}
