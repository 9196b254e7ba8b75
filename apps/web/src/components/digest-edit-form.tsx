"use client";

import { useActionState } from "react";
import { type SaveDigestState, saveDigestAction } from "../app/actions/digest-actions";
import { keyed } from "../lib/keyed";

interface EditableSentence {
  text: string;
  /** Marker numbers of the sentence's citations, shown so the editor sees what it rests on. */
  markers: { marker: number; chunkId: string }[];
  /** The passages it cites, as editable labels ("P3 P7"). */
  passages: string;
}

interface CitablePassage {
  label: string;
  articleTitle: string;
  preview: string;
}

interface Props {
  storyId: string;
  digestId: string;
  version: number;
  headline: string;
  sentences: EditableSentence[];
  passages: CitablePassage[];
}

function TextColumn({ title, headline, summary }: { title: string; headline: string; summary: string[] }) {
  return (
    <div className="panel">
      <h3>{title}</h3>
      <p>
        <strong>{headline}</strong>
      </p>
      <ol>
        {keyed(summary, "line").map(({ item: text, key }) => (
          <li key={key}>{text}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * One textarea per summary sentence, so every sentence keeps its own citations. After a refused
 * (stale) save both versions are shown and the form continues from the newer version with the
 * editor's own text still in the fields.
 */
export function DigestEditForm(props: Props) {
  const [state, formAction, pending] = useActionState<SaveDigestState, FormData>(saveDigestAction, { status: "idle" });
  const conflict = state.status === "conflict" ? state : null;
  const version = conflict ? conflict.theirs.version : props.version;
  const count = conflict ? conflict.theirs.summary.length : props.sentences.length;
  const valueFor = (index: number) => conflict?.mine.summary[index] ?? props.sentences[index]?.text ?? "";
  const citationsFor = (index: number) => conflict?.mine.citations?.[index] ?? props.sentences[index]?.passages ?? "";
  return (
    <>
      {state.status === "error" ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {conflict ? (
        <section aria-labelledby="conflict-title" data-testid="conflict">
          <p className="notice notice-error" role="alert" id="conflict-title">
            {conflict.message}
          </p>
          <div className="conflict">
            <TextColumn
              title={`Saved version ${conflict.theirs.version}${conflict.theirs.author ? ` by ${conflict.theirs.author}` : ""}`}
              headline={conflict.theirs.headline}
              summary={conflict.theirs.summary}
            />
            <TextColumn
              title="Your unsaved version"
              headline={conflict.mine.headline}
              summary={conflict.mine.summary}
            />
          </div>
        </section>
      ) : null}
      <form action={formAction} className="stack panel" key={`${version}-${state.status}`}>
        <input type="hidden" name="storyId" value={props.storyId} />
        <input type="hidden" name="digestId" value={props.digestId} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor="headline">Headline</label>
        <input
          id="headline"
          name="headline"
          defaultValue={conflict ? conflict.mine.headline : props.headline}
          required
        />
        {keyed(
          Array.from({ length: count }, () => null),
          "sentence",
        ).map(({ index, key }) => {
          const sentence = props.sentences[index];
          return (
            <div className="sentence-edit stack" key={key}>
              <label htmlFor={`summary-${index}`}>Summary sentence {index + 1}</label>
              <textarea id={`summary-${index}`} name="summary" defaultValue={valueFor(index)} />
              <label htmlFor={`citations-${index}`}>Passages cited by sentence {index + 1}</label>
              <input
                id={`citations-${index}`}
                name="citations"
                defaultValue={citationsFor(index)}
                aria-describedby="passage-list"
                placeholder="e.g. P3 P7"
              />
              {sentence && !conflict ? (
                <p className="muted">
                  Cites{" "}
                  {sentence.markers.length
                    ? sentence.markers.map((marker) => `[${marker.marker}]`).join(" ")
                    : "nothing (no passage supports it yet)"}
                  . Empty the field to remove the sentence.
                </p>
              ) : null}
            </div>
          );
        })}
        <details id="passage-list">
          <summary>Passages you can cite ({props.passages.length})</summary>
          <ol className="passage-list">
            {props.passages.map((passage) => (
              <li key={passage.label} value={Number(passage.label.slice(1))}>
                <strong>{passage.label}</strong> <span className="muted">{passage.articleTitle}:</span>{" "}
                {passage.preview}
              </li>
            ))}
          </ol>
        </details>
        <label htmlFor="comment">Note for the history (optional)</label>
        <input id="comment" name="comment" maxLength={2000} />
        <div className="row">
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : conflict ? "Save my version" : "Save"}
          </button>
          <a className="button button-secondary" href={`/stories/${props.storyId}`}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
