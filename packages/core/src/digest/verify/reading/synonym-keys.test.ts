import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { synonymKeys } from "./synonym-keys.js";

describe("checkSupport with a newsroom synonym", () => {
  it("supports a word swapped for one a report of the same event uses", () => {
    const cases: Array<[string, string]> = [
      [
        "The Tennby bridge was closed for three weeks in June for repairs.",
        "The Tennby bridge was shut for three weeks in June for repairs.",
      ],
      [
        "Firefighters fought the fire at the Harlow warehouse for six hours.",
        "Firefighters fought the blaze at the Harlow warehouse for six hours.",
      ],
      [
        "An earthquake of magnitude 6.1 struck the region on Tuesday morning.",
        "An earthquake of magnitude 6.1 hit the region on Tuesday morning.",
      ],
      [
        "The regulator has opened an investigation into the bank's lending.",
        "The regulator has opened a probe into the bank's lending.",
      ],
      ["The mayor promised to rebuild the school by September.", "The mayor vowed to rebuild the school by September."],
      [
        "Union leaders said the cuts would hit services hard.",
        "Union leaders warned the cuts would hit services hard.",
      ],
      [
        "The river reached its highest level since 1998 on Sunday.",
        "The river hit its highest level since 1998 on Sunday.",
      ],
      [
        "The singer married her long-time partner in Rome on Saturday.",
        "The singer wed her long-time partner in Rome on Saturday.",
      ],
      [
        "Kelvin Rail announced on Monday that it had ordered 40 trains.",
        "Kelvin Rail said on Monday that it had ordered 40 trains.",
      ],
      [
        "About 60 firefighters tackled the fire at the Harlow recycling plant for six hours.",
        "About 60 firefighters fought the fire at the Harlow recycling plant for six hours.",
      ],
      [
        "The coach said the goalkeeper would stay at the club until the end of the season.",
        "The coach said the goalkeeper would remain at the club until the end of the season.",
      ],
      [
        "The airport said the new terminal could be finished by 2031.",
        "The airport said the new terminal could be completed by 2031.",
      ],
      [
        "Smith scored twice in the match against Northgate on Saturday.",
        "Smith scored twice in the game against Northgate on Saturday.",
      ],
      [
        "The 2.1% rise in council tax is the smallest increase in five years, the council said.",
        "The 2.1% rise in council tax is the lowest increase in five years, the council said.",
      ],
      [
        "Average rents in Harbury are now £1,240 a month, up 6.2% on a year earlier.",
        "Average rents in Harbury are now £1,240 a month, 6.2% higher than a year earlier.",
      ],
      [
        "Owen Pryce was sacked on Sunday after a 4-0 defeat by Ashworth.",
        "Owen Pryce was sacked on Sunday following a 4-0 defeat by Ashworth.",
      ],
      [
        "A magnitude 6.1 earthquake struck the region on Tuesday, killing 14 people.",
        "A magnitude 6.1 quake struck the region on Tuesday, killing 14 people.",
      ],
      [
        "The chain will close 40 shops by March, putting 600 jobs at risk.",
        "The chain will close 40 stores by March, putting 600 jobs at risk.",
      ],
      [
        "Talks between the union and the airline broke down on Monday.",
        "Negotiations between the union and the airline broke down on Monday.",
      ],
      [
        "Officials in Harbury said the river would peak on Sunday night.",
        "Authorities in Harbury said the river would peak on Sunday night.",
      ],
      [
        "The airline cancelled 200 flights on Friday because of the strike.",
        "The airline scrapped 200 flights on Friday because of the strike.",
      ],
      [
        "The chain will cut 600 jobs by March, the company said.",
        "The chain will axe 600 jobs by March, the company said.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("supported");
  });

  it("still flags an opposite, another figure or a promise told as done", () => {
    const cases: Array<[string, string]> = [
      [
        "The Tennby bridge was closed for three weeks in June for repairs.",
        "The Tennby bridge was opened for three weeks in June for repairs.",
      ],
      [
        "The Tennby bridge was closed for three weeks in June for repairs.",
        "The Tennby bridge was shut for four weeks in June for repairs.",
      ],
      [
        "The regulator has opened an investigation into the bank's lending.",
        "The regulator has closed a probe into the bank's lending.",
      ],
      ["The mayor promised to rebuild the school by September.", "The mayor rebuilt the school by September."],
      ["Union leaders said the cuts would hit services hard.", "Union leaders warned the cuts would hit schools hard."],
      [
        "The river reached its highest level since 1998 on Sunday.",
        "The river hit its lowest level since 1998 on Sunday.",
      ],
      [
        "The coach said the goalkeeper would stay at the club until the end of the season.",
        "The coach said the goalkeeper would leave the club at the end of the season.",
      ],
      [
        "The 2.1% rise in council tax is the smallest increase in five years, the council said.",
        "The 2.1% rise in council tax is the largest increase in five years, the council said.",
      ],
      [
        "Owen Pryce was sacked on Sunday after a 4-0 defeat by Ashworth.",
        "Owen Pryce was sacked on Sunday before a 4-0 defeat by Ashworth.",
      ],
      [
        "The chain will close 40 shops by March, putting 600 jobs at risk.",
        "The chain will open 40 stores by March, creating 600 jobs.",
      ],
      [
        "The chain will cut 600 jobs by March, the company said.",
        "The chain axed 600 jobs in March, the company said.",
      ],
    ];
    for (const [passage, statement] of cases) expect(checkSupport(statement, [passage]).verdict).toBe("unsupported");
  });
});

describe("synonymKeys: a bid and an offer", () => {
  const TAKEOVER = [
    "The board of Marlow Foods rejected a takeover bid of £340m from the rival Kestrel Group on Monday.",
  ];
  it("passes 'offer' for a passage's 'bid'", () => {
    expect(synonymKeys("bid")).toContain("offer");
    expect(
      checkSupport(
        "The board of Marlow Foods rejected a takeover offer of £340m from the rival Kestrel Group.",
        TAKEOVER,
      ).verdict,
    ).toBe("supported");
  });

  it("still flags the offer accepted", () => {
    expect(
      checkSupport(
        "The board of Marlow Foods accepted a takeover offer of £340m from the rival Kestrel Group.",
        TAKEOVER,
      ).verdict,
    ).toBe("unsupported");
  });
});
