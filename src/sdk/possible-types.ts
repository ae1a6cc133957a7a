/** Which object types each interface and union of the schema can be, for fragment matching. */
import generated from "./generated/possible-types.js";

export const possibleTypes: Readonly<Record<string, string[]>> = generated.possibleTypes;
