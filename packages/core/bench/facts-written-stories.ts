/**
 * Facts by code on the stories written as held-out tests (src/digest/testing/*-articles.ts with an
 * ExpectedFacts): quotes with the right full name, timeline entries with the right date, background
 * dates kept off, disagreements right and wrong, corroboration counts, and the offline digest's
 * quotes and key points. Every miss is listed.
 * Run: npx tsx --conditions=@roundup/source bench/facts-written-stories.ts
 */
import type { Digest } from "@roundup/prompts";
import { createOfflineEngine } from "../src/digest/engines/offline-engine.js";
import { corroborate } from "../src/digest/facts/corroboration/index.js";
import { extractFacts } from "../src/digest/facts/extract-facts.js";
import { generateDigest } from "../src/digest/generate-digest.js";
import {
  ADMISSIONS_SCANDAL_EXPECTED,
  admissionsScandalArticles,
} from "../src/digest/testing/admissions-scandal-articles.js";
import { AIRLINE_COLLAPSE_EXPECTED, airlineCollapseArticles } from "../src/digest/testing/airline-collapse-articles.js";
import { AIRLINE_OUTAGE_EXPECTED, airlineOutageArticles } from "../src/digest/testing/airline-outage-articles.js";
import {
  AIRPORT_DRONE_CLOSURE_EXPECTED,
  airportDroneClosureArticles,
} from "../src/digest/testing/airport-drone-closure-articles.js";
import {
  AMLODIPINE_BATCH_RECALL_EXPECTED,
  amlodipineBatchRecallArticles,
} from "../src/digest/testing/amlodipine-batch-recall-articles.js";
import { AMMONIA_LEAK_EXPECTED, ammoniaLeakArticles } from "../src/digest/testing/ammonia-leak-articles.js";
import { ART_AUCTION_EXPECTED, artAuctionArticles } from "../src/digest/testing/art-auction-articles.js";
import { AVALANCHE_RESCUE_EXPECTED, avalancheRescueArticles } from "../src/digest/testing/avalanche-rescue-articles.js";
import { BAKERY_CLOSURE_EXPECTED, bakeryClosureArticles } from "../src/digest/testing/bakery-closure-articles.js";
import { BALLOON_CRASH_EXPECTED, balloonCrashArticles } from "../src/digest/testing/balloon-crash-articles.js";
import {
  BALLOON_FIESTA_CRASH_EXPECTED,
  balloonFiestaCrashArticles,
} from "../src/digest/testing/balloon-fiesta-crash-articles.js";
import { BANK_MERGER_EXPECTED, bankMergerArticles } from "../src/digest/testing/bank-merger-articles.js";
import { BANK_OUTAGE_EXPECTED, bankOutageArticles } from "../src/digest/testing/bank-outage-articles.js";
import { BEE_POISONING_EXPECTED, beePoisoningArticles } from "../src/digest/testing/bee-poisoning-articles.js";
import { BOIL_WATER_EXPECTED, boilWaterArticles } from "../src/digest/testing/boil-water-articles.js";
import {
  BOIL_WATER_NOTICE_EXPECTED,
  boilWaterNoticeArticles,
} from "../src/digest/testing/boil-water-notice-articles.js";
import {
  BRASS_BAND_CONTEST_EXPECTED,
  brassBandContestArticles,
} from "../src/digest/testing/brass-band-contest-articles.js";
import {
  BRIBERY_COMPLAINT_EXPECTED,
  briberyComplaintArticles,
} from "../src/digest/testing/bribery-complaint-articles.js";
import { BRIDGE_CLOSURE_EXPECTED, bridgeClosureArticles } from "../src/digest/testing/bridge-closure-articles.js";
import { BRIDGE_STRIKE_EXPECTED, bridgeStrikeArticles } from "../src/digest/testing/bridge-strike-articles.js";
import {
  BROADCAST_TOWER_COLLAPSE_EXPECTED,
  broadcastTowerCollapseArticles,
} from "../src/digest/testing/broadcast-tower-collapse-articles.js";
import { BRONZES_RETURN_EXPECTED, bronzesReturnArticles } from "../src/digest/testing/bronzes-return-articles.js";
import { BUDGET_VOTE_EXPECTED, budgetVoteArticles } from "../src/digest/testing/budget-vote-articles.js";
import { BUS_GARAGE_FIRE_EXPECTED, busGarageFireArticles } from "../src/digest/testing/bus-garage-fire-articles.js";
import { BUS_STRIKE_EXPECTED, busStrikeArticles } from "../src/digest/testing/bus-strike-articles.js";
import {
  CABLE_CAR_WINCH_RESCUE_EXPECTED,
  cableCarWinchRescueArticles,
} from "../src/digest/testing/cable-car-winch-rescue-articles.js";
import {
  CAMPSITE_FLASH_FLOOD_EXPECTED,
  campsiteFlashFloodArticles,
} from "../src/digest/testing/campsite-flash-flood-articles.js";
import { CANAL_BREACH_EXPECTED, canalBreachArticles } from "../src/digest/testing/canal-breach-articles.js";
import {
  CANYON_FIRE_EVACUATION_EXPECTED,
  canyonFireEvacuationArticles,
} from "../src/digest/testing/canyon-fire-evacuation-articles.js";
import { CAR_CARRIER_FIRE_EXPECTED, carCarrierFireArticles } from "../src/digest/testing/car-carrier-fire-articles.js";
import { CARE_HOME_FRAUD_EXPECTED, careHomeFraudArticles } from "../src/digest/testing/care-home-fraud-articles.js";
import { CASH_VAN_ROBBERY_EXPECTED, cashVanRobberyArticles } from "../src/digest/testing/cash-van-robbery-articles.js";
import { CAVE_RESCUE_EXPECTED, caveRescueArticles } from "../src/digest/testing/cave-rescue-articles.js";
import {
  CHANNEL_RELAY_SWIM_EXPECTED,
  channelRelaySwimArticles,
} from "../src/digest/testing/channel-relay-swim-articles.js";
import { CHARITY_COLLAPSE_EXPECTED, charityCollapseArticles } from "../src/digest/testing/charity-collapse-articles.js";
import { CHEMICAL_FIRE_EXPECTED, chemicalFireArticles } from "../src/digest/testing/chemical-fire-articles.js";
import { CHESS_CHEATING_EXPECTED, chessCheatingArticles } from "../src/digest/testing/chess-cheating-articles.js";
import {
  CHIMPANZEE_ESCAPE_EXPECTED,
  chimpanzeeEscapeArticles,
} from "../src/digest/testing/chimpanzee-escape-articles.js";
import {
  CHLORINE_TANKER_LEAK_EXPECTED,
  chlorineTankerLeakArticles,
} from "../src/digest/testing/chlorine-tanker-leak-articles.js";
import { CITY_CURFEW_EXPECTED, cityCurfewArticles } from "../src/digest/testing/city-curfew-articles.js";
import {
  CLASSIC_CAR_AUCTION_DISPUTE_EXPECTED,
  classicCarAuctionDisputeArticles,
} from "../src/digest/testing/classic-car-auction-dispute-articles.js";
import {
  CLIFF_RAILWAY_REOPENING_EXPECTED,
  cliffRailwayReopeningArticles,
} from "../src/digest/testing/cliff-railway-reopening-articles.js";
import { CLIMBING_FALL_EXPECTED, climbingFallArticles } from "../src/digest/testing/climbing-fall-articles.js";
import { CLUB_TAKEOVER_EXPECTED, clubTakeoverArticles } from "../src/digest/testing/club-takeover-articles.js";
import { COACH_CRASH_EXPECTED, coachCrashArticles } from "../src/digest/testing/coach-crash-articles.js";
import {
  COASTER_DERAILMENT_EXPECTED,
  coasterDerailmentArticles,
} from "../src/digest/testing/coaster-derailment-articles.js";
import {
  COLLIERY_ROOF_FALL_EXPECTED,
  collieryRoofFallArticles,
} from "../src/digest/testing/colliery-roof-fall-articles.js";
import { CONTAINER_SPILL_EXPECTED, containerSpillArticles } from "../src/digest/testing/container-spill-articles.js";
import {
  COOLING_TOWER_DEMOLITION_DEBRIS_EXPECTED,
  coolingTowerDemolitionDebrisArticles,
} from "../src/digest/testing/cooling-tower-demolition-debris-articles.js";
import {
  COUNCIL_BANKRUPTCY_EXPECTED,
  councilBankruptcyArticles,
} from "../src/digest/testing/council-bankruptcy-articles.js";
import {
  COUNCIL_BUDGET_ROW_EXPECTED,
  councilBudgetRowArticles,
} from "../src/digest/testing/council-budget-row-articles.js";
import { COUNCIL_MEETING_EXPECTED, councilMeetingArticles } from "../src/digest/testing/council-meeting-articles.js";
import {
  COUNTERFEIT_WINE_TRIAL_EXPECTED,
  counterfeitWineTrialArticles,
} from "../src/digest/testing/counterfeit-wine-trial-articles.js";
import { COURT_VERDICT_EXPECTED, courtVerdictArticles } from "../src/digest/testing/court-verdict-articles.js";
import { CRANE_COLLAPSE_EXPECTED, craneCollapseArticles } from "../src/digest/testing/crane-collapse-articles.js";
import { CRUISE_NOROVIRUS_EXPECTED, cruiseNorovirusArticles } from "../src/digest/testing/cruise-norovirus-articles.js";
import {
  CRYPTO_EXCHANGE_FREEZE_EXPECTED,
  cryptoExchangeFreezeArticles,
} from "../src/digest/testing/crypto-exchange-freeze-articles.js";
import { CUP_FINAL_EXPECTED, cupFinalArticles } from "../src/digest/testing/cup-final-articles.js";
import { CUTTING_LANDSLIP_EXPECTED, cuttingLandslipArticles } from "../src/digest/testing/cutting-landslip-articles.js";
import { CYBERATTACK_EXPECTED, cyberattackArticles } from "../src/digest/testing/cyberattack-articles.js";
import {
  CYCLING_MASS_CRASH_EXPECTED,
  cyclingMassCrashArticles,
} from "../src/digest/testing/cycling-mass-crash-articles.js";
import { CYCLIST_INQUEST_EXPECTED, cyclistInquestArticles } from "../src/digest/testing/cyclist-inquest-articles.js";
import { DAM_BREACH_EXPECTED, damBreachArticles } from "../src/digest/testing/dam-breach-articles.js";
import { DAM_COLLAPSE_EXPECTED, damCollapseArticles } from "../src/digest/testing/dam-collapse-articles.js";
import { DATA_BREACH_FINE_EXPECTED, dataBreachFineArticles } from "../src/digest/testing/data-breach-fine-articles.js";
import { DERAILMENT_EXPECTED, derailmentArticles } from "../src/digest/testing/derailment-articles.js";
import { DOCTORS_STRIKE_EXPECTED, doctorsStrikeArticles } from "../src/digest/testing/doctors-strike-articles.js";
import {
  DOORSTEP_ROOFING_FRAUD_EXPECTED,
  doorstepRoofingFraudArticles,
} from "../src/digest/testing/doorstep-roofing-fraud-articles.js";
import { DOPING_BAN_EXPECTED, dopingBanArticles } from "../src/digest/testing/doping-ban-articles.js";
import {
  DRONE_SHOW_MALFUNCTION_EXPECTED,
  droneShowMalfunctionArticles,
} from "../src/digest/testing/drone-show-malfunction-articles.js";
import { DRUG_APPROVAL_EXPECTED, drugApprovalArticles } from "../src/digest/testing/drug-approval-articles.js";
import { DUCK_FARM_FLU_EXPECTED, duckFarmFluArticles } from "../src/digest/testing/duck-farm-flu-articles.js";
import {
  DUST_STORM_PILEUP_EXPECTED,
  dustStormPileupArticles,
} from "../src/digest/testing/dust-storm-pileup-articles.js";
import { EARTHQUAKE_EXPECTED, earthquakeArticles } from "../src/digest/testing/earthquake-articles.js";
import {
  EGG_FARM_BIRD_FLU_CULL_EXPECTED,
  eggFarmBirdFluCullArticles,
} from "../src/digest/testing/egg-farm-bird-flu-cull-articles.js";
import { ELECTION_COUNT_EXPECTED, electionCountArticles } from "../src/digest/testing/election-count-articles.js";
import {
  ELEPHANT_KEEPER_INQUEST_EXPECTED,
  elephantKeeperInquestArticles,
} from "../src/digest/testing/elephant-keeper-inquest-articles.js";
import { ENERGY_PRICE_CAP_EXPECTED, energyPriceCapArticles } from "../src/digest/testing/energy-price-cap-articles.js";
import {
  ENGINE_FAILURE_LANDING_EXPECTED,
  engineFailureLandingArticles,
} from "../src/digest/testing/engine-failure-landing-articles.js";
import {
  ESCALATOR_COLLAPSE_EXPECTED,
  escalatorCollapseArticles,
} from "../src/digest/testing/escalator-collapse-articles.js";
import { EXAM_PAPER_LEAK_EXPECTED, examPaperLeakArticles } from "../src/digest/testing/exam-paper-leak-articles.js";
import type { ExpectedFacts } from "../src/digest/testing/expected-facts.js";
import { FACTORY_LAYOFFS_EXPECTED, factoryLayoffsArticles } from "../src/digest/testing/factory-layoffs-articles.js";
import {
  FALL_FAIR_RIDE_MALFUNCTION_EXPECTED,
  fallFairRideMalfunctionArticles,
} from "../src/digest/testing/fall-fair-ride-malfunction-articles.js";
import {
  FERRIS_WHEEL_STOPPAGE_EXPECTED,
  ferrisWheelStoppageArticles,
} from "../src/digest/testing/ferris-wheel-stoppage-articles.js";
import { FERRY_GROUNDING_EXPECTED, ferryGroundingArticles } from "../src/digest/testing/ferry-grounding-articles.js";
import {
  FERRY_STRIKE_TALKS_EXPECTED,
  ferryStrikeTalksArticles,
} from "../src/digest/testing/ferry-strike-talks-articles.js";
import {
  FESTIVAL_CANCELLATION_EXPECTED,
  festivalCancellationArticles,
} from "../src/digest/testing/festival-cancellation-articles.js";
import { FESTIVAL_CRUSH_EXPECTED, festivalCrushArticles } from "../src/digest/testing/festival-crush-articles.js";
import { FILM_FESTIVAL_EXPECTED, filmFestivalArticles } from "../src/digest/testing/film-festival-articles.js";
import {
  FIREWORKS_DEPOT_BLAST_EXPECTED,
  fireworksDepotBlastArticles,
} from "../src/digest/testing/fireworks-depot-blast-articles.js";
import {
  FLIGHT_CANCELLATIONS_EXPECTED,
  flightCancellationsArticles,
} from "../src/digest/testing/flight-cancellations-articles.js";
import { FLOOD_DEFENCE_EXPECTED, floodDefenceArticles } from "../src/digest/testing/flood-defence-articles.js";
import { FOG_PILEUP_EXPECTED, fogPileupArticles } from "../src/digest/testing/fog-pileup-articles.js";
import {
  FOG_TRAWLER_COLLISION_EXPECTED,
  fogTrawlerCollisionArticles,
} from "../src/digest/testing/fog-trawler-collision-articles.js";
import {
  FOOD_BANK_BURGLARY_EXPECTED,
  foodBankBurglaryArticles,
} from "../src/digest/testing/food-bank-burglary-articles.js";
import {
  FOOTBRIDGE_INQUIRY_EXPECTED,
  footbridgeInquiryArticles,
} from "../src/digest/testing/footbridge-inquiry-articles.js";
import { FRAUD_TRIAL_EXPECTED, fraudTrialArticles } from "../src/digest/testing/fraud-trial-articles.js";
import {
  GALLERY_REOPENING_EXPECTED,
  galleryReopeningArticles,
} from "../src/digest/testing/gallery-reopening-articles.js";
import { GAS_BLAST_EXPECTED, gasBlastArticles } from "../src/digest/testing/gas-blast-articles.js";
import {
  GAS_STORAGE_TREMOR_EXPECTED,
  gasStorageTremorArticles,
} from "../src/digest/testing/gas-storage-tremor-articles.js";
import {
  GEARBOX_PLANT_CLOSURE_EXPECTED,
  gearboxPlantClosureArticles,
} from "../src/digest/testing/gearbox-plant-closure-articles.js";
import { GLACIER_COLLAPSE_EXPECTED, glacierCollapseArticles } from "../src/digest/testing/glacier-collapse-articles.js";
import {
  GOLF_LIGHTNING_STRIKE_EXPECTED,
  golfLightningStrikeArticles,
} from "../src/digest/testing/golf-lightning-strike-articles.js";
import { GONDOLA_FALL_EXPECTED, gondolaFallArticles } from "../src/digest/testing/gondola-fall-articles.js";
import {
  GRADUATE_STRIKE_SETTLEMENT_EXPECTED,
  graduateStrikeSettlementArticles,
} from "../src/digest/testing/graduate-strike-settlement-articles.js";
import { GRAIN_SILO_BLAST_EXPECTED, grainSiloBlastArticles } from "../src/digest/testing/grain-silo-blast-articles.js";
import { HARBOUR_FIRE_EXPECTED, harbourFireArticles } from "../src/digest/testing/harbour-fire-articles.js";
import {
  HARBOURSIDE_MARATHON_EXPECTED,
  harboursideMarathonArticles,
} from "../src/digest/testing/harbourside-marathon-articles.js";
import {
  HEAT_HALTED_MARATHON_EXPECTED,
  heatHaltedMarathonArticles,
} from "../src/digest/testing/heat-halted-marathon-articles.js";
import {
  HEATWAVE_ROLLING_BLACKOUTS_EXPECTED,
  heatwaveRollingBlackoutsArticles,
} from "../src/digest/testing/heatwave-rolling-blackouts-articles.js";
import { HEATWAVE_WARNING_EXPECTED, heatwaveWarningArticles } from "../src/digest/testing/heatwave-warning-articles.js";
import {
  HIGHWAY_KICKBACKS_EXPECTED,
  highwayKickbacksArticles,
} from "../src/digest/testing/highway-kickbacks-articles.js";
import { HILL_WILDFIRE_EXPECTED, hillWildfireArticles } from "../src/digest/testing/hill-wildfire-articles.js";
import {
  HILLCLIMB_SPECTATOR_CRASH_EXPECTED,
  hillclimbSpectatorCrashArticles,
} from "../src/digest/testing/hillclimb-spectator-crash-articles.js";
import {
  HILLSIDE_LANDSLIDE_EXPECTED,
  hillsideLandslideArticles,
} from "../src/digest/testing/hillside-landslide-articles.js";
import {
  HILLWALKER_SEARCH_EXPECTED,
  hillwalkerSearchArticles,
} from "../src/digest/testing/hillwalker-search-articles.js";
import {
  HOSPITAL_C_DIFF_OUTBREAK_EXPECTED,
  hospitalCDiffOutbreakArticles,
} from "../src/digest/testing/hospital-c-diff-outbreak-articles.js";
import { HOSPITAL_FIRE_EXPECTED, hospitalFireArticles } from "../src/digest/testing/hospital-fire-articles.js";
import {
  HOSPITAL_RANSOMWARE_EXPECTED,
  hospitalRansomwareArticles,
} from "../src/digest/testing/hospital-ransomware-articles.js";
import { HOSPITAL_WAITS_EXPECTED, hospitalWaitsArticles } from "../src/digest/testing/hospital-waits-articles.js";
import { HOSTAGE_RELEASE_EXPECTED, hostageReleaseArticles } from "../src/digest/testing/hostage-release-articles.js";
import {
  HOSTEL_CARBON_MONOXIDE_EXPECTED,
  hostelCarbonMonoxideArticles,
} from "../src/digest/testing/hostel-carbon-monoxide-articles.js";
import {
  HURRICANE_LANDFALL_EXPECTED,
  hurricaneLandfallArticles,
} from "../src/digest/testing/hurricane-landfall-articles.js";
import { ICE_ARENA_ROOF_EXPECTED, iceArenaRoofArticles } from "../src/digest/testing/ice-arena-roof-articles.js";
import { ICE_FLOE_ANGLERS_EXPECTED, iceFloeAnglersArticles } from "../src/digest/testing/ice-floe-anglers-articles.js";
import { ICE_STORM_EXPECTED, iceStormArticles } from "../src/digest/testing/ice-storm-articles.js";
import { INHALER_RECALL_EXPECTED, inhalerRecallArticles } from "../src/digest/testing/inhaler-recall-articles.js";
import {
  ISLAND_BYELECTION_EXPECTED,
  islandByelectionArticles,
} from "../src/digest/testing/island-byelection-articles.js";
import {
  JACKPOT_SYNDICATE_CLAIM_EXPECTED,
  jackpotSyndicateClaimArticles,
} from "../src/digest/testing/jackpot-syndicate-claim-articles.js";
import { LAB_FIRE_EXPECTED, labFireArticles } from "../src/digest/testing/lab-fire-articles.js";
import {
  LAKE_ALGAE_DOG_DEATHS_EXPECTED,
  lakeAlgaeDogDeathsArticles,
} from "../src/digest/testing/lake-algae-dog-deaths-articles.js";
import {
  LAKE_STEAMER_SINKING_EXPECTED,
  lakeSteamerSinkingArticles,
} from "../src/digest/testing/lake-steamer-sinking-articles.js";
import {
  LAKESHORE_MARATHON_HEAT_EXPECTED,
  lakeshoreMarathonHeatArticles,
} from "../src/digest/testing/lakeshore-marathon-heat-articles.js";
import {
  LANDLORD_EVICTION_EXPECTED,
  landlordEvictionArticles,
} from "../src/digest/testing/landlord-eviction-articles.js";
import {
  LEADERSHIP_CONTEST_EXPECTED,
  leadershipContestArticles,
} from "../src/digest/testing/leadership-contest-articles.js";
import { LEAGUE_DECIDER_EXPECTED, leagueDeciderArticles } from "../src/digest/testing/league-decider-articles.js";
import {
  LEGIONNAIRES_OUTBREAK_EXPECTED,
  legionnairesOutbreakArticles,
} from "../src/digest/testing/legionnaires-outbreak-articles.js";
import {
  LIBRARY_BRANCH_CLOSURES_EXPECTED,
  libraryBranchClosuresArticles,
} from "../src/digest/testing/library-branch-closures-articles.js";
import {
  LIFT_BRACKET_CHECKS_EXPECTED,
  liftBracketChecksArticles,
} from "../src/digest/testing/lift-bracket-checks-articles.js";
import { LIGHTHOUSE_SALE_EXPECTED, lighthouseSaleArticles } from "../src/digest/testing/lighthouse-sale-articles.js";
import {
  LINKS_LIGHTNING_STRIKE_EXPECTED,
  linksLightningStrikeArticles,
} from "../src/digest/testing/links-lightning-strike-articles.js";
import {
  LISTERIA_CHEESE_RECALL_EXPECTED,
  listeriaCheeseRecallArticles,
} from "../src/digest/testing/listeria-cheese-recall-articles.js";
import {
  LOCUST_SWARM_CROPS_EXPECTED,
  locustSwarmCropsArticles,
} from "../src/digest/testing/locust-swarm-crops-articles.js";
import {
  LOST_RADIOACTIVE_CAPSULE_EXPECTED,
  lostRadioactiveCapsuleArticles,
} from "../src/digest/testing/lost-radioactive-capsule-articles.js";
import {
  LOTTERY_SYNDICATE_DISPUTE_EXPECTED,
  lotterySyndicateDisputeArticles,
} from "../src/digest/testing/lottery-syndicate-dispute-articles.js";
import {
  LUTE_PORTRAIT_RECOVERY_EXPECTED,
  lutePortraitRecoveryArticles,
} from "../src/digest/testing/lute-portrait-recovery-articles.js";
import {
  MACKEREL_QUOTA_STANDOFF_EXPECTED,
  mackerelQuotaStandoffArticles,
} from "../src/digest/testing/mackerel-quota-standoff-articles.js";
import { MANUSCRIPT_THEFT_EXPECTED, manuscriptTheftArticles } from "../src/digest/testing/manuscript-theft-articles.js";
import { MARATHON_HEAT_EXPECTED, marathonHeatArticles } from "../src/digest/testing/marathon-heat-articles.js";
import {
  MATERNITY_CLOSURE_EXPECTED,
  maternityClosureArticles,
} from "../src/digest/testing/maternity-closure-articles.js";
import { MAYORAL_COUNT_EXPECTED, mayoralCountArticles } from "../src/digest/testing/mayoral-count-articles.js";
import { MAYORAL_DEBATE_EXPECTED, mayoralDebateArticles } from "../src/digest/testing/mayoral-debate-articles.js";
import { MEASLES_OUTBREAK_EXPECTED, measlesOutbreakArticles } from "../src/digest/testing/measles-outbreak-articles.js";
import { MEASLES_SCHOOL_EXPECTED, measlesSchoolArticles } from "../src/digest/testing/measles-school-articles.js";
import {
  METRO_TUNNEL_FLOOD_EXPECTED,
  metroTunnelFloodArticles,
} from "../src/digest/testing/metro-tunnel-flood-articles.js";
import { MINE_RESCUE_EXPECTED, mineRescueArticles } from "../src/digest/testing/mine-rescue-articles.js";
import { MINING_MUDSLIDE_EXPECTED, miningMudslideArticles } from "../src/digest/testing/mining-mudslide-articles.js";
import {
  MINISTER_RESIGNATION_EXPECTED,
  ministerResignationArticles,
} from "../src/digest/testing/minister-resignation-articles.js";
import {
  MOBILE_HOME_TORNADO_EXPECTED,
  mobileHomeTornadoArticles,
} from "../src/digest/testing/mobile-home-tornado-articles.js";
import { MOOR_FIRE_EXPECTED, moorFireArticles } from "../src/digest/testing/moor-fire-articles.js";
import {
  MOTORWAY_FOG_PILEUP_EXPECTED,
  motorwayFogPileupArticles,
} from "../src/digest/testing/motorway-fog-pileup-articles.js";
import {
  MOTORWAY_SNOW_STRANDING_EXPECTED,
  motorwaySnowStrandingArticles,
} from "../src/digest/testing/motorway-snow-stranding-articles.js";
import { MUSEUM_HEIST_EXPECTED, museumHeistArticles } from "../src/digest/testing/museum-heist-articles.js";
import { MUSEUM_THEFT_EXPECTED, museumTheftArticles } from "../src/digest/testing/museum-theft-articles.js";
import {
  NURSERY_ECOLI_OUTBREAK_EXPECTED,
  nurseryEcoliOutbreakArticles,
} from "../src/digest/testing/nursery-ecoli-outbreak-articles.js";
import { OBITUARY_EXPECTED, obituaryArticles } from "../src/digest/testing/obituary-articles.js";
import {
  OCEAN_ROWERS_RESCUE_EXPECTED,
  oceanRowersRescueArticles,
} from "../src/digest/testing/ocean-rowers-rescue-articles.js";
import { OIL_SPILL_EXPECTED, oilSpillArticles } from "../src/digest/testing/oil-spill-articles.js";
import { OPERA_STRIKE_EXPECTED, operaStrikeArticles } from "../src/digest/testing/opera-strike-articles.js";
import { ORCHESTRA_TOUR_EXPECTED, orchestraTourArticles } from "../src/digest/testing/orchestra-tour-articles.js";
import {
  PATIENT_RECORDS_EXPOSURE_EXPECTED,
  patientRecordsExposureArticles,
} from "../src/digest/testing/patient-records-exposure-articles.js";
import { PAVILION_ARSON_EXPECTED, pavilionArsonArticles } from "../src/digest/testing/pavilion-arson-articles.js";
import {
  PAYMENT_SWITCH_OUTAGE_EXPECTED,
  paymentSwitchOutageArticles,
} from "../src/digest/testing/payment-switch-outage-articles.js";
import {
  PENSION_FRAUD_SENTENCING_EXPECTED,
  pensionFraudSentencingArticles,
} from "../src/digest/testing/pension-fraud-sentencing-articles.js";
import {
  PHARMACY_HEPARIN_ERROR_EXPECTED,
  pharmacyHeparinErrorArticles,
} from "../src/digest/testing/pharmacy-heparin-error-articles.js";
import { PHARMACY_SIEGE_EXPECTED, pharmacySiegeArticles } from "../src/digest/testing/pharmacy-siege-articles.js";
import { PIER_COLLAPSE_EXPECTED, pierCollapseArticles } from "../src/digest/testing/pier-collapse-articles.js";
import {
  PILOT_BOAT_APPEAL_EXPECTED,
  pilotBoatAppealArticles,
} from "../src/digest/testing/pilot-boat-appeal-articles.js";
import { PIPELINE_LEAK_EXPECTED, pipelineLeakArticles } from "../src/digest/testing/pipeline-leak-articles.js";
import {
  PITCH_INVASION_ABANDONMENT_EXPECTED,
  pitchInvasionAbandonmentArticles,
} from "../src/digest/testing/pitch-invasion-abandonment-articles.js";
import { PLANT_FIRE_EXPECTED, plantFireArticles } from "../src/digest/testing/plant-fire-articles.js";
import {
  PLATFORM_STORM_EVACUATION_EXPECTED,
  platformStormEvacuationArticles,
} from "../src/digest/testing/platform-storm-evacuation-articles.js";
import { PLAYER_TRADE_EXPECTED, playerTradeArticles } from "../src/digest/testing/player-trade-articles.js";
import { POINTS_DEDUCTION_EXPECTED, pointsDeductionArticles } from "../src/digest/testing/points-deduction-articles.js";
import {
  POLAR_SHIP_AIRLIFT_EXPECTED,
  polarShipAirliftArticles,
} from "../src/digest/testing/polar-ship-airlift-articles.js";
import { POOL_CLOSURES_EXPECTED, poolClosuresArticles } from "../src/digest/testing/pool-closures-articles.js";
import {
  PORT_FUEL_BLOCKADE_EXPECTED,
  portFuelBlockadeArticles,
} from "../src/digest/testing/port-fuel-blockade-articles.js";
import { PORT_STRIKE_EXPECTED, portStrikeArticles } from "../src/digest/testing/port-strike-articles.js";
import { POST_OFFICE_RAID_EXPECTED, postOfficeRaidArticles } from "../src/digest/testing/post-office-raid-articles.js";
import { POWER_CUT_EXPECTED, powerCutArticles } from "../src/digest/testing/power-cut-articles.js";
import {
  PRESALE_CRASH_REFUNDS_EXPECTED,
  presaleCrashRefundsArticles,
} from "../src/digest/testing/presale-crash-refunds-articles.js";
import { PRESENTER_CHARGE_EXPECTED, presenterChargeArticles } from "../src/digest/testing/presenter-charge-articles.js";
import { PRESS_BRIEFING_EXPECTED, pressBriefingArticles } from "../src/digest/testing/press-briefing-articles.js";
import {
  PRISON_BREAKOUT_MANHUNT_EXPECTED,
  prisonBreakoutManhuntArticles,
} from "../src/digest/testing/prison-breakout-manhunt-articles.js";
import {
  PRISON_DISTURBANCE_EXPECTED,
  prisonDisturbanceArticles,
} from "../src/digest/testing/prison-disturbance-articles.js";
import { PRODUCT_RECALL_EXPECTED, productRecallArticles } from "../src/digest/testing/product-recall-articles.js";
import { PROTEST_MARCH_EXPECTED, protestMarchArticles } from "../src/digest/testing/protest-march-articles.js";
import { QUARRY_FLYROCK_EXPECTED, quarryFlyrockArticles } from "../src/digest/testing/quarry-flyrock-articles.js";
import { RACEHORSE_LOOSE_EXPECTED, racehorseLooseArticles } from "../src/digest/testing/racehorse-loose-articles.js";
import {
  RACK_RAILWAY_LANDSLIDE_EXPECTED,
  rackRailwayLandslideArticles,
} from "../src/digest/testing/rack-railway-landslide-articles.js";
import {
  RADIOACTIVE_CAPSULE_SEARCH_EXPECTED,
  radioactiveCapsuleSearchArticles,
} from "../src/digest/testing/radioactive-capsule-search-articles.js";
import { RAIL_TIMETABLE_EXPECTED, railTimetableArticles } from "../src/digest/testing/rail-timetable-articles.js";
import {
  RARE_EGG_COLLECTOR_EXPECTED,
  rareEggCollectorArticles,
} from "../src/digest/testing/rare-egg-collector-articles.js";
import { RATE_DECISION_EXPECTED, rateDecisionArticles } from "../src/digest/testing/rate-decision-articles.js";
import { RECORD_RUN_EXPECTED, recordRunArticles } from "../src/digest/testing/record-run-articles.js";
import {
  REEF_DIVERS_SEARCH_EXPECTED,
  reefDiversSearchArticles,
} from "../src/digest/testing/reef-divers-search-articles.js";
import {
  REFERENDUM_RECOUNT_EXPECTED,
  referendumRecountArticles,
} from "../src/digest/testing/referendum-recount-articles.js";
import { REFUSE_STRIKE_EXPECTED, refuseStrikeArticles } from "../src/digest/testing/refuse-strike-articles.js";
import {
  REGIONAL_CARRIER_FAILURE_EXPECTED,
  regionalCarrierFailureArticles,
} from "../src/digest/testing/regional-carrier-failure-articles.js";
import { RENT_CAP_VOTE_EXPECTED, rentCapVoteArticles } from "../src/digest/testing/rent-cap-vote-articles.js";
import { REPEAT_FLOOD_EXPECTED, repeatFloodArticles } from "../src/digest/testing/repeat-flood-articles.js";
import {
  RESEARCH_MISCONDUCT_RETRACTIONS_EXPECTED,
  researchMisconductRetractionsArticles,
} from "../src/digest/testing/research-misconduct-retractions-articles.js";
import { RESERVOIR_BREACH_EXPECTED, reservoirBreachArticles } from "../src/digest/testing/reservoir-breach-articles.js";
import {
  RESERVOIR_RATIONING_EXPECTED,
  reservoirRationingArticles,
} from "../src/digest/testing/reservoir-rationing-articles.js";
import { RETAIL_BREACH_EXPECTED, retailBreachArticles } from "../src/digest/testing/retail-breach-articles.js";
import {
  RIDGE_COUNTY_FLOOD_EXPECTED,
  ridgeCountyFloodArticles,
} from "../src/digest/testing/ridge-county-flood-articles.js";
import { RIDING_RECOUNT_EXPECTED, ridingRecountArticles } from "../src/digest/testing/riding-recount-articles.js";
import { RIVER_POLLUTION_EXPECTED, riverPollutionArticles } from "../src/digest/testing/river-pollution-articles.js";
import {
  RUNWAY_INQUIRY_DECISION_EXPECTED,
  runwayInquiryDecisionArticles,
} from "../src/digest/testing/runway-inquiry-decision-articles.js";
import {
  SALMONELLA_OUTBREAK_EXPECTED,
  salmonellaOutbreakArticles,
} from "../src/digest/testing/salmonella-outbreak-articles.js";
import { SANCTUARY_FRAUD_EXPECTED, sanctuaryFraudArticles } from "../src/digest/testing/sanctuary-fraud-articles.js";
import {
  SCHOOL_ASBESTOS_CLOSURE_EXPECTED,
  schoolAsbestosClosureArticles,
} from "../src/digest/testing/school-asbestos-closure-articles.js";
import {
  SCHOOL_COACH_CRASH_EXPECTED,
  schoolCoachCrashArticles,
} from "../src/digest/testing/school-coach-crash-articles.js";
import {
  SCHOOL_EVACUATION_EXPECTED,
  schoolEvacuationArticles,
} from "../src/digest/testing/school-evacuation-articles.js";
import {
  SCHOOL_INSPECTION_EXPECTED,
  schoolInspectionArticles,
} from "../src/digest/testing/school-inspection-articles.js";
import {
  SCHOOL_LEAD_WATER_EXPECTED,
  schoolLeadWaterArticles,
} from "../src/digest/testing/school-lead-water-articles.js";
import {
  SCRATCHCARD_MISPRINT_EXPECTED,
  scratchcardMisprintArticles,
} from "../src/digest/testing/scratchcard-misprint-articles.js";
import {
  SEWAGE_DISCHARGE_FINE_EXPECTED,
  sewageDischargeFineArticles,
} from "../src/digest/testing/sewage-discharge-fine-articles.js";
import {
  SHAREHOLDER_PAY_REVOLT_EXPECTED,
  shareholderPayRevoltArticles,
} from "../src/digest/testing/shareholder-pay-revolt-articles.js";
import {
  SHARK_ATTACK_CLOSURES_EXPECTED,
  sharkAttackClosuresArticles,
} from "../src/digest/testing/shark-attack-closures-articles.js";
import { SINKHOLE_EXPECTED, sinkholeArticles } from "../src/digest/testing/sinkhole-articles.js";
import { SMUGGLING_TRIAL_EXPECTED, smugglingTrialArticles } from "../src/digest/testing/smuggling-trial-articles.js";
import { SOFTWARE_LAYOFFS_EXPECTED, softwareLayoffsArticles } from "../src/digest/testing/software-layoffs-articles.js";
import {
  SOLVENT_PLANT_EXPLOSION_EXPECTED,
  solventPlantExplosionArticles,
} from "../src/digest/testing/solvent-plant-explosion-articles.js";
import { SONG_COPYRIGHT_EXPECTED, songCopyrightArticles } from "../src/digest/testing/song-copyright-articles.js";
import { SPACE_STATION_EXPECTED, spaceStationArticles } from "../src/digest/testing/space-station-articles.js";
import { STADIUM_COLLAPSE_EXPECTED, stadiumCollapseArticles } from "../src/digest/testing/stadium-collapse-articles.js";
import {
  STADIUM_SUBSIDY_VOTE_EXPECTED,
  stadiumSubsidyVoteArticles,
} from "../src/digest/testing/stadium-subsidy-vote-articles.js";
import {
  STATE_FUNERAL_CROWDS_EXPECTED,
  stateFuneralCrowdsArticles,
} from "../src/digest/testing/state-funeral-crowds-articles.js";
import {
  STEAM_RAILWAY_MOOR_FIRE_EXPECTED,
  steamRailwayMoorFireArticles,
} from "../src/digest/testing/steam-railway-moor-fire-articles.js";
import { STERLING_SELLOFF_EXPECTED, sterlingSelloffArticles } from "../src/digest/testing/sterling-selloff-articles.js";
import { STORM_BOX_LOSS_EXPECTED, stormBoxLossArticles } from "../src/digest/testing/storm-box-loss-articles.js";
import { STRIKE_BALLOT_EXPECTED, strikeBallotArticles } from "../src/digest/testing/strike-ballot-articles.js";
import {
  SUPERMARKET_CARTEL_FINES_EXPECTED,
  supermarketCartelFinesArticles,
} from "../src/digest/testing/supermarket-cartel-fines-articles.js";
import { supersessionMisses } from "../src/digest/testing/supersession-misses.js";
import { SYMPHONY_STRIKE_EXPECTED, symphonyStrikeArticles } from "../src/digest/testing/symphony-strike-articles.js";
import {
  TALLONG_DAM_SPILLWAY_EXPECTED,
  tallongDamSpillwayArticles,
} from "../src/digest/testing/tallong-dam-spillway-articles.js";
import { TEACHERS_PAY_EXPECTED, teachersPayArticles } from "../src/digest/testing/teachers-pay-articles.js";
import {
  TEACHERS_WALKOUT_DEAL_EXPECTED,
  teachersWalkoutDealArticles,
} from "../src/digest/testing/teachers-walkout-deal-articles.js";
import { TENANCY_BILL_EXPECTED, tenancyBillArticles } from "../src/digest/testing/tenancy-bill-articles.js";
import {
  TENEMENT_COLLAPSE_EXPECTED,
  tenementCollapseArticles,
} from "../src/digest/testing/tenement-collapse-articles.js";
import {
  TIGER_ESCAPE_SEARCH_EXPECTED,
  tigerEscapeSearchArticles,
} from "../src/digest/testing/tiger-escape-search-articles.js";
import { TORNADO_STRIKE_EXPECTED, tornadoStrikeArticles } from "../src/digest/testing/tornado-strike-articles.js";
import {
  TOUR_COACH_RAVINE_EXPECTED,
  tourCoachRavineArticles,
} from "../src/digest/testing/tour-coach-ravine-articles.js";
import { TOWBOAT_SINKING_EXPECTED, towboatSinkingArticles } from "../src/digest/testing/towboat-sinking-articles.js";
import {
  TOWER_BLOCK_BLAZE_EXPECTED,
  towerBlockBlazeArticles,
} from "../src/digest/testing/tower-block-blaze-articles.js";
import { TOWER_BLOCK_FIRE_EXPECTED, towerBlockFireArticles } from "../src/digest/testing/tower-block-fire-articles.js";
import {
  TRACTOR_THEFT_GANG_EXPECTED,
  tractorTheftGangArticles,
} from "../src/digest/testing/tractor-theft-gang-articles.js";
import { TRADE_SUMMIT_EXPECTED, tradeSummitArticles } from "../src/digest/testing/trade-summit-articles.js";
import { TRAM_OVERRUN_EXPECTED, tramOverrunArticles } from "../src/digest/testing/tram-overrun-articles.js";
import { TRANSFER_SAGA_EXPECTED, transferSagaArticles } from "../src/digest/testing/transfer-saga-articles.js";
import {
  TRANSIT_ROUTE_CUTS_EXPECTED,
  transitRouteCutsArticles,
} from "../src/digest/testing/transit-route-cuts-articles.js";
import {
  TRAPPED_MINERS_BOREHOLE_EXPECTED,
  trappedMinersBoreholeArticles,
} from "../src/digest/testing/trapped-miners-borehole-articles.js";
import { TRAWLER_SINKING_EXPECTED, trawlerSinkingArticles } from "../src/digest/testing/trawler-sinking-articles.js";
import { TREASURER_THEFT_EXPECTED, treasurerTheftArticles } from "../src/digest/testing/treasurer-theft-articles.js";
import {
  TRIAL_ADJOURNMENT_EXPECTED,
  trialAdjournmentArticles,
} from "../src/digest/testing/trial-adjournment-articles.js";
import { TRIBUNAL_RULING_EXPECTED, tribunalRulingArticles } from "../src/digest/testing/tribunal-ruling-articles.js";
import { TUNNEL_FIRE_EXPECTED, tunnelFireArticles } from "../src/digest/testing/tunnel-fire-articles.js";
import {
  TURBINE_BLADE_FAILURE_EXPECTED,
  turbineBladeFailureArticles,
} from "../src/digest/testing/turbine-blade-failure-articles.js";
import { TURNOUT_DISPUTE_EXPECTED, turnoutDisputeArticles } from "../src/digest/testing/turnout-dispute-articles.js";
import { TURTLE_COLD_STUN_EXPECTED, turtleColdStunArticles } from "../src/digest/testing/turtle-cold-stun-articles.js";
import {
  TYPHOON_FISHING_PORT_EXPECTED,
  typhoonFishingPortArticles,
} from "../src/digest/testing/typhoon-fishing-port-articles.js";
import { UNION_LEADER_ROW_EXPECTED, unionLeaderRowArticles } from "../src/digest/testing/union-leader-row-articles.js";
import { VACCINE_TRIAL_EXPECTED, vaccineTrialArticles } from "../src/digest/testing/vaccine-trial-articles.js";
import {
  VINEYARD_HAILSTORM_EXPECTED,
  vineyardHailstormArticles,
} from "../src/digest/testing/vineyard-hailstorm-articles.js";
import { VOLCANO_ERUPTION_EXPECTED, volcanoEruptionArticles } from "../src/digest/testing/volcano-eruption-articles.js";
import {
  WAREHOUSE_SNOW_ROOF_COLLAPSE_EXPECTED,
  warehouseSnowRoofCollapseArticles,
} from "../src/digest/testing/warehouse-snow-roof-collapse-articles.js";
import { WARTIME_BOMB_EXPECTED, wartimeBombArticles } from "../src/digest/testing/wartime-bomb-articles.js";
import {
  WATER_CONTAMINATION_EXPECTED,
  waterContaminationArticles,
} from "../src/digest/testing/water-contamination-articles.js";
import { WATER_MAIN_BURST_EXPECTED, waterMainBurstArticles } from "../src/digest/testing/water-main-burst-articles.js";
import {
  WEDDING_FOOD_POISONING_EXPECTED,
  weddingFoodPoisoningArticles,
} from "../src/digest/testing/wedding-food-poisoning-articles.js";
import { WHALE_STRANDING_EXPECTED, whaleStrandingArticles } from "../src/digest/testing/whale-stranding-articles.js";
import {
  WILDFIRE_SMOKE_SCHOOLS_EXPECTED,
  wildfireSmokeSchoolsArticles,
} from "../src/digest/testing/wildfire-smoke-schools-articles.js";
import {
  WILDLIFE_POISONING_EXPECTED,
  wildlifePoisoningArticles,
} from "../src/digest/testing/wildlife-poisoning-articles.js";
import {
  WIND_FARM_COMMITTEE_APPROVAL_EXPECTED,
  windFarmCommitteeApprovalArticles,
} from "../src/digest/testing/wind-farm-committee-approval-articles.js";
import {
  WINDOW_CRADLE_RESCUE_EXPECTED,
  windowCradleRescueArticles,
} from "../src/digest/testing/window-cradle-rescue-articles.js";
import { WOLF_PACK_CULL_EXPECTED, wolfPackCullArticles } from "../src/digest/testing/wolf-pack-cull-articles.js";
import {
  YACHT_RACE_STORM_CAPSIZE_EXPECTED,
  yachtRaceStormCapsizeArticles,
} from "../src/digest/testing/yacht-race-storm-capsize-articles.js";
import { ZOO_ESCAPE_EXPECTED, zooEscapeArticles } from "../src/digest/testing/zoo-escape-articles.js";
import type { Article } from "../src/model/index.js";

const STORIES: ReadonlyArray<[string, () => Article[], ExpectedFacts]> = [
  ["election count", electionCountArticles, ELECTION_COUNT_EXPECTED],
  ["product recall", productRecallArticles, PRODUCT_RECALL_EXPECTED],
  ["fraud trial", fraudTrialArticles, FRAUD_TRIAL_EXPECTED],
  ["rate decision", rateDecisionArticles, RATE_DECISION_EXPECTED],
  ["earthquake", earthquakeArticles, EARTHQUAKE_EXPECTED],
  ["transfer saga", transferSagaArticles, TRANSFER_SAGA_EXPECTED],
  ["tenancy bill", tenancyBillArticles, TENANCY_BILL_EXPECTED],
  ["cyberattack", cyberattackArticles, CYBERATTACK_EXPECTED],
  ["protest march", protestMarchArticles, PROTEST_MARCH_EXPECTED],
  ["flood defence", floodDefenceArticles, FLOOD_DEFENCE_EXPECTED],
  ["retail breach", retailBreachArticles, RETAIL_BREACH_EXPECTED],
  ["mine rescue", mineRescueArticles, MINE_RESCUE_EXPECTED],
  ["volcano eruption", volcanoEruptionArticles, VOLCANO_ERUPTION_EXPECTED],
  ["colliery roof fall", collieryRoofFallArticles, COLLIERY_ROOF_FALL_EXPECTED],
  ["drug approval", drugApprovalArticles, DRUG_APPROVAL_EXPECTED],
  ["cup final", cupFinalArticles, CUP_FINAL_EXPECTED],
  ["measles outbreak", measlesOutbreakArticles, MEASLES_OUTBREAK_EXPECTED],
  ["flight cancellations", flightCancellationsArticles, FLIGHT_CANCELLATIONS_EXPECTED],
  ["bridge closure", bridgeClosureArticles, BRIDGE_CLOSURE_EXPECTED],
  ["doping ban", dopingBanArticles, DOPING_BAN_EXPECTED],
  ["minister resignation", ministerResignationArticles, MINISTER_RESIGNATION_EXPECTED],
  ["airline outage", airlineOutageArticles, AIRLINE_OUTAGE_EXPECTED],
  ["derailment", derailmentArticles, DERAILMENT_EXPECTED],
  ["museum heist", museumHeistArticles, MUSEUM_HEIST_EXPECTED],
  ["oil spill", oilSpillArticles, OIL_SPILL_EXPECTED],
  ["trade summit", tradeSummitArticles, TRADE_SUMMIT_EXPECTED],
  ["obituary", obituaryArticles, OBITUARY_EXPECTED],
  ["hurricane landfall", hurricaneLandfallArticles, HURRICANE_LANDFALL_EXPECTED],
  ["space station", spaceStationArticles, SPACE_STATION_EXPECTED],
  ["river pollution", riverPollutionArticles, RIVER_POLLUTION_EXPECTED],
  ["court verdict", courtVerdictArticles, COURT_VERDICT_EXPECTED],
  ["stadium collapse", stadiumCollapseArticles, STADIUM_COLLAPSE_EXPECTED],
  ["vaccine trial", vaccineTrialArticles, VACCINE_TRIAL_EXPECTED],
  ["plant fire", plantFireArticles, PLANT_FIRE_EXPECTED],
  ["chemical fire", chemicalFireArticles, CHEMICAL_FIRE_EXPECTED],
  ["admissions scandal", admissionsScandalArticles, ADMISSIONS_SCANDAL_EXPECTED],
  ["care home fraud", careHomeFraudArticles, CARE_HOME_FRAUD_EXPECTED],
  ["bakery closure", bakeryClosureArticles, BAKERY_CLOSURE_EXPECTED],
  ["gearbox plant closure", gearboxPlantClosureArticles, GEARBOX_PLANT_CLOSURE_EXPECTED],
  ["pipeline leak", pipelineLeakArticles, PIPELINE_LEAK_EXPECTED],
  ["pharmacy siege", pharmacySiegeArticles, PHARMACY_SIEGE_EXPECTED],
  ["hill wildfire", hillWildfireArticles, HILL_WILDFIRE_EXPECTED],
  ["smuggling trial", smugglingTrialArticles, SMUGGLING_TRIAL_EXPECTED],
  ["boil water", boilWaterArticles, BOIL_WATER_EXPECTED],
  ["bribery complaint", briberyComplaintArticles, BRIBERY_COMPLAINT_EXPECTED],
  ["boil-water notice", boilWaterNoticeArticles, BOIL_WATER_NOTICE_EXPECTED],
  ["sterling sell-off", sterlingSelloffArticles, STERLING_SELLOFF_EXPECTED],
  ["moor fire", moorFireArticles, MOOR_FIRE_EXPECTED],
  ["cave rescue", caveRescueArticles, CAVE_RESCUE_EXPECTED],
  ["treasurer theft", treasurerTheftArticles, TREASURER_THEFT_EXPECTED],
  ["repeat flood", repeatFloodArticles, REPEAT_FLOOD_EXPECTED],
  ["salmonella outbreak", salmonellaOutbreakArticles, SALMONELLA_OUTBREAK_EXPECTED],
  ["mining mudslide", miningMudslideArticles, MINING_MUDSLIDE_EXPECTED],
  ["tram overrun", tramOverrunArticles, TRAM_OVERRUN_EXPECTED],
  ["marathon heat", marathonHeatArticles, MARATHON_HEAT_EXPECTED],
  ["ammonia leak", ammoniaLeakArticles, AMMONIA_LEAK_EXPECTED],
  ["cutting landslip", cuttingLandslipArticles, CUTTING_LANDSLIP_EXPECTED],
  ["ice storm", iceStormArticles, ICE_STORM_EXPECTED],
  ["maternity closure", maternityClosureArticles, MATERNITY_CLOSURE_EXPECTED],
  ["bronzes return", bronzesReturnArticles, BRONZES_RETURN_EXPECTED],
  // summary12's held-out stories: a search that ends in a rescue, a vote a recount reverses.
  ["hillwalker search", hillwalkerSearchArticles, HILLWALKER_SEARCH_EXPECTED],
  ["referendum recount", referendumRecountArticles, REFERENDUM_RECOUNT_EXPECTED],
  // facts18's held-out stories: volumes in cubic metres, arrests "overnight", a ballot's Yes votes.
  ["reservoir rationing", reservoirRationingArticles, RESERVOIR_RATIONING_EXPECTED],
  ["city curfew", cityCurfewArticles, CITY_CURFEW_EXPECTED],
  ["strike ballot", strikeBallotArticles, STRIKE_BALLOT_EXPECTED],
  // facts19's held-out stories: patients counted two ways, a crowd and a jump told two ways.
  ["hospital waits", hospitalWaitsArticles, HOSPITAL_WAITS_EXPECTED],
  ["record run", recordRunArticles, RECORD_RUN_EXPECTED],
  // timeline18's held-out stories: a past deadline, abbreviated weekdays, this month's inspection, undated posts.
  ["landlord eviction", landlordEvictionArticles, LANDLORD_EVICTION_EXPECTED],
  ["school inspection", schoolInspectionArticles, SCHOOL_INSPECTION_EXPECTED],
  ["climbing fall", climbingFallArticles, CLIMBING_FALL_EXPECTED],
  // quotes20: quotes on three stories nobody had tuned on.
  ["song copyright", songCopyrightArticles, SONG_COPYRIGHT_EXPECTED],
  ["cyclist inquest", cyclistInquestArticles, CYCLIST_INQUEST_EXPECTED],
  ["presenter charge", presenterChargeArticles, PRESENTER_CHARGE_EXPECTED],
  // timeline19's held-out stories: wires stamped near midnight UTC, weekdays across a week, "last week", ranges.
  ["coach crash", coachCrashArticles, COACH_CRASH_EXPECTED],
  ["dam breach", damBreachArticles, DAM_BREACH_EXPECTED],
  ["budget vote", budgetVoteArticles, BUDGET_VOTE_EXPECTED],
  // quotes21's held-out stories: organisations said, quotes told to someone, a TV debate.
  ["reservoir breach", reservoirBreachArticles, RESERVOIR_BREACH_EXPECTED],
  ["zoo escape", zooEscapeArticles, ZOO_ESCAPE_EXPECTED],
  ["mayoral debate", mayoralDebateArticles, MAYORAL_DEBATE_EXPECTED],
  // summary14's held-out stories: an appeal dismissed after stances and a deliberation, a league decider, a leadership contest.
  ["pilot boat appeal", pilotBoatAppealArticles, PILOT_BOAT_APPEAL_EXPECTED],
  ["league decider", leagueDeciderArticles, LEAGUE_DECIDER_EXPECTED],
  ["leadership contest", leadershipContestArticles, LEADERSHIP_CONTEST_EXPECTED],
  // facts20's held-out stories: homes flooded and water released told two ways, passengers and a
  // speed as police, operator, tachograph and witnesses give them, a pay deal's cost and vote.
  ["dam collapse", damCollapseArticles, DAM_COLLAPSE_EXPECTED],
  ["school coach crash", schoolCoachCrashArticles, SCHOOL_COACH_CRASH_EXPECTED],
  ["teachers' pay", teachersPayArticles, TEACHERS_PAY_EXPECTED],
  // timeline21's held-out stories: a postponement "until next Monday", months to come with no year, a
  // deal "reached … on Thursday" after a plan, surveys "published on Saturday", background years.
  ["ferry grounding", ferryGroundingArticles, FERRY_GROUNDING_EXPECTED],
  ["gallery reopening", galleryReopeningArticles, GALLERY_REOPENING_EXPECTED],
  ["festival cancellation", festivalCancellationArticles, FESTIVAL_CANCELLATION_EXPECTED],
  // quotes22's held-out stories: a strike, an inquiry and a row, with places and firms that read like people.
  ["opera strike", operaStrikeArticles, OPERA_STRIKE_EXPECTED],
  ["footbridge inquiry", footbridgeInquiryArticles, FOOTBRIDGE_INQUIRY_EXPECTED],
  ["union leader row", unionLeaderRowArticles, UNION_LEADER_ROW_EXPECTED],
  // facts22's held-out stories: vehicles, a repair bill and a fire's heat told two ways, households
  // and debt on an energy price cap, jobs to go and state aid as a company and a union give them.
  ["tunnel fire", tunnelFireArticles, TUNNEL_FIRE_EXPECTED],
  ["energy price cap", energyPriceCapArticles, ENERGY_PRICE_CAP_EXPECTED],
  ["factory layoffs", factoryLayoffsArticles, FACTORY_LAYOFFS_EXPECTED],
  // facts23's held-out stories: boats lost and a harbour's workforce, a disputed turnout and an
  // electoral register, drivers on strike and a bus company's daily passengers, each told two ways.
  ["harbour fire", harbourFireArticles, HARBOUR_FIRE_EXPECTED],
  ["turnout dispute", turnoutDisputeArticles, TURNOUT_DISPUTE_EXPECTED],
  ["bus strike", busStrikeArticles, BUS_STRIKE_EXPECTED],
  // quotes23's held-out stories: a minister and a resident who share a surname, a nurse and her
  // husband, pronouns after a man and a woman are named, emails, letters and posts read out.
  ["press briefing", pressBriefingArticles, PRESS_BRIEFING_EXPECTED],
  ["tribunal ruling", tribunalRulingArticles, TRIBUNAL_RULING_EXPECTED],
  ["charity collapse", charityCollapseArticles, CHARITY_COLLAPSE_EXPECTED],
  // facts24's held-out stories: measures of one thing told two ways (a depth, a width, a price with
  // fees, an estimate, how long bidding or firefighting lasted, an area burned), with their traps.
  ["sinkhole", sinkholeArticles, SINKHOLE_EXPECTED],
  ["art auction", artAuctionArticles, ART_AUCTION_EXPECTED],
  ["hospital fire", hospitalFireArticles, HOSPITAL_FIRE_EXPECTED],
  // timeline22's held-out stories: weekdays, "yesterday", "last month" and months with no year across a
  // year end and month ends, background dates inside sentences about the news, plans and updates.
  ["council bankruptcy", councilBankruptcyArticles, COUNCIL_BANKRUPTCY_EXPECTED],
  ["rail timetable", railTimetableArticles, RAIL_TIMETABLE_EXPECTED],
  ["wildlife poisoning", wildlifePoisoningArticles, WILDLIFE_POISONING_EXPECTED],
  // timeline22's fourth: an election night run past midnight, reports stamped near midnight UTC.
  ["mayoral count", mayoralCountArticles, MAYORAL_COUNT_EXPECTED],
  // facts25's held-out stories: people taken from the water and a theatre's audience, customers cut
  // off, pupils kept from school and a plan's average rise, each told two ways, with their traps.
  ["pier collapse", pierCollapseArticles, PIER_COLLAPSE_EXPECTED],
  ["power cut", powerCutArticles, POWER_CUT_EXPECTED],
  // timeline23's held-out stories: a trial put off twice, a heat warning extended, a bank deal across a
  // year end ("on Oct. 7" in January), with "the day before", "last night" at 00:30 and dates in quotes.
  ["trial adjournment", trialAdjournmentArticles, TRIAL_ADJOURNMENT_EXPECTED],
  ["heatwave warning", heatwaveWarningArticles, HEATWAVE_WARNING_EXPECTED],
  ["bank merger", bankMergerArticles, BANK_MERGER_EXPECTED],
  // quotes24's held-out stories: a council vote, a club takeover and a hostage's release, with people who
  // share a surname, posts, statements and filings quoted, and British and US punctuation.
  ["council meeting", councilMeetingArticles, COUNCIL_MEETING_EXPECTED],
  ["club takeover", clubTakeoverArticles, CLUB_TAKEOVER_EXPECTED],
  ["hostage release", hostageReleaseArticles, HOSTAGE_RELEASE_EXPECTED],
  // timeline24's held-out stories: statements after a dated sentence, cancellations as the main verb,
  // comparison years, plans fulfilled in other words, undated posts told in order, a leap day.
  ["canal breach", canalBreachArticles, CANAL_BREACH_EXPECTED],
  ["festival crush", festivalCrushArticles, FESTIVAL_CRUSH_EXPECTED],
  ["orchestra tour", orchestraTourArticles, ORCHESTRA_TOUR_EXPECTED],
  // quotes25's held-out stories: couples and children who share a surname, "he"/"she" after a man and a
  // woman are named, sources who give a first name only, unnamed witnesses, titles (Dr, Sgt, Insp, Capt.).
  ["avalanche rescue", avalancheRescueArticles, AVALANCHE_RESCUE_EXPECTED],
  ["school evacuation", schoolEvacuationArticles, SCHOOL_EVACUATION_EXPECTED],
  ["ferry strike talks", ferryStrikeTalksArticles, FERRY_STRIKE_TALKS_EXPECTED],
  // facts27's held-out stories: injured, a silo's load and a damage bill; a closure's hours, flights
  // cancelled and passengers affected; people rescued, a building's flats and complaints, each told two
  // ways ("put the number at", "a spokesman said", "at least", words for numbers, euros), with traps.
  ["grain silo blast", grainSiloBlastArticles, GRAIN_SILO_BLAST_EXPECTED],
  ["airport drone closure", airportDroneClosureArticles, AIRPORT_DRONE_CLOSURE_EXPECTED],
  ["tenement collapse", tenementCollapseArticles, TENEMENT_COLLAPSE_EXPECTED],
  // facts28's held-out stories: one outcome counted with different verbs or nouns ("told to boil" and
  // "under the notice", "trapped" and "unable to leave", "stole" and "made off with"), corrections by
  // another party ("the true number ... was closer to"), and traps of outcomes that only sound alike.
  ["water contamination", waterContaminationArticles, WATER_CONTAMINATION_EXPECTED],
  ["bridge strike", bridgeStrikeArticles, BRIDGE_STRIKE_EXPECTED],
  ["data breach fine", dataBreachFineArticles, DATA_BREACH_FINE_EXPECTED],
  // timeline25's held-out stories: a weekday after an appositive with an attribution after it, plans
  // told with ", the company said", a compound sentence whose second clause is a plan later fulfilled,
  // comparison years ("since 2019, when …"), "last week", "earlier this month", months with no year.
  ["measles school", measlesSchoolArticles, MEASLES_SCHOOL_EXPECTED],
  ["port strike", portStrikeArticles, PORT_STRIKE_EXPECTED],
  ["museum theft", museumTheftArticles, MUSEUM_THEFT_EXPECTED],
  // supersede1's held-out stories: tolls and counts that rise in other words, plans told done, a
  // proposal decided otherwise, with counts of other things and earlier facts that stay true.
  ["gondola fall", gondolaFallArticles, GONDOLA_FALL_EXPECTED],
  ["container spill", containerSpillArticles, CONTAINER_SPILL_EXPECTED],
  ["pool closures", poolClosuresArticles, POOL_CLOSURES_EXPECTED],
  // quotes26's held-out stories: a council's budget, a lab fire, a marathon in the heat; two Hasketts
  // ("Cllr", "Ms"), "she"/"he" after two people, quotes over two paragraphs, US and British
  // punctuation, unnamed spokespeople, titles (Cllr, Prof, Dame, Rev, Supt, Lt. Col.), scare quotes.
  ["council budget row", councilBudgetRowArticles, COUNCIL_BUDGET_ROW_EXPECTED],
  ["lab fire", labFireArticles, LAB_FIRE_EXPECTED],
  ["harbourside marathon", harboursideMarathonArticles, HARBOURSIDE_MARATHON_EXPECTED],
  // facts29's held-out stories: counts as adjectives ("a 14-count indictment", "a four-alarm fire"),
  // money under different nouns, counts dated by the event's day against the report's, ranges against
  // hedged figures; traps of counts grown, parts, demands and offers, sums sought and awarded.
  ["highway kickbacks", highwayKickbacksArticles, HIGHWAY_KICKBACKS_EXPECTED],
  ["solvent plant explosion", solventPlantExplosionArticles, SOLVENT_PLANT_EXPLOSION_EXPECTED],
  ["sanctuary fraud", sanctuaryFraudArticles, SANCTUARY_FRAUD_EXPECTED],
  // quotes27's held-out stories: a lighthouse sale, a Ferris wheel stoppage, a hailstorm on vineyards;
  // a couple, a father and son and a sister and brother sharing surnames, "she said" after a man and a
  // woman named together, speakers named after their role, quotes in statements and posts on X.
  ["lighthouse sale", lighthouseSaleArticles, LIGHTHOUSE_SALE_EXPECTED],
  ["ferris wheel stoppage", ferrisWheelStoppageArticles, FERRIS_WHEEL_STOPPAGE_EXPECTED],
  ["vineyard hailstorm", vineyardHailstormArticles, VINEYARD_HAILSTORM_EXPECTED],
  // timeline26's held-out stories: an event's day inside a relative clause that is the subject ("The
  // blaze that gutted … early on Saturday was started deliberately"), background years in relative and
  // participial clauses, present-perfect reports with no day, "late on Friday", "on Sunday night",
  // "overnight", months with no year across New Year, plans and their outcomes, undated articles.
  ["pavilion arson", pavilionArsonArticles, PAVILION_ARSON_EXPECTED],
  ["cruise norovirus", cruiseNorovirusArticles, CRUISE_NOROVIRUS_EXPECTED],
  ["water main burst", waterMainBurstArticles, WATER_MAIN_BURST_EXPECTED],
  // supersede2's held-out stories: tolls that rise after one told inside the event's sentence, statuses
  // that change (at large, then arrested; closed, then reopened; talks, then a deal), plans then
  // outcomes, with counts of other things and statuses that did not change.
  ["fireworks depot blast", fireworksDepotBlastArticles, FIREWORKS_DEPOT_BLAST_EXPECTED],
  ["refuse strike", refuseStrikeArticles, REFUSE_STRIKE_EXPECTED],
  ["campsite flash flood", campsiteFlashFloodArticles, CAMPSITE_FLASH_FLOOD_EXPECTED],
  // facts31's held-out stories: rival counts by different sayers (a hospital and a researcher, a
  // university and a union, a sheriff and a county office), one duration told in other units (hours
  // and days, months and years, days and a week), with counts grown, own revisions, parts and roundings.
  ["hospital ransomware", hospitalRansomwareArticles, HOSPITAL_RANSOMWARE_EXPECTED],
  ["exam paper leak", examPaperLeakArticles, EXAM_PAPER_LEAK_EXPECTED],
  ["canyon fire evacuation", canyonFireEvacuationArticles, CANYON_FIRE_EVACUATION_EXPECTED],
  // stale18's held-out stories: statements later news overtook (a sentence asked of a court, open-ended statuses, suspects sought).
  ["pension fraud sentencing", pensionFraudSentencingArticles, PENSION_FRAUD_SENTENCING_EXPECTED],
  ["chlorine tanker leak", chlorineTankerLeakArticles, CHLORINE_TANKER_LEAK_EXPECTED],
  ["post office raid", postOfficeRaidArticles, POST_OFFICE_RAID_EXPECTED],
  // stale19's held-out stories: plans fulfilled in other words, counts of the missing after they are
  // found, searches and recounts under way after their result, a warning lifted in other words, a lead
  // part way through a count after the result.
  ["trawler sinking", trawlerSinkingArticles, TRAWLER_SINKING_EXPECTED],
  ["island by-election", islandByelectionArticles, ISLAND_BYELECTION_EXPECTED],
  ["wartime bomb", wartimeBombArticles, WARTIME_BOMB_EXPECTED],
  // quotes29's held-out stories: a film festival, a baseball trade, a psalter stolen from a library;
  // titles in quotation marks in sentences where someone speaks, teams and gangs by their nicknames,
  // couples named together, speakers quoted in sentences that name someone else, scare quotes.
  ["film festival", filmFestivalArticles, FILM_FESTIVAL_EXPECTED],
  ["player trade", playerTradeArticles, PLAYER_TRADE_EXPECTED],
  ["manuscript theft", manuscriptTheftArticles, MANUSCRIPT_THEFT_EXPECTED],
  // quotes30's held-out stories: a chess cheating complaint, bees poisoned by a crop spray, a misprinted
  // scratchcard; "he"/"she" after someone of the other sex is named, spokespeople for a body after a
  // person is named, sentence openers and titles before names, quotes inside quotes, quotes over two
  // paragraphs, a speaker named only in the sentence after the quote.
  ["chess cheating", chessCheatingArticles, CHESS_CHEATING_EXPECTED],
  ["bee poisoning", beePoisoningArticles, BEE_POISONING_EXPECTED],
  ["scratchcard misprint", scratchcardMisprintArticles, SCRATCHCARD_MISPRINT_EXPECTED],
  // facts33's held-out stories: figures in an apposition or a possessive inside a sentence about
  // something else, a distance told in other words, hospital counts by other nouns and verbs, a count
  // by a subject and in the passive, an unnamed person's age, a sentence in years and months, two
  // outlets' tolls of one evening; with grown counts, own revisions, forecasts, demands and offers.
  ["wedding food poisoning", weddingFoodPoisoningArticles, WEDDING_FOOD_POISONING_EXPECTED],
  ["hillside landslide", hillsideLandslideArticles, HILLSIDE_LANDSLIDE_EXPECTED],
  ["doorstep roofing fraud", doorstepRoofingFraudArticles, DOORSTEP_ROOFING_FRAUD_EXPECTED],
  // facts34's held-out stories: people aboard counted by role and as a total, a depth and a distance
  // in other words, birds and officers counted by other nouns and verbs, sizes of a prison, a wing, a
  // union and a farm in relative clauses; with grown counts, parts and wholes, own revisions, offers.
  ["towboat sinking", towboatSinkingArticles, TOWBOAT_SINKING_EXPECTED],
  ["prison disturbance", prisonDisturbanceArticles, PRISON_DISTURBANCE_EXPECTED],
  ["duck farm flu", duckFarmFluArticles, DUCK_FARM_FLU_EXPECTED],
  // latest10's held-out stories: stories that end with a development that changes them (a search
  // called off, an inquest's conclusion, a reopening), with a last article that retells the first
  // day in its lead, a late opinion piece and a follow-up that adds a minor detail.
  ["reef divers search", reefDiversSearchArticles, REEF_DIVERS_SEARCH_EXPECTED],
  ["elephant keeper inquest", elephantKeeperInquestArticles, ELEPHANT_KEEPER_INQUEST_EXPECTED],
  ["cliff railway reopening", cliffRailwayReopeningArticles, CLIFF_RAILWAY_REOPENING_EXPECTED],
  // facts35's held-out stories: those aboard as a sum of parts and as a whole, heights and stretches told
  // before a noun and in other words, one group counted by other nouns and verbs, a running total against
  // a plain count of the same day, a fall's height; with grown counts, parts, designs, own revisions.
  ["balloon fiesta crash", balloonFiestaCrashArticles, BALLOON_FIESTA_CRASH_EXPECTED],
  ["broadcast tower collapse", broadcastTowerCollapseArticles, BROADCAST_TOWER_COLLAPSE_EXPECTED],
  ["turtle cold stun", turtleColdStunArticles, TURTLE_COLD_STUN_EXPECTED],
  // latest11's held-out stories: stories that move on a late day (a cause found, a final count of a
  // part of a whole, a verdict), with a plan announced the same day, an earlier partial count and a
  // last article that adds only a human detail.
  ["hostel carbon monoxide", hostelCarbonMonoxideArticles, HOSTEL_CARBON_MONOXIDE_EXPECTED],
  ["mobile home tornado", mobileHomeTornadoArticles, MOBILE_HOME_TORNADO_EXPECTED],
  ["counterfeit wine trial", counterfeitWineTrialArticles, COUNTERFEIT_WINE_TRIAL_EXPECTED],
  // latest12's held-out stories: what later news leaves outdated (an offer overtaken by its
  // acceptance, an order widened, a running total told as the whole, a state that ended, a count revised
  // down), with a standing fact told early, a plan announced the same day and a part told with its days.
  // First run (before any fix): symphony all right; lift 4/5 pairs apart, 5/6 current kept; flood 6/6
  // pairs apart, 4/6 current kept, 2 stale lines alone, corroboration 0/1 (details in each file).
  ["symphony strike", symphonyStrikeArticles, SYMPHONY_STRIKE_EXPECTED],
  ["lift bracket checks", liftBracketChecksArticles, LIFT_BRACKET_CHECKS_EXPECTED],
  ["ridge county flood", ridgeCountyFloodArticles, RIDGE_COUNTY_FLOOD_EXPECTED],
  // The lead's held-out batches G (session 24) and H (session 25), kept outside the repository until
  // their first run was recorded; fitted since (rules were written from their misses).
  ["gas blast", gasBlastArticles, GAS_BLAST_EXPECTED],
  ["crane collapse", craneCollapseArticles, CRANE_COLLAPSE_EXPECTED],
  ["whale stranding", whaleStrandingArticles, WHALE_STRANDING_EXPECTED],
  ["balloon crash", balloonCrashArticles, BALLOON_CRASH_EXPECTED],
  ["legionnaires outbreak", legionnairesOutbreakArticles, LEGIONNAIRES_OUTBREAK_EXPECTED],
  ["tornado strike", tornadoStrikeArticles, TORNADO_STRIKE_EXPECTED],
  ["doctors strike", doctorsStrikeArticles, DOCTORS_STRIKE_EXPECTED],
  ["bank outage", bankOutageArticles, BANK_OUTAGE_EXPECTED],
  ["engine failure landing", engineFailureLandingArticles, ENGINE_FAILURE_LANDING_EXPECTED],
  ["coaster derailment", coasterDerailmentArticles, COASTER_DERAILMENT_EXPECTED],
  ["motorway fog pileup", motorwayFogPileupArticles, MOTORWAY_FOG_PILEUP_EXPECTED],
  ["golf lightning strike", golfLightningStrikeArticles, GOLF_LIGHTNING_STRIKE_EXPECTED],
  ["lost radioactive capsule", lostRadioactiveCapsuleArticles, LOST_RADIOACTIVE_CAPSULE_EXPECTED],
  ["tower block fire", towerBlockFireArticles, TOWER_BLOCK_FIRE_EXPECTED],
  ["points deduction", pointsDeductionArticles, POINTS_DEDUCTION_EXPECTED],
  ["glacier collapse", glacierCollapseArticles, GLACIER_COLLAPSE_EXPECTED],
  ["airline collapse", airlineCollapseArticles, AIRLINE_COLLAPSE_EXPECTED],
  // facts36's held-out stories: a fleet told as what an owner runs and as its fleet, people taken to
  // hospital and treated by hospitals, durations told as a modifier and as time elapsed, counts told as
  // a noun of action and a verb, ages at a sentence's end.
  ["bus garage fire", busGarageFireArticles, BUS_GARAGE_FIRE_EXPECTED],
  ["fog pileup", fogPileupArticles, FOG_PILEUP_EXPECTED],
  ["ice arena roof", iceArenaRoofArticles, ICE_ARENA_ROOF_EXPECTED],
  // facts37's held-out stories: disagreements in other words and units (money as "$40m" and "$55
  // million", shares as "a third" and "45%", winds in km/h and mph, depths in km and miles, "more than
  // 200" against 180, a headline's "kills 14" against a body's "Eleven"), with gusts against sustained
  // winds, forecasts, own revisions, parts of wholes and counts that grew.
  ["typhoon fishing port", typhoonFishingPortArticles, TYPHOON_FISHING_PORT_EXPECTED],
  ["gas storage tremor", gasStorageTremorArticles, GAS_STORAGE_TREMOR_EXPECTED],
  ["shareholder pay revolt", shareholderPayRevoltArticles, SHAREHOLDER_PAY_REVOLT_EXPECTED],
  // facts38's held-out stories: people aboard told with other nouns and verbs, one person's age told by
  // a description and by the name and as a band, a dated piece of past work's cost told by noun and
  // verb, vehicles counted against a list of kinds, lengths in fractions and words, a building's floors
  // named and described; with counts that grew, own revisions, parts, other vehicles, other works,
  // plans, precedents, a demand and an offer.
  ["dust storm pileup", dustStormPileupArticles, DUST_STORM_PILEUP_EXPECTED],
  ["lake steamer sinking", lakeSteamerSinkingArticles, LAKE_STEAMER_SINKING_EXPECTED],
  ["tower block blaze", towerBlockBlazeArticles, TOWER_BLOCK_BLAZE_EXPECTED],
  // dates14's held-out stories: other events' and the subject's own years as background lines, one
  // event told by two outlets on one day in other words, days told by a possessive ("Tuesday's blast").
  ["quarry flyrock", quarryFlyrockArticles, QUARRY_FLYROCK_EXPECTED],
  ["ice floe anglers", iceFloeAnglersArticles, ICE_FLOE_ANGLERS_EXPECTED],
  ["steam railway moor fire", steamRailwayMoorFireArticles, STEAM_RAILWAY_MOOR_FIRE_EXPECTED],
  // corro13's held-out stories: one event told by two outlets in other words and another order, a death
  // with and without the person's name, a decision by a verb and in the passive, a dated record in two
  // voices, an event with two counts; with sentences that only name the same place.
  ["escalator collapse", escalatorCollapseArticles, ESCALATOR_COLLAPSE_EXPECTED],
  ["brass band contest", brassBandContestArticles, BRASS_BAND_CONTEST_EXPECTED],
  ["racehorse loose", racehorseLooseArticles, RACEHORSE_LOOSE_EXPECTED],
  // facts39's held-out stories: a warning's lead in seconds and minutes, a crowd told by other verbs and
  // nouns, a prize told by other verbs, a stretch of road searched, a dose told as X-rays, one object's
  // size and a distance from a landmark in other unit spellings; with counts that grew, parts, hopes,
  // own revisions, bands, other things' figures, precedents and demands against offers.
  ["hillclimb spectator crash", hillclimbSpectatorCrashArticles, HILLCLIMB_SPECTATOR_CRASH_EXPECTED],
  ["radioactive capsule search", radioactiveCapsuleSearchArticles, RADIOACTIVE_CAPSULE_SEARCH_EXPECTED],
  ["links lightning strike", linksLightningStrikeArticles, LINKS_LIGHTNING_STRIKE_EXPECTED],
  // The lead's held-out batches L and M (session 28): five stories each by heldout14 and heldout15, written before
  // any run and scored unfitted (first runs in the README); a recount, a recall, a ship fire, a strike settlement, a
  // landslide; layoffs, a zoo escape, a heat-halted marathon, a stadium vote, a payment outage.
  ["car carrier fire", carCarrierFireArticles, CAR_CARRIER_FIRE_EXPECTED],
  ["graduate strike settlement", graduateStrikeSettlementArticles, GRADUATE_STRIKE_SETTLEMENT_EXPECTED],
  ["inhaler recall", inhalerRecallArticles, INHALER_RECALL_EXPECTED],
  ["rack railway landslide", rackRailwayLandslideArticles, RACK_RAILWAY_LANDSLIDE_EXPECTED],
  ["riding recount", ridingRecountArticles, RIDING_RECOUNT_EXPECTED],
  ["chimpanzee escape", chimpanzeeEscapeArticles, CHIMPANZEE_ESCAPE_EXPECTED],
  ["heat halted marathon", heatHaltedMarathonArticles, HEAT_HALTED_MARATHON_EXPECTED],
  ["payment switch outage", paymentSwitchOutageArticles, PAYMENT_SWITCH_OUTAGE_EXPECTED],
  ["software layoffs", softwareLayoffsArticles, SOFTWARE_LAYOFFS_EXPECTED],
  ["stadium subsidy vote", stadiumSubsidyVoteArticles, STADIUM_SUBSIDY_VOTE_EXPECTED],
  ["classic car auction dispute", classicCarAuctionDisputeArticles, CLASSIC_CAR_AUCTION_DISPUTE_EXPECTED],
  ["platform storm evacuation", platformStormEvacuationArticles, PLATFORM_STORM_EVACUATION_EXPECTED],
  ["runway inquiry decision", runwayInquiryDecisionArticles, RUNWAY_INQUIRY_DECISION_EXPECTED],
  ["sewage discharge fine", sewageDischargeFineArticles, SEWAGE_DISCHARGE_FINE_EXPECTED],
  ["window cradle rescue", windowCradleRescueArticles, WINDOW_CRADLE_RESCUE_EXPECTED],
  ["cycling mass crash", cyclingMassCrashArticles, CYCLING_MASS_CRASH_EXPECTED],
  ["food bank burglary", foodBankBurglaryArticles, FOOD_BANK_BURGLARY_EXPECTED],
  ["mackerel quota standoff", mackerelQuotaStandoffArticles, MACKEREL_QUOTA_STANDOFF_EXPECTED],
  ["metro tunnel flood", metroTunnelFloodArticles, METRO_TUNNEL_FLOOD_EXPECTED],
  ["motorway snow stranding", motorwaySnowStrandingArticles, MOTORWAY_SNOW_STRANDING_EXPECTED],
  // quotes5's stories (session 30), written before any run: relatives named by first name, "he said" after a
  // paragraph about another man, speakers named after the quote, a question's asker and its answerer, "the judge".
  ["ocean rowers rescue", oceanRowersRescueArticles, OCEAN_ROWERS_RESCUE_EXPECTED],
  ["lottery syndicate dispute", lotterySyndicateDisputeArticles, LOTTERY_SYNDICATE_DISPUTE_EXPECTED],
  // The lead's held-out batches P and Q (session 30): five stories each by heldout18 and heldout19, written before
  // any run, never shown to a helper, scored unfitted (first runs in the README) and added at the session's end; a
  // shark attack, a jackpot claimed twice, a wolf cull, a cable car winch rescue, a rent cap; a turbine blade, a
  // state funeral's crowds, a Channel relay swim, a bird-flu cull, library closures.
  ["cable car winch rescue", cableCarWinchRescueArticles, CABLE_CAR_WINCH_RESCUE_EXPECTED],
  ["jackpot syndicate claim", jackpotSyndicateClaimArticles, JACKPOT_SYNDICATE_CLAIM_EXPECTED],
  ["rent cap vote", rentCapVoteArticles, RENT_CAP_VOTE_EXPECTED],
  ["shark attack closures", sharkAttackClosuresArticles, SHARK_ATTACK_CLOSURES_EXPECTED],
  ["wolf pack cull", wolfPackCullArticles, WOLF_PACK_CULL_EXPECTED],
  ["channel relay swim", channelRelaySwimArticles, CHANNEL_RELAY_SWIM_EXPECTED],
  ["egg farm bird flu cull", eggFarmBirdFluCullArticles, EGG_FARM_BIRD_FLU_CULL_EXPECTED],
  ["library branch closures", libraryBranchClosuresArticles, LIBRARY_BRANCH_CLOSURES_EXPECTED],
  ["state funeral crowds", stateFuneralCrowdsArticles, STATE_FUNERAL_CROWDS_EXPECTED],
  ["turbine blade failure", turbineBladeFailureArticles, TURBINE_BLADE_FAILURE_EXPECTED],
  // The lead's held-out batches R and S (session 31): five stories each by heldout20 and heldout21, written before
  // any run, never shown to a helper, scored unfitted (first runs in the README) and added at the session's end; a
  // mine collapse, a pill recall, a marathon heat halt, a stolen painting found, a dam spillway; boxes lost
  // overboard, a teachers' strike, a patient-records exposure, an escaped tiger, a regional airline's collapse.
  ["amlodipine batch recall", amlodipineBatchRecallArticles, AMLODIPINE_BATCH_RECALL_EXPECTED],
  ["lakeshore marathon heat", lakeshoreMarathonHeatArticles, LAKESHORE_MARATHON_HEAT_EXPECTED],
  ["lute portrait recovery", lutePortraitRecoveryArticles, LUTE_PORTRAIT_RECOVERY_EXPECTED],
  ["tallong dam spillway", tallongDamSpillwayArticles, TALLONG_DAM_SPILLWAY_EXPECTED],
  ["trapped miners borehole", trappedMinersBoreholeArticles, TRAPPED_MINERS_BOREHOLE_EXPECTED],
  ["patient records exposure", patientRecordsExposureArticles, PATIENT_RECORDS_EXPOSURE_EXPECTED],
  ["regional carrier failure", regionalCarrierFailureArticles, REGIONAL_CARRIER_FAILURE_EXPECTED],
  ["storm box loss", stormBoxLossArticles, STORM_BOX_LOSS_EXPECTED],
  ["teachers walkout deal", teachersWalkoutDealArticles, TEACHERS_WALKOUT_DEAL_EXPECTED],
  ["tiger escape search", tigerEscapeSearchArticles, TIGER_ESCAPE_SEARCH_EXPECTED],
  // The lead's held-out batches T and U (session 32): five stories each by heldout22 and heldout23, written before
  // any run, never shown to a helper, scored unfitted (first runs in the README) and added at the session's end; a
  // polar ship's airlift, a ticket presale crash, a listeria recall, a cash van robbery, asbestos in a school; bus
  // route cuts, a pitch invasion, research retractions, a locust swarm, a cooling-tower demolition's debris.
  ["cash van robbery", cashVanRobberyArticles, CASH_VAN_ROBBERY_EXPECTED],
  ["listeria cheese recall", listeriaCheeseRecallArticles, LISTERIA_CHEESE_RECALL_EXPECTED],
  ["polar ship airlift", polarShipAirliftArticles, POLAR_SHIP_AIRLIFT_EXPECTED],
  ["presale crash refunds", presaleCrashRefundsArticles, PRESALE_CRASH_REFUNDS_EXPECTED],
  ["school asbestos closure", schoolAsbestosClosureArticles, SCHOOL_ASBESTOS_CLOSURE_EXPECTED],
  ["cooling tower demolition debris", coolingTowerDemolitionDebrisArticles, COOLING_TOWER_DEMOLITION_DEBRIS_EXPECTED],
  ["locust swarm crops", locustSwarmCropsArticles, LOCUST_SWARM_CROPS_EXPECTED],
  ["pitch invasion abandonment", pitchInvasionAbandonmentArticles, PITCH_INVASION_ABANDONMENT_EXPECTED],
  ["research misconduct retractions", researchMisconductRetractionsArticles, RESEARCH_MISCONDUCT_RETRACTIONS_EXPECTED],
  ["transit route cuts", transitRouteCutsArticles, TRANSIT_ROUTE_CUTS_EXPECTED],
  // The lead's held-out batches V and W (session 33): five stories each by heldout24 and heldout25, written before
  // any run, never shown to a helper, scored unfitted (first runs in the README) and added at the session's end; a
  // prison breakout, a C. difficile outbreak, a yacht race capsize, a warehouse roof under snow, a wind farm approval;
  // a trawler run down in fog, an E. coli outbreak at a nursery, a fairground ride failure, lead in school water, a
  // tractor theft gang.
  ["hospital c diff outbreak", hospitalCDiffOutbreakArticles, HOSPITAL_C_DIFF_OUTBREAK_EXPECTED],
  ["prison breakout manhunt", prisonBreakoutManhuntArticles, PRISON_BREAKOUT_MANHUNT_EXPECTED],
  ["warehouse snow roof collapse", warehouseSnowRoofCollapseArticles, WAREHOUSE_SNOW_ROOF_COLLAPSE_EXPECTED],
  ["wind farm committee approval", windFarmCommitteeApprovalArticles, WIND_FARM_COMMITTEE_APPROVAL_EXPECTED],
  ["yacht race storm capsize", yachtRaceStormCapsizeArticles, YACHT_RACE_STORM_CAPSIZE_EXPECTED],
  ["fall fair ride malfunction", fallFairRideMalfunctionArticles, FALL_FAIR_RIDE_MALFUNCTION_EXPECTED],
  ["fog trawler collision", fogTrawlerCollisionArticles, FOG_TRAWLER_COLLISION_EXPECTED],
  ["nursery ecoli outbreak", nurseryEcoliOutbreakArticles, NURSERY_ECOLI_OUTBREAK_EXPECTED],
  ["school lead water", schoolLeadWaterArticles, SCHOOL_LEAD_WATER_EXPECTED],
  ["tractor theft gang", tractorTheftGangArticles, TRACTOR_THEFT_GANG_EXPECTED],
  // The lead's held-out batches X and Y (session 34): five stories each by heldout26 and heldout27, written before
  // any run, never shown to a helper, scored unfitted (first runs in the README) and added at the session's end; a
  // toxic algae bloom, a fishermen's port blockade, a crypto exchange collapse, wildfire smoke closing schools, a
  // hospital pharmacy dosing error; a tourist coach off a mountain road, heatwave rolling blackouts, a drone show
  // failure, a rare-egg collector's trial, supermarket price-fixing fines.
  ["crypto exchange freeze", cryptoExchangeFreezeArticles, CRYPTO_EXCHANGE_FREEZE_EXPECTED],
  ["lake algae dog deaths", lakeAlgaeDogDeathsArticles, LAKE_ALGAE_DOG_DEATHS_EXPECTED],
  ["pharmacy heparin error", pharmacyHeparinErrorArticles, PHARMACY_HEPARIN_ERROR_EXPECTED],
  ["port fuel blockade", portFuelBlockadeArticles, PORT_FUEL_BLOCKADE_EXPECTED],
  ["wildfire smoke schools", wildfireSmokeSchoolsArticles, WILDFIRE_SMOKE_SCHOOLS_EXPECTED],
  ["drone show malfunction", droneShowMalfunctionArticles, DRONE_SHOW_MALFUNCTION_EXPECTED],
  ["heatwave rolling blackouts", heatwaveRollingBlackoutsArticles, HEATWAVE_ROLLING_BLACKOUTS_EXPECTED],
  ["rare egg collector", rareEggCollectorArticles, RARE_EGG_COLLECTOR_EXPECTED],
  ["supermarket cartel fines", supermarketCartelFinesArticles, SUPERMARKET_CARTEL_FINES_EXPECTED],
  ["tour coach ravine", tourCoachRavineArticles, TOUR_COACH_RAVINE_EXPECTED],
];

const squash = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const contains = (text: string, piece: string) => squash(text).includes(squash(piece));
const accepted = (date: string | null, dates: ReadonlyArray<string | null>) =>
  dates.some((wanted) => (wanted === null ? date === null : date !== null && date.startsWith(wanted)));

async function score(name: string, articles: Article[], expected: ExpectedFacts): Promise<string[]> {
  const facts = extractFacts(articles);
  const digest: Digest = await generateDigest({
    story: { id: name, label: name, articleIds: articles.map((article) => article.id), startAt: null, endAt: null },
    articles,
    engine: createOfflineEngine(),
  });
  const lines: string[] = [`== ${name} (${articles.length} articles)`];
  const misses: string[] = [];

  // Quotes: every quotation found by code (before the digest chooses a few).
  let quotesRight = 0;
  let partialRight = 0;
  for (const wanted of expected.quotes) {
    const found = facts.quotes.filter(
      (quote) => contains(quote.text, wanted.text) || contains(wanted.text, quote.text),
    );
    const right = found.some((quote) => quote.speaker === wanted.speaker);
    if (right) quotesRight += 1;
    else
      misses.push(
        `quote "${wanted.text}": want ${wanted.speaker}, got ${found.map((quote) => `${quote.speaker}`).join(" | ") || "no quote"}`,
      );
    if (found.some((quote) => quote.partial === (wanted.partial ?? false))) partialRight += 1;
    else if (found.length > 0) misses.push(`quote "${wanted.text}": partial should be ${wanted.partial ?? false}`);
  }
  const unexpected = facts.quotes.filter(
    (quote) =>
      !expected.quotes.some((wanted) => contains(quote.text, wanted.text) || contains(wanted.text, quote.text)),
  );
  for (const quote of unexpected) misses.push(`extra quote "${quote.text}" (${quote.speaker})`);
  const shownWrong = digest.quotes.filter((quote) => {
    const wanted = expected.quotes.find((item) => contains(quote.text, item.text) || contains(item.text, quote.text));
    return !wanted || wanted.speaker !== quote.speaker;
  });
  for (const quote of shownWrong) misses.push(`digest shows quote "${quote.text}" as ${quote.speaker}`);
  lines.push(
    `quotes: ${quotesRight}/${expected.quotes.length} with the right speaker, partial flag right ${partialRight}/${expected.quotes.length}, ${unexpected.length} extra; digest shows ${digest.quotes.length}, ${shownWrong.length} wrong`,
  );

  // Timeline: the entries facts code puts on it, and the date it gives every sentence.
  let onTimelineRight = 0;
  let onTimelineCited = 0;
  let onTimelineWrong = 0;
  let sentenceRight = 0;
  // An entry in its words, else one that tells the same development in another outlet's words and cites it.
  const entryOf = (text: string) => {
    const told = facts.sentences.filter((item) => contains(item.sentence.text, text));
    const own = facts.timeline.find((item) => contains(item.text, text));
    const citing = facts.timeline.find((item) =>
      item.citations.some((citation) =>
        told.some(
          (sentence) => sentence.article.id === citation.articleId && sentence.sentence.start === citation.start,
        ),
      ),
    );
    return { own, entry: own ?? citing };
  };
  for (const wanted of expected.timeline) {
    const index = facts.sentences.findIndex((item) => contains(item.sentence.text, wanted.text));
    const when = index >= 0 ? (facts.sentenceDates[index]?.date ?? null) : undefined;
    const { own, entry } = entryOf(wanted.text);
    if (entry && accepted(entry.date, wanted.dates)) {
      onTimelineRight += 1;
      if (!own) onTimelineCited += 1;
    } else if (entry) {
      onTimelineWrong += 1;
      misses.push(`timeline "${wanted.text}": dated ${entry.date}, want ${wanted.dates.join(" or ")}`);
    } else misses.push(`timeline "${wanted.text}": not on the timeline (sentence dated ${when})`);
    if (when !== undefined && accepted(when, wanted.dates)) sentenceRight += 1;
  }
  // The digest's timeline adds superseded statements dated the same way: those are checked too.
  let digestWrong = 0;
  for (const entry of digest.timeline) {
    const wanted = expected.timeline.find((item) => contains(entry.text, item.text));
    if (wanted && !accepted(entry.date, wanted.dates)) {
      digestWrong += 1;
      misses.push(`digest timeline "${wanted.text}": dated ${entry.date}, want ${wanted.dates.join(" or ")}`);
    }
    // A date it must never have counts too (the digest's entries are not all expected ones).
    const never = expected.neverDated.find(
      (item) =>
        contains(entry.text, item.text) &&
        entry.date != null &&
        (entry.date === item.date || (!item.exact && entry.date.startsWith(`${item.date}-`))),
    );
    if (!wanted && never) {
      digestWrong += 1;
      misses.push(`digest timeline "${never.text}": dated ${entry.date} (must never be ${never.date})`);
    }
  }
  let backgroundWrong = 0;
  for (const never of expected.neverDated) {
    const entry = facts.timeline.find((item) => contains(item.text, never.text));
    const index = facts.sentences.findIndex((item) => contains(item.sentence.text, never.text));
    const when = index >= 0 ? facts.sentenceDates[index]?.date : undefined;
    const taken = (date: string | null | undefined) =>
      date != null && (date === never.date || (!never.exact && date.startsWith(`${never.date}-`)));
    if (taken(entry?.date) || taken(when)) {
      backgroundWrong += 1;
      misses.push(`"${never.text}" dated ${entry?.date ?? when} (must never be ${never.date})`);
    }
  }
  // One event told with other relative days is one entry; entries stand in the order the texts show.
  let sameRight = 0;
  for (const [a, b] of expected.sameEntry ?? []) {
    const [first, second] = [entryOf(a), entryOf(b)];
    const one = first.entry !== undefined && first.entry === second.entry;
    if (one) sameRight += 1;
    else
      misses.push(
        `timeline "${a}" and "${b}": ${first.entry && second.entry ? `two entries (${first.entry.date}, ${second.entry.date})` : "not both on it"}`,
      );
  }
  const positions = (expected.order ?? []).map((text) => {
    const entry = entryOf(text).entry;
    return entry ? facts.timeline.indexOf(entry) : -1;
  });
  const inOrder = positions.every(
    (position, index) => position >= 0 && (index === 0 || position >= positions[index - 1]!),
  );
  if (!inOrder) misses.push(`timeline order of ${expected.order?.join(" | ")}: entries at ${positions.join(", ")}`);
  lines.push(
    `timeline: ${onTimelineRight}/${expected.timeline.length} expected entries on it with the right date (${onTimelineCited} as a citation of an entry in another outlet's words), ${onTimelineWrong} with a wrong date (${facts.timeline.length} entries in all); digest timeline entries with a wrong date ${digestWrong} of ${digest.timeline.length}; sentence dates right ${sentenceRight}/${expected.timeline.length}; background dates taken ${backgroundWrong}/${expected.neverDated.length}${expected.sameEntry ? `; one event one entry ${sameRight}/${expected.sameEntry.length}` : ""}${expected.order ? `; order ${inOrder ? "right" : "wrong"}` : ""}`,
  );

  // Disagreements. A value as written: "14" is not inside "14.1".
  const valueIn = (claimValue: string, value: string) =>
    new RegExp(`(^|[^\\d.,])${value.replace(/[.]/g, "\\.")}($|[^\\d.,]|[.,](?!\\d))`).test(claimValue);
  const has = (disagreement: Digest["disagreements"][number], value: string) =>
    disagreement.claims.some((claim) => valueIn(claim.value, value));
  let disagreementsRight = 0;
  for (const wanted of expected.disagreements) {
    const found = facts.disagreements.find((item) => has(item, wanted.values[0]) && has(item, wanted.values[1]));
    const outlets = found?.claims.map((claim) => claim.outlets?.[0]) ?? [];
    if (found && wanted.outlets.every((outlet) => outlets.includes(outlet))) disagreementsRight += 1;
    else
      misses.push(
        `disagreement ${wanted.values.join(" vs ")} (${wanted.outlets.join(" vs ")}) ${found ? `found with outlets ${outlets.join(", ")}` : "not found"}`,
      );
  }
  const wrong = facts.disagreements.filter(
    (item) => !expected.disagreements.some((wanted) => has(item, wanted.values[0]) && has(item, wanted.values[1])),
  );
  for (const item of wrong)
    misses.push(
      `false disagreement "${item.topic}": ${item.claims.map((claim) => `${claim.value} (${claim.outlets?.join(", ")}: ${claim.text})`).join(" vs ")}`,
    );
  // A trap counts wherever it is taken: a third value joined to a real disagreement (an offer's cost
  // beside the deal's two) sets the trap's two values against each other too.
  const taken = expected.notDisagreements.filter(([a, b]) =>
    facts.disagreements.some((item) => has(item, a) && has(item, b)),
  );
  for (const [a, b] of taken) misses.push(`trap taken: ${a} vs ${b}`);
  const trapsTaken = taken.length;
  lines.push(
    `disagreements: ${disagreementsRight}/${expected.disagreements.length} right, ${wrong.length} wrong (${trapsTaken} of the ${expected.notDisagreements.length} written traps taken); digest shows ${digest.disagreements.length}`,
  );

  // Corroboration of given claims.
  let corroborationRight = 0;
  for (const wanted of expected.corroboration) {
    const sentence = facts.sentences.find((item) => contains(item.sentence.text, wanted.text));
    if (!sentence) {
      misses.push(`corroboration: no sentence "${wanted.text}"`);
      continue;
    }
    const [result] = corroborate([{ text: sentence.sentence.text, citations: [] }], articles, facts.sentences);
    if (result?.corroboration.outlets === wanted.outlets) corroborationRight += 1;
    else
      misses.push(`corroboration "${wanted.text}": ${result?.corroboration.outlets} outlets, want ${wanted.outlets}`);
  }
  const independent = new Set(digest.sources.filter((source) => source.independent).map((source) => source.source))
    .size;
  const overCounted = [...digest.summary, ...digest.keyPoints].filter(
    (sentence) => (sentence.corroboration?.outlets ?? 0) > independent || (sentence.corroboration?.outlets ?? 0) < 1,
  ).length;
  lines.push(
    `corroboration: ${corroborationRight}/${expected.corroboration.length} written claims counted right; digest sentences out of range ${overCounted}`,
  );

  // Key points: each should say something the summary does not (a figure or a name it lacks).
  const summaryText = digest.summary.map((sentence) => sentence.text).join(" ");
  const tokensOf = (text: string) => new Set(text.match(/\d[\d,.]*\d|\d|\b[A-Z][\p{L}'’-]+/gu) ?? []);
  const summaryTokens = tokensOf(summaryText);
  const repeating = digest.keyPoints.filter((point) =>
    [...tokensOf(point.text)].every((token) => summaryTokens.has(token)),
  );
  for (const point of repeating) misses.push(`key point adds no figure or name: ${point.text}`);
  lines.push(`key points: ${digest.keyPoints.length}, ${repeating.length} adding no figure or name the summary lacks`);

  // Headline: what happened most recently, when the story says what that is.
  if (expected.headline) {
    const right = expected.headline.some((piece) => contains(digest.headline, piece));
    if (!right) misses.push(`headline "${digest.headline}": want one of ${expected.headline.join(" | ")}`);
    lines.push(`headline: ${right ? "says what happened last" : "wrong"} ("${digest.headline}")`);
  }

  // Summary: the news it must tell, and prose that states none.
  if (expected.summary) {
    const missing = expected.summary.holds.filter((piece) => !contains(summaryText, piece));
    const unwanted = expected.summary.never.filter((piece) => contains(summaryText, piece));
    for (const piece of missing) misses.push(`summary lacks "${piece}"`);
    for (const piece of unwanted) misses.push(`summary holds "${piece}"`);
    lines.push(
      `summary: ${expected.summary.holds.length - missing.length}/${expected.summary.holds.length} wanted pieces, ${unwanted.length} unwanted`,
    );
  }

  // What later news supersedes: never beside it in a summary, and what stays true never left out.
  if (expected.supersession) {
    const result = await supersessionMisses(name, articles, expected);
    misses.push(...result.misses);
    for (const line of result.alone) misses.push(`stale line told without its successor at ${line}`);
    lines.push(
      `supersession: ${result.apart}/${expected.supersession.apart.length} superseded pairs kept apart at 120 and 250 words, ${result.current}/${expected.supersession.current.length} current statements kept, ${result.alone.length} stale lines told without their successor`,
    );
  }

  return [...lines, ...misses.map((miss) => `  - ${miss}`)];
}

const only = process.argv.slice(2);
for (const [name, articlesOf, expected] of STORIES) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`${(await score(name, articlesOf(), expected)).join("\n")}\n`);
}
