/**
 * Older wire copy closes a double quotation with two apostrophes, opened by a straight mark or two
 * backticks (`"American Pie'' star`, ``…''). Read as they are, the straight mark pairs with the next
 * quotation's opening and the words between two quotations pass for a quote. The pair is rewritten to
 * curly marks, padded with a space so every offset still points into the article's text. A pair with
 * a space inside its marks is no quotation (`"Wild," ''Walk the Line,"`: a closing mark, then an opening one).
 */
const WIRE_QUOTE = /(?:"|``)(?=\S)((?:(?!'')[^"`\n]){1,800})(?<=\S)''/g;

export function curlyWireMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(WIRE_QUOTE, (whole, inner: string) => (whole.startsWith("``") ? ` “${inner}” ` : `“${inner}” `));
}
