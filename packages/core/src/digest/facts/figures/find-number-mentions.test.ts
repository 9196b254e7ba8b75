import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { findNumberMentions } from "./find-number-mentions.js";

function allMentionsOf(text: string) {
  const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-05-09" });
  return findNumberMentions(articleSentences([article]));
}

function mentionsOf(text: string) {
  return allMentionsOf(text).map(({ raw, frame }) => ({ raw, frame }));
}

describe("findNumberMentions reads what a figure is", () => {
  it("reads a figure told by the main verb after a relative clause of plans as reported, and a figure inside that clause as planned", () => {
    const framesOf = (text: string) => allMentionsOf(text).map(({ raw, frame }) => `${raw} ${frame}`);
    expect(framesOf("The crane that will lift the span weighs 310 tonnes.")).toEqual(["310 reported"]);
    expect(framesOf("The bridge, which will open in May, is 300 metres long.")).toEqual(["300 reported"]);
    expect(framesOf("The crane that will lift 310 tonnes arrived on Monday.")).toEqual(["310 plan"]);
    expect(framesOf("The crane that will lift the span weighs 310 tonnes and is 90 metres tall.")).toEqual([
      "310 reported",
      "90 reported",
    ]);
  });

  it("reads a measure hyphened to its noun at the opening of a wire's lead, after its dateline", () => {
    const readingOf = (text: string) =>
      allMentionsOf(text).map(({ value, unit, event }) => `${value} ${unit} ${event}`);
    expect(readingOf("HULL (PA) — A 60-metre crane toppled onto the quay on Monday.")).toEqual(["60 metre crane"]);
    expect(readingOf("DOVER, England (AP) -- The 40-metre mast snapped in the gale.")).toEqual(["40 metre tower"]);
  });

  it("reads a cost told in a relative clause as the cost of the thing the clause hangs on", () => {
    const readingOf = (text: string) =>
      allMentionsOf(text).map(({ raw, event, subject }) => `${raw} ${event} ${subject ?? "-"}`);
    expect(readingOf("Residents want a new footbridge, which engineers say would cost £9m.")).toEqual([
      "9m cost footbridge",
    ]);
    expect(readingOf("The repairs to the old footbridge will cost £2m.")).toEqual(["2m cost -"]);
  });

  it("reads a count in words that opens a clause reported after a verb of saying, as a sentence's opener is read", () => {
    const units = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2026-05-09",
      });
      return findNumberMentions(articleSentences([article])).map(({ raw, unit }) => `${raw} ${unit}`);
    };
    expect(units("The zoo's director says seven chimpanzees got out of their enclosure.")).toEqual([
      "seven chimpanzee",
    ]);
    expect(units("Police said that about twenty people were questioned.")).toEqual(["twenty people"]);
    // "one" counts nothing on its own, and a count in words inside the clause is no opener.
    expect(units("The director said one keeper had left a door open.")).toEqual([]);
    expect(units("The director said the keepers had checked the seven doors.")).toEqual([]);
  });

  it("reads the people an event befell after “the number”, in words or digits, as a total reached, whatever span it rose in", () => {
    const readingOf = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2026-05-09",
      });
      return findNumberMentions(articleSentences([article])).map(
        ({ raw, unit, event, kind, frame }) => `${raw} ${unit} ${event} ${kind} ${frame}`,
      );
    };
    expect(
      readingOf("The number injured has risen to eight, after two more spectators were treated for burns."),
    ).toEqual(["eight people injured fixed reported"]);
    expect(readingOf("The number of missing has fallen to 12.")).toEqual(["12 people miss fixed reported"]);
    expect(readingOf("The ambulance service now puts the number taken to hospital at 31.")).toEqual([
      "31 people hospitalised fixed reported",
    ]);
    // "overnight" is when it rose, not what is counted; those who sought treatment ask for nothing.
    expect(
      readingOf("The number of people hurt rose to 16 overnight as more riders sought treatment, the hospital said."),
    ).toEqual(["16 people injured fixed reported"]);
    // A day's share stays a day's share, and a demand a demand.
    expect(readingOf("Another 19 cases were confirmed overnight.")).toEqual(["19 case confirmed window reported"]);
    expect(readingOf("The union sought a 5 percent raise.")[0]).toMatch(/ demand$/);
  });

  it("reads the verb after a place between the counted noun and it, the place closed by a common noun", () => {
    const eventOf = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2026-05-09",
      });
      return findNumberMentions(articleSentences([article])).map(({ raw, event }) => `${raw} ${event}`);
    };
    expect(
      eventOf("An assessment released by the county found that 97 homes in the Pecan Grove park were destroyed."),
    ).toEqual(["97 destroyed"]);
    expect(eventOf("The survey found that 97 homes in the park were destroyed.")).toEqual(["97 destroyed"]);
    // A verb right after the place's name is the count's own, never part of the place.
    expect(eventOf("Twelve homes in Brennock collapsed.")).toEqual(["Twelve collapsed"]);
    expect(eventOf("Forty homes in Brennock were flooded.")).toEqual(["Forty flooded"]);
  });

  it("takes the month in a dateline for a month, not for the modal 'may' of a plan", () => {
    expect(mentionsOf("BRAMFORD, May 9 (MPA) - Ana Lindqvist won 61,450 votes to 58,400.")).toEqual([
      { raw: "61,450", frame: "reported" },
      { raw: "58,400", frame: "reported" },
    ]);
    expect(mentionsOf("The company may cut 2,000 jobs.")[0]?.frame).toBe("plan");
  });

  it("reads a death toll whose event and place come between “toll” and the figure", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText:
        "The death toll from Tuesday's earthquake in Dersa province has risen to 214, the disaster agency said.",
      publishedAt: "2026-11-10",
    });
    const [toll] = findNumberMentions(articleSentences([article]));
    expect([toll?.raw, toll?.unit, toll?.event, toll?.kind]).toEqual(["214", "people", "killed", "running"]);
  });

  it("reads “the number of deaths” rising to a figure as the toll", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText: "A pedestrian hurt in the collapse has died in hospital, raising the number of deaths to 2.",
      publishedAt: "2026-11-10",
    });
    const [toll] = findNumberMentions(articleSentences([article]));
    expect([toll?.raw, toll?.event, toll?.kind]).toEqual(["2", "killed", "running"]);
  });
});

describe("findNumberMentions on counts told after their verb, and days before their month", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-07-05" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("reads a count in words after the verb of what happened, with that verb as its event", () => {
    expect(read("Spain's heatwave has killed nine people, the health ministry said on Monday.")).toEqual([
      ["nine", "people", "killed"],
    ]);
    expect(read("Troops killed three militants and wounded four civilians.")).toEqual([
      ["three", "militant", "killed"],
      ["four", "civilian", "injured"],
    ]);
    expect(read("Police arrested two of the men.")).toEqual([]);
  });

  it("reads “14 August 2021” as a date, not as 14 of anything", () => {
    expect(read("The national record of 47.4C was set in Montoro on 14 August 2021.").map(([raw]) => raw)).toEqual([
      "47.4",
    ]);
  });
});

describe("findNumberMentions reads a bound whole (facts11)", () => {
  it("takes “no more than 700” as at most 700 and “as much as 3,000” as its own bound, never “more than 700”", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText:
        "The operator said that no more than 700 barrels had escaped. As much as 3,000 barrels of crude oil may have leaked, the Coast Guard said. More than 40 boats joined the clean-up.",
      publishedAt: "2026-11-22",
    });
    expect(findNumberMentions(articleSentences([article])).map(({ raw, qualifier }) => [raw, qualifier])).toEqual([
      ["700", "no more than"],
      ["3,000", "as much as"],
      ["40", "more than"],
    ]);
  });

  it("reads a figure a running total has passed (“has already topped £250,000”) as its bound", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText:
        "Overtime on the search has already topped £250,000. Attendance exceeded 12,000 on Saturday. Donations surpassed $3 million.",
      publishedAt: "2026-11-22",
    });
    expect(findNumberMentions(articleSentences([article])).map(({ raw, qualifier }) => [raw, qualifier])).toEqual([
      ["250,000", "topped"],
      ["12,000", "exceeded"],
      ["3 million", "surpassed"],
    ]);
  });
});

describe("findNumberMentions on a third round of unseen stories (facts7)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-11-16" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, kind, places }) => ({
      raw,
      unit,
      kind,
      places,
    }));
  };

  it("gives a place named after a second count to that count, not to the first", () => {
    expect(
      read("The charity thanks the 250,000 people who marched on Saturday and the 40,000 who marched in Northport."),
    ).toEqual([
      { raw: "250,000", unit: "people", kind: "fixed", places: [] },
      { raw: "40,000", unit: null, kind: "fixed", places: ["Northport"] },
    ]);
  });

  it("reads a speaker's own home as the place of a figure right before it (held-out batch Y)", () => {
    expect(read("“It was 104 degrees in my kitchen by six o'clock,” said Alma Reyes, 68.")[0]?.places).toEqual([
      "my kitchen",
    ]);
    expect(read("It was 104 degrees in my living room.")[0]?.places).toEqual(["my living room"]);
  });

  it("reads a place whose name begins like a month or a weekday, and never a month or weekday as a place", () => {
    expect(read("At least 30 people were killed in Marseille on Thursday.")[0]?.places).toEqual(["Marseille"]);
    expect(read("At least 30 people were killed in Sunderland when the storm hit.")[0]?.places).toEqual(["Sunderland"]);
    expect(read("At least 30 people were killed in March.")[0]?.places).toEqual([]);
    expect(read("At least 30 people were killed on Thursday.")[0]?.places).toEqual([]);
  });

  it("reads the place of a part of a region: “on portions of central Iowa”, “across parts of northern Kentucky”", () => {
    expect(read("The storm dropped as much as 13 inches of snow on portions of central Iowa.")[0]?.places).toEqual([
      "Iowa",
    ]);
    expect(read("Up to 8 inches fell across parts of northern Kentucky on Friday.")[0]?.places).toEqual(["Kentucky"]);
    expect(read("About 40 homes in much of Tarnside were left without power.")[0]?.places).toEqual(["Tarnside"]);
    expect(read("The 30 workers on parts of the line were sent home.")[0]?.places).toEqual([]);
  });

  it("takes “last week's attack” for the event named, not for a count over the last week", () => {
    expect(read("The firm said the records of 1.4 million patients were exposed in last week's attack.")[0]?.kind).toBe(
      "fixed",
    );
    expect(read("Police made 40 arrests in the past week.")[0]?.kind).toBe("window");
  });

  it("counts the noun after a participle used as an adjective: “1.2 million rented households”", () => {
    expect(read("The bill will cover about 1.2 million rented households.")[0]?.unit).toBe("household");
    expect(read("About 300 people injured in the blast were treated.")[0]?.unit).toBe("people");
  });

  it("counts buses and viruses as “bus” and “virus”, houses as “house”", () => {
    expect(read("Some 120 buses were cancelled.")[0]?.unit).toBe("bus");
    expect(read("A fleet of 40 bus drivers walked out.")[0]?.unit).not.toBe("bu");
    expect(read("Scientists found 3 viruses in the samples.")[0]?.unit).toBe("virus");
    expect(read("Floodwater reached 40 houses.")[0]?.unit).toBe("house");
  });

  it("counts the plural after a singular noun ending in s: “bus journeys” are journeys", () => {
    expect(read("About 4.2 million bus journeys are made each day.")[0]?.unit).toBe("journey");
    expect(read("Some 300 bus drivers walked out.")[0]?.unit).toBe("driver");
    expect(read("The college shut 40 campus buildings.")[0]?.unit).toBe("building");
    expect(read("Some 1,200 police officers were deployed.")[0]?.unit).toBe("police");
    expect(read("The bank cut rates by 50 basis points.")[0]?.unit).toBe("basis");
    expect(read("The 40 bus was late.")[0]?.unit).toBe("bus");
  });

  it("reads grants and state aid as aid, unpaid bills and a debt that reached a record as debt (facts22)", () => {
    const eventOf = (text: string) =>
      findNumberMentions(articleSentences([prepareArticle({ input: "aid", title: "Aid", originalText: text })]))[0]
        ?.event;
    expect(eventOf("The factory received £18 million in government grants in 2019.")).toBe("aid");
    expect(eventOf("Corrin received £12 million in state aid in 2019.")).toBe("aid");
    expect(eventOf("Customers owe suppliers £3.7 billion in unpaid bills, the regulator said.")).toBe("debt");
    expect(eventOf("Household energy debt has reached a record £4.2 billion.")).toBe("debt");
    // Bills, not unpaid ones, are no debt; damage is damage.
    expect(eventOf("Households paid £2 billion in bills.")).toBe("bill");
    expect(eventOf("The storm caused $1.2 billion in damage.")).toBe("damage");
  });

  it("reads a cost put or estimated at a sum as an estimate (a plan's frame), a range's two ends alike (facts22)", () => {
    const framesOf = (text: string) =>
      findNumberMentions(articleSentences([prepareArticle({ input: "cost", title: "Cost", originalText: text })])).map(
        (mention) => mention.frame,
      );
    expect(framesOf("The Institution put the cost of repairs at about £55 million.")).toEqual(["plan"]);
    expect(framesOf("Analysts estimated the cost of the breach at £30 million to £40 million.")).toEqual([
      "plan",
      "plan",
    ]);
    expect(framesOf("Repairs cost £55 million.")).toEqual(["reported"]);
  });

  it("reads things “left” in a place as abandoned, and a count's event in its own clause, not in another's “as drivers fled” (facts22)", () => {
    const eventOf = (text: string) =>
      findNumberMentions(articleSentences([prepareArticle({ input: "left", title: "Left", originalText: text })]))[0]
        ?.event;
    expect(eventOf("Twenty-three vehicles were abandoned in the tunnel as drivers fled the smoke.")).toBe("abandoned");
    expect(eventOf("Thirty-one vehicles were left in the Hexley Tunnel when a lorry burst into flames.")).toBe(
      "abandoned",
    );
    // People who left went away; those evacuated as water rose were evacuated.
    expect(eventOf("Some 300 people left the stadium early.")).toBe("left");
    expect(eventOf("About 1,200 residents were evacuated as floodwater rose.")).toBe("displaced");
  });

  it("reads gas, a surplus and crises as their own singulars, never “ga”, and areas as area (facts22)", () => {
    expect(read("Europe's 30 biggest gas fields were shut.")[0]?.unit).toBe("field");
    const gas = prepareArticle({ input: "gas", title: "Gas", originalText: "Wholesale gas rose 4 percent on Monday." });
    expect(findNumberMentions(articleSentences([gas]))[0]?.subject).toBe("gas");
    expect(read("The plant emits 40 gases.")[0]?.unit).toBe("gas");
    expect(read("The bank faced 3 crises in a year.")[0]?.unit).toBe("crisis");
    expect(read("Some 12 surplus tanks were sold.")[0]?.unit).toBe("tank");
    expect(read("Floods hit 40 areas.")[0]?.unit).toBe("area");
  });
});

describe("findNumberMentions reads what a figure measures (disagree9)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-03-09" });
    return findNumberMentions(articleSentences([article]));
  };

  it("reads a quake's magnitude as that quake's, and a count after the participle of its event", () => {
    expect(read("A magnitude 6.8 earthquake struck northern Valdoria on Tuesday.")[0]).toMatchObject({
      unit: "magnitude",
      event: "earthquake",
    });
    expect(read("The U.S. Geological Survey measured the quake at magnitude 6.6.")[0]).toMatchObject({
      unit: "magnitude",
      event: "earthquake",
    });
    expect(read("A 5.1-magnitude aftershock shook the city on Wednesday.")[0]).toMatchObject({
      unit: "magnitude",
      event: "aftershock",
    });
    const killing = read("The quake collapsed buildings in Marsa, killing at least 23 people and injuring 80.");
    expect(killing.map((mention) => mention.event)).toEqual(["killed", "injured"]);
  });

  it("counts the owners of a possessive and the noun after a gerund", () => {
    expect(read("The stolen database holds 5.4 million customers' data.")[0]?.unit).toBe("customer");
    expect(read("Harbourline says 1.4 million patients’ records were exposed.")[0]?.unit).toBe("patient");
    expect(read("It also includes 35 new pumping stations.")[0]?.unit).toBe("station");
  });

  it("reads percentage points as their own unit, never as percent", () => {
    expect(read("Trust fell 12 percentage points to 41%.").map(({ raw, unit }) => [raw, unit])).toEqual([
      ["12", "percentage point"],
      ["41", "percent"],
    ]);
  });

  it("reads a range as one claim with both ends, never a change, a tally or a score", () => {
    const [low, high] = read("The scheme will add between 30 and 40 pumping stations.");
    expect([low?.unit, low?.range, high?.range]).toEqual([
      "station",
      { low: 30, high: 40, raw: "30 to 40" },
      { low: 30, high: 40, raw: "30 to 40" },
    ]);
    expect(read("Analysts estimated the cost at £30 million to £40 million.")[0]?.range).toEqual({
      low: 30e6,
      high: 40e6,
      raw: "30 million to 40 million",
    });
    expect(read("The share would fall from 18% to 11%.").some((mention) => mention.range)).toBe(false);
    expect(read("Parliament passed the bill by 212 votes to 187.").some((mention) => mention.range)).toBe(false);
    expect(read("The court ruled 5-4 in favour.").some((mention) => mention.range)).toBe(false);
  });

  it("gives verbs of one effect one event, whatever their tense", () => {
    const events = [
      "The housing ministry says the bill will cover about 1.2 million rented households.",
      "The bill will protect some 1.6 million rented households.",
      "The engineers said the plan would shield only about 31,000 homes.",
    ].map((text) => read(text)[0]?.event);
    expect(events).toEqual(["protected", "protected", "protected"]);
    expect(read("Northmart said 2.1 million customers had been affected by the breach.")[0]?.event).toBe("affected");
    expect(read("A database offered for sale on a criminal forum holds 5.4 million customers' data.")[0]).toMatchObject(
      { event: "affected", frame: "reported" },
    );
    // A company's own store of data says nothing of a breach.
    expect(read("The company's database holds 30 million customers' data.")[0]?.event).not.toBe("affected");
    // The people whose data a breach reached, named as its owners.
    expect(
      read("Hackers accessed its claims systems, exposing the personal data of about 1.2 million members.")[0]?.event,
    ).toBe("affected");
    expect(read("The gang stole the records of 2 million patients.")[0]?.event).toBe("affected");
    expect(read("The insurer keeps the records of 3 million members.")[0]?.event).not.toBe("affected");
  });

  it("reads a forecast made in the past as a forecast, and “during” as no event", () => {
    const [forecast, outcome] = read(
      "Forecasters had expected the river to peak at 5.2 metres during the spring tide, but it peaked at 4.9 metres.",
    );
    expect([forecast?.frame, forecast?.event, outcome?.frame]).toEqual(["plan", null, "reported"]);
  });

  it("names what money is and the span it covers", () => {
    expect(read("Analysts at Barrow Bank put the cost of the breach at £60 million.")[0]?.event).toBe("cost");
    expect(read("The chain's online sales reached £820 million in the three months to December.")[0]).toMatchObject({
      event: "sales",
      period: "quarter",
    });
    expect(read("Northmart's online sales came to £3.1 billion last year.")[0]).toMatchObject({
      event: "sales",
      period: "year",
    });
  });

  it("knows how far a visibly rounded figure may be from the exact count", () => {
    expect(
      read("About 1.2 million were emailed, 1,203,000 by the count, and £70 million was paid to some 3,000 staff.").map(
        (mention) => mention.rounding,
      ),
      // "some 3,000": a hedge rounds off at most 8% of the figure (±240), not half its first digit (±500).
    ).toEqual([50_000, 0, 500_000, 240]);
  });
});

it("reads money written with a scale letter (“£20m”, “$1.2bn”), and a length in metres not as money", () => {
  const article = prepareArticle({
    input: "test",
    title: "Figures",
    originalText: "The council asked for £20m to £25m, the bank lent $1.2bn, and the wall is 5m high.",
    publishedAt: "2027-03-09",
  });
  expect(
    findNumberMentions(articleSentences([article])).map(({ raw, value, unit, range }) => [
      raw,
      value,
      unit,
      range?.raw,
    ]),
  ).toEqual([
    ["20m", 20e6, "pound", "20m to 25m"],
    ["25m", 25e6, "pound", "20m to 25m"],
    ["1.2bn", 1.2e9, "dollar", undefined],
    // facts39: a size after "m" says it is the metre's symbol.
    ["5m", 5, "metre", undefined],
  ]);
});

describe("findNumberMentions reads a figure set before a noun as a measure of that noun (disagree11)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-09-01" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event, frame }) => [
      raw,
      unit,
      event,
      frame,
    ]);
  };

  it("measures the noun after an amount, a share or a hyphened unit", () => {
    expect(read("Gov. Dana Whitfield vetoed a $1.2 billion school funding bill Tuesday.")).toEqual([
      ["1.2 billion", "dollar", "bill", "reported"],
    ]);
    expect(read("Workers accepted a 3.5 percent raise.")).toEqual([["3.5", "percent", "raise", "reported"]]);
    // A building's floors measure the building, whatever noun an outlet gives it (see buildingFloors).
    expect(read("The council approved a 12-storey tower on the quay.")).toEqual([
      ["12", "storey", "building", "reported"],
    ]);
    expect(read("Lawmakers passed the $1.4-billion bill.")).toEqual([["1.4 billion", "dollar", "bill", "reported"]]);
  });

  it("reads a rise or a fall set before its noun as the move of what it names, and as nothing when it names nothing", () => {
    const mentions = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2026-09-01",
      });
      return findNumberMentions(articleSentences([article])).map(({ unit, event, subject }) => [unit, event, subject]);
    };
    expect(mentions("Aurora reported a 14 percent fall in its shares on Monday.")).toEqual(
      mentions("Aurora's shares fell 14 percent on Monday."),
    );
    expect(mentions("Aurora reported a 14 percent fall in its shares on Monday.")).toEqual([
      ["percent", "fell", "share"],
    ]);
    expect(mentions("Analysts expect a 10 percent drop on Monday.")[0]?.[1]).toBeNull();
  });

  it("reads no measure where the words after the figure are no noun of it", () => {
    // An age, an amount followed by a preposition, and a bid whose bidder is not named.
    expect(read("Police arrested a 30-year-old man.")).toEqual([]);
    // A span or a margin describes one of many: a 20-year veteran, a 16-point margin.
    expect(read("Russell, a 20-year veteran of the department, was hurt.")).toEqual([]);
    expect(read("Voters back him by a 16-point margin.")).toEqual([]);
    expect(read("The storm caused the $2 billion in damage.")[0]?.[2]).toBe("damage");
    expect(read("A £75 million bid was rejected.")[0]?.[2]).toBeNull();
  });

  it("keeps the frame of the clause: a demanded raise is no raise reported", () => {
    expect(read("The union demanded a 5 percent raise.")[0]?.[3]).toBe("demand");
  });

  it("reads a share of a market as one measure whatever the verb that holds it (facts20)", () => {
    const events = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2027-04-07",
      });
      return findNumberMentions(articleSentences([article])).map(({ raw, event, counterfactual }) => [
        raw,
        event,
        counterfactual ?? false,
      ]);
    };
    expect(events("The merged airline would hold a market share of 58 percent.")).toEqual([
      ["58", "market share", false],
    ]);
    expect(events("The combined airline would have controlled 62 percent of the domestic market.")).toEqual([
      ["62", "market share", true],
    ]);
    expect(events("Skylane shares fell 6 percent.")[0]?.[1]).not.toBe("market share");
    expect(events("The bank's bonds were 3 percent of the market value of its assets.")[0]?.[1]).not.toBe(
      "market share",
    );
  });

  it("reads “would have” as what a thing was, not as a plan", () => {
    expect(read("The association said the bill would have sent $1.4 billion to districts.")[0]?.[3]).toBe("reported");
    expect(read("The company said it would cut 2,000 jobs.")[0]?.[3]).toBe("plan");
  });
});

it("reads people who spent a night away, whatever the verb, as one count (disagree11)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-06-12" });
    return findNumberMentions(articleSentences([article])).map(({ unit, event }) => [unit, event]);
  };
  const spent = read("About 4,000 passengers spent Friday night at Harlow Airport.");
  expect(spent).toEqual(read("2,800 passengers slept in the terminal at Harlow Airport on Friday night."));
  expect(spent).toEqual([["passenger", "spent the night"]]);
  // Money spent, and a sleep that names no night, are no such count.
  expect(read("About 4,000 passengers spent £20 each on meals.")[0]?.[1]).not.toBe("spent the night");
  expect(read("Some 300 passengers slept in the terminal.")[0]?.[1]).not.toBe("spent the night");
});

describe("findNumberMentions reads what a figure measures in words outlets vary (disagree12)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-09-01" });
    return findNumberMentions(articleSentences([article])).map((mention) => ({
      raw: mention.raw,
      unit: mention.unit,
      event: mention.event,
      kind: mention.kind,
      settled: mention.settled ?? false,
    }));
  };

  it("reads a currency named after the figure as money, its country kept, and “pounds of” a thing as a weight", () => {
    expect(read("The tribunal ordered the club to pay costs of 40,000 Swiss francs.")).toEqual([
      { raw: "40,000", unit: "swiss franc", event: "cost", kind: "fixed", settled: true },
    ]);
    expect(read("The club must also pay 45,000 Swiss francs in costs.")).toEqual([
      { raw: "45,000", unit: "swiss franc", event: "cost", kind: "fixed", settled: true },
    ]);
    expect(read("Repairs will cost 3 million Canadian dollars.")[0]?.unit).toBe("canadian dollar");
    expect(read("The bakery sold 50 pounds of flour.")[0]?.unit).toBe("lb");
    expect(read("The council received 5 million pounds of funding.")[0]?.unit).toBe("pound");
  });

  it("takes a contract's value as settled, and a damage estimate as not", () => {
    expect(read("The licence, worth $90 million, was sold in May.")[0]?.event).toBe("licence");
    expect(read("The contract, worth £210 million over eight years, went to Calder.")[0]).toMatchObject({
      event: "contract",
      settled: true,
    });
    expect(read("The storm caused $3 million in damage.")[0]).toMatchObject({ event: "damage", settled: false });
  });

  it("reads a length as the length of the thing measured, another dimension apart", () => {
    expect(read("The tear in the hull was 3 metres long.")[0]?.event).toBe("tear");
    expect(read("The tear measures 4 metres, the surveyors said.")[0]?.event).toBe("tear");
    expect(read("The hole was 2 metres wide.")[0]?.event).toBe("hole wide");
  });

  it("measures one event whatever noun each outlet gives it: “the slide”, “the avalanche, which was”", () => {
    expect(read("The slide was about 400 metres wide.")[0]?.event).toBe("slide wide");
    expect(read("Skiers died in the avalanche, which was 350 metres wide, police said.")[0]?.event).toBe("slide wide");
    expect(read("The blaze was 3 miles long.")[0]?.event).toBe(read("The fire was 4 miles long.")[0]?.event);
    expect(read("The hole was 2 metres wide.")[0]?.event).toBe("hole wide");
  });

  it("counts people out of their homes as one measure, whatever the verb and the noun for them", () => {
    for (const text of [
      "Some 600 villagers fled their homes.",
      "The fire forced about 300 residents out of their homes.",
      "About 2,000 people have now left their homes.",
      "Officials ordered the evacuation of 900 people.",
    ])
      expect(read(text)[0], text).toMatchObject({ unit: "people", event: "displaced" });
    expect(read("About 300 residents attended the meeting.")[0]?.unit).toBe("resident");
  });

  it("reads a count by a time of day as a count so far, and an action's noun as its event", () => {
    expect(read("Police had arrested 45 people by noon.")[0]?.kind).toBe("running");
    expect(read("Rail operators cancelled 120 trains by 4 p.m., the union said.")[0]?.kind).toBe("running");
    expect(read("Police arrested 45 people on Saturday.")[0]?.kind).toBe("fixed");
    expect(read("The strike led to the cancellation of 410 trains.")[0]?.event).toBe("cancelled");
  });

  it("reads a postponement's noun and 'called off' as the verbs they stand for (facts36)", () => {
    expect(read("The league confirmed the postponement of 14 fixtures.")[0]?.event).toBe("postponed");
    expect(read("About 30,000 operations were called off.")[0]?.event).toBe("cancelled");
  });

  it("reads the verb after a part set off by commas as the whole count's, and an N-vehicle pileup as vehicles crashed (facts36)", () => {
    expect(read("Sixty-three vehicles, 17 of them tractor-trailers, were involved, the patrol said.")[0]).toMatchObject(
      {
        unit: "vehicle",
        event: "crashed",
      },
    );
    expect(read("Forty people, including six children, were injured.")[0]?.event).toBe("injured");
    expect(read("Crews cleared the wreckage of the 58-vehicle pileup.")[0]).toMatchObject({
      unit: "vehicle",
      event: "crashed",
    });
  });

  it("reads a span set before a spell's noun as that spell's length, whatever the spell then did (facts36)", () => {
    expect(read("The three-day closure cost traders dearly.")[0]).toMatchObject({ unit: "day", event: "closed" });
    expect(read("The nine-hour shutdown hit 40,000 homes.")[0]).toMatchObject({ unit: "hour", event: "outage" });
    expect(read("The four-hour blaze destroyed 19 buses.")[0]).toMatchObject({ unit: "hour", event: "burned" });
  });
});

describe("findNumberMentions reads what a figure measures on a sixth round of unseen stories (facts10)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-11-22" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event, frame }) => ({
      raw,
      unit,
      event,
      frame,
    }));
  };

  it("reads what thieves took and animals come ashore, whatever the verb, and never a share of a vote as taken", () => {
    expect(read("Thieves escaped with 14 pieces of jewellery, police said.")[0]).toMatchObject({ event: "stolen" });
    expect(read("The gang took 11 pieces from the gallery.")[0]).toMatchObject({ event: "stolen" });
    expect(read("Thieves stole 12 paintings overnight.")[0]).toMatchObject({ event: "stolen" });
    // Animals come ashore, whatever the words.
    expect(read("The charity said 52 whales had come ashore since Sunday.")[0]?.event).toBe("stranded");
    expect(read("Some 30 dolphins were washed up on the beach.")[0]?.event).toBe("stranded");
    expect(read("About 40 pilot whales have beached.")[0]?.event).toBe("stranded");
    expect(read("Eleven containers have now washed up along the coast.")[0]?.event).toBe("stranded");
    // Money taken by fraud or theft, whatever the verb; never money to be recovered.
    expect(read("Walsh was convicted of defrauding the council of £840,000.")[0]?.event).toBe("stolen");
    expect(read("She embezzled £1.2 million from the charity.")[0]?.event).toBe("stolen");
    expect(read("He swindled pensioners out of £300,000.")[0]?.event).toBe("stolen");
    expect(read("The council said it would recover £480,000.")[0]?.event).not.toBe("stolen");
  });

  it("reads an overspend by its verb or its noun, and a figure in what a motion is about as told, not proposed", () => {
    const full = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2026-11-12",
      });
      return findNumberMentions(articleSentences([article]))[0];
    };
    expect(full("An audit found the city had overspent its budget by £58 million.")?.event).toBe("overspent");
    expect(full("The overspend was £60 million.")?.event).toBe("overspent");
    expect(
      full("Councillors have tabled a motion of no confidence over the city's £62 million budget overspend."),
    ).toMatchObject({ event: "overspent", frame: "reported" });
    // The motion's, or an offer's, own figure stays proposed.
    expect(full("The union tabled an offer of £5 million.")?.frame).toBe("offer");
    expect(read("Lindqvist took 52 percent of the vote.")[0]?.event).not.toBe("stolen");
    expect(read("The team took 40 wickets in the series.")[0]?.event).not.toBe("stolen");
  });

  it("reads a spill of a bulk as one measure, and a past possibility as a report, not a plan", () => {
    expect(read("The company said no more than 700 barrels had escaped.")[0]).toMatchObject({
      unit: "barrel",
      event: "spilled",
      frame: "reported",
    });
    expect(read("As much as 3,000 barrels of crude oil may have leaked from the pipeline.")[0]).toMatchObject({
      unit: "barrel",
      event: "spilled",
      frame: "reported",
    });
    // Data leaked is still what a breach affected; a plan stays a plan.
    expect(read("Hackers said 2,000 records leaked online.")[0]?.event).toBe("affected");
    expect(read("The company may cut 2,000 jobs.")[0]?.frame).toBe("plan");
  });

  it("reads the subject of a sentence stating an amount as what the amount measures", () => {
    expect(read("Trade in goods between the EU and India was worth 124 billion euros last year.")[0]).toMatchObject({
      unit: "euro",
      event: "trade",
    });
    expect(read("Bilateral trade in goods stood at 137 billion euros last year.")[0]).toMatchObject({
      unit: "euro",
      event: "trade",
    });
  });

  it("reads homes cut off from a supply as one measure, whatever the verb", () => {
    expect(read("More than 400,000 homes and businesses are without power.")[0]).toMatchObject({
      unit: "home",
      event: "without power",
    });
    expect(read("About 380,000 homes and businesses had lost power by Tuesday morning.")[0]).toMatchObject({
      unit: "home",
      event: "without power",
    });
    expect(read("Some 12,000 homes were left without water.")[0]?.event).toBe("without water");
    // A place between the homes and their loss; a supply named as cut to them.
    expect(read("About 120,000 homes across Northam lost power on Sunday.")[0]?.event).toBe("without power");
    expect(read("A fire at a substation cut power to 210,000 homes and businesses on Sunday.")[0]?.event).toBe(
      "without power",
    );
    expect(read("The utility cut off water supplies to 8,000 homes in Kelden.")[0]?.event).toBe("without water");
    // Supplies of nothing named stay a cut of their own.
    expect(read("Harlow Water will cut supplies to about 240,000 households.")[0]?.event).toBe("cut off");
    expect(read("The utility employs 4,000 workers.")[0]?.event ?? "").not.toMatch(/^without/);
  });
});

describe("findNumberMentions on a seventh round of unseen stories (facts13)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-11-12" });
    return findNumberMentions(articleSentences([article])).map(({ raw, value, unit, event, kind }) => ({
      raw,
      value,
      unit,
      event,
      kind,
    }));
  };

  it("reads the count in words that opens a sentence as the figure a numeral would be", () => {
    expect(read("Seven workers were treated in hospital, a county spokeswoman said.")).toEqual([
      { raw: "Seven", value: 7, unit: "people", event: "treated", kind: "fixed" },
    ]);
    expect(read("Forty-two miners were trapped.")[0]?.value).toBe(42);
    // "Only" and "Just" stress a count, they do not bound it: the officers on duty were four.
    expect(read("Only four officers were on duty on the wing, the union said.")).toEqual([
      { raw: "four", value: 4, unit: "officer", event: "on duty", kind: "fixed" },
    ]);
    // Only an opener: "one" is a pronoun as often, and a word inside the sentence is left as before.
    expect(read("One of them was hurt.")).toEqual([]);
  });

  it("gives no event to a count joined by “and” to others before their verb: it is a part of them", () => {
    expect(read("Three men identified by police as gang members and a woman were arrested.")[0]?.event).toBeNull();
    expect(read("12 soldiers and two civilians were killed.")[0]?.event).toBeNull();
    expect(read("12 people were killed and a bridge destroyed.")[0]?.event).toBe("killed");
    expect(read("It admitted 63 applicants between 2021 and 2025 after donors intervened.")[0]?.event).not.toBeNull();
  });

  it("reads new cases confirmed on a day as that day's count, not a total", () => {
    expect(read("19 new cases were confirmed on Wednesday, bringing the total to 131.")[0]?.kind).toBe("window");
    expect(read("The plant will bring 500 new jobs.")[0]?.kind).toBe("fixed");
  });
});

describe("findNumberMentions on markets' moves (facts15)", () => {
  const moves = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Markets", originalText: text, publishedAt: "2026-11-19" });
    return findNumberMentions(articleSentences([article]))
      .filter((mention) => mention.unit === "percent")
      .map(({ raw, event, subject, market }) => ({ raw, event, subject, market }));
  };

  it("reads a day's close by its verb and direction, and what closed", () => {
    expect(moves("The pound closed 1.6% lower against the dollar at $1.2570.")).toEqual([
      { raw: "1.6", event: "fell", subject: "pound", market: "close" },
    ]);
    expect(moves("Sterling ended Thursday 0.9% down against the dollar.")).toEqual([
      { raw: "0.9", event: "fell", subject: "pound", market: "close" },
    ]);
    expect(moves("Carrick Homes shares ended the day 14% higher.")).toEqual([
      { raw: "14", event: "rose", subject: "share", market: "close" },
    ]);
    expect(moves("Shares in Kestrel rose 18 percent on Monday, closing at 610 pence.")[0]?.market).toBe("close");
  });

  it("takes a market's move without a close as read during the day, and a statistic's as neither", () => {
    expect(moves("The pound fell 1.2% against the dollar in early trading.")[0]?.market).toBe("during");
    expect(moves("Shares in housebuilder Carrick Homes slumped 9%.")[0]?.market).toBe("during");
    expect(moves("Sales of diesel cars fell 4% in 2026.")[0]?.market).toBeUndefined();
    expect(moves("The yield on 10-year gilts closed at 4.87%.")[0]?.market).toBeUndefined();
  });
});

describe("findNumberMentions reads a toll in words and a sum whose currency qualifies a noun", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-02-10" });
    return findNumberMentions(articleSentences([article])).map(({ value, unit, event, kind }) => ({
      value,
      unit,
      event,
      kind,
    }));
  };

  it("reads “bringing the death toll … to four” as a running count of the dead, never “the toll of one of”", () => {
    expect(
      read("Rescuers found a body, bringing the death toll from Tuesday's avalanche to four, police said."),
    ).toEqual([{ value: 4, unit: "people", event: "killed", kind: "running" }]);
    expect(read("The death toll of one of the worst storms in decades is still rising.")).toEqual([]);
  });

  it("reads a bare “the toll” and “the number (of people) killed … to” as a running count of the dead, never a road's toll", () => {
    const dead = [{ value: 11, unit: "people", event: "killed", kind: "running" }];
    expect(read("Two men died in hospital on Monday night, bringing the toll to 11.")).toEqual(
      expect.arrayContaining(dead),
    );
    expect(read("Searchers found three more bodies, bringing the number of people killed in the blast to 11.")).toEqual(
      expect.arrayContaining(dead),
    );
    expect(read("The bodies were recovered on Wednesday, bringing the number killed in the flood to 11.")).toEqual(
      dead,
    );
    expect(read("The toll road will close to 11 lanes.")[0]?.event).not.toBe("killed");
  });

  it("reads “a 4.2 billion euro takeover” as euros, and a bare “500 pound” without a scale as before", () => {
    expect(read("The regulator blocked Halden's planned 4.2 billion euro takeover of Norvik.")[0]?.unit).toBe("euro");
    expect(read("The city signed a 500 million dollar contract.")[0]?.unit).toBe("dollar");
    expect(read("A 500 pound bomb fell near the port.")[0]?.unit).not.toBe("pound");
  });

  it("reads jobs added and jobs created as one measure, and jobs cut as another", () => {
    expect(read("The economy added 215,000 jobs in August.")[0]?.event).toBe("added");
    expect(read("The economy created 210,000 jobs in August.")[0]?.event).toBe("added");
    expect(read("The carmaker will cut 2,000 jobs.")[0]?.event).toBe("cut");
  });

  it("reads a thing's level in percent as that level", () => {
    expect(read("Reservoir levels stood at 48 percent on Monday.")[0]?.event).toBe("reservoir level");
    expect(read("Southvale said reservoir levels were at 45 percent on Monday.")[0]?.event).toBe("reservoir level");
  });

  it("reads the size of a cut of a thing by its verb, and a record since a year as no running count", () => {
    expect(
      read("The forum agreed to cut oil output by 2 million barrels a day, its deepest cut since 2020.")[0],
    ).toMatchObject({ unit: "barrel", event: "cut by", kind: "fixed" });
    expect(read("Exporters agreed to reduce production by 1.5 million barrels a day.")[0]?.event).toBe("cut by");
  });

  it("counts ships and vessels as one thing, and reads what “the number of …” before a figure counts", () => {
    expect(read("About 420 ships were waiting to pass on Sunday.")[0]).toMatchObject({ unit: "ship", event: "wait" });
    expect(read("The authority said 370 vessels were waiting to transit.")[0]).toMatchObject({
      unit: "ship",
      event: "wait",
    });
    expect(
      read("The number of vessels waiting to pass through the canal rose to 185 on Wednesday evening.")[0],
    ).toMatchObject({ value: 185, unit: "ship", event: "wait" });
    // A boat is smaller: its own noun.
    expect(read("12 boats were waiting at the lock.")[0]?.unit).toBe("boat");
    // Modifiers before the plural, a possessive among them, are no noun of their own.
    expect(
      read("The number of confirmed Legionnaires' cases linked to the hotel rose to 16 on Tuesday.")[0],
    ).toMatchObject({ value: 16, unit: "case" });
  });

  it("reads a move compared with a month as the move, and an appositive on it as no span of its own", () => {
    const read2 = (text: string) => {
      const article = prepareArticle({ input: "t", title: "Figures", originalText: text, publishedAt: "2027-10-03" });
      return findNumberMentions(articleSentences([article])).map(({ value, event, subject, period }) => ({
        value,
        event,
        subject,
        period,
      }));
    };
    expect(read2("UK house prices fell 0.8 percent in September compared with August.")[0]).toMatchObject({
      value: 0.8,
      event: "fell",
      subject: "price",
    });
    expect(
      read2("House prices fell 0.6 percent in September from August, the third monthly fall in a row.")[0]?.period,
    ).toBeUndefined();
    expect(read2("Rents rose 2 percent a month.")[0]?.period).toBe("month");
  });

  it("reads a sum raised or cut to a new level as a measure of the sentence's subject", () => {
    expect(
      read("The reward for information on the two men still at large was raised to $25,000 on Wednesday.")[0],
    ).toMatchObject({ unit: "dollar", event: "reward" });
    expect(read("The fine was increased to $5 million on appeal.")[0]).toMatchObject({ unit: "dollar", event: "fine" });
  });
});

describe("findNumberMentions on volumes, ballots, crowds and the month of May (facts18)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-08-10" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event, frame }) => ({
      raw,
      unit,
      event,
      frame,
    }));
  };

  it("reads cubic metres as a volume and square miles as an area, never a length", () => {
    expect(read("The reservoir held 4.3 million cubic metres of water on Monday.")[0]).toMatchObject({
      unit: "cubic metre",
      event: "held",
    });
    expect(read("The fire has burned 12 square miles of forest.")[0]?.unit).toBe("square mile");
  });

  it("reads Yes and No votes as one side's votes cast, whatever the verb or the voters' noun", () => {
    expect(read("The ballot produced 9,412 Yes votes and 2,066 No votes.")).toMatchObject([
      { raw: "9,412", unit: "yes vote", event: "cast" },
      { raw: "2,066", unit: "no vote", event: "cast" },
    ]);
    expect(read("Nationally, 9,214 firefighters voted for strike action.")[0]).toMatchObject({
      unit: "yes vote",
      event: "cast",
    });
    expect(read("Across the county, 412 firefighters voted Yes and 61 voted No.")).toMatchObject([
      { raw: "412", unit: "yes vote" },
      { raw: "61", unit: "no vote" },
    ]);
    // A candidate's votes are no side of a ballot.
    expect(read("About 12,000 people voted for Labour.")[0]?.unit).not.toBe("yes vote");
  });

  it("reads the share of voters who voted as the turnout, never a rule's threshold", () => {
    expect(read("Only 54 percent of eligible firefighters had voted in the strike ballot.")[0]?.event).toBe("turnout");
    expect(read("A ballot is valid only if at least 50 percent of members vote.")[0]?.event).not.toBe("turnout");
  });

  it("reads a march's size and those who took part as those who attended", () => {
    expect(read("The unrest began after a march of about 3,000 people on Friday evening.")[0]?.event).toBe("attended");
    expect(read("Police estimated the crowd at Friday's march at 3,000.")[0]).toMatchObject({
      unit: "people",
      event: "attended",
    });
    expect(read("The alliance said more than 10,000 people had taken part.")[0]?.event).toBe("attended");
  });

  it("reads homes a supply is cut off from as one measure, whatever the words, and never a revision", () => {
    expect(read("Harlow Water will cut supplies to about 240,000 households from Wednesday.")[0]).toMatchObject({
      event: "cut off",
      frame: "plan",
    });
    expect(
      read("About 310,000 households across the Kelden valley will have their taps turned off every night.")[0],
    ).toMatchObject({ event: "cut off", frame: "plan" });
    expect(read("The bank cut its workforce to 2,000 people.")[0]?.event).not.toBe("cut off");
  });

  it("takes “since May” for the month, no plan", () => {
    expect(read("Its water level has fallen 9 metres since May, exposing an old road.")[0]?.frame).toBe("reported");
    expect(read("The level may fall 9 metres by October.")[0]?.frame).toBe("plan");
  });
});

describe("findNumberMentions on response times, crowds and winning marks", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-09-06" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event, owner, rounding }) => ({
      raw,
      unit,
      event,
      owner,
      rounding,
    }));
  };

  it("reads the time a thing took to do what the verb after it names, and no target", () => {
    const [took, target] = read(
      "Ambulances took an average of 42 minutes to reach category two calls, against a target of 18 minutes.",
    );
    expect([took?.unit, took?.event]).toEqual(["minute", "time to reach"]);
    expect(target?.event).toBeNull();
  });

  it("reads spectators a record was watched by as the crowd that attended, and a crowd in round thousands as rounded", () => {
    expect(read("The record was watched by 38,600 spectators.")[0]).toMatchObject({
      unit: "people",
      event: "attended",
    });
    expect(read("The final was watched by 8 million viewers.")[0]?.event).not.toBe("attended");
    expect(read("The crowd of 82,000 was the largest yet.")[0]?.rounding).toBeGreaterThan(0);
    expect(read("A crowd of 41,250 watched the race.")[0]?.rounding).toBe(0);
  });

  it("reads the mark that won a contest as the winner's, however the sentence tells it", () => {
    expect(read("Britain's Tom Ashby won the long jump with 8.21 metres.")[0]).toMatchObject({
      unit: "metre",
      event: "winning jump",
      owner: "ashby",
    });
    expect(read("Tom Ashby's winning jump of 8.12 metres was short of the record.")[0]).toMatchObject({
      unit: "metre",
      event: "winning jump",
      owner: "ashby",
    });
  });
});

describe("findNumberMentions reads one measure of one thing however an outlet words it", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-03-02" });
    return findNumberMentions(articleSentences([article]));
  };
  const eventOf = (text: string, index = 0) => read(text)[index]?.event;

  it("reads a size after its thing, or after a long subject, with its dimension ('across' is wide)", () => {
    expect(eventOf("A crater about 12 metres deep appeared in the car park on Monday.")).toBe("crater deep");
    expect(eventOf("A smaller crater, 4 metres deep, opened in 2019.")).toBe("crater deep");
    const sizes = read(
      "The crater that formed in the car park overnight is 9 metres deep and measures about 30 metres across.",
    );
    expect(sizes.map((mention) => mention.event)).toEqual(["crater deep", "crater wide"]);
    expect(eventOf("The crater was 28 metres wide.")).toBe("crater wide");
    // A hole that widened is as wide as the figure; a sinkhole is the hole.
    expect(eventOf("The sinkhole had widened to 35 metres by Wednesday.")).toBe(
      eventOf("The hole was 30 metres wide."),
    );
  });

  it("reads how long a fight with a thing lasted, whichever verb of the fight", () => {
    const fought = eventOf("Crews fought the fire for 14 hours before it was out.");
    expect(fought).toBe("fought fire");
    expect(eventOf("Firefighters spent 11 hours tackling the blaze at the depot.")).toBe(fought);
    expect(eventOf("Firefighters battled the blaze for about ten hours.")).toBe(fought);
  });

  it("reads how long a thing went on whichever verb and order tell it", () => {
    expect(eventOf("The blaze raged for eight hours.")).toBe(eventOf("The fire burned for six hours."));
    expect(eventOf("Jurors spent 11 hours deliberating.")).toBe("deliberated");
    expect(eventOf("The jury deliberated for nine hours.")).toBe("deliberated");
    expect(eventOf("He spent 11 hours in hospital.")).toBeNull();
  });

  it("reads how long bidding lasted as what happened, no offer", () => {
    const lasted = read("Bidding lasted eight minutes before the hammer fell.")[0];
    const war = read("The vase sold after a ten-minute bidding war between two telephone bidders.")[0];
    expect(lasted).toMatchObject({ unit: "minute", event: "bidding", frame: "reported" });
    expect(war).toMatchObject({ unit: "minute", event: "bidding", frame: "reported" });
  });

  it("reads an event's length on a night or a day it names as that event's length, no count over the span", () => {
    expect(read("The vase sold last night after a ten-minute bidding war.")[0]).toMatchObject({
      unit: "minute",
      event: "bidding",
      kind: "fixed",
    });
    expect(read("The standoff lasted six hours overnight.")[0]).toMatchObject({ unit: "hour", kind: "fixed" });
    expect(read("Police made 40 arrests overnight.")[0]?.kind).toBe("window");
  });

  it("reads goods' worth, street value and estimate as one value, a haul's held whenever told; an agreement's worth stays its own", () => {
    for (const text of [
      "Officers found heroin worth an estimated £40 million in the lorry.",
      "The drugs have an estimated street value of £44 million.",
    ])
      expect(read(text)[0], text).toMatchObject({ event: "value", settled: true });
    // A thing valued before a sale may be valued again: one value, not held whenever told.
    for (const text of [
      "The vase had been estimated at £2 million before the sale.",
      "The vase had been valued at £2.5 million.",
    ])
      expect([read(text)[0]?.event, read(text)[0]?.settled ?? false], text).toEqual(["value", false]);
    expect(eventOf("The contract, worth £580 million, went to Calder.")).toBe("contract");
    // Named as a value right before the sum, whatever the goods were doing.
    expect(eventOf("The lorry was carrying cannabis with a street value of £2 million.")).toBe("value");
    // Another haul, of another time: no value held whenever told.
    expect(read("Last year, officers seized heroin worth £90 million.")[0]?.settled).toBeFalsy();
  });

  it("reads a depth named as a noun as deep as one given after its figure", () => {
    expect(eventOf("The quake struck at a depth of 10 kilometres.")).toBe("earthquake deep");
    expect(eventOf("The earthquake was 15 kilometres deep.")).toBe("earthquake deep");
  });

  it("reads a sale's price by its verb, and the hammer's figure apart from it", () => {
    expect(eventOf("The vase sold for £1.2 million with fees on Thursday.")).toBe("price");
    expect(eventOf("The vase fetched £1.4 million including the buyer's premium.")).toBe("price");
    expect(eventOf("The hammer came down at £1 million.")).toBe("hammer price");
    expect(eventOf("It sold for a hammer price of £1 million.")).toBe("hammer price");
  });

  it("reads a position by a bearing from a point, however the point is named; a place's distance is none", () => {
    const found = eventOf("The two men were found in a dinghy 12 miles north of Port Ellis on Sunday.");
    expect(found).toBe("dinghy north of");
    expect(eventOf("The dinghy was spotted 9 miles north of the harbour, the coastguard said.")).toBe(found);
    expect(eventOf("Rebels seized a village 20 miles north of Aleppo.")).toBeNull();
  });
});

describe("findNumberMentions reads the sick as one count, however told (facts26)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-03-02" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("counts the passengers and crew who fell ill, sickened or reported symptoms as people ill", () => {
    expect(
      read("About 150 passengers and crew aboard the ferry Northern Star have fallen ill, officials said."),
    ).toEqual([["150", "people", "ill"]]);
    expect(read("Health officials said 162 passengers and crew had reported illness by Monday evening.")).toEqual([
      ["162", "people", "ill"],
    ]);
    expect(read("The number of people sickened on the ferry rose to 170 on Monday.")).toEqual([
      ["170", "people", "ill"],
    ]);
  });

  it("keeps those aboard apart from the sick among them", () => {
    expect(read("Of the 900 passengers aboard, 140 reported symptoms, the operator said.")).toEqual([
      ["900", "passenger", "aboard"],
      ["140", "people", "ill"],
    ]);
  });
});

describe("findNumberMentions reads one measure however an outlet words it (facts27)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-06-14" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("reads how long a road was shut as how long it was closed", () => {
    expect(read("The motorway was shut for nearly eight hours after the crash.")).toEqual([
      ["eight", "hour", "closed"],
    ]);
    expect(read("The motorway was closed for 11 hours, police said.")).toEqual([["11", "hour", "closed"]]);
  });

  it("counts “others” as what the count before it in the sentence counted", () => {
    expect(read("The crash killed three passengers and injured 40 others, the police said.")).toEqual([
      ["three", "passenger", "killed"],
      ["40", "passenger", "injured"],
    ]);
    expect(read("A gas blast killed two people, injuring 12 others.")).toEqual([
      ["two", "people", "killed"],
      ["12", "people", "injured"],
    ]);
  });

  it("reads the figure a source “put the number of” something at as a count of that thing", () => {
    expect(read("Paramedics put the number of injured at 31, nine of whom are in hospital.")).toEqual([
      ["31", "people", "injured"],
    ]);
    expect(read("An analyst put the number of trains cancelled during the strike at 640.")).toEqual([
      ["640", "train", "cancelled"],
    ]);
  });

  it("reads what a place or a container holds as one measure, whatever the verb", () => {
    expect(read("The warehouse held about 4,000 tonnes of sugar.")).toEqual([["4,000", "tonne", "held"]]);
    expect(read("Some 3,100 tonnes of sugar were stored in the warehouse.")).toEqual([["3,100", "tonne", "held"]]);
    expect(read("The block contained 40 flats.")).toEqual([["40", "flat", "held"]]);
    expect(read("Firefighters reached the block, which had 36 flats, within minutes.")).toEqual([
      ["36", "flat", "held"],
    ]);
  });

  it("reads people who “had their journeys disrupted” as those affected", () => {
    expect(read("About 8,000 commuters had their journeys disrupted by the signal failure.")).toEqual([
      ["8,000", "commuter", "affected"],
    ]);
    expect(read("Some 6,500 commuters were affected, the operator said.")).toEqual([["6,500", "commuter", "affected"]]);
  });

  it("reads people “pulled alive from the wreckage” as rescued, as “pulled nine people from the sea” is", () => {
    expect(read("Nine people were pulled alive from the wreckage on Sunday.")).toEqual([["Nine", "people", "rescued"]]);
    expect(read("Crews rescued 12 people from the wreckage.")).toEqual([["12", "people", "rescued"]]);
  });

  it("reads complaints lodged and complaints received as one count", () => {
    expect(read("The council received 31 complaints about the noise.")).toEqual([["31", "complaint", "received"]]);
    expect(read("Neighbours lodged at least 40 complaints about the noise.")).toEqual([
      ["40", "complaint", "received"],
    ]);
  });

  it("reads a source's cost of damage done as a reported estimate, and the cost of repairs to come as a plan", () => {
    const frames = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2027-06-14",
      });
      return findNumberMentions(articleSentences([article])).map(({ raw, event, frame }) => [raw, event, frame]);
    };
    expect(frames("The insurer puts the cost of the damage at £12 million.")).toEqual([
      ["12 million", "damage", "reported"],
    ]);
    expect(frames("Engineers put the cost of repairs at £9 million.")[0]?.[2]).toBe("plan");
  });
});

describe("findNumberMentions reads figures as other outlets word them (facts27, variants)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-05-11" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event, frame }) => [
      raw,
      unit,
      event,
      frame,
    ]);
  };

  it("reads a sum in euros written as a word as the same money as one with the sign", () => {
    expect(read("The damage was estimated at 4.5 million euros.")).toEqual([
      ["4.5 million", "euro", "damage", "reported"],
    ]);
    expect(read("The damage was estimated at €7 million.")).toEqual([["7 million", "euro", "damage", "reported"]]);
  });

  it("reads people who “were hurt” as injured", () => {
    expect(read("Seventeen workers were hurt in the fire, the company said.")).toEqual([
      ["Seventeen", "people", "injured", "reported"],
    ]);
    expect(read("At least 12 people were badly hurt.")).toEqual([["12", "people", "injured", "reported"]]);
  });

  it("reads what a company “expects to” lose as a plan, never a count of what it lost", () => {
    expect(read("The company expects to lose £12 million in sales.")[0]?.[3]).toBe("plan");
  });

  it("reads the figure a source “put the figure at” as a figure for what the count before it counted", () => {
    expect(read("The company said 17 workers were injured.\n\nThe fire service put the figure at 26.")).toEqual([
      ["17", "people", "injured", "reported"],
      ["26", "people", "injured", "reported"],
    ]);
    expect(read("The fire service put the figure at 26.")).toEqual([["26", null, null, "reported"]]);
  });
});

describe("findNumberMentions reads those at a march and a plant's output however told (facts27)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-05-11" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("reads people who “joined the march” as those who attended it, never those who joined a strike", () => {
    expect(read("Organisers said 6,000 people joined the march on Saturday.")).toEqual([
      ["6,000", "people", "attended"],
    ]);
    expect(read("About 400 workers joined the strike on Monday.")).toEqual([["400", "people", "struck"]]);
  });

  it("reads those who took part in a strike, or joined one named by its day, as strikers (facts30)", () => {
    expect(read("Roughly 550 teachers took part in the walkout over pay on Thursday.")).toEqual([
      ["550", "teacher", "struck"],
    ]);
    expect(read("About 90 drivers joined Tuesday's strike.")).toEqual([["90", "driver", "struck"]]);
    expect(read("Some 3,000 people took part in a march against the closure.")).toEqual([
      ["3,000", "people", "attended"],
    ]);
  });

  it("reads what a plant “produces” or “makes” as one measure, its output, and a sum it makes as none", () => {
    expect(read("The mill produces 300,000 tonnes of paper a year.")).toEqual([["300,000", "tonne", "produced"]]);
    expect(read("The mill makes about 240,000 tonnes of paper annually.")).toEqual([["240,000", "tonne", "produced"]]);
    expect(read("The club makes £3 million a year.")).toEqual([["3 million", "pound", null]]);
  });
});

describe("findNumberMentions reads a participle opening a clause as the event it names (facts27)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-05-11" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("reads “, destroying 14 fishing boats” and “and flooding about 120 homes” as boats destroyed and homes flooded", () => {
    expect(read("Fire swept through the market, destroying 14 fishing boats, the fire service said.")).toEqual([
      ["14", "boat", "destroyed"],
    ]);
    expect(read("Eleven boats were destroyed, the harbour master said.")).toEqual([["Eleven", "boat", "destroyed"]]);
    expect(read("The dam gave way, sending water through the village and flooding about 120 homes.")).toEqual([
      ["120", "home", "flooded"],
    ]);
  });
});

describe("findNumberMentions reads the cost of a thing done by its participle (facts27)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-05-11" });
    return findNumberMentions(articleSentences([article])).map(({ raw, event, frame }) => [raw, event, frame]);
  };

  it("reads “after a refurbishment costing £48 million” as a cost incurred, whatever the main verb plans", () => {
    expect(
      read(
        "The gallery will reopen on Saturday after a four-year refurbishment costing £48 million, its director said.",
      ),
    ).toEqual([["48 million", "cost", "reported"]]);
    expect(read("A new bridge costing £48 million will be built.")[0]?.[2]).toBe("plan");
  });
});

describe("findNumberMentions takes no clock time's minutes nor a season's second year for a count (lead, session 19)", () => {
  it("reads no count in “5:40 p.m.”, “5: 40 p. m.” or “the 2008-09 season”, and keeps counts after a colon", () => {
    const raws = (text: string) => mentionsOf(text).map((mention) => mention.raw);
    expect(raws("Updated 5: 40 p. m. ET after the blast at 17:25.")).not.toContain("40");
    expect(raws("Updated 5: 40 p. m. ET after the blast at 17:25.")).not.toContain("25");
    expect(raws("The 2008-09 season was supposed to bring 40 wins.")).toEqual(["40"]);
    expect(raws("Chapter 11: 40 stores will close.")).toContain("40");
  });
});

describe("findNumberMentions reads a figure right after a verb of forecasting as a plan (lead, session 30)", () => {
  it("takes “predicts 8 to 12 inches” and “expected about 7,000” as forecasts, and what fell as reported", () => {
    const frames = (text: string) => mentionsOf(text).map(({ raw, frame }) => `${raw} ${frame}`);
    expect(frames("The weather service predicts 8 to 12 inches of snow across the state.")).toEqual([
      "8 plan",
      "12 plan",
    ]);
    expect(frames("Organisers expected about 7,000 runners on the day.")).toEqual(["7,000 plan"]);
    expect(frames("The storm dropped as much as 13 inches of snow on the city.")).toEqual(["13 reported"]);
  });
});

describe("findNumberMentions reads two figures offered as one range (lead, session 30)", () => {
  it("takes “20 or 30 bars” as a range, and keeps a change “by 20 to 30” as two figures", () => {
    const read = (text: string) => {
      const article = prepareArticle({
        input: "test",
        title: "Figures",
        originalText: text,
        publishedAt: "2026-05-09",
      });
      return findNumberMentions(articleSentences([article])).map(({ raw, range }) =>
        range ? `${raw} ${range.low}-${range.high}` : raw,
      );
    };
    expect(read("The gauges read high by 20 or 30 bars under load.")).toEqual(["20 20-30", "30 20-30"]);
    expect(read("Three or 4 people were hurt, police said.")).toEqual(["Three 3-4", "4 3-4"]);
    expect(read("Fares rose by 20 to 30 pence.")).toEqual(["20", "30"]);
  });
});

describe("findNumberMentions takes no address for a count (lead, session 30)", () => {
  it("reads no count in “the 3000 block of West Florence Avenue” and keeps blocks counted", () => {
    const raws = (text: string) => mentionsOf(text).map((mention) => mention.raw);
    expect(raws("Officers were called to the 3300 block of West Florence Avenue, where 12 people were hurt.")).toEqual([
      "12",
    ]);
    expect(raws("Crews cleared 40 blocks of flats and 3 block of offices.")).toEqual(["40", "3"]);
  });
});

describe("findNumberMentions reads what an amount measures after a relative clause (facts29)", () => {
  it("takes the subject of “The contracts he steered to the firms were worth …” for what the sum is", () => {
    const article = prepareArticle({
      input: "test",
      title: "Figures",
      originalText: "The leases it signed with the port authority were worth £18 million, the audit found.",
      publishedAt: "2026-11-10",
    });
    const [sum] = findNumberMentions(articleSentences([article]));
    expect([sum?.raw, sum?.unit, sum?.event]).toEqual(["18 million", "pound", "lease"]);
  });
});

describe("findNumberMentions reads a span set before a thing that goes on as its length (facts29)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-11-10" });
    return findNumberMentions(articleSentences([article])).map((mention) => [mention.raw, mention.unit, mention.event]);
  };

  it("reads “a 15-month police investigation” as the length of what detectives “spent … investigating”", () => {
    expect(read("She was charged after a 15-month police investigation.")).toEqual([["15", "month", "investigated"]]);
    expect(read("Detectives spent 22 months investigating the case.")).toEqual([["22", "month", "investigated"]]);
    expect(read("The union called a three-day strike at the depot.")).toEqual([["three", "day", "strike"]]);
  });

  it("reads “after 12 days of hearings” as “a 12-day hearing”, “six weeks of police investigation” as the investigation's length", () => {
    expect(read("The panel ruled after 12 days of hearings.")).toEqual([["12", "day", "hearing"]]);
    expect(read("The panel ruled after a 12-day hearing.")).toEqual([["12", "day", "hearing"]]);
    expect(read("She was charged after six weeks of police investigation.")).toEqual([["six", "week", "investigated"]]);
    expect(read("The panel met for 12 days of travel.")).toEqual([["12", null, null]]);
  });

  it("never reads a span before another noun as an event's length", () => {
    expect(read("The plan has a 45-day phase for consultation.")).toEqual([]);
    expect(read("He is a 20-year veteran of the force.")).toEqual([]);
  });
});

describe("findNumberMentions reads a count's own participle before it as its event (facts30)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-05-11" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("reads “a lorry towing 14 trailers overturned” and “which was towing 16 trailers, overturned” as trailers towed", () => {
    expect(read("A lorry towing 14 trailers overturned on the bypass.")).toEqual([["14", "trailer", "towed"]]);
    expect(read("The lorry, which was towing 16 trailers, overturned on the bypass.")).toEqual([
      ["16", "trailer", "towed"],
    ]);
  });

  it("never reads a noun or a preposition in -ing as a count's verb", () => {
    expect(read("On Tuesday morning 40 trailers overturned.")).toEqual([["40", "trailer", "overturned"]]);
    expect(read("At the building 40 trailers overturned.")).toEqual([["40", "trailer", "overturned"]]);
  });
});

describe("findNumberMentions reads how far a closure reaches however told (facts30)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2027-05-11" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event }) => [raw, unit, event]);
  };

  it("reads “the closure of a 14-kilometre stretch” and “has been shut for 11 kilometres” as the length closed", () => {
    expect(read("The landslip led to the closure of a 14-kilometre stretch of the motorway.")).toEqual([
      ["14", "kilometre", "closed"],
    ]);
    expect(read("The motorway, which police have shut for 11 kilometres, stays closed.")).toEqual([
      ["11", "kilometre", "closed"],
    ]);
  });

  it("reads “a 9-kilometre closure” and “closed along a 7-kilometre stretch” as the length closed", () => {
    expect(read("A 9-kilometre closure of the canal stayed in place.")).toEqual([["9", "kilometre", "closed"]]);
    expect(read("The canal stays closed along a 7-kilometre stretch.")).toEqual([["7", "kilometre", "closed"]]);
  });

  it("never reads a position as a length closed", () => {
    expect(read("The lane was shut 3 kilometres from the bridge.").map(([, , event]) => event)).not.toContain("closed");
  });
});

describe("findNumberMentions reads a margin by its own noun, whatever verb it takes", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2034-11-09" });
    return findNumberMentions(articleSentences([article]));
  };

  it("'her lead stood at', 'widening her margin to', 'his majority was': one measure with 'led by'", () => {
    for (const text of [
      "Councillor Ana Delgado led Mayor Frank Whitcomb by 212 votes in Tuesday's election.",
      "Delgado's lead stood at 198 votes after provisional ballots were counted on Wednesday.",
      "The recount confirmed Delgado's victory on Thursday, widening her margin to 204 votes.",
      "His majority was 14 seats after the final count.",
      "Her lead narrowed to 90 votes overnight.",
    ])
      expect(read(text)[0], text).toMatchObject({ event: "margin" });
    // A lead in another sense, or a count of votes cast, is no margin.
    expect(read("Delgado won 24,310 votes to Whitcomb's 24,098.")[0]?.event).not.toBe("margin");
    expect(
      read("Police were following up a lead on 3 cars seen near the depot.").some((m) => m.event === "margin"),
    ).toBe(false);
  });
});

describe("findNumberMentions reads a measure's length, a leaked store's people and those under investigation (facts31)", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2026-11-19" });
    return findNumberMentions(articleSentences([article])).map(({ raw, unit, event, places }) => [
      raw,
      unit,
      event,
      places,
    ]);
  };

  it("reads “an eight-week closure” and “a two-year suspension” as how long a thing was closed or suspended", () => {
    expect(read("The council confirmed an eight-week closure of the museum.")).toEqual([
      ["eight", "week", "closed", []],
    ]);
    expect(read("The panel handed a two-year suspension to the pair.")).toEqual([["two", "year", "suspended", []]]);
    expect(read("The protesters ended the 12-day camp outside the hall.")).toEqual([["12", "day", "camp", []]]);
  });

  it("reads “suspended the two students accused of selling them for 18 months” as the suspension's length", () => {
    expect(
      read("The panel suspended the two students accused of selling them for 18 months.").filter(
        ([raw]) => raw === "18",
      ),
    ).toEqual([["18", "month", "suspended", []]]);
  });

  it("reads people whose records a stolen store “holds the records of” as those the breach affected", () => {
    expect(
      read("The files stolen from the hospital hold the records of as many as 450,000 patients, a researcher said."),
    ).toEqual([["450,000", "patient", "affected", []]]);
  });

  it("reads those “under investigation” as those investigated", () => {
    expect(read("About 90 students are under investigation over the papers.")).toEqual([
      ["90", "student", "investigated", []],
    ]);
    expect(read("The number of students under investigation has risen to 67, the university said.")).toEqual([
      ["67", "student", "investigated", []],
    ]);
  });

  it("reads a source's “put the spill at 42,000 gallons” as what spilled", () => {
    expect(read("State officials put the spill at 42,000 gallons on Wednesday.")).toEqual([
      ["42,000", "gallon", "spilled", []],
    ]);
    expect(read("The Coast Guard estimated the leak at about 700 barrels.")).toEqual([
      ["700", "barrel", "spilled", []],
    ]);
  });

  it("places no count where only “most of them” are", () => {
    expect(read("The sheriff said at least 150 homes had been destroyed, most of them in Pine Hollow.")).toEqual([
      ["150", "home", "destroyed", []],
    ]);
    expect(read("At least 30 homes were destroyed in Pine Hollow.")[0]?.[3]).toEqual(["Pine Hollow"]);
  });
});

describe("findNumberMentions reads a sum demanded as one measure, whatever it is to be paid in", () => {
  const read = (text: string) => {
    const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2034-09-06" });
    return findNumberMentions(articleSentences([article]));
  };

  it("'demanded $3 million', 'demanded a ransom of $4.5 million in bitcoin', 'asked the district for $6 million'", () => {
    for (const text of [
      "The group behind the attack demanded $3 million, a district spokesman said.",
      "The hackers demanded $4.5 million in bitcoin, according to two people familiar with the investigation.",
      "The group demanded a ransom of about $4.5 million.",
      "Hackers asked Lakeshore Unified for $6 million in bitcoin, a filing shows.",
    ])
      expect(read(text)[0], text).toMatchObject({ unit: "dollar", event: "demanded" });
    // A demand cut to a new sum is a change of it, and a sum paid is no demand.
    expect(read("The hackers cut their demand to $3 million on Monday.")[0]?.event).not.toBe("demanded");
    expect(read("The district paid $250,000 to the hackers.")[0]?.event).not.toBe("demanded");
  });
});
