/** Staff permissions: the Prisma enum, exposed to GraphQL under the same name. */
import { registerEnumType } from "type-graphql";
import { Permission } from "../../generated/prisma/enums.js";

export { Permission };
registerEnumType(Permission, { name: "Permission", description: "What a staff role allows; read and write are separate for every area." });

/** Every permission, e.g. for the super-admin role. */
export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);
