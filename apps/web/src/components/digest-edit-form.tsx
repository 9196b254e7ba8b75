"use client";

import type { DigestEdit, MergeConflict } from "@roundup/core";
import type { StoryPageArticle } from "@roundup/db";
import type { Citation } from "@roundup/prompts";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useState, useTransition } from "react";
import { type SaveDigestState, saveDigestAction } from "../app/actions/digest-actions";
import { citationKey, numberCitations } from "../lib/citation-markers";
import { checkDigestEdit, editLimits } from "../lib/digest-edit-schema";
import type { CitablePassage } from "../lib/story-passages";
import { ArticlePassages } from "./article-passages";
import { CitationChips } from "./citation-chips";

/** What the verifier said of a stored statement, shown while its text and citations are unchanged. */
export interface StoredCheck {
  unsupported: boolean;
  reasons: string[];
  acceptedBy: string | null;
}

interface Props {
  storyId: string;
  digestId: string;
  version: number;
  initial: DigestEdit;
  checks: Record<string, StoredCheck>;
  passages: CitablePassage[];
  articles: StoryPageArticle[];
}

type ListPart = "summary" | "keyPoints" | "timeline" | "quotes";
type Item = DigestEdit[ListPart][number];

const partLabels: Record<ListPart, string> = {
  summary: "Summary sentence",
  keyPoints: "Key point",
  timeline: "Timeline entry",
  quotes: "Quote",
};
const textLimits: Record<ListPart, number> = {
  summary: editLimits.sentence,
  keyPoints: editLimits.keyPoint,
  timeline: editLimits.timelineEntry,
  quotes: editLimits.quote,
};

function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function signature(text: string, citations: Citation[]): string {
  return `${text.replace(/\s+/g, " ").trim()}|${citations.map(citationKey).join(",")}`;
}

function move<T>(items: T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

const draftKey = (digestId: string) => `roundup:digest-draft:${digestId}`;

/**
 * The digest editor: every part of the digest (headline and its citations, summary, key points,
 * timeline, quotes, where sources disagree); statements added, removed and reordered; citations in
 * the digest's one numbering, shown live, with the sources beside. The text lives in this component
 * and in the browser's storage until it is saved: a refused save (a field too long, a bad citation, a
 * conflict, the server not answering) leaves every field as typed and says what to fix.
 */
export function DigestEditForm(props: Props) {
  const router = useRouter();
  const [edit, setEdit] = useState<DigestEdit>(props.initial);
  const [version, setVersion] = useState(props.version);
  const [comment, setComment] = useState("");
  const [state, setState] = useState<SaveDigestState>({ status: "idle" });
  const [restorable, setRestorable] = useState<{ edit: DigestEdit; version: number; savedAt: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const numbering = useMemo(() => numberCitations(edit), [edit]);
  const passageOf = useMemo(
    () => new Map(props.passages.map((passage) => [passage.chunkId, passage])),
    [props.passages],
  );
  const stored = useMemo(() => {
    const signatures = new Map<string, string>();
    signatures.set("headline", signature(props.initial.headline, props.initial.headlineCitations));
    for (const part of ["summary", "keyPoints", "timeline", "quotes"] as const)
      for (const item of props.initial[part]) signatures.set(item.id, signature(item.text, item.citations));
    return signatures;
  }, [props.initial]);
  const conflicts = state.status === "conflict" ? state.conflicts : [];
  const conflictOf = (id: string) => conflicts.find((conflict) => conflict.id === id);

  // A draft left by a page that closed before saving is offered back, never applied silently.
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(draftKey(props.digestId));
      if (!saved) return;
      const draft = JSON.parse(saved) as { edit: DigestEdit; version: number; savedAt: string };
      if (JSON.stringify(draft.edit) !== JSON.stringify(props.initial)) setRestorable(draft);
    } catch {
      // Storage may be unavailable (private mode): the form still works without it.
    }
  }, [props.digestId, props.initial]);

  function update(next: DigestEdit) {
    setEdit(next);
    try {
      window.localStorage.setItem(
        draftKey(props.digestId),
        JSON.stringify({ edit: next, version, savedAt: new Date().toISOString() }),
      );
    } catch {
      // See above.
    }
  }

  function updateItem(part: ListPart, index: number, change: Partial<Item>) {
    const items = [...edit[part]] as Item[];
    items[index] = { ...(items[index] as Item), ...change };
    update({ ...edit, [part]: items });
  }

  function save() {
    const problems = checkDigestEdit(edit);
    if (problems) {
      setState({ status: "error", message: problems.join(" ") });
      return;
    }
    startTransition(async () => {
      try {
        const result = await saveDigestAction({
          storyId: props.storyId,
          digestId: props.digestId,
          version,
          edit,
          ...(comment.trim() ? { comment } : {}),
        });
        if (result.status === "saved") {
          window.localStorage.removeItem(draftKey(props.digestId));
          router.push(result.href);
          return;
        }
        if (result.status === "conflict") {
          setVersion(result.version);
          update(result.edit);
        }
        setState(result);
      } catch {
        setState({
          status: "error",
          message:
            "The save did not reach the server (the connection or the server failed). Your text is still here: save again.",
        });
      }
    });
  }

  const verdict = (id: string, text: string, citations: Citation[]): ReactNode => {
    const conflict = conflictOf(id);
    const check = props.checks[id];
    const unchanged = stored.get(id) === signature(text, citations);
    return (
      <>
        {conflict ? (
          <ConflictNote conflict={conflict} author={state.status === "conflict" ? state.author : null} />
        ) : null}
        {!unchanged ? (
          <p className="muted">Changed: checked against its passages when you save.</p>
        ) : check?.unsupported ? (
          <p className={check.acceptedBy ? "accepted-flag" : "flag"} data-testid="edit-unsupported">
            {check.acceptedBy ? `Accepted by ${check.acceptedBy}. ` : "Unsupported: "}
            {check.reasons.join("; ")}
          </p>
        ) : null}
      </>
    );
  };

  const listSection = (part: ListPart, title: string) => {
    const items = edit[part] as Item[];
    return (
      <fieldset className="edit-section" data-part={part}>
        <legend>{title}</legend>
        {items.map((item, index) => {
          const label = `${partLabels[part]} ${index + 1}`;
          return (
            <div className="statement-edit stack" id={`statement-${item.id}`} key={item.id} data-statement-id={item.id}>
              {part === "timeline" ? (
                <div className="row">
                  <div>
                    <label htmlFor={`date-${item.id}`}>Date of {label.toLowerCase()}</label>
                    <input
                      id={`date-${item.id}`}
                      value={(item as DigestEdit["timeline"][number]).date ?? ""}
                      placeholder="YYYY-MM-DD"
                      onChange={(event) =>
                        updateItem(part, index, { date: event.target.value || null } as Partial<Item>)
                      }
                    />
                  </div>
                </div>
              ) : null}
              {part === "quotes" ? (
                <div className="row">
                  <div>
                    <label htmlFor={`speaker-${item.id}`}>Speaker of {label.toLowerCase()}</label>
                    <input
                      id={`speaker-${item.id}`}
                      value={(item as DigestEdit["quotes"][number]).speaker ?? ""}
                      onChange={(event) =>
                        updateItem(part, index, { speaker: event.target.value || null } as Partial<Item>)
                      }
                    />
                  </div>
                </div>
              ) : null}
              <label htmlFor={`text-${item.id}`}>{label}</label>
              <textarea
                id={`text-${item.id}`}
                value={item.text}
                onChange={(event) => updateItem(part, index, { text: event.target.value })}
                aria-invalid={item.text.length > textLimits[part]}
              />
              {item.text.length > textLimits[part] ? (
                <p className="flag" role="alert">
                  {item.text.length.toLocaleString("en")} characters: at most {textLimits[part].toLocaleString("en")}{" "}
                  fit. Shorten it; nothing is lost meanwhile.
                </p>
              ) : null}
              <CitationChips
                label={label}
                citations={item.citations}
                onChange={(citations) => updateItem(part, index, { citations })}
                markerOf={numbering.markerOf}
                passages={props.passages}
                passageOf={passageOf}
              />
              {verdict(item.id, item.text, item.citations)}
              <div className="row item-actions">
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Move ${label} up`}
                  onClick={() => update({ ...edit, [part]: move(items, index, -1) })}
                  disabled={index === 0}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Move ${label} down`}
                  onClick={() => update({ ...edit, [part]: move(items, index, 1) })}
                  disabled={index === items.length - 1}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Remove ${label}`}
                  onClick={() => update({ ...edit, [part]: items.filter((_, at) => at !== index) })}
                >
                  Remove
                </button>
              </div>
            </div>
          );
        })}
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const base = { id: newId(part.slice(0, 1)), text: "", citations: [] };
            const added =
              part === "timeline" ? { ...base, date: null } : part === "quotes" ? { ...base, speaker: null } : base;
            update({ ...edit, [part]: [...items, added] });
          }}
        >
          Add {partLabels[part].toLowerCase()}
        </button>
      </fieldset>
    );
  };

  return (
    <div className="workbench edit-workbench">
      <form
        className="digest-column panel stack"
        aria-label="Edit the digest"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {restorable ? (
          <p className="notice" role="status">
            Text you typed on {new Date(restorable.savedAt).toLocaleString("en-GB")} was not saved.{" "}
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                // The draft's own version stays its base, so saving merges with what was saved since.
                setEdit(restorable.edit);
                setVersion(restorable.version);
                setRestorable(null);
              }}
            >
              Restore it
            </button>
          </p>
        ) : null}
        {state.status === "error" || state.status === "conflict" || state.status === "unchanged" ? (
          <p
            className={`notice ${state.status === "unchanged" ? "" : "notice-error"}`}
            role="alert"
            data-testid={state.status === "conflict" ? "conflict" : "save-error"}
          >
            {state.message}
          </p>
        ) : null}
        <fieldset className="edit-section" id="statement-headline">
          <legend>Headline</legend>
          <label htmlFor="headline">Headline</label>
          <input
            id="headline"
            value={edit.headline}
            onChange={(event) => update({ ...edit, headline: event.target.value })}
          />
          <CitationChips
            label="Headline"
            citations={edit.headlineCitations}
            onChange={(headlineCitations) => update({ ...edit, headlineCitations })}
            markerOf={numbering.markerOf}
            passages={props.passages}
            passageOf={passageOf}
          />
          {verdict("headline", edit.headline, edit.headlineCitations)}
        </fieldset>
        {listSection("summary", "Summary")}
        {listSection("keyPoints", "Key points")}
        {listSection("timeline", "Timeline")}
        {listSection("quotes", "Quotes")}
        <fieldset className="edit-section" data-part="disagreements">
          <legend>Where sources disagree</legend>
          {edit.disagreements.map((disagreement, index) => {
            const label = `Disagreement ${index + 1}`;
            const setDisagreement = (change: Partial<DigestEdit["disagreements"][number]>) => {
              const items = [...edit.disagreements];
              items[index] = { ...disagreement, ...change };
              update({ ...edit, disagreements: items });
            };
            return (
              <div className="statement-edit stack" key={disagreement.id} id={`statement-${disagreement.id}`}>
                <label htmlFor={`topic-${disagreement.id}`}>{label}: topic</label>
                <input
                  id={`topic-${disagreement.id}`}
                  value={disagreement.topic}
                  onChange={(event) => setDisagreement({ topic: event.target.value })}
                />
                {conflictOf(disagreement.id) ? (
                  <ConflictNote
                    conflict={conflictOf(disagreement.id) as MergeConflict}
                    author={state.status === "conflict" ? state.author : null}
                  />
                ) : null}
                {disagreement.claims.map((claim, claimIndex) => {
                  const claimLabel = `${label}, claim ${claimIndex + 1}`;
                  const setClaim = (change: Partial<typeof claim>) =>
                    setDisagreement({
                      claims: disagreement.claims.map((item, at) =>
                        at === claimIndex ? { ...item, ...change } : item,
                      ),
                    });
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: claims have no id; their order is their identity
                    <div className="claim-edit stack" key={claimIndex}>
                      <div className="row">
                        <div>
                          <label htmlFor={`claim-value-${disagreement.id}-${claimIndex}`}>{claimLabel}: value</label>
                          <input
                            id={`claim-value-${disagreement.id}-${claimIndex}`}
                            value={claim.value}
                            onChange={(event) => setClaim({ value: event.target.value })}
                          />
                        </div>
                      </div>
                      <label htmlFor={`claim-text-${disagreement.id}-${claimIndex}`}>{claimLabel}: text</label>
                      <textarea
                        id={`claim-text-${disagreement.id}-${claimIndex}`}
                        value={claim.text}
                        onChange={(event) => setClaim({ text: event.target.value })}
                      />
                      <CitationChips
                        label={claimLabel}
                        citations={claim.citations}
                        onChange={(citations) => setClaim({ citations })}
                        markerOf={numbering.markerOf}
                        passages={props.passages}
                        passageOf={passageOf}
                      />
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() =>
                          setDisagreement({ claims: disagreement.claims.filter((_, at) => at !== claimIndex) })
                        }
                      >
                        Remove {claimLabel.toLowerCase()}
                      </button>
                    </div>
                  );
                })}
                <div className="row item-actions">
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() =>
                      setDisagreement({ claims: [...disagreement.claims, { value: "", text: "", citations: [] }] })
                    }
                  >
                    Add a claim to {label.toLowerCase()}
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() =>
                      update({ ...edit, disagreements: edit.disagreements.filter((_, at) => at !== index) })
                    }
                  >
                    Remove {label.toLowerCase()}
                  </button>
                </div>
              </div>
            );
          })}
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              update({
                ...edit,
                disagreements: [
                  ...edit.disagreements,
                  {
                    id: newId("d"),
                    topic: "",
                    claims: [
                      { value: "", text: "", citations: [] },
                      { value: "", text: "", citations: [] },
                    ],
                  },
                ],
              })
            }
          >
            Add a disagreement
          </button>
        </fieldset>
        <label htmlFor="comment">Note for the history (optional)</label>
        <input
          id="comment"
          maxLength={editLimits.comment}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <div className="row edit-actions">
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : state.status === "conflict" ? "Save the merged version" : "Save"}
          </button>
          <a className="button button-secondary" href={`/stories/${props.storyId}`}>
            Cancel
          </a>
        </div>
      </form>
      <section className="sources-column articles" aria-labelledby="edit-sources-title">
        <h2 id="edit-sources-title">Sources ({props.articles.length})</h2>
        <p className="muted">Markers show the numbers of the passages this edit cites.</p>
        {props.articles.map((article) => (
          <ArticlePassages key={article.id} article={article} cited={numbering.spans} />
        ))}
      </section>
    </div>
  );
}

function ConflictNote({ conflict, author }: { conflict: MergeConflict; author: string | null }) {
  const who = author ?? "The other editor";
  return (
    <div className="conflict-note" data-testid="conflict-note" role="note">
      {conflict.kind === "both_changed" ? (
        <>
          <strong>{who} changed this too.</strong> Theirs: “{conflict.theirs}”. The field keeps yours.
        </>
      ) : conflict.kind === "removed_by_them" ? (
        <>
          <strong>{who} removed this statement.</strong> Your changed text is kept; remove it if they were right.
        </>
      ) : (
        <>
          <strong>You removed this, but {who} changed it:</strong> their text is back in the field; remove it again to
          drop it.
        </>
      )}
    </div>
  );
}
