import { describe, expect, it } from "vitest";
import { isVerbLemma, sameVerbSense } from "./same-verb-sense.js";

describe("sameVerbSense", () => {
  it("takes two verbs sharing one of their common senses, phrasal verbs read as one lemma", () => {
    expect(sameVerbSense("collapse", "give_way")).toBe(true);
    expect(sameVerbSense("resign", "step_down")).toBe(true);
    expect(sameVerbSense("cancel", "call_off")).toBe(true);
    expect(sameVerbSense("halt", "stop")).toBe(true);
    expect(sameVerbSense("injure", "hurt")).toBe(true);
  });

  it("takes a verb and the one it is directly a kind of, not a sense heading the hierarchy", () => {
    expect(sameVerbSense("murder", "kill")).toBe(true);
    expect(sameVerbSense("demolish", "destroy")).toBe(true);
    // "evacuate" is a kind of "move" (123 kinds): too general to tell one act.
    expect(sameVerbSense("evacuate", "move")).toBe(false);
  });

  it("never takes opposites, unrelated acts or a verb's rare senses", () => {
    expect(sameVerbSense("close", "open")).toBe(false);
    expect(sameVerbSense("rise", "fall")).toBe(false);
    expect(sameVerbSense("increase", "decrease")).toBe(false);
    expect(sameVerbSense("shoot", "stab")).toBe(false);
    expect(sameVerbSense("fire", "dismiss")).toBe(false);
    expect(sameVerbSense("win", "lose")).toBe(false);
  });

  it("knows no words outside WordNet's verbs", () => {
    expect(isVerbLemma("give_way")).toBe(true);
    expect(isVerbLemma("fellstone")).toBe(false);
    expect(isVerbLemma("Evacuated")).toBe(false);
    expect(sameVerbSense("fellstone", "collapse")).toBe(false);
  });
});
