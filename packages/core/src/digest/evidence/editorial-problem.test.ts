import { describe, expect, it } from "vitest";
import { continuesBrokenSentence, datelineEnd, editorialProblem } from "./editorial-problem.js";

describe("editorialProblem", () => {
  it("accepts whole news sentences, brand names in camel case and abbreviations included", () => {
    for (const sentence of [
      "Union leader Mara Solvik said the union would study the offer with its members before answering.",
      "Police said the girl's mother discovered the messages on her daughter's iPod last spring.",
      "Preserving the key features of money market funds is vital to the U.S. economy.",
      "It is clear that the port authority will not raise its offer before the weekend.",
      "The company declined to comment on Monday, but two engineers said the bridge had been closed since March.",
      "Then-President Obama signed the bill into law in a ceremony at the White House.",
      "Israel has vowed to continue the war until Hamas, the group that ran Gaza, is defeated.",
    ])
      expect(editorialProblem(sentence), sentence).toBeNull();
  });

  it("refuses machine-mangled text", () => {
    for (const sentence of [
      "Israel said on Monday that the attack on Shifa Kill Faike MabhuThe Israel Defense Forces identified him as a senior official.",
      "The proposal includes the return of civilians to the north, where the population has been drastically reduced. ing.",
      "Officials warned that a deal could take weeks. It could be completely disruptive. in the southern city of Rafah.",
      "The tracks had been carefully catalogued but then locked away in the the band's archive for decades.",
      "With less than two weeks to go until the U.S. election, Blinken has responded to the Hamas-led attack on Israel on October 7, 2023, after Israel launched an attack on Gaza last week that killed Hamas leader Yahya Sinwar.",
      "First phase of negotiations centered on Hamas According to a Western diplomat with knowledge of the talks, the exchange would come first.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("garbled");
    expect(
      editorialProblem("The talks went on in Doha, according to a Western diplomat with knowledge of them."),
    ).toBeNull();
  });

  it("refuses openers that need a sentence before them", () => {
    for (const sentence of [
      "However, negotiations stalled, with Israeli Prime Minister Benjamin Netanyahu insisting on troops at the border.",
      "He said the two partners were seeking a plan so that Israel can withdraw.",
      "But they added that no formal offer had been made to the actor.",
      "This has now been confirmed as deriving from the Viking mound.",
      "The officials provided details of the proposal on condition of anonymity.",
      // Which group? Nothing in the sentence names it (a spun rewrite of "until Hamas is wiped out").
      "Israel has vowed to continue the war until the group ends.",
      "Police said the militants had fled across the border before dawn.",
      // Who is "he"? The quote's speaker is named only in a sentence before it.
      "“I am honoured to have been asked to lead the harbour board,” he said in a statement.",
      '"We will rebuild the pier before the summer," she told reporters on Monday.',
      // British single quotes, with an apostrophe inside.
      "'This is a resilient economy,' he said.",
      "‘We don’t know yet,’ she said.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("needs antecedent");
    expect(editorialProblem("“There is no other solution to this war, not now and not later.”")).toBe(
      "quote without speaker",
    );
  });

  it("refuses a list's numbered and later items, which lean on the items before them", () => {
    for (const sentence of [
      "Third, weeks later the council dismissed the harbour master.",
      "Second, the port's budget has not grown since the strike began.",
      "Finally, the board agreed to reopen the quay on Monday.",
      "Lastly, the union asked for a meeting with the mayor.",
      "2) Qua economics, the harbour plan looks better than the last one.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("needs antecedent");
    expect(editorialProblem("Second-quarter profit at the port operator rose 12 percent.")).toBeNull();
    expect(editorialProblem("Finally reopened on Monday, the quay drew hundreds of visitors.")).toBeNull();
    expect(editorialProblem("12 people were rescued from the quay on Monday.")).toBeNull();
  });

  it("refuses a time told only from an unnamed moment before it (“hours later”, “the next morning”)", () => {
    for (const sentence of [
      "Whitcomb conceded hours later and congratulated her in a phone call, his campaign said.",
      "Two days later, police arrested the ferry's owner in Dover.",
      "Later that night, the fire spread to the warehouse next door.",
      "The harbour master resigned the next morning.",
      "The council voted to reopen the quay, and it reopened shortly afterwards.",
      "Shortly after, the two men changed the band's name and released a debut album.",
      "Seconds later, the van pulls away from the quay.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("needs antecedent");
    // A moment the sentence names, or "later than", leans on nothing.
    for (const sentence of [
      "All seven miners were brought to the surface by Friday night, three days after the collapse.",
      "The ferry sailed two days later than planned.",
      "The quay will reopen in the coming days.",
      "Soon after the vote, the harbour master resigned.",
    ])
      expect(editorialProblem(sentence), sentence).toBeNull();
  });

  it("keeps “the two” that the sentence itself defines", () => {
    expect(
      editorialProblem(
        "The two people arrested over the Gatwick drone disruption were released without charge on Thursday.",
      ),
    ).toBeNull();
    for (const sentence of [
      "The two men were released without charge on Thursday.",
      "The two sides agreed on a deal that was signed in Geneva.",
      "The two men arrested at the scene were released on Thursday.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("needs antecedent");
  });

  it("keeps a quotation whose speaker it names", () => {
    expect(
      editorialProblem("“We will rebuild the pier before the summer,” Mayor Rita Olsen said on Monday."),
    ).toBeNull();
    expect(editorialProblem("“We will rebuild the pier,” said Olsen, who took office in May.")).toBeNull();
  });

  it("refuses questions, fragments, labels, bylines and page furniture", () => {
    expect(editorialProblem("Will the port authority raise its offer before the weekend?")).toBe("question");
    expect(editorialProblem("announced its reopening.")).toBe("fragment");
    expect(editorialProblem("Withdrawn.")).toBe("fragment");
    expect(editorialProblem("The harbour master put down her plan for the quay in a sketch (Fig.")).toBe("fragment");
    expect(editorialProblem("The harbour master (who took office in May) sketched a plan for the quay.")).toBeNull();
    expect(editorialProblem("Israel-Hamas War Ceasefire Talks: Live Updates")).toBe("label");
    expect(
      editorialProblem(
        "In this March 3, 2026, file photo, port workers stand outside the gate of the Calder terminal.",
      ),
    ).toBe("caption");
    expect(editorialProblem("Live Updates")).toBe("label");
    expect(editorialProblem("By Ali Raza")).toBe("byline");
    expect(editorialProblem("Reporting by Jane Doe and John Smith in Halden; editing by Mark Potter.")).toBe("byline");
    expect(
      editorialProblem("You can add location information to your Tweets, such as your city or precise location."),
    ).toBe("boilerplate");
    expect(editorialProblem("“We will enter Rafah,” he said, “and we will finish the job there.")).toBe(
      "partial quote",
    );
  });

  it("refuses a sentence set in capitals, as a page's shouted subhead or a broadcast transcript is", () => {
    for (const sentence of [
      "COUPLES ARE SPENDING MORE ON THE HARBOUR PARTY, AND LESS ON THE CEREMONY.",
      "Reporter: FOR TWELVE YEARS THE QUAY HAS STOOD EMPTY BUT NOW THE COUNCIL HAS SOLD IT.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("capitals");
    for (const sentence of [
      "NATO and the EU said the UN-backed talks in Geneva would resume on Monday.",
      "The FBI, the CIA and the NSA briefed the Senate on the harbour attack.",
    ])
      expect(editorialProblem(sentence), sentence).toBeNull();
  });
});

describe("editorialProblem on page furniture", () => {
  it("refuses a site's notices: web archives, video players, forms, thanks and editor's notes", () => {
    expect(editorialProblem('Crawls of supported "No More 404" sites.')).toBe("boilerplate");
    for (const sentence of [
      "Web wide crawl with initial seedlist and crawler configuration from May 2019.",
      "Crawl of outlinks from example.org started June, 2020.",
      "Rating is available when the video has been rented.",
      "The interactive transcript could not be loaded.",
      "Note: By submitting this form, you agree to the publisher's terms.",
      "Harbour News Emails Get breaking news alerts and special reports.",
      "Thank you for supporting the campaign to keep the Calder ferry running.",
      "Update: Some wording in this piece has been changed to better reflect the dockers' vote.",
      "This story has been updated to include comments from the port authority.",
      "The designations employed on the map do not imply the expression of any opinion on the part of the agency.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("boilerplate");
  });

  it("refuses a name's link text glued to the next name", () => {
    expect(
      editorialProblem("Mara Solvik Mara Jane SolvikSolvik Jr. getting a seat on the harbour board panned unions."),
    ).toBe("garbled");
    expect(editorialProblem("The ferry to Bora Bora was cancelled on Monday after the storm.")).toBeNull();
  });

  it("judges the sentence after a leading label, so a lede behind one stays", () => {
    expect(
      editorialProblem("Updated | When the ferry left Halden on Monday, the strike had already begun."),
    ).toBeNull();
    expect(editorialProblem("CLOSE Hundreds of dock workers walked out of the Calder terminal on Monday.")).toBeNull();
    expect(editorialProblem("Image copyright Getty Images Image caption The terminal was closed for a week")).toBe(
      "caption",
    );
  });
});

describe("editorialProblem on sentences with no news", () => {
  it("refuses hedges that only say something is not known, and refusals to comment", () => {
    for (const sentence of [
      "It is unclear how many Palestinians Israel is offering to release in exchange.",
      "It is unclear whether the port authority will raise its offer before the weekend.",
      "It was not immediately clear who fired the first shots at the border crossing.",
      "It's still not known when the bridge across the Elna will reopen to traffic.",
      "It remains to be seen whether the union will accept the new offer from the port.",
      "A spokesman for the port authority did not immediately respond to a request for comment.",
      "The union's lawyers declined to comment on the ruling.",
      "The insurer has not said whether it will pay.",
      "The ministry did not say when the bridge would reopen.",
    ])
      expect(editorialProblem(sentence), sentence).toBe("uninformative");
    // Another clause carries news.
    expect(
      editorialProblem("Police said a man had been arrested, but did not say whether he had been charged."),
    ).toBeNull();
  });
});

describe("continuesBrokenSentence", () => {
  it("recognises the rest of a sentence broken off before it, not a brand name", () => {
    expect(continuesBrokenSentence("announced its reopening.")).toBe(true);
    expect(continuesBrokenSentence("” he said.")).toBe(true);
    expect(continuesBrokenSentence("iPhone sales rose by a fifth in the quarter.")).toBe(false);
    expect(continuesBrokenSentence("The union accepted the offer.")).toBe(false);
  });
});

describe("datelineEnd", () => {
  it("finds where the news starts after a dateline or agency tag", () => {
    const text = "DOHA, Qatar — Israel and Hamas have been locked in slow talks in Doha this week.";
    expect(text.slice(datelineEnd(text))).toBe("Israel and Hamas have been locked in slow talks in Doha this week.");
    const agency = "WASHINGTON (AP) — The Senate passed the bill on Tuesday.";
    expect(agency.slice(datelineEnd(agency))).toBe("The Senate passed the bill on Tuesday.");
    expect(datelineEnd("US Secretary of State Antony Blinken has said a lot of work remained.")).toBe(0);
    // A place, its country and the day filed: "LEVERTON, England, Sept 16 (Reuters) - ".
    const country = "LEVERTON, England, Sept 16 (Reuters) - Engineers found a collapsed culvert.";
    expect(country.slice(datelineEnd(country))).toBe("Engineers found a collapsed culvert.");
  });

  it("skips page furniture left before the first words, and a dateline after it", () => {
    for (const [text, news] of [
      ["CLOSE Skip in Skip x Embed x Share The port reopened on Monday after a week of strikes.", "The port"],
      ["Updated | When the ferry left Halden, the strike had begun.", "When the ferry"],
      ["UPDATE: Police identified the two men found at the terminal.", "Police"],
      ["Update:Judge calls emergency meeting over the strike.", "Judge"],
      ["Buy Photo Harbour master Jane Doe said the port would reopen.", "Harbour master"],
      ["Advertisement Continue reading the main story While the port was shut, ferries sailed.", "While the port"],
      ["Continue reading the main story Dock workers walked out on Monday.", "Dock workers"],
      ["Media playback is unsupported on your device Media caption The minister visits the port", "Media caption"],
      ["Image copyright Calder Port Authority Image caption The terminal at dawn", "Image caption"],
      ["CLOSE HALDEN, Norway (AP) — Dock workers walked out on Monday.", "Dock workers"],
    ]) {
      expect(text!.slice(datelineEnd(text!)), text).toBe(text!.slice(text!.indexOf(news!)));
    }
    // Words that are news, not furniture.
    for (const text of [
      "Close to 300 dock workers walked out on Monday.",
      "Updated figures from the port show a fall in traffic.",
      "Image rights were sold to the agency in 2019.",
    ]) {
      expect(datelineEnd(text), text).toBe(0);
    }
  });

  it("finds an agency tag that closes a dateline without a dash", () => {
    for (const [text, news] of [
      ["Washington (CNN) Vermont Sen. Bernie Sanders praised the pope on Thursday.", "Vermont Sen."],
      ["FORT WAYNE, Ind. (WANE) The mother accused of killing her children appeared in court.", "The mother"],
      ["(Reuters) Shares of the retailer fell 4 percent on Monday.", "Shares"],
      ["LONDON (AFP): British lawmakers voted on Tuesday to delay the deal.", "British"],
      ["MIAMI—When speaking about his star, the coach has a line.", "When speaking"],
    ]) {
      expect(text!.slice(datelineEnd(text!)).startsWith(news!), text).toBe(true);
    }
    for (const [text, news] of [
      ["8:15 a.m. Divers have resumed the search at first light.", "Divers"],
      ["14:05 GMT: Rescuers reached the second carriage.", "Rescuers"],
      ["9.30am — The minister arrived at the scene.", "The minister"],
    ]) {
      expect(text!.slice(datelineEnd(text!)), text).toBe(text!.slice(text!.indexOf(news!)));
    }
    // A name with an abbreviation or an aside in brackets is no dateline.
    for (const text of [
      "Apple (AAPL) shares rose 3 percent after the launch.",
      "Senator Jane Doe (D) said the vote would be close.",
      "The company (which owns the port) said it would appeal.",
      "Hamas (the group that runs Gaza) Rejected the plan.",
      "10.5 Million people watched the final.",
      "By 8:15 the divers had resumed the search.",
    ]) {
      expect(datelineEnd(text), text).toBe(0);
    }
  });
});
