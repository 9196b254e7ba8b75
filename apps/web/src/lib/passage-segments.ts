/** A span of an article that a citation points at, with the marker number shown in the digest. */
export interface CitedSpan {
  chunkId: string;
  start: number;
  end: number;
  marker: number;
}

export interface PassageSegment {
  text: string;
  /** Numbers of the citations whose span covers this segment; empty when not cited. */
  markers: number[];
}

export type ArticlePart =
  | { kind: "text"; text: string }
  | { kind: "passage"; chunkId: string; start: number; end: number; segments: PassageSegment[] };

interface ChunkRange {
  id: string;
  start: number;
  end: number;
}

/**
 * Splits an article's cleaned text into its chunks (passages) and the text between them, and each
 * passage into segments at citation boundaries, so the exact cited span can be marked. Offsets are
 * clipped to the text and to the chunk; overlapping chunks are clipped to where the previous ended.
 */
export function splitArticleIntoPassages(text: string, chunks: ChunkRange[], cited: CitedSpan[]): ArticlePart[] {
  const parts: ArticlePart[] = [];
  const ordered = [...chunks].sort((a, b) => a.start - b.start || a.end - b.end);
  let position = 0;
  for (const chunk of ordered) {
    const start = Math.max(position, Math.min(chunk.start, text.length));
    const end = Math.max(start, Math.min(chunk.end, text.length));
    if (end === start) continue;
    if (start > position) parts.push({ kind: "text", text: text.slice(position, start) });
    const spans = cited.filter((span) => span.chunkId === chunk.id);
    parts.push({ kind: "passage", chunkId: chunk.id, start, end, segments: segmentPassage(text, start, end, spans) });
    position = end;
  }
  if (position < text.length) parts.push({ kind: "text", text: text.slice(position) });
  return parts;
}

/** Cuts `text[start, end)` at every cited span boundary and records which citations cover each piece. */
export function segmentPassage(text: string, start: number, end: number, spans: CitedSpan[]): PassageSegment[] {
  const clipped = spans
    .map((span) => ({ ...span, start: Math.max(start, span.start), end: Math.min(end, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set<number>([start, end]);
  for (const span of clipped) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: PassageSegment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const from = points[index] as number;
    const to = points[index + 1] as number;
    const markers = [
      ...new Set(clipped.filter((span) => span.start <= from && span.end >= to).map((span) => span.marker)),
    ].sort((a, b) => a - b);
    const previous = segments.at(-1);
    // Neighbouring pieces with the same markers are one segment.
    if (previous && previous.markers.join() === markers.join()) previous.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), markers });
  }
  return segments;
}
