import ipaddr from "ipaddr.js";

/**
 * True for any address a server-side fetch must not reach: loopback, private, link-local, CGNAT,
 * unique-local, multicast, reserved, unspecified, and IPv6 forms that embed IPv4 (mapped, NAT64,
 * 6to4, Teredo). Only ordinary public unicast addresses pass; unparsable input is forbidden.
 */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return true;
  // process() turns ::ffff:a.b.c.d into a.b.c.d, so the IPv4 ranges apply to mapped addresses.
  const parsed = ipaddr.process(bare);
  return parsed.range() !== "unicast";
}

/** True when the string is a literal IPv4 or IPv6 address (with or without brackets). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ""));
}
