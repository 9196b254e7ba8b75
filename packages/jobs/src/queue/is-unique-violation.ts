/** True for an insert that met a unique key (Prisma's P2002, or the driver's message). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002" || /unique constraint/i.test(String(error));
}
