import type { Citation } from "@roundup/prompts";

/** The [1] [2] markers after a sentence; each links to the cited passage on the same page. */
export function CitationMarkers({
  citations,
  markerOf,
}: {
  citations: Citation[];
  markerOf: (citation: Citation) => number;
}) {
  const seen = new Set<number>();
  return (
    <>
      {citations.map((citation) => {
        const marker = markerOf(citation);
        if (seen.has(marker)) return null;
        seen.add(marker);
        return (
          <a
            key={marker}
            className="marker"
            href={`#passage-${citation.chunkId}`}
            data-marker={marker}
            aria-label={`Source passage ${marker}`}
          >
            [{marker}]
          </a>
        );
      })}
    </>
  );
}
