import type { PublicUser } from "@roundup/db";
import { isSameOrigin } from "../lib/same-origin";
import type { Permission } from "./permissions";
import { authorize, PermissionError } from "./session";

/**
 * For route handlers: the user when the request is same-origin (for writes) and they hold
 * `permission`; otherwise the response to send (403 cross-site or wrong role, 401 signed out).
 */
export async function guardRoute(
  request: Request,
  permission: Permission,
  options: { write: boolean },
): Promise<PublicUser | Response> {
  if (options.write && !isSameOrigin(request.headers)) {
    return Response.json({ error: "Cross-site requests are refused." }, { status: 403 });
  }
  try {
    return await authorize(permission);
  } catch (error) {
    if (error instanceof PermissionError) {
      return Response.json({ error: error.message }, { status: error.role ? 403 : 401 });
    }
    throw error;
  }
}
