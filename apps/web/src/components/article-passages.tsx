import { safeHttpUrl } from "@roundup/core/text";
import type { StoryPageArticle } from "@roundup/db";
import { formatDateTime } from "../lib/format-date";
import { keyed } from "../lib/keyed";
import { type CitedSpan, splitArticleIntoPassages } from "../lib/passage-segments";

/**
 * One source article: its cleaned text as text nodes, each chunk an element `passage-<chunkId>` that
 * citation markers link to, with the exact cited spans marked inside it.
 */
export function ArticlePassages({ article, cited }: { article: StoryPageArticle; cited: CitedSpan[] }) {
  const parts = splitArticleIntoPassages(article.text, article.chunks, cited);
  const link = safeHttpUrl(article.url);
  return (
    <article id={`article-${article.id}`} className="panel" data-article-id={article.id}>
      <h3>{article.title}</h3>
      <p className="article-meta">
        <span>{article.source ?? "Unknown outlet"}</span>
        <span>{formatDateTime(article.publishedAt)}</span>
        {article.author ? <span>by {article.author}</span> : null}
        {article.duplicateOf ? (
          <span className="duplicate" data-testid="duplicate-mark">
            Near-duplicate of <a href={`#article-${article.duplicateOf.id}`}>{article.duplicateOf.title}</a>
          </span>
        ) : null}
        {link ? (
          <a href={link} rel="noreferrer noopener" target="_blank">
            Original
          </a>
        ) : null}
      </p>
      <div className="article-text">
        {keyed(parts, "part").map(({ item: part, key }) =>
          part.kind === "text" ? (
            <span key={key}>{part.text}</span>
          ) : (
            <span
              key={part.chunkId}
              id={`passage-${part.chunkId}`}
              className="passage"
              data-start={part.start}
              data-end={part.end}
            >
              {keyed(part.segments, "segment").map(({ item: segment, key: segmentKey }) =>
                segment.markers.length ? (
                  <mark key={segmentKey} className="cited" data-markers={segment.markers.join(",")}>
                    {segment.text}
                    <sup aria-hidden="true">[{segment.markers.join(",")}]</sup>
                  </mark>
                ) : (
                  <span key={segmentKey}>{segment.text}</span>
                ),
              )}
            </span>
          ),
        )}
      </div>
    </article>
  );
}
