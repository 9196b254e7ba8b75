/** Letters and digits only, lower-cased: how two lines of a page are compared for being the same words. */
export const comparableLine = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
