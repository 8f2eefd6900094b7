/** A shape from botocore's service model, reduced to what validation and output ordering need. */
export interface Shape {
  readonly type: string;
  readonly required?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly timestampFormat?: string;
  /** structure: member name → shape name, in the model's member order. */
  readonly members?: Readonly<Record<string, string>>;
  /** list: the member shape name. */
  readonly member?: string;
  /** map: key and value shape names. */
  readonly key?: string;
  readonly value?: string;
}

/** A compact service model generated from botocore by `tools/gen-api-models.py`. */
export interface ServiceModel {
  /** Where the data came from. */
  readonly source: string;
  readonly apiVersion: string;
  /** Operation name → input and output shape names. */
  readonly operations: Readonly<Record<string, { readonly input?: string; readonly output?: string }>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}
