import { describeOtherFigures } from "@roundup/core";
import type { Acceptance, Citation, Corroboration, Digest, Verification } from "@roundup/prompts";
import { Fragment } from "react";
import type { FigureSourceOf } from "../lib/figure-sources";
import { formatTimelineDate } from "../lib/format-date";
import { keyed } from "../lib/keyed";
import { CitationMarkers } from "./citation-markers";

/**
 * The outlets counted that give another count of the statement's figure, in words beside the count
 * (they corroborate the event, not the figure): "1 of them gives another figure: 12 (Coastal Post)
 * for 14", each other figure linking to the passage that gives it, as citation markers do.
 */
function OtherFigures({
  corroboration,
  figureSourceOf,
}: {
  corroboration: Corroboration;
  figureSourceOf: FigureSourceOf;
}) {
  const note = describeOtherFigures(corroboration);
  if (!note) return null;
  return (
    <span className="other-figures" data-testid="other-figures">
      {note.lead}:{" "}
      {note.figures.map((item, index) => {
        const source = figureSourceOf(item.articleId, item.instead);
        const given = `${item.instead} (${source.name})`;
        return (
          <Fragment key={`${item.articleId}:${item.figure}:${item.instead}`}>
            {index > 0 ? "; " : null}
            {source.href ? (
              <a href={source.href} aria-label={`${given}, ${source.description}`}>
                {given}
              </a>
            ) : (
              given
            )}{" "}
            for {item.figure}
          </Fragment>
        );
      })}
    </span>
  );
}

function StatementNotes({
  verification,
  acceptance,
  corroboration,
  figureSourceOf,
}: {
  verification: Verification | undefined;
  acceptance?: Acceptance | undefined;
  corroboration?: Corroboration | undefined;
  figureSourceOf?: FigureSourceOf;
}) {
  const score = verification?.score;
  return (
    <>
      {corroboration ? (
        <span
          className="corroboration"
          data-testid="corroboration"
          title="Independent outlets carrying this claim (near-duplicates count once)"
        >
          {corroboration.outlets === 1 ? "1 outlet" : `${corroboration.outlets} outlets`}
        </span>
      ) : null}
      {corroboration && figureSourceOf ? (
        <OtherFigures corroboration={corroboration} figureSourceOf={figureSourceOf} />
      ) : null}
      {verification?.status === "unsupported" ? (
        acceptance ? (
          <span className="accepted-flag" data-testid="accepted">
            Accepted by {acceptance.byName}: {acceptance.reason}
          </span>
        ) : (
          <span className="flag" data-testid="unsupported">
            Unsupported{verification.reasons.length ? `: ${verification.reasons.join("; ")}` : ""}
            {score !== undefined ? ` (support ${Math.round(score * 100)}%)` : ""}
          </span>
        )
      ) : score !== undefined && score < 1 ? (
        <span className="muted support-score" title="How well the cited passages support this statement">
          support {Math.round(score * 100)}%
        </span>
      ) : null}
    </>
  );
}

const rowClass = (verification: Verification | undefined, acceptance: Acceptance | undefined) =>
  verification?.status === "unsupported" ? (acceptance ? "sentence-accepted" : "sentence-unsupported") : undefined;

/**
 * The digest as text (never HTML), in the order it reads and is numbered: headline, summary, key
 * points, timeline, quotes, where sources disagree. Each statement is followed by its citation markers
 * and, for summary sentences and key points, the outlets carrying it (`figureSourceOf` names and links
 * those giving another figure).
 */
export function DigestView({
  digest,
  markerOf,
  figureSourceOf,
}: {
  digest: Digest;
  markerOf: (citation: Citation) => number;
  figureSourceOf: FigureSourceOf;
}) {
  return (
    <div className="digest-content">
      <div className={`headline-row ${rowClass(digest.headlineVerification, digest.headlineAcceptance) ?? ""}`}>
        {/* The flag stays outside the heading, so the heading's text is the headline alone. */}
        <h2 className="headline" data-testid="digest-headline">
          {digest.headline}
        </h2>{" "}
        <CitationMarkers citations={digest.headlineCitations ?? []} markerOf={markerOf} />
        <StatementNotes verification={digest.headlineVerification} acceptance={digest.headlineAcceptance} />
      </div>
      <div className="summary" data-testid="digest-summary">
        {keyed(digest.summary, "summary").map(({ item: sentence, key }) => (
          <p
            key={sentence.id ?? key}
            className={rowClass(sentence.verification, sentence.acceptance)}
            data-testid="summary-sentence"
            data-statement-id={sentence.id}
          >
            {sentence.text} <CitationMarkers citations={sentence.citations} markerOf={markerOf} />
            <StatementNotes
              verification={sentence.verification}
              acceptance={sentence.acceptance}
              corroboration={sentence.corroboration}
              figureSourceOf={figureSourceOf}
            />
          </p>
        ))}
      </div>
      {digest.keyPoints.length ? (
        <section aria-label="Key points" data-testid="digest-key-points">
          <h3>Key points</h3>
          <ul>
            {keyed(digest.keyPoints, "point").map(({ item: point, key }) => (
              <li
                key={point.id ?? key}
                className={rowClass(point.verification, point.acceptance)}
                data-statement-id={point.id}
              >
                {point.text} <CitationMarkers citations={point.citations} markerOf={markerOf} />
                <StatementNotes
                  verification={point.verification}
                  acceptance={point.acceptance}
                  corroboration={point.corroboration}
                  figureSourceOf={figureSourceOf}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {digest.timeline.length ? (
        <section className="story-facts" data-testid="digest-timeline" aria-label="Timeline">
          <h3>Timeline</h3>
          <ol className="timeline">
            {keyed(digest.timeline, "entry").map(({ item: entry, key }) => (
              <li
                key={entry.id ?? key}
                className={rowClass(entry.verification, entry.acceptance)}
                data-statement-id={entry.id}
              >
                <strong>{formatTimelineDate(entry)}</strong> — {entry.text}{" "}
                <CitationMarkers citations={entry.citations} markerOf={markerOf} />
                <StatementNotes verification={entry.verification} acceptance={entry.acceptance} />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="muted" data-testid="digest-timeline-empty">
          Timeline: no dated events were found in the articles.
        </p>
      )}
      {digest.quotes.length ? (
        <section aria-label="Quotes" data-testid="digest-quotes">
          <h3>Quotes</h3>
          {keyed(digest.quotes, "quote").map(({ item: quote, key }) => (
            <blockquote
              key={quote.id ?? key}
              className={rowClass(quote.verification, quote.acceptance)}
              data-statement-id={quote.id}
            >
              “{quote.text}” — {quote.speaker ?? "unattributed"}{" "}
              <CitationMarkers citations={quote.citations} markerOf={markerOf} />
              <StatementNotes verification={quote.verification} acceptance={quote.acceptance} />
            </blockquote>
          ))}
        </section>
      ) : null}
      {digest.disagreements.length ? (
        <section className="notice story-facts" data-testid="digest-disagreements" aria-label="Where sources disagree">
          <h3>Where sources disagree</h3>
          {keyed(digest.disagreements, "disagreement").map(({ item: disagreement, key }) => (
            <div key={disagreement.id ?? key}>
              <p>
                <strong>{disagreement.topic}</strong>
              </p>
              <ul>
                {keyed(disagreement.claims, "claim").map(({ item: claim, key: claimKey }) => (
                  <li key={claimKey}>
                    <strong>{claim.value}</strong>
                    {/* One sentence can report two named sources' values: then only the source tells the sides apart. */}
                    {claim.source ? <span className="muted"> ({claim.source})</span> : null}: {claim.text}{" "}
                    <CitationMarkers citations={claim.citations} markerOf={markerOf} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
      <p className="muted generation-note">
        Generated by {digest.generation.engine}
        {digest.generation.model ? ` (${digest.generation.model})` : ""}, prompt {digest.generation.promptId}.
      </p>
    </div>
  );
}
