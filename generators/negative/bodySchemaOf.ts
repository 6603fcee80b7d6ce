/** The JSON request-body schema of an operation with its top-level `$ref` followed (undefined without a JSON body). */
import type { Contract, OperationSpec } from '../../engine/contract/types.ts';
import type { SchemaObject } from '../schema/keywordDefinition.ts';
import { JSON_MEDIA_TYPE } from '../operation/positiveBody.ts';

export function bodySchemaOf(op: OperationSpec, contract: Contract): SchemaObject | undefined {
  let schema = op.requestBody?.content[JSON_MEDIA_TYPE]?.schema;
  for (let hops = 0; typeof schema === 'object' && typeof schema.$ref === 'string' && hops < 16; hops++)
    schema = contract.resolveRef(schema.$ref);
  return typeof schema === 'object' ? schema : undefined;
}

/** Declared body properties, each with its `$ref` followed. */
export function bodyPropertiesOf(op: OperationSpec, contract: Contract): Array<[string, SchemaObject]> {
  const props = (bodySchemaOf(op, contract)?.properties ?? {}) as Record<string, unknown>;
  return Object.entries(props).map(([name, s]) => {
    let schema = s;
    for (
      let hops = 0;
      typeof schema === 'object' && schema !== null && typeof (schema as SchemaObject).$ref === 'string' && hops < 16;
      hops++
    )
      schema = contract.resolveRef((schema as SchemaObject).$ref as string);
    return [name, (typeof schema === 'object' && schema !== null ? schema : {}) as SchemaObject];
  });
}
