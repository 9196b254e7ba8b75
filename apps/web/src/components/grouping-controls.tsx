import type { StoryChoice } from "@roundup/db";
import { mergeStoryAction, moveArticleAction, splitStoryAction } from "../app/actions/grouping-actions";

interface Props {
  storyId: string;
  articles: { id: string; title: string; source: string | null }[];
  /** Other stories (with articles), most recently updated first. */
  choices: StoryChoice[];
}

function StoryOptions({ choices }: { choices: StoryChoice[] }) {
  return (
    <>
      <option value="">Choose a story…</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label} ({choice.articleCount})
        </option>
      ))}
    </>
  );
}

/**
 * Move an article, merge this story into another, split articles off. Each edit is recorded and the
 * stories are regrouped at once, so a later automatic regroup keeps the editor's decision.
 */
export function GroupingControls({ storyId, articles, choices }: Props) {
  return (
    <section className="panel grouping" aria-labelledby="grouping-title" data-testid="grouping-controls">
      <h2 id="grouping-title">Grouping</h2>
      {choices.length > 0 ? (
        <>
          <form action={moveArticleAction} className="row">
            <input type="hidden" name="storyId" value={storyId} />
            <div>
              <label htmlFor="move-article">Article to move</label>
              <select id="move-article" name="articleId" required>
                {articles.map((article) => (
                  <option key={article.id} value={article.id}>
                    {article.title}
                    {article.source ? ` — ${article.source}` : ""}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="move-target">Move to story</label>
              <select id="move-target" name="toStory" required>
                <StoryOptions choices={choices} />
              </select>
            </div>
            <button type="submit" className="button-secondary">
              Move article
            </button>
          </form>
          <form action={mergeStoryAction} className="row">
            <input type="hidden" name="storyId" value={storyId} />
            <div>
              <label htmlFor="merge-target">Merge this story into</label>
              <select id="merge-target" name="intoStory" required>
                <StoryOptions choices={choices} />
              </select>
            </div>
            <button type="submit" className="button-secondary" title="The other story keeps its id and its digest">
              Merge stories
            </button>
          </form>
        </>
      ) : (
        <p className="muted">There is no other story to move articles to or merge with.</p>
      )}
      {articles.length > 1 ? (
        <form action={splitStoryAction}>
          <input type="hidden" name="storyId" value={storyId} />
          <fieldset>
            <legend>Split the ticked articles into a new story</legend>
            {articles.map((article) => (
              <div key={article.id}>
                <input type="checkbox" id={`split-${article.id}`} name="articleIds" value={article.id} />{" "}
                <label htmlFor={`split-${article.id}`} className="inline-label">
                  {article.title}
                  {article.source ? ` — ${article.source}` : ""}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button-secondary">
            Split into new story
          </button>
        </form>
      ) : null}
    </section>
  );
}
