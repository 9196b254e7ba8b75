"use client";

import type { Citation } from "@roundup/prompts";
import { citationKey } from "../lib/citation-markers";
import type { CitablePassage } from "../lib/story-passages";

interface Props {
  /** Names the statement for screen readers and tests: "Summary sentence 2". */
  label: string;
  citations: Citation[];
  onChange: (citations: Citation[]) => void;
  markerOf: (citation: Citation) => number;
  passages: readonly CitablePassage[];
  passageOf: ReadonlyMap<string, CitablePassage>;
}

/**
 * A statement's citations as [n] chips in the digest's one numbering, each removable, and a picker
 * that adds any passage of the story's sources (cited whole).
 */
export function CitationChips({ label, citations, onChange, markerOf, passages, passageOf }: Props) {
  const groups = new Map<string, CitablePassage[]>();
  for (const passage of passages) {
    const group = groups.get(passage.articleId);
    if (group) group.push(passage);
    else groups.set(passage.articleId, [passage]);
  }
  return (
    <div className="citation-chips" data-testid="citations">
      <ul aria-label={`Passages cited by ${label}`}>
        {citations.length === 0 ? <li className="muted">No passage cited: it cannot be verified.</li> : null}
        {citations.map((citation) => {
          const passage = passageOf.get(citation.chunkId);
          const marker = markerOf(citation);
          return (
            <li key={citationKey(citation)} className="chip" data-marker={marker} title={passage?.preview}>
              <span className="chip-marker">[{marker}]</span> {passage?.label ?? "passage no longer in this story"}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove citation [${marker}] from ${label}`}
                onClick={() => onChange(citations.filter((item) => citationKey(item) !== citationKey(citation)))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <select
        aria-label={`Cite a passage in ${label}`}
        value=""
        onChange={(event) => {
          const passage = passageOf.get(event.target.value);
          if (!passage) return;
          const citation = {
            articleId: passage.articleId,
            chunkId: passage.chunkId,
            start: passage.start,
            end: passage.end,
          };
          if (!citations.some((item) => citationKey(item) === citationKey(citation)))
            onChange([...citations, citation]);
        }}
      >
        <option value="">+ Cite a passage…</option>
        {[...groups.values()].map((group) => (
          <optgroup key={group[0]?.articleId} label={group[0]?.articleTitle}>
            {group.map((passage) => (
              <option key={passage.chunkId} value={passage.chunkId}>
                {passage.label}: {passage.preview}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
