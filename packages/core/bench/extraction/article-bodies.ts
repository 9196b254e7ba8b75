/**
 * Article bodies written for the extraction evaluation (fictional events, realistic news prose):
 * the gold text each page template wraps in its own furniture. Not real pages: see extraction-eval.ts.
 */
export interface ArticleBody {
  slug: string;
  title: string;
  author: string;
  date: string;
  /** The article's body, paragraph by paragraph: the gold text. */
  paragraphs: string[];
  /** A photo caption the page shows inside the article (not part of the gold text). */
  caption: string;
  /** A sentence a magazine repeats as a pull quote (not part of the gold text a second time). */
  pullQuote: string;
}

export const articleBodies: ArticleBody[] = [
  {
    slug: "harbour-strike",
    title: "Dock workers in Valmont end nine-day strike after pay deal",
    author: "Marta Leclerc",
    date: "2026-03-14T08:30:00Z",
    paragraphs: [
      "Dock workers at the port of Valmont returned to work on Friday after their union accepted a pay offer that ends a nine-day strike which had left more than 40 container ships waiting offshore.",
      "The agreement gives the port's 2,300 workers a 6.5 per cent raise this year and a further 4 per cent next year, the union said, as well as a review of night-shift bonuses that had been at the heart of the dispute.",
      "\u201cIt is not everything we asked for, but it is a fair deal and our members voted for it,\u201d said Ines Roca, the union's regional secretary, after the result of the ballot was announced.",
      "The port authority said it expected the backlog of ships to be cleared within a week. Exporters had warned that fruit and frozen fish were at risk of spoiling in the containers stuck on the quays.",
      "The strike was the longest at Valmont since 2011. The transport minister, who had refused to intervene, welcomed the agreement and said talks on the port's expansion plan would resume next month.",
    ],
    caption: "Container cranes stand idle at the port of Valmont during the strike. Photo: Port Authority",
    pullQuote: "\u201cIt is not everything we asked for, but it is a fair deal and our members voted for it.\u201d",
  },
  {
    slug: "measles",
    title: "Measles cases rise in three northern districts, health agency warns",
    author: "Daniel Osei",
    date: "2026-02-02T10:00:00Z",
    paragraphs: [
      "The national health agency reported 87 confirmed cases of measles in three northern districts over the past month, up from 12 in the same period last year, and urged parents to check their children's vaccination records.",
      "Most of the cases were in children under ten who had not received both doses of the vaccine, the agency said in a statement on Monday. Eleven patients were treated in hospital and all have since been discharged.",
      "Vaccination rates in the affected districts fell to 84 per cent during the pandemic, well below the 95 per cent needed to stop the virus from spreading, according to figures published by the agency in January.",
      "Mobile clinics will visit schools in the three districts from next week, and pharmacies will offer the vaccine without an appointment until the end of March, the agency said.",
      "Doctors said early symptoms include a high fever, a cough and red eyes, followed by a rash a few days later. Anyone with symptoms is asked to call ahead before visiting a clinic to avoid infecting others in the waiting room.",
    ],
    caption: "A nurse prepares a vaccine at a clinic in the north of the country.",
    pullQuote: "Vaccination rates in the affected districts fell to 84 per cent during the pandemic.",
  },
  {
    slug: "bridge-vote",
    title: "Council approves new river bridge despite cost warnings",
    author: "Helen Ward",
    date: "2025-11-18T19:45:00Z",
    paragraphs: [
      "Eastbury city council voted 27 to 14 on Tuesday night to build a second bridge over the river Lune, ending years of debate over how to ease traffic in the town centre.",
      "The bridge is expected to cost 118 million pounds, of which the national government has promised 80 million. Opposition councillors warned that the rest would have to be borrowed at a time when the council is cutting library hours.",
      "\u201cWe cannot keep telling people to sit in queues for another decade,\u201d said the council leader, Priya Nair, during the debate, which lasted more than five hours and was watched by about 200 residents.",
      "Construction is due to start in the spring of 2027 and to take three years. The council said a public consultation on the design, including a separate lane for cyclists, would open in January.",
      "Campaigners who oppose the project said they were considering a legal challenge over its effect on the wetland on the northern bank, which is home to a protected colony of water voles.",
    ],
    caption: "An artist's impression of the planned bridge over the river Lune.",
    pullQuote: "\u201cWe cannot keep telling people to sit in queues for another decade.\u201d",
  },
  {
    slug: "wildfire",
    title: "Wildfire forces evacuation of villages near Sierra Alta",
    author: "Jorge Medina",
    date: "2026-07-23T06:15:00Z",
    paragraphs: [
      "More than 1,500 people were evacuated from four villages near Sierra Alta on Wednesday as a wildfire driven by strong winds burned through about 3,000 hectares of pine forest, regional emergency services said.",
      "Some 400 firefighters, backed by 12 water-bombing aircraft, were working to stop the fire from reaching the town of San Esteban, where a sports hall has been opened for people who had to leave their homes.",
      "The regional president said the fire was \u201cout of control\u201d on its western flank, but that the eastern front had been contained overnight. No injuries had been reported by Wednesday evening.",
      "Temperatures in the area have been above 40 degrees Celsius for a week, and the national weather service has kept its highest fire warning in place until Saturday.",
      "Investigators are looking into whether the fire was started by sparks from farm machinery. Harvesting near forests was banned across the region on Monday because of the heat.",
    ],
    caption: "Smoke rises over the hills near Sierra Alta on Wednesday. (Regional emergency services)",
    pullQuote: "The regional president said the fire was \u201cout of control\u201d on its western flank.",
  },
  {
    slug: "bank-rates",
    title: "Central bank holds rates, signals cut later this year",
    author: "Sophie Brandt",
    date: "2026-05-07T12:05:00Z",
    paragraphs: [
      "The central bank kept its main interest rate at 3.75 per cent on Thursday for the fourth meeting in a row, but said it expected to lower borrowing costs later this year if inflation keeps slowing.",
      "Inflation fell to 2.6 per cent in April from 3.1 per cent in March, helped by lower energy prices, the statistics office said last week. The bank's target is 2 per cent.",
      "Seven of the nine members of the rate-setting committee voted to hold, while two voted for an immediate cut of a quarter of a percentage point, the minutes of the meeting showed.",
      "The governor told reporters that the committee wanted to see more evidence that wage growth was easing before acting. \u201cWe are not there yet, but we are getting closer,\u201d she said.",
      "The currency rose 0.4 per cent against the dollar after the announcement, as some investors had bet on a cut as early as this month.",
    ],
    caption: "The central bank's headquarters. Photograph: Reuters",
    pullQuote: "\u201cWe are not there yet, but we are getting closer.\u201d",
  },
  {
    slug: "train-derailment",
    title: "Freight train derails near Kessel, line closed for days",
    author: "Anna Kowalska",
    date: "2026-01-29T15:20:00Z",
    paragraphs: [
      "A freight train carrying timber derailed near Kessel on Thursday afternoon, blocking the main line between the capital and the coast. Nobody was hurt, the rail operator said.",
      "Eleven of the train's 32 wagons left the tracks on a curve about two kilometres south of Kessel station. Cranes will be needed to lift them, and the line is expected to stay closed until at least Monday.",
      "Passenger trains between Kessel and the coast have been replaced by buses, which the operator warned would add up to ninety minutes to journeys.",
      "The national accident investigation board has sent a team to the site. A spokesman said it was too early to say whether the track, the wagons or the speed of the train was to blame.",
      "It is the second derailment on the line this winter. In December, a wagon came off the tracks near the same curve, and residents have since called for the section to be renewed.",
    ],
    caption: "Derailed wagons lie beside the track south of Kessel station.",
    pullQuote: "It is the second derailment on the line this winter.",
  },
  {
    slug: "museum-theft",
    title: "Gold coins stolen from Linden museum in overnight raid",
    author: "Paul Meyer",
    date: "2026-09-10T09:00:00Z",
    paragraphs: [
      "Thieves broke into the Linden city museum overnight and stole 64 gold coins from the Roman period, police said on Tuesday, in what the museum's director called a \u201cdevastating loss\u201d.",
      "The thieves entered through a skylight on the roof and disabled an alarm in the coin room before smashing two display cases, according to the police, who said the raid took less than ten minutes.",
      "The coins, found by a farmer in a field outside the city in 1987, are insured, but the director said their value to historians could not be replaced. Experts have put their market value at about 2 million euros.",
      "Police have appealed for witnesses who saw a dark van parked near the museum between 2 a.m. and 4 a.m. They said the coins were likely to be melted down or sold abroad.",
      "The museum will stay closed until Friday while forensic officers examine the building. It is the third museum theft in the region this year.",
    ],
    caption: "Empty display cases in the coin room of the Linden city museum.",
    pullQuote: "The coins, found by a farmer in a field outside the city in 1987, are insured.",
  },
  {
    slug: "football-coach",
    title: "Ridgeway United sack coach after seven defeats in a row",
    author: "Tom Hale",
    date: "2026-10-05T21:40:00Z",
    paragraphs: [
      "Ridgeway United sacked their head coach, Luca Ferri, on Sunday after a 3-0 home defeat to Northgate, the club's seventh loss in a row, which left them second from bottom of the league.",
      "Ferri had been in charge for 16 months and led the team to a cup final last season. The club said in a statement that it thanked him for his work but that \u201cresults have not been good enough\u201d.",
      "The assistant coach, Sam Ortiz, will take charge of the team for Wednesday's match against Bramley while the club looks for a permanent replacement.",
      "Supporters had protested outside the stadium before the game, and some of them left at half-time, when Ridgeway were already two goals down.",
      "Ridgeway have scored only four goals in their last nine league matches. The chairman said he hoped to appoint a new coach before the transfer window opens in January.",
    ],
    caption: "Luca Ferri on the touchline during Sunday's defeat to Northgate.",
    pullQuote: "The club said in a statement that \u201cresults have not been good enough\u201d.",
  },
  {
    slug: "solar-farm",
    title: "Largest solar farm in the region opens near Dornach",
    author: "Lea Fischer",
    date: "2026-06-12T11:30:00Z",
    paragraphs: [
      "A 240-megawatt solar farm opened near Dornach on Friday, the largest in the region, and will supply enough electricity for about 70,000 homes, its operator said.",
      "The farm covers 310 hectares of former farmland and has more than 450,000 panels. Sheep will graze between the rows to keep the grass down, an arrangement the operator said it had tested at two smaller sites.",
      "The project cost 190 million euros and was partly financed by a state green investment fund. It took two years to build, after a planning dispute with neighbours who objected to the loss of farmland.",
      "The regional energy minister said the farm would help the region meet its target of producing half of its electricity from renewable sources by 2030. The share stood at 38 per cent last year.",
      "A battery storage plant next to the farm, able to store power for four hours, is due to be finished next spring.",
    ],
    caption: "Rows of solar panels near Dornach on the day of the opening.",
    pullQuote: "Sheep will graze between the rows to keep the grass down.",
  },
  {
    slug: "school-meals",
    title: "Free school meals to be extended to all primary pupils",
    author: "Grace Mensah",
    date: "2026-04-21T07:00:00Z",
    paragraphs: [
      "All primary school pupils will receive free lunches from September under a plan announced by the education minister on Tuesday, extending a scheme that currently covers about a third of children.",
      "The measure will cost 410 million a year and will be paid for by a tax on sugary drinks that takes effect in July, the minister said. About 620,000 more children will be eligible.",
      "Head teachers welcomed the plan but warned that many schools lacked kitchens big enough to cook for every pupil. The government said it would set aside 50 million for new equipment.",
      "\u201cNo child should sit in a classroom hungry,\u201d the minister said at a school in the capital, where she served lunch to pupils before the announcement.",
      "Opposition parties said the plan was welcome but came too late for families struggling with food prices, which rose by 11 per cent over the past two years.",
    ],
    caption: "Pupils queue for lunch at a primary school in the capital.",
    pullQuote: "\u201cNo child should sit in a classroom hungry.\u201d",
  },
];
