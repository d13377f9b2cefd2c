"""Events stage: triggers + dependency roles -> PLOVER/CAMEO events with evidence.

For every token whose lemma heads a row of the trigger lexicon (``data/triggers.tsv``)
the coder checks the row's other words among the token's dependents, picks the most
specific row, and reads the roles off the parse:

- verbs: subject (or the "by" agent of a passive) is the source; the direct object
  or the object of the row's target prepositions is the target; a passive subject
  is the target; a missing subject is inherited through control ("told X to meet"
  -> X), coordination and relative clauses;
- nouns: a possessor, a "by" phrase or a nationality modifier is the source; the
  row's prepositions give the target; a noun that is the object of a verb takes the
  verb's subject as its source ("launched an attack on ...").

Each role is resolved to a document-level actor (``actors`` stage), so its country is
the actor's own, never the nearest country word.  Factuality comes from
``factuality.py``.  An event needs at least one coded side; an act embedded in another
event ("urged X to release", "threatened to strike") is part of that event, not a
second one; "denied"/"ruled out" with a clause are negation, not rejection; one
sentence never yields the same (type, source, target) twice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from .actors import ActorCoder
from .factuality import REPORTING as _REPORTING
from .factuality import factuality, ruled_out_clause
from .lexicon import NONSTATE_CODES, STATE_BODY_SECTORS, Lexicon, Trigger, Triggers
from .nlp import PARTITIVE_WORDS, ParsedDoc
from .places import PlaceIndex
from .records import Actor, Event, Quote

# Dependencies followed when looking for a row's other words below its head.
_PHRASE_EDGES = frozenset({"prt", "prep", "pobj", "dobj", "compound", "amod", "xcomp", "advmod", "pcomp", "npadvmod",
                           "attr", "acomp", "dative", "nsubjpass", "agent", "nmod", "oprd", "aux"})
# Verbs whose object is the subject of their infinitive ("told an emissary to meet").
_OBJECT_CONTROL = frozenset({"tell", "ask", "urge", "order", "force", "allow", "invite", "persuade", "instruct",
                             "authorize", "authorise", "press", "encourage", "direct", "send", "help", "pressure",
                             "call", "appeal", "permit", "enable", "require", "push", "compel", "summon",
                             "prompt", "spur", "lead", "cause"})
# Verbs that only mark negation when they govern a clause ("denied attacking", "ruled out sending").
_NEGATING_MARKERS = frozenset({"deny", "refute", "dismiss", "rule"})   # "rule" as in "ruled out"
_DENIALS = _NEGATING_MARKERS - {"dismiss"}   # "dismissed the criticism" answers a speech act, denies no act
_PRESSURE_ACTS = ("ACCUSE", "REQUEST", "SANCTION", "THREATEN", "REJECT")
# Nouns that stand for another party's speech act: rejecting "the demand" rejects its author.
_CONTENT_NOUNS = {"demand": ("REQUEST",), "call": ("REQUEST",), "request": ("REQUEST",), "appeal": ("REQUEST",),
                  "ultimatum": ("THREATEN", "REQUEST"), "criticism": ("ACCUSE",), "accusation": ("ACCUSE",),
                  "allegation": ("ACCUSE",), "claim": ("ACCUSE",), "charge": ("ACCUSE",), "launch": ("ASSAULT", "MOBILIZE"),
                  # "rejected the remarks": another party's words that pressed or reproached
                  "remark": _PRESSURE_ACTS, "comment": _PRESSURE_ACTS,
                  "test": ("MOBILIZE", "ASSAULT"), "offer": ("AGREE", "CONCEDE"),
                  "proposal": ("AGREE", "CONCEDE", "REQUEST"), "arrangement": ("AGREE", "CONCEDE", "REQUEST"), "plan": ("AGREE", "CONCEDE"), "invitation": ("CONSULT", "AGREE")}
# Nouns that name another party's act without saying which ("condemned the launch", "welcomed the move").
_ACT_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "act", "incursion", "ruling",
                        "provocation", "announcement"})
# Abstract nouns that name another party's earlier act by its character, not by its own word ("condemned the
# aggression", "demanded an investigation", "called the operation a provocation", "rejected the interference"): the
# kinds of earlier event each can stand for. They come before the noun's own trigger reading ("investigation" is an
# inquiry of one's own; "demanded an investigation" asks the doer of the act to answer for it).
_FORCE_ACTS = ("ASSAULT", "COERCE", "MOBILIZE", "SEIZE")
_REFERRED_ACTS = {"aggression": _FORCE_ACTS, "violation": _FORCE_ACTS, "incident": _FORCE_ACTS,
                  "operation": _FORCE_ACTS, "breach": _FORCE_ACTS, "investigation": _FORCE_ACTS,
                  "inquiry": _FORCE_ACTS, "probe": _FORCE_ACTS, "complaint": _FORCE_ACTS, "provocation": _FORCE_ACTS + ("THREATEN",),
                  "interference": _PRESSURE_ACTS, "meddling": _PRESSURE_ACTS}
_GRIEVANCES = frozenset({"complaint"})
# Heads of grievances filed with a body ("complained to", "lodged a protest with", "filed a complaint with").
_FILED_GRIEVANCES = frozenset({"complain", "complaint", "protest", "lodge", "file"})
# Nouns of stopping an act ("a halt to the strikes", "an end to the shelling"): a request for one is aimed at its doer.
_CESSATIONS = frozenset({"halt", "end", "stop", "cessation"})
_NAMING = frozenset({"call", "describe", "term", "dub", "brand"})
_INQUIRIES = frozenset({"investigation", "inquiry", "probe"})
# Nouns of a stance whose holder is the doer of their complement ("no intention of joining", "plans to").
_STANCE_NOUNS = frozenset({"intention", "intent", "plan", "desire", "willingness", "readiness", "hope", "wish", "aim",
                           "goal", "determination", "commitment", "right"})
# Stance nouns whose infinitive is the act planned, not a purpose ("had no plans to close the embassy").
_PLAN_NOUNS = frozenset({"plan", "intention", "intent"})
# Opening quotation marks as the parser splits them (straight and curly, double and single): a quoted name
# after an object ('called the seizure "a theft"'). _QUOTE_TOKENS has the double marks, opening and closing.
_QUOTE_MARKS = frozenset({"\"", "\u201c", "\u2018", "'", "``"})
# Adverbs that make any act told in a reported clause a wrongdoing ("said the agency was operating illegally").
_UNLAWFULLY = frozenset({"illegally", "unlawfully", "illegitimately", "clandestinely"})
# Words that dismiss another's statement as untrue ("the protest was unfounded") and the statements they dismiss.
_DISMISSALS = frozenset({"unfounded", "baseless", "groundless", "false", "untrue", "fabricated", "absurd"})
_SPEECH_NOUNS = frozenset({"protest", "accusation", "allegation", "claim", "charge", "criticism", "report", "statement",
                           "complaint"})
# Natural or accidental causes of harm: no actor ("the cyclone killed", "destroyed by floods", "a car crash").
_HAZARDS = frozenset({"cyclone", "storm", "flood", "flooding", "earthquake", "quake", "locust", "drought", "wildfire",
                      "crash", "accident", "landslide", "mudslide", "hurricane", "typhoon", "tsunami", "avalanche",
                      "heatwave", "virus", "outbreak", "epidemic", "cholera", "disease", "eruption", "blaze", "lightning",
                      "collapse"})
# Words of a sports report ("attacked from the opening whistle", "won on penalties").
_SPORTS = frozenset({"match", "whistle", "half-time", "halftime", "tournament", "league", "championship", "penalty",
                     "striker", "midfielder", "goalkeeper", "coach", "squad", "derby", "qualifier", "goalless", "scorer",
                     "kickoff", "kick-off", "innings", "wicket", "football", "rugby", "cricket", "tennis", "olympic",
                     "semi-final", "semifinal", "quarter-final", "playoff", "stadium", "fixture"})
# Words only a sports report uses (not "match", "league", "penalty", "coach" of _SPORTS, which politics uses too).
_SPORTS_ONLY = frozenset({"club", "fan", "player", "footballer", "athlete", "teammate", "referee", "whistle", "half-time",
                          "halftime", "midfielder", "goalkeeper", "derby", "goalless", "scorer", "kickoff",
                          "kick-off", "innings", "wicket", "football", "rugby", "cricket", "tennis", "semi-final",
                          "semifinal", "quarter-final", "playoff", "stadium"})
# Types that a sports report fires on in another sense ("fans support the club", "handed a boost", "apologised").
_SPORTING_TYPES = frozenset({"SUPPORT", "CONCEDE", "COOPERATE", "AGREE", "CONSULT"})
# Prepositions of a point in time ("on Monday", "in March"), never a row's particle when they govern a date.
_TIME_PREPOSITIONS = frozenset({"on", "in", "at"})
# Particles of carrying on ("pressed on", "pushed ahead"): no act on another party.
_CONTINUING = frozenset({"on", "ahead", "along"})
#: The anonymity formulas of a source: "asked not to be named / identified / quoted"; "not authorized to speak
#: to the media", "not allowed to comment publicly" (the permission verbs and the speech verbs they govern);
#: "requested anonymity", "spoke on condition of anonymity".
_UNNAMED_VERBS = frozenset({"name", "identify", "quote", "cite"})
_PERMISSION_VERBS = frozenset({"authorize", "authorise", "allow", "permit", "empower", "clear"})
_SOURCE_SPEECH = frozenset({"speak", "talk", "comment", "brief", "discuss", "disclose"})
# Speech verbs of declining to speak ("declined to elaborate / give details / say"): no refusal of an act.
_UNSAID = frozenset({"say", "elaborate", "give", "provide", "confirm", "answer", "respond", "reveal", "specify", "detail",
                     "be", "discuss", "explain", "state"})
# Verbs of crying out a slogan ("chanting 'X, out!'").
_CHANTING = frozenset({"chant", "shout", "scream", "yell", "cry", "sing"})
# Verbs whose participle on a noun names people by their protest ("opposition supporters protesting against ...").
_PROTESTING = frozenset({"protest", "demonstrate", "march", "rally", "strike", "demand", "chant", "riot", "picket"})
# Documents that speak for their issuer ("a resolution criticising X", "a statement condemning Y"), recorded messages
# too ("released a recording urging Y").
_DOCUMENTS = frozenset({"resolution", "statement", "letter", "report", "declaration", "communique", "communiqué", "motion",
                        "note", "decree", "bill", "petition", "notice", "gazette", "directive", "circular", "proclamation",
                        "video", "message", "recording", "tweet", "application", "complaint", "lawsuit",
                        "indictment"})
# Particles of phrasal rows that are also prepositions ("give in", "pull out", "step down", "call off").
_PARTICLES = frozenset({"in", "out", "down", "off", "back"})
# Modifiers of "term" that make it a term of office, not a prison term ("handing the leader a seventh term").
_TERM_COUNTS = frozenset({"new", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "another",
                          "consecutive", "successive", "final", "last", "presidential", "straight"})
# Words that mark an armed actor or a weapon as the doer, or a civilian one (sense of "strike", "fire", "block").
_ARMED_WORDS = frozenset({"army", "military", "force", "troop", "soldier", "gendarme", "gendarmes", "gendarmerie", "marine", "commando", "drone", "jet", "aircraft", "missile", "rocket",
                          "artillery", "navy", "militant", "rebel", "fighter", "gunman", "militia", "warplane", "air",
                          "police", "guard", "insurgent", "ship", "vessel", "bomber", "tank", "helicopter",
                          "destroyer", "frigate", "corvette", "officer", "policeman"})
# Blunt weapons that mark a beating as violence ("beaten with batons") and the verbs they mark.
_BLUNT_WEAPONS = frozenset({"baton", "truncheon", "club", "stick", "rod", "whip", "cudgel", "bat", "pipe", "cable",
                            "butt", "hose", "iron"})
_BEATING_VERBS = frozenset({"beat", "strike", "hit", "assault", "attack", "club", "thrash", "flog", "whip"})
# Doers outside the state: their seizing of people is an abduction, not an arrest ("gunmen seized five teachers").
_NONSTATE = frozenset({"rebel", "militant", "gunman", "gunmen", "separatist", "insurgent", "jihadist", "bandit", "kidnapper",
                       "abductor", "pirate", "extremist", "terrorist", "group", "militia", "militiaman", "guerrilla",
                       "guerilla", "assailant", "attacker", "gang", "cartel"})
# What a detainee is let go without, on or from ("freed without charge", "on bail"): a release, no rescue.
_CUSTODY_RELEASE = frozenset({"charge", "charges", "bail", "custody", "detention", "jail", "prison", "condition", "bond"})
# Forces of the state that free others' captives ("soldiers freed the hostages").
_RESCUERS = frozenset({"soldier", "troop", "army", "police", "commando", "military", "marine", "gendarme", "gendarmes",
                       "policeman", "officer", "special"})
# Objects of seizing that are property, not people ("seized three trawlers", "seized weapons").
_PROPERTY = frozenset({"ship", "vessel", "boat", "trawler", "tanker", "cargo", "weapon", "arm", "drug", "cocaine", "heroin",
                       "asset", "property", "fund", "equipment", "vehicle", "car", "truck", "document", "land", "farm",
                       "cigarette", "balloon", "goods", "shipment", "ammunition", "rifle", "gun", "passport", "computer",
                       "phone", "oil", "fuel", "aircraft", "plane", "helicopter", "drone", "money", "cash", "gold"})
# People named as members of a group ("gunmen of the X Brigade"): the group's own.
_MEMBER_WORDS = frozenset({"fighter", "member", "militant", "militiaman", "militiamen", "gunman", "gunmen", "rebel",
                           "insurgent", "supporter", "loyalist", "combatant"})
# Unnamed doers of violence ("the attackers", "gunmen", "bandits").
_PERPETRATORS = frozenset({"attacker", "gunman", "assailant", "bandit", "kidnapper", "abductor", "raider", "gunmen"})
# Words naming a side in a fight, beside the armed ones ("fought the government", "battled gangs").
_PARTY_WORDS = frozenset({"government", "regime", "enemy", "group", "gang", "faction", "separatist", "jihadist",
                          "terrorist", "extremist", "army", "people", "civilian", "neighbour", "neighbor", "opponent",
                          "protester", "demonstrator", "crowd", "villager", "resident", "militiaman", "unit", "coalition",
                          # places and things struck in an attack ("targeted a village", "targeted the convoy")
                          "town", "village", "city", "base", "position", "camp", "convoy", "vehicle", "car", "building",
                          "hospital", "school", "home", "house", "market", "facility", "plant", "depot", "port",
                          "airport", "bridge", "infrastructure", "headquarters", "post", "checkpoint", "hideout",
                          "outpost", "boat", "embassy", "office", "station", "site", "area", "district", "neighbourhood",
                          "neighborhood", "refinery", "pipeline", "leader", "commander", "official", "member", "soldier"})
#: Nouns naming a measure or decision: as the subject of a warned clause ("warned the ban could hurt ..."), a
#: consequence foretold, not a threat.
_MEASURES = frozenset({"move", "decision", "ban", "measure", "policy", "step", "cut", "law", "decree", "order",
                       "restriction", "suspension", "closure", "rule", "plan", "change", "reform", "shift"})
#: Nouns naming words said: a pronoun for them as the subject of a warned clause is no threat.
_UTTERANCES = frozenset({"statement", "remark", "comment", "word", "rhetoric", "claim", "threat", "declaration"})
#: Verbs of harm done to people or things: a non-party doing them in a warned clause is a consequence foretold.
_HARM_VERBS = frozenset({"cause", "push", "hurt", "lose", "run", "slip", "worsen", "deepen", "drive", "fuel", "harm",
                         "damage", "cost", "spark", "destabilise", "destabilize", "plunge", "leave", "displace"})
# Verbs of ordering whose "to do X or face Y" is an ultimatum (a threat from the one ordering).
_ORDERING = frozenset({"order", "tell", "instruct", "direct", "give", "demand", "warn", "ask"})
# Words of meeting and negotiating whose refusal is reported without a partner ("ruled out negotiating").
_MEETING_WORDS = frozenset({"talk", "negotiate", "negotiation", "mediation", "mediate", "meet", "meeting", "discuss",
                            "dialogue", "table"})
# Verbs of joining a meeting whose announced refusal is a boycott, PLOVER REJECT ("will not take part in the dialogue",
# "would not return to the table"); "would not discuss X" stays a negated meeting.
_JOINING = frozenset({"take", "participate", "return", "attend", "join", "negotiate", "resume"})
# Nouns of another's demand that a refused act defies ("would not leave despite pressure from X").
_PRESSING = frozenset({"pressure", "call", "demand", "appeal", "ultimatum", "request", "urging"})
# Verbs of standing against a step that, vowed or promised, are a refusal of it ("vowed to resist the ban": REJECT).
_RESISTING = frozenset({"resist", "oppose", "defy"})
# Prepositions that set a meeting beside another act in time ("agreed after talks in Havana", "during talks between
# A and B", "following a phone call between ..."): the meeting is an event of its own, not the content of that act.
_MEETING_TIME_PREPS = frozenset({"after", "during", "following", "before", "amid", "at"})
# Words of a meeting held among the members of one body ("the Security Council held consultations").
_SESSION_WORDS = _MEETING_WORDS | {"consultation", "session", "summit"}
# Verbs that call a planned meeting off ("the meeting was postponed", "cancelled the talks"): it did not take place.
_CALLING_OFF = frozenset({"postpone", "cancel", "delay", "defer", "scrap", "adjourn"})
# Participles that say whose a thing is ("a mine run by X", "a field operated by X", "offices owned by X").
_OWNING = frozenset({"run", "operate", "own", "manage", "control", "hold", "build", "finance", "fund"})
# Prepositions of an object that name the party it is for or with ("crossings with X", "funding for X").
_PARTY_PREPS = frozenset({"with", "for", "to", "against", "between", "from", "on", "into"})
# Bodies of a state that speak for it ("the foreign ministry protested").
_STATE_BODIES = frozenset({"ministry", "government", "embassy", "president", "minister", "cabinet", "spokesman",
                           "spokeswoman", "spokesperson", "envoy", "ambassador"})
# Acts of a crowd against its own state: aimed at home even in a story of two countries (force and arrests are not:
# measured on the annotated sets, a home-side attack or arrest with no named target is more often on the other side).
_DOMESTIC_ACTS = frozenset({"PROTEST"})
# Sectors of a state's own organs (government, armed forces, police): who speaks and acts for the state.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
# Sectors of bodies that check their own state (courts, the opposition): their acts aimed at no one named are
# on their own government
_DOMESTIC_CHECKS = frozenset({"JUD", "OPP"})
# people a state acts on at home, not across a frontier ("detained the suspects", "pay producers compensation")
_HOME_PEOPLE = frozenset({"suspect", "producer", "grower", "citizen", "protester", "demonstrator", "rioter", "looter",
                          "opponent", "critic", "dissident", "taxpayer", "pensioner", "voter", "farmer", "striker"})
# A denier's own fellows ("denied that his colleagues had beaten ..."), with a possessive pronoun: a state body too.
# Groups a story's own state acts on when told by what they did ("activists who blocked the road").
_HOME_GROUPS = frozenset({"activist", "student", "worker", "youth", "organiser", "organizer", "supporter", "member"})
_FELLOWS = frozenset({"colleague", "officer", "agent", "man", "men", "subordinate", "unit"})
_PEOPLE_WORDS = frozenset({"man", "men", "woman", "women", "people", "person", "youth", "resident"})
# Unarmed people a denier is said to have harmed ("denied shelling villagers"): the story's own people.
_HARMED_PEOPLE = frozenset({"civilian", "villager", "resident", "bystander", "noncombatant"})
# People a story names by nationality and then again with "the" ("two Ruritanian citizens ... the two men"), and how many
# sentences back the nationality is looked for.
_NATIONAL_PEOPLE = _PEOPLE_WORDS | _HOME_PEOPLE | frozenset({"activist", "national", "journalist", "tourist", "worker",
                                                            "student", "traveller", "traveler", "sailor", "fisherman"})
_NATIONALS_REACH = 4
# Unnamed doers whose threats are the story's own people's ("organisers threatened a nationwide strike").
_UNNAMED_THREATENERS = frozenset({"organiser", "organizer", "protester", "demonstrator", "militant", "insurgent", "rebel",
                                  "gunman", "gunmen", "attacker", "kidnapper", "abductor", "captor", "striker"})
# Devices of an unnamed attacker ("a car bomb killed nine people").
_BOMBS = frozenset({"bomb", "bombing", "explosive", "grenade", "ied", "bomber"})
# People held by captors rather than by the state.
_CAPTIVES = frozenset({"hostage", "captive", "abductee"})
# People named as held by the state: freeing them is a release, not a rescue.
_HELD_PEOPLE = frozenset({"detainee", "prisoner", "inmate", "suspect", "protester", "demonstrator", "convict"})
# Nouns that stand for a state when bare ("the country would retaliate").
_STATE_NOUNS = frozenset({"country", "state", "nation"})
# Words for a part of a group named after them ("most of the defendants", "several of the ships").
_PARTITIVES = PARTITIVE_WORDS | {"each", "scores", "part", "members", "majority"}
# Words for a state's rulers that name the state by their seat ("the authorities in Bangui", "the regime in Minsk").
_AUTHORITIES = frozenset({"authority", "authorities", "regime", "junta", "leadership", "official", "administration", "ruler",
                          "rulers", "government"})
_FIGHT_NOUNS = frozenset({"battle", "war", "clash", "fight", "skirmish", "gunbattle", "duel", "insurgency", "campaign"})
_CIVIL_WORDS = frozenset({"worker", "union", "employee", "teacher", "doctor", "nurse", "farmer", "student", "staff",
                          "miner", "driver", "protester", "demonstrator", "trader", "trucker", "pilot", "supporter",
                          "fan", "mob", "activist", "villager", "resident", "crowd", "rioter", "looter", "youth"})
# Verbs that only carry a nominal event ("launched an attack", "imposed sanctions", "held talks").
_LIGHT_VERBS = frozenset({"launch", "carry", "stage", "hold", "conduct", "impose", "make", "issue", "mount", "begin", "start",
                          "announce", "order", "declare", "sign", "reach", "lodge", "file", "deliver", "provide", "send",
                          "give", "extend", "offer", "express", "voice", "step", "continue", "resume", "intensify",
                          "escalate", "organize", "organise", "lead", "call", "stage", "unleash", "wage", "approve",
                          "pass", "adopt", "enforce", "introduce", "renew", "expand", "tighten", "seek", "demand", "pledge",
                          "lay", "open", "join", "echo", "reiterate", "repeat", "complete", "conclude", "finish",
                          "perform", "undertake"})
# Verbs of weighing an act whose object is the act itself ("is considering sanctions against X").
_CONSIDERING = frozenset({"consider", "weigh", "mull", "contemplate", "plan", "propose", "threaten", "prepare"})
# Nouns that restate a charge made in the sentence ("..., a claim the army denied").
_CLAIM_NOUNS = frozenset({"claim", "accusation", "allegation", "charge"})
# Verbs that report speech; with a hostile clause about another party they make an accusation.
_SAYING = frozenset({"say", "claim", "allege", "charge", "insist", "assert", "state", "tell", "write", "tweet", "add"})
# Verbs telling of another's deeds, whose speaker a later denial answers ("HRW reported that troops had ...").
_CLAIM_VERBS = frozenset({"accuse", "report", "document", "blame", "find", "allege"})
# Generic nouns for an international body named just before ("the body", "the grouping"), as "the bloc" is.
_BARE_BODY_WORDS = frozenset({"body", "organisation", "organization", "grouping"})
# Verbal acts: what they embed is their content ("urged X to release"); a material act's purpose is not.
_VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Words that offer the act of their infinitive ("ready to mediate", "offered to host talks").
_OFFERING = frozenset({"ready", "willing", "prepared", "available", "offer"})
# Types that need a named partner when their object is not one.
_NEED_PARTNER = frozenset({"CONSULT", "COOPERATE"})
# Types whose coordinated doers act on each other when no target is named.
_RECIPROCAL = frozenset({"ASSAULT", "CONSULT", "COOPERATE", "AGREE"})
# Acts done to people, whose unnamed patients are the story's people ("were arrested", "were killed", "were freed");
# "the agreement signed last year", "the missiles were launched", "the dispute could be settled" name no party.
_ACTS_ON_PEOPLE = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION", "ACCUSE", "THREATEN"})
# States of affairs an act can endanger: "threatening the truce" puts it at risk, no threat to a party.
_FRAGILE_STATES = frozenset({"lull", "truce", "ceasefire", "calm", "peace", "stability", "recovery", "détente",
                             "detente", "thaw", "rapprochement"})
# Verbs of sending a weapon off: "a drone launched by X" was X's fire.
_LAUNCHING = frozenset({"launch", "fire", "fly", "operate", "send", "shoot", "lob"})
# Whoever at all ("anyone who ...").
_ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
# Whoever may break a rule an official announces ("violators will face prosecution"): the threatened, unnamed.
_WRONGDOERS = frozenset({"anyone", "anybody", "whoever", "violator", "offender", "lawbreaker", "perpetrator", "those",
                         "culprit", "transgressor"})
# Words put to an author by a participle ("banners signed by X", "messages attributed to X").
_SIGNS = frozenset({"banner", "leaflet", "flyer", "sign", "graffiti", "post", "poster", "pamphlet"})
_AUTHORING = frozenset({"attribute", "sign", "post", "issue", "release", "publish", "write", "circulate", "send",
                        "broadcast", "put"})
_WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "projectile", "munition", "weapon", "satellite"})
# Acts of the state whose unnamed agent is the state itself ("were arrested", "was jailed").
_STATE_ACTS = frozenset({"COERCE", "SANCTION"})
# Weapons and forces only states field: harm done "by artillery fire" or "by police gunfire" is the state's.
_STATE_WEAPONS = frozenset({"artillery", "airstrike", "warplane", "jet", "tank", "gunship", "helicopter", "police",
                            "army", "military", "soldier", "troop"})
# Armed insurgents: when they are killed with nobody named, it was by the state's forces.
_INSURGENTS = frozenset({"militant", "rebel", "insurgent", "jihadist", "gunman", "gunmen", "terrorist", "bandit"})
# Hostile acts: what a condemnation or rejection answers ("condemned the incursion" is not about an ally's support).
_HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Participles that name a ship's or a firm's state on a demonym ("a Panamanian-flagged tanker").
_FLAG_WORDS = frozenset({"flagged", "registered", "owned"})
# Verbs by which states set another body's sanctions going or seek them ("invoked the clause to restore").
_SANCTION_SEEKING = frozenset({"trigger", "invoke", "initiate", "seek", "request", "demand", "propose", "push", "call",
                               "lobby", "press", "urge"})
_SIDES = frozenset({"side", "capital", "country", "neighbour", "neighbor", "government", "nation", "state", "party", "ally"})
_RECOGNISING = frozenset({"recognise", "recognize", "acknowledge"})
_REACTIONS = frozenset({"REJECT", "ACCUSE", "SUPPORT"})   # acts that answer another party's act
# Verbs by which an act draws a reaction ("drew condemnation from X", "sparked criticism from Y").
_DRAWING = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "bring", "elicit"})
# Verbs of a purpose clause that scatter a crowd ("used water cannon to scatter the marchers").
_DISPERSING = frozenset({"disperse", "scatter", "repel", "clear", "push", "drive", "break"})
_REBEL_SECTORS = frozenset({"REB", "UAF"})
_VEHICLES = frozenset({"truck", "lorry", "convoy", "vehicle", "ship", "vessel", "boat", "plane", "aircraft", "train",
                       "bus", "tanker", "barge"})
_FRONTIERS = frozenset({"border", "frontier", "crossing", "airspace"})
# the holders of offices that "the two ..." can stand for when the sentence has just named two states' people
_OFFICE_PAIRS = frozenset({"leader", "minister", "president", "premier", "envoy", "delegation", "head", "official",
                           "counterpart", "chief", "diplomat", "negotiator"})
# People named as a pair with "the two" ("the two leaders", "the two men").
_PAIRED_PEOPLE = _OFFICE_PAIRS | {"man", "woman"}
# Accusations that only a state's prosecutors or courts make ("was charged with", "will be tried").
_PROSECUTING = frozenset({"charge", "indict", "prosecute", "trial", "try", "impeach"})
# Foreign envoys and the verbs of summoning them: the summoner is the host state ("summoned the Ruritanian ambassador").
_ENVOYS = frozenset({"ambassador", "envoy", "chargé", "charge", "diplomat", "consul", "attaché", "attache"})
_SUMMONING = frozenset({"summon"})   # and "call in" (the phrase rows of triggers.tsv)
# A country's missions abroad: a protest outside one is aimed at the country it represents.
_MISSIONS = frozenset({"embassy", "consulate", "mission", "commission", "legation"})
# Nouns of a demand to free people ("demanded the release of the crew"): aimed at whoever holds them.
_FREEING = frozenset({"release", "freedom", "return", "repatriation"})
# Acts done with one's own means, whose own forces or envoys are no target ("put its navy on alert", "recalled its
# ambassador", "pulled back its troops"); unlike force or arrests ("police stopped its officers from entering").
_OWN_MEANS = frozenset({"MOBILIZE", "SANCTION", "RETREAT"})
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
_PRONOUNS_OTHER = frozenset({"it", "they", "them", "its", "their"})
_PRONOUNS_SPEAKER = frozenset({"we", "us", "our", "i", "me", "my"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Pronoun heads of a participle that names people by what was done to them ("those detained", "the ones killed").
_PARTICIPLE_HEADS = frozenset({"those", "them", "anyone", "everyone", "all", "some", "many", "most", "others", "one", "ones"})
# Verbs that speak about an act already known rather than report it ("described the warning", "invoke commitments").
_REFERENCE_VERBS = frozenset({"describe", "review", "invoke", "cite", "mention", "discuss", "debate", "examine", "assess",
                              "evaluate", "study", "analyse", "analyze", "characterize", "characterise", "term", "dub",
                              "label", "remember", "reference",
                              # a standing commitment or deal named as broken or kept ("violated its commitments")
                              "violate", "breach", "flout"})
# Acts of force or punishment; announced for the future by their own doer they are threats (PLOVER THREATEN).
_FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Material help; announced for the future by its own doer it is a promise (PLOVER AGREE).
_MATERIAL_HELP = frozenset({"AID", "COOPERATE"})
_ANNOUNCING_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})
_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "could", "wo"})
# Acts that yield; agreeing, offering or promising to do them is a concession (PLOVER CONCEDE).
_YIELDING = frozenset({"RETREAT", "CONCEDE"})
_GRAVE = frozenset({"deeply", "gravely", "seriously", "extremely", "profoundly"})   # "deeply concerned": a voiced concern
# Harm verbs whose passive with a number of people is often a toll ("19 people were killed").
_TOLL_VERBS = frozenset({"kill", "wound", "injure"})
# Attack nouns whose unnamed doer in a passive harm is the story's insurgents ("killed in a rebel ambush").
_INSURGENT_ATTACK_NOUNS = frozenset({"ambush", "attack", "raid", "assault", "bombing"})
# Attack nouns a state's word names the doer of ("a Russian air strike", "an Israeli raid").
_STATE_ATTACK_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombardment", "shelling", "bombing",
                                 "offensive", "assault", "ambush", "incursion", "operation", "barrage"})
# Nouns after "in" that say where, not in what act, people were killed ("killed in the capital").
_TOLL_PLACES = frozenset({"capital", "city", "town", "village", "region", "province", "district", "area", "country",
                          "north", "south", "east", "west", "centre", "center"})
_MISSILES = frozenset({"missile", "rocket", "projectile"})
# Means of a talk at a distance ("spoke by telephone with X", "talked via video link with X").
_CALL_MEANS = frozenset({"telephone", "phone", "video", "videoconference", "link", "videolink", "call"})
# Sites struck in an attack that lie in a state named after them ("struck an enrichment plant in Iran").
_FACILITIES = frozenset({"plant", "facility", "site", "base", "airbase", "refinery", "depot", "airport", "port",
                         "factory", "complex", "compound", "installation", "terminal", "station", "camp", "mine"})
# Prepositions of the place an act or a thing is in ("a camp near X", "villages in X").
_WHERE = ("in", "near", "outside", "around")
_FELT_ABOUT = frozenset({"about", "at", "over"})   # what a feeling is about ("concerned about", "shocked at")
_SEAS = frozenset({"sea", "water", "waters", "ocean", "gulf", "strait"})
_CONVEYING = frozenset({"send", "fly", "dispatch", "airlift", "ship", "bring"})   # "sent planes to evacuate": the act sent for
# "rang X to offer her backing": what one calls someone for is said in that call, an act of its own.
_CALLING = frozenset({"call", "phone", "telephone", "ring"})
_PREVENTING = frozenset({"prevent", "stop", "keep", "bar", "ban", "block", "deter", "hinder", "discourage", "restrain",
                         "forbid", "prohibit", "preclude"})   # "prevented X from signing": X did not sign
_LEAVE = frozenset({"permission", "approval", "consent", "blessing", "authorisation", "authorization"})   # leave asked of another
_GIVING_UP = frozenset({"resign", "disarm"})   # RETREAT modes whose refusal is a REJECT ("will not step down")
# Passive verbs of scheduling or expectation whose subject is the doer of their infinitive ("is slated to visit").
_SCHEDULED = frozenset({"schedule", "expect", "set", "slate", "poise"})
_PLANNING = frozenset({"plan", "intend", "hope", "expect", "want", "wish", "aim", "seek", "consider"})
# bare "work (with)" and "(in) contact (with)": loose words for dealings, an event only between parties of two states
_LOOSE_PARTNER_WORDS = frozenset({"work", "contact"})
# acts whose renunciation ("pledged not to strike") is restraint promised, not a refusal
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
_COMMITTING = frozenset({"agree", "promise", "pledge", "vow", "commit", "offer"})
# Governors that make a meeting intended rather than held ("was ready to host talks", "agreed to meet").
_MEETING_INTENT = frozenset({"ready", "willing", "prepared", "offer", "agree", "plan", "intend", "propose", "open", "want",
                             "hope", "seek", "expect", "invite", "eager", "keen", "prepare", "aim", "promise", "pledge"})
_SPEAKER_FIRST = frozenset({"we", "i"})
# Nouns of pictures and recordings whose "provided by X" / "released by X" only credits the source.
_IMAGE_WORDS = frozenset({"photo", "photograph", "picture", "image", "video", "footage", "screenshot", "screengrab",
                          "handout", "still", "clip", "frame"})
# Verbs whose that-clause is in the bare (mandative) form: "demanded that the order be withdrawn".
_DEMANDING = frozenset({"demand", "insist", "urge", "ask", "request", "propose", "recommend"})
# Verbs of speaking that carry their own clause ("... and warned that", "... and vowed to").
def _past_conj_as_pcomp(doc: ParsedDoc, v: int) -> int | None:
    """ "accused X of betraying farmers (to shield Y) and called on Z to ...": a past-tense speech act after "and",
    parsed as the complement of an "of" phrase or joined to a non-finite verb (an "of" complement or a purpose
    infinitive), is a parse slip for the main verb's second act; that main (past-tense) verb, else None."""
    toks = doc.tokens
    t = toks[v]
    if t.tag != "VBD" or t.lemma.lower() not in _SPEECH_ACTS or t.dep not in ("pcomp", "conj") or v == 0 \
            or toks[v - 1].dep != "cc":
        return None
    if t.dep == "conj" and toks[t.head].tag not in ("VB", "VBG"):
        return None
    j = v
    via_noun = False
    for _ in range(4):
        dep, head = toks[j].dep, toks[j].head
        # "said the province had every right to hold the vote and dismissed the complaint": an infinitive hung on the
        # object of a past verb is as non-finite as a purpose infinitive
        noun_step = (dep == "acl" and toks[j].tag == "VB") or (dep == "dobj" and toks[j].pos == "NOUN" and via_noun)
        if head == j or not (dep in ("pcomp", "advcl", "xcomp") or (dep == "conj" and j == v) or noun_step
                             or (dep == "prep" and toks[j].lower == "of")):
            return None
        via_noun = via_noun or noun_step
        j = head
        if toks[j].pos == "VERB" and toks[j].tag == "VBD":
            if via_noun and toks[j].dep == "ccomp" and toks[toks[j].head].tag == "VBD" \
                    and toks[toks[j].head].lemma.lower() in _REPORTING:
                return toks[j].head   # the reported clause's verb is not the speaker's: the saying verb is
            return j
    return None


_SPEECH_ACTS = frozenset({"warn", "vow", "pledge", "promise", "threaten", "urge", "demand", "accuse", "call", "insist", "deny",
                          "add", "stress", "announce", "thank", "praise", "congratulate", "welcome",
                          "dismiss", "reject", "condemn", "denounce", "criticise", "criticize", "deplore"})
# a crowd told only by its size ("thousands rallied", "hundreds marched")
_CROWD_COUNTS = frozenset({"hundred", "thousand", "dozen", "million"})
# Verbs of sending forces or goods, and what makes the sending aid.
_SENDING = frozenset({"send", "deploy", "dispatch", "fly", "ship"})
# People who come from the parties a phrase names ("delegations from A and B", "members of A and B").
_DELEGATES = frozenset({"delegation", "delegate", "official", "representative", "envoy", "negotiator", "member",
                        "team", "troop", "soldier", "officer", "unit", "leader", "diplomat", "expert", "force", "contingent"})
_RELIEF_GOODS = frozenset({"food", "medicine", "relief", "aid", "tent", "blanket", "flour", "rice", "vaccine", "generator"})
_HELPING = frozenset({"help", "assist", "support", "aid", "bolster", "reinforce"})
# Ties between parties that a suspension cuts ("suspended talks with the rebels"), unlike bodies or services.
_TIES = frozenset({"talk", "negotiation", "dialogue", "relation", "tie", "cooperation", "contact", "process", "agreement",
                   "deal", "accord", "treaty", "ceasefire", "truce", "flight"})
# Places where people are held, beaten "in" ("beaten in custody"), unlike a contest one is beaten in.
_HELD_PLACES = frozenset({"custody", "detention", "jail", "prison", "cell", "front", "station", "camp", "street", "home"})
# Verbs an adjective of readiness completes ("was ready to", "stands ready to", "remained willing to").
_STANDING = frozenset({"be", "stand", "remain", "appear", "seem", "declare", "say"})
# People of no party who take to the streets ("young men burned tyres", "residents marched").
_CROWD_PEOPLE = frozenset({"man", "woman", "youth", "resident", "villager", "crowd", "youngster", "teenager", "mob"})
# Words for a body that "the X" names again after its full name ("the association", "the alliance").
_BODY_WORDS = frozenset({"group", "association", "alliance", "confederation", "federation", "institute", "league",
                         "union", "movement", "organisation", "organization", "coalition", "network", "front",
                         "syndicate", "council", "committee", "commission", "foundation", "bloc"})
# Sectors of the bodies "the group" may name again: parties, armed groups, unions, civic and religious bodies.
_BODY_SECTORS = frozenset({"OPP", "PTY", "REB", "UAF", "PRM", "LAB", "CVL", "REL", "JRN", "EDU", "BUS", "AGR", "SOC"})
# Of the body words, the ones a body of any name is called ("the group" for the Houthis, "the alliance" for a list).
_ANY_BODY_WORDS = frozenset({"group", "alliance", "movement", "organisation", "organization", "coalition", "network"})
# Words that count people without naming them ("both were freed", "150 of them", "all of those held").
_COUNTED_PEOPLE = frozenset({"both", "all", "some", "most", "many", "several", "few", "none", "rest"})
# acts that, announced on condition of another party's act ("would quit if ..."), threaten it (and RETREAT by
# resigning; not a release or a withdrawal, which yield)
_CONDITIONAL_THREATS = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE", "REJECT"})
# Prepositions naming whom a measure is aimed at ("stop buying fuel from X", "action against X").
_MEASURE_PREPS = ("against", "on", "from", "with", "to", "toward", "towards")
_QUOTE_TOKENS = frozenset({'"', "\u201c", "\u201d", "''", "``"})   # quotation marks as the parser splits them
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "csubj"})


def _ruled_out_deal(doc: ParsedDoc, n: int, trigger_at: dict) -> bool:
    """ "ruled out any deal with the rebels": an agreement ruled out is a proposal rejected (PLOVER REJECT), not a
    negated agreement; "ruled out talks" stays a negated meeting."""
    toks = doc.tokens
    head = toks[n].head
    return toks[n].dep == "dobj" and toks[n].pos == "NOUN" and n in trigger_at \
        and trigger_at[n].entry.plover in ("SUPPORT", "AGREE") and toks[head].lemma.lower() == "rule" \
        and any(toks[c].dep == "prt" and toks[c].lower == "out" for c in doc.children[head])


def _past_beside_bare(doc: ParsedDoc, v: int, clause: int) -> bool:
    """ "demanded that the order be withdrawn and threatened to strike": ``v`` is a past verb with no auxiliary of its
    own, joined to ``clause``, a verb in the bare (mandative) form ("be withdrawn"), so the parser's conjunct is no part
    of the demanded clause."""
    toks = doc.tokens
    return toks[v].tag in ("VBD", "VBN") and not any(toks[c].dep in ("aux", "auxpass") for c in doc.children[v]) \
        and any(toks[c].dep in ("aux", "auxpass") and toks[c].tag == "VB" for c in doc.children[clause])


def _told_as_past(doc: ParsedDoc, v: int) -> bool:
    """ "warned that the agency had lost track of ...": ``v`` is told in the past (a past perfect, or a simple past
    with no auxiliary or modal of its own), so it reports what happened, not what is threatened."""
    toks = doc.tokens
    aux = [c for c in doc.children[v] if toks[c].dep in ("aux", "auxpass")]
    return any(toks[c].lower == "had" for c in aux) or toks[v].tag == "VBD" and not aux


def _clause_speaker_verb(doc: ParsedDoc, c: int) -> int | None:
    """The verb whose content clause `c` is: its head when `c` is a ccomp; when the parser hung a "that" clause on
    the statement noun ("said in a statement that ..." with the clause as an acl of "statement"), the verb above
    that noun."""
    toks = doc.tokens
    if toks[c].dep == "ccomp":
        return toks[c].head
    if toks[c].dep != "acl" or not any(toks[k].dep == "mark" and toks[k].lower == "that" for k in doc.children[c]):
        return None
    n = toks[c].head
    if toks[n].pos != "NOUN" or toks[n].dep != "pobj":
        return None
    verb = toks[toks[n].head].head
    return verb if toks[verb].pos in ("VERB", "AUX") else None


def _shared_objects(doc: ParsedDoc, v: int) -> list[int]:
    """ "boarded and searched a trawler": the objects of a verb joined to ``v`` with no subject of its own, which two
    verbs in a row share (for ``v`` when it has no object)."""
    toks = doc.tokens
    return [g for c in doc.children[v] if toks[c].dep == "conj" and toks[c].pos == "VERB"
            and not any(toks[k].dep in ("nsubj", "nsubjpass") for k in doc.children[c])
            for g in doc.children[c] if toks[g].dep == "dobj"]


def _with_of_objects(doc: ParsedDoc, objs: list[int]) -> list[int]:
    """The objects and the nouns of their "of" phrases ("two of its projects", "a column of trucks")."""
    toks = doc.tokens
    return list(objs) + [g for o in objs for c in doc.children[o] if toks[c].dep == "prep" and toks[c].lower == "of"
                         for g in doc.children[c] if toks[g].dep == "pobj"]


# Nouns that name an act told earlier by another verb ("fired a missile ... condemned the launch").
_ACT_SYNONYMS = {
    "launch": frozenset({"fire", "test", "launch"}), "test": frozenset({"fire", "launch"}),
    "firing": frozenset({"fire", "launch"}), "bombing": frozenset({"bomb", "strike", "shell", "hit"}),
    "shelling": frozenset({"shell", "fire", "bomb"}), "incursion": frozenset({"enter", "cross", "violate", "intrude"}),
    "killing": frozenset({"kill", "shoot"}), "detention": frozenset({"detain", "arrest", "hold", "seize"}),
    "arrest": frozenset({"detain", "seize"}), "closure": frozenset({"close", "shut"}),
    "raid": frozenset({"storm", "search"}), "crackdown": frozenset({"crack"}),
}


def _names_act(noun: str, verb: str) -> bool:
    """A noun that names the act a trigger word told: the same stem, or a noun of the same act."""
    return _same_stem(noun, verb) or verb in _ACT_SYNONYMS.get(noun, ())


def _compound_name(doc: ParsedDoc, t: int) -> tuple[int, str]:
    """The start and text of a name of several words with its head last ("South Korea", "Tel Aviv"): the
    capitalised compound words right before ``t`` and ``t`` itself."""
    toks = doc.tokens
    start = t
    while start > 0 and toks[start - 1].dep == "compound" and toks[start - 1].head == t \
            and not toks[start - 1].text.islower():
        start -= 1
    return start, " ".join(toks[k].text for k in range(start, t + 1))


def _same_stem(noun: str, verb: str) -> bool:
    """A noun and a trigger word of one act: "drill"/"drill", "seizure"/"seize", "decision"/"decide"
    (not "detachment"/"detain")."""
    if not noun or not verb:
        return False
    n = 0
    while n < min(len(noun), len(verb)) and noun[n] == verb[n]:
        n += 1
    # a long noun ending shares more than four letters with its verb ("mobilisation"/"mobilise"): "detachment" is
    # no "detain"
    return noun == verb or (n >= 4 and min(len(noun), len(verb)) - n <= 2 and (len(noun) - n <= 4 or n >= 5))


@dataclass(frozen=True)
class _Index:
    """Per-document lookups: which actor each token belongs to, actor kinds, quote speakers."""

    token_actor: dict[int, str]
    by_id: dict[str, Actor]
    kinds: dict[str, str]
    quote_speaker: tuple[tuple[int, int, str], ...]


def _in_relative(doc: ParsedDoc, v: int) -> bool:
    """Whether the clause of ``v`` sits in a relative clause ("rebels who it said had killed ...": "who" is the
    rebels, not an open question)."""
    toks = doc.tokens
    for _ in range(4):
        if toks[v].dep == "relcl":
            return True
        if toks[v].dep not in ("ccomp", "xcomp", "pcomp", "conj") or toks[v].head == v:
            return False
        v = toks[v].head
    return False


def _state_actor(ix: _Index, a: str) -> bool:
    """Whether actor ``a`` speaks for a state: a country, or a body of its own organs (government, armed forces,
    police)."""
    return ix.by_id[a].kind == "country" or bool(set(ix.by_id[a].sectors) & _STATE_SECTORS)


@dataclass(frozen=True, slots=True)
class _Found:
    token: int
    entry: Trigger
    used: tuple[int, ...]      # tokens of the phrase's other words


class EventCoder:
    """Codes events in a parsed document, given its actors (and quotes, for "we" inside them)."""

    def __init__(self, triggers: Triggers, lexicon: Lexicon, places: PlaceIndex | None = None):
        self.triggers = triggers
        self.lex = lexicon
        self.places = places   # the gazetteer, for the country of a city struck ("fired missiles at Haifa")

    # -- trigger matching ----------------------------------------------------------------------

    @staticmethod
    def _descendants(doc: ParsedDoc, head: int, depth: int = 3) -> list[int]:
        out: list[int] = []
        frontier = [head]
        toks = doc.tokens
        if toks[head].lemma.lower() in _OBJECT_CONTROL:
            # "ordered the activists held in detention", "ordered four of them held": a participle on the object is
            # the order's small clause (parsed as a modifier of the object), as close to the head as an xcomp
            objs = [c for c in doc.children[head] if toks[c].dep == "dobj"]
            objs += [g for o in objs for p in doc.children[o] if toks[p].dep == "prep" and toks[p].lower == "of"
                     for g in doc.children[p] if toks[g].dep == "pobj"]
            small = [a for o in objs for a in doc.children[o] if toks[a].dep == "acl" and toks[a].tag == "VBN"]
            out.extend(small)
            frontier.extend(small)
        if toks[head].lemma.lower() == "declare":
            # "declared an attaché in Ruritania persona non grata": the complement, split from its object by a phrase,
            # is parsed as a subjectless clause
            comp = [c for c in doc.children[head] if toks[c].dep == "ccomp"
                    and not any(toks[g].dep in ("nsubj", "nsubjpass", "mark") for g in doc.children[c])]
            out.extend(comp)
            frontier.extend(comp)
        for _ in range(depth):
            nxt = []
            for j in frontier:
                for c in doc.children[j]:
                    if doc.tokens[c].dep in _PHRASE_EDGES or (doc.tokens[c].dep == "conj" and doc.tokens[j].dep in ("dobj", "pobj")):
                        out.append(c)   # "offered new plots and compensation": a coordinated object is an object too
                        nxt.append(c)
                    elif j == head and doc.tokens[c].dep == "ccomp" and doc.tokens[j].lemma.lower() in _OBJECT_CONTROL \
                            and any(doc.tokens[g].dep == "aux" and doc.tokens[g].lower == "to" for g in doc.children[c]):
                        # "has not allowed inspectors to visit": the parser makes the object the infinitive's subject
                        for g in doc.children[c]:
                            if doc.tokens[g].dep == "nsubj":
                                out.append(g)
                                nxt.append(g)
            frontier = nxt
        return out

    @staticmethod
    def _describing_participle(doc: ParsedDoc, i: int) -> bool:
        """ "parties opposed to X", "a man linked to the plot": a participle that describes its noun (often parsed as
        the main verb), no act."""
        toks = doc.tokens
        t = toks[i]
        kids = doc.children[i]
        return t.lemma.lower() in ("oppose", "link") and t.tag in ("VBN", "VBD") \
            and any(toks[c].dep == "prep" and toks[c].lower == "to" for c in kids) \
            and not any(toks[c].dep in ("dobj", "aux", "auxpass", "neg") for c in kids)

    def _match(self, doc: ParsedDoc, i: int) -> _Found | None:
        t = doc.tokens[i]
        if t.pos in ("VERB",) and self._describing_participle(doc, i):
            return None
        if t.lemma.lower() == "call" and any(doc.tokens[c].dep == "dobj" and doc.tokens[c].lower == "what" for c in doc.children[i]):
            return None   # "condemned what it called an occupation": the naming belongs to the governing act
        if t.lemma.lower() in ("seize", "pounce") and t.pos == "VERB" and any(
                doc.tokens[c].dep == "prep" and doc.tokens[c].lower in ("on", "upon") for c in doc.children[i]) \
                and not any(doc.tokens[c].dep in ("dobj", "nsubjpass", "auxpass") for c in doc.children[i]):
            return None   # "critics seized upon the scandal": taking up an issue, no seizure of anything
        if t.pos in ("VERB",):
            pos = "VERB"
        elif t.tag == "NNS" and t.dep in ("ROOT", "ccomp", "conj") and any(
                doc.tokens[c].dep == "nsubj" for c in doc.children[i]) and any(
                doc.tokens[c].dep == "dobj" for c in doc.children[i]):
            pos = "VERB"   # "Ruritania reserves the right": a verb in "-s" the tagger took for a plural noun
        elif t.pos == "ADJ" and (t.dep == "acomp" or (t.dep == "ccomp" and any(
                doc.tokens[c].dep in ("auxpass", "cop") for c in doc.children[i]))):
            pos = "VERB"   # "is deeply concerned (by)": only rows for a feeling stirred by another (below)
        elif t.pos == "NOUN" or (t.pos == "PROPN" and not t.text[:1].isupper()):
            pos = "NOUN"
        else:
            return None
        lemmas = {t.lemma.lower(), t.lower}
        cands: list[Trigger] = []
        for lem in lemmas:
            cands.extend(self.triggers.candidates(lem, pos))
        if t.pos == "ADJ":
            cands = [c for c in cands if c.requires in ("feeling", "offer")]
        if not cands:
            return None
        # "declared two envoys persona non grata": a small clause (misparsed as a ccomp with a subject and no auxiliary
        # or "that") whose head is itself a phrase word of one of the verb's rows completes the verb
        small = [c for c in doc.children[i] if doc.tokens[c].dep == "ccomp"
                 and any(doc.tokens[c].lemma.lower() in e.extra or doc.tokens[c].lower in e.extra for e in cands)
                 and any(doc.tokens[k].dep == "nsubj" for k in doc.children[c])
                 and not any(doc.tokens[k].dep in ("aux", "auxpass", "mark", "cop") for k in doc.children[c])]
        below = self._descendants(doc, i) + [k for c in small for k in [c] + self._descendants(doc, c, 1)] \
            + self._for_to_marks(doc, i) + [
            k for p in self._object_participles(doc, i) for k in doc.children[p]
            if doc.tokens[k].dep in ("advmod", "prt") and doc.tokens[k].lower in _PARTICLES | {"over"}]
        if t.dep == "acl" and t.tag == "VBN" and doc.tokens[t.head].pos == "NOUN":
            # "a grenade thrown by the crowd", "a stick of dynamite thrown at police": the noun a passive participle
            # describes (or the noun of its "of" measure) is the verb's own object
            below = below + [t.head] + [g for c in doc.children[t.head] if doc.tokens[c].dep == "prep"
                                        and doc.tokens[c].lower == "of" for g in doc.children[c] if doc.tokens[g].dep == "pobj"]
            # "bottles and rocks thrown by the crowd": the participle, hung on the first noun, describes each one
            below += [c for c in doc.children[t.head] if doc.tokens[c].dep == "conj" and doc.tokens[c].pos == "NOUN"]
        if t.lemma.lower() in _OBJECT_CONTROL:
            # "a judge ordered them held in detention": the small clause's verb and its words belong to the phrase
            below += [k for c in doc.children[i] if doc.tokens[c].dep == "ccomp" and doc.tokens[c].pos == "VERB"
                      and doc.tokens[c].tag == "VBN" and any(doc.tokens[g].dep == "nsubj" for g in doc.children[c])
                      for k in [c] + self._descendants(doc, c, 2)]
        kids = doc.children[i]
        has_obj = any(doc.tokens[c].dep == "dobj" for c in kids)
        # 'termed the verdict "a blow for justice"': a preposition inside the name a verb gives its object (its
        # oprd) belongs to that name, never a particle of the verb ("call for"); after a naming verb with an object
        # the whole name is no part of the verb's phrase
        names_object = has_obj and t.lemma.lower() in _NAMING
        named = {k for c in kids if doc.tokens[c].dep == "oprd" for k in doc.subtree(c)
                 if names_object or doc.tokens[k].pos == "ADP"}
        # ("according to an army spokesman": an attribution, not the noun "accord" of "struck an accord")
        below = [k for k in below if k not in named and doc.tokens[k].lower != "according"]
        preps = {doc.tokens[c].lower for c in kids if doc.tokens[c].dep in ("prep", "agent")}
        armed = self._armed_subject(doc, i)

        def fit(entry: Trigger) -> int:
            """How well a row's expected arguments fit the parse (sense choice between same-word rows)."""
            score = 0
            if "dobj" in entry.target:
                score += 1 if has_obj else -1
            elif entry.pos == "VERB" and has_obj and entry.plover in ("PROTEST",) and not any(
                    doc.tokens[c].dep == "dobj" and doc.tokens[c].lemma.lower() in entry.extra for c in kids):   # "call strike"
                score -= 1
            if preps & set(entry.target):
                score += 1
            if entry.requires:
                # a row whose condition on the parse is met is the more specific sense; a named object the most
                score += 3 if entry.requires.startswith("obj:") else 1
            if armed is not None:
                if entry.plover in ("ASSAULT", "MOBILIZE", "COERCE"):
                    score += 1 if armed else -1
                if entry.plover in ("PROTEST",):
                    score += -1 if armed else 1
            return score

        for entry in cands:
            if entry.requires == "insult" and self._requirements_met(doc, i, entry, armed):
                # "called the strike a flagrant breach": naming an act with a reproach, whatever the act's own word
                return _Found(i, entry, ())
        best: _Found | None = None
        best_fit = -99
        for entry in cands:
            used: list[int] = []
            ok = True
            for w in entry.extra:
                hit = next((k for k in below if k not in used and (doc.tokens[k].lemma.lower() == w or doc.tokens[k].lower == w)
                            and not (self._preposition_not_particle(doc, k) and not self._object_in_phrase(doc, k, entry))
                            and not (w in _PARTICLES | {"up", "over"} and self._hyphen_tail(doc, k))), None)
                if hit is None:
                    ok = False
                    break
                used.append(hit)
            if not ok or not self._requirements_met(doc, i, entry, armed) or (entry.plover == "REJECT" and any(
                    doc.tokens[c].dep == "xcomp" and doc.tokens[c].lemma.lower() == "rule"
                    and any(doc.tokens[g].lower == "out" for g in doc.children[c]) for c in kids)):
                continue   # ("refused to rule out X" leaves X open: no refusal)
            ef = fit(entry) + sum(1 for u in used if doc.tokens[u].dep in ("dobj", "oprd") and doc.tokens[u].head == i)   # "called a strike" over "call for"
            if best is None or len(used) > len(best.used) or (len(used) == len(best.used) and ef > best_fit):
                best = _Found(i, entry, tuple(used))
                best_fit = ef
        return best

    @staticmethod
    def _object_in_phrase(doc: ParsedDoc, k: int, entry: Trigger) -> bool:
        """ "called in the ambassador": the preposition's own object is a word of the phrase too, so the preposition
        is the phrase's particle after all (unlike "gave access in an effort to ...")."""
        return any(doc.tokens[g].dep == "pobj" and doc.tokens[g].lemma.lower() in entry.extra for g in doc.children[k])

    @staticmethod
    def _hyphen_tail(doc: ParsedDoc, k: int) -> bool:
        """ "a cover-up", "a shake-up": the second half of a hyphenated word is no particle of the verb ("call up")."""
        toks = doc.tokens
        return k >= 2 and toks[k - 1].text == "-" and not toks[k - 1].ws and not toks[k - 2].ws

    @staticmethod
    def _for_to_marks(doc: ParsedDoc, i: int) -> list[int]:
        """ "called for France to leave": the "for" of a for-to clause is parsed as its ``mark``, not the verb's."""
        toks = doc.tokens
        return [m for c in doc.children[i] if toks[c].dep in ("advcl", "ccomp", "xcomp") and c > i
                for m in doc.children[c] if toks[m].dep == "mark" and toks[m].lower == "for" and m == i + 1]

    @staticmethod
    def _object_participles(doc: ParsedDoc, i: int) -> list[int]:
        """ "handed four suspects arrested near the border over to X": the participle on the object takes the verb's
        particle and "to" phrase in the parse."""
        toks = doc.tokens
        return [a for o in doc.children[i] if toks[o].dep == "dobj"
                for a in doc.children[o] if toks[a].dep == "acl" and toks[a].tag == "VBN"]

    @staticmethod
    def _for_to_clause(doc: ParsedDoc, i: int, c: int) -> bool:
        """ "called for France to leave": ``c`` is the for-to clause right after the verb ``i``."""
        return any(doc.tokens[m].dep == "mark" and doc.tokens[m].lower == "for" and m == i + 1 for m in doc.children[c])

    @staticmethod
    def _preposition_not_particle(doc: ParsedDoc, k: int) -> bool:
        """ "gave access in an effort to ...": a preposition with its own object is not the particle of "give in";
        "called in sick on Monday": a preposition of time is not the "on" of "call on"."""
        toks = doc.tokens
        if toks[k].dep == "prep" and toks[k].lower in _TIME_PREPOSITIONS and any(
                toks[g].dep == "pobj" and toks[g].ent_type in ("DATE", "TIME") for g in doc.children[k]):
            return True
        return toks[k].lower in _PARTICLES and toks[k].dep == "prep" and any(toks[g].dep == "pobj" for g in doc.children[k])

    def _requirements_met(self, doc: ParsedDoc, i: int, entry: Trigger, armed: bool | None) -> bool:
        """The row's ``requires`` condition: an armed doer, one of the listed objects, a future, a state doer."""
        req = entry.requires
        if not req:
            return True
        if req == "armed":
            return armed is True or (armed is None and self._unnamed_beating(doc, i))
        toks = doc.tokens
        if req == "future":
            # "said it would respond", "will take countermeasures": the modal on the verb
            return any(toks[c].dep == "aux" and toks[c].lower in _FUTURE_MODALS for c in doc.children[i])
        if req == "undergone":
            return True   # a role rule, not a condition ("went on trial": the subject is the target)
        if req == "active":
            # "the envoy flew to the capital", not "the captive was let go and flown to a base": the doer travels,
            # nobody is carried (a passive, or a participle joined to one)
            def passive(k: int) -> bool:
                return toks[k].tag == "VBN" and any(toks[c].dep in ("auxpass", "nsubjpass") for c in doc.children[k])
            return not (passive(i) or toks[i].tag == "VBN" and toks[i].dep == "conj" and passive(toks[i].head))
        if req == "negative":
            # "sees no need for talks": the negation is part of the phrase (on the verb or as "no" on its object)
            # ("pleaded not guilty": or on its complement)
            return any(toks[c].dep == "neg" or (toks[c].dep == "dobj" and any(
                toks[g].dep == "det" and toks[g].lower == "no" for g in doc.children[c])) or (toks[c].dep in ("acomp", "oprd")
                and any(toks[g].dep == "neg" for g in doc.children[c])) for c in doc.children[i])
        if req == "ruled":
            # "ruled out any use of force", "ruled out retaliatory measures": a step named only as the thing a party
            # rules out (elsewhere, "condemned the use of force", the noun answers an act told as one)
            # ("did not rule out the use of force" is a threat, a row of its own)
            v = toks[i].head
            return toks[i].dep == "dobj" and toks[v].lemma.lower() == "rule" and any(
                toks[c].dep == "prt" and toks[c].lower == "out" for c in doc.children[v]) \
                and self._requirements_met(doc, v, replace(entry, requires="affirmative"), armed)
        if req == "affirmative":
            # "ruled out talks", not "did not rule out" / "refused to rule out" them: the act left open is no refusal
            return not any(toks[c].dep == "neg" or toks[c].lower == "never" for c in doc.children[i]) and not (
                toks[i].dep == "xcomp" and toks[toks[i].head].lemma.lower() in ("refuse", "decline", "fail"))
        if req == "refusal":
            # "will not hesitate to respond", "would not sit idly by": a negated verb announced for the future
            if toks[i].dep == "xcomp" and toks[toks[i].head].lower == "going" and any(
                    toks[c].dep == "neg" or toks[c].lower == "never" for c in doc.children[toks[i].head]):
                return True   # "they are not going to bargain over X": the same refusal with "going to" as the future
            return any(toks[c].dep == "neg" or toks[c].lower == "never" for c in doc.children[i]) \
                and any(toks[c].dep == "aux" and toks[c].lower in _FUTURE_MODALS for c in doc.children[i])
        if req == "clause":
            # "declined to lift the order": a refusal of an act in an infinitive, not "declined to comment"
            # or "exports declined sharply"
            return any(toks[c].dep == "xcomp" and toks[c].pos == "VERB" and any(toks[g].lower == "to" for g in doc.children[c])
                       and toks[c].lemma.lower() not in _SOURCE_SPEECH | _UNNAMED_VERBS | _UNSAID
                       for c in doc.children[i])
        if req == "insult":
            # "called the decision 'blackmail'", "called the vote illegal": naming another's act with a reproach
            kids = doc.children[i]
            named = self.triggers.named_reproaches
            if any(self._object_named_as(doc, c) for c in kids if toks[c].dep in ("dobj", "oprd")):
                return True
            objs = [c for c in kids if toks[c].dep == "dobj"]
            if any(toks[c].pos == "NOUN" and toks[g].dep == "amod" and g > c
                   and toks[g].lemma.lower() in named and (toks[g - 1].text in _QUOTE_MARKS or toks[g - 1].pos == "ADV"
                                                          and toks[g - 1].head == g and toks[g - 2].text in _QUOTE_MARKS)
                   for c in kids if toks[c].dep in ("dobj", "oprd") for g in doc.children[c]):
                # 'called the decision "unacceptable"' ('"extremely regrettable"'): the quoted name parsed as an
                # adjective after the object
                return True
            if not objs:
                # "a step the other side called 'blackmail'": the named act is the noun the clause hangs on
                return toks[i].dep == "relcl" and toks[toks[i].head].pos == "NOUN" and any(
                    toks[k].lemma.lower() in named for c in kids if toks[c].dep == "oprd"
                    for k in [c] + [g for g in doc.children[c] if toks[g].dep in ("amod", "compound", "conj")])
            # "described the closure as a hostile act" ("as" on the verb or on its object)
            as_preps = [c for c in list(kids) + [k for o in objs for k in doc.children[o]]
                        if toks[c].dep == "prep" and toks[c].lower == "as"]
            names = [c for c in kids if toks[c].dep in ("oprd", "ccomp", "xcomp")] + [
                g for c in as_preps for g in doc.children[c] if toks[g].dep in ("pobj", "amod", "acomp")]
            # "described the raid as disproportionate" parsed with "as" on the adjective; "branded the protests a
            # coup attempt" parsed as two objects, the second the name
            names += [c for c in kids if toks[c].dep == "advcl" and toks[c].pos in ("ADJ", "NOUN")
                      and any(toks[g].lower == "as" for g in doc.children[c])]
            names += objs[1:]
            # 'called the seizure "a theft ..."': the quoted name parsed as an apposition of the object
            names += [g for o in objs for g in doc.children[o] if toks[g].dep == "appos"
                      and any(toks[q].text in _QUOTE_MARKS for q in range(o + 1, g))]
            if any(toks[k].lemma.lower() in named for n_ in names for k in [n_] + list(doc.children[n_])
                   if k == n_ or toks[k].dep in ("amod", "compound", "acomp", "conj")):   # "brazen and unacceptable"
                return True
            # 'called the veto "a gift to Moscow"': a name of the speaker's own in quotation marks, given to
            # another's act or to a party, judges it; one of praise ("historic", "a step forward") is no reproach
            return bool(objs) and any(self._quoted_label(doc, n_) for n_ in names)
        if req == "nonstate":
            # "gunmen seized five teachers", "were seized by separatists": people taken by a doer outside the state
            kids = doc.children[i]
            doers = [c for c in kids if toks[c].dep == "nsubj"] + [
                g for c in kids if toks[c].dep == "agent" for g in doc.children[c] if toks[g].dep == "pobj"]
            words = {toks[k].lemma.lower() for d in doers for k in doc.subtree(d)} | {toks[d].lower for d in doers}
            objs = [c for c in kids if toks[c].dep in ("dobj", "nsubjpass")]
            return bool(words & _NONSTATE) and bool(objs) and not any(
                toks[o].lemma.lower() in _PROPERTY | _PARTY_WORDS - {"leader", "commander", "official", "member", "soldier",
                                                                     "civilian", "villager", "resident", "people"}
                for o in objs)
        if req == "rescuer":
            # "soldiers freed nine hostages": forces of the state freeing captives of others (PLOVER AID, rescue)
            subj = [c for c in doc.children[i] if toks[c].dep == "nsubj"]
            words = {toks[k].lemma.lower() for d in subj for k in doc.subtree(d)}
            # "police freed the activist without charge / on bail / from custody": the state lets its own detainee go
            # (a release), no rescue
            custody = any(toks[c].dep == "prep" and toks[c].lower in ("without", "on", "from") and any(
                toks[g].lemma.lower() in _CUSTODY_RELEASE for g in doc.children[c] if toks[g].dep == "pobj")
                for c in doc.children[i])
            # "troops freed two of the detained herders": people the state holds, let go
            # ("freed six of the detainees", "released the prisoners": people held by the state are named so)
            held = any(toks[g].lower in ("detained", "arrested", "jailed", "imprisoned")
                       or toks[g].lemma.lower() in _HELD_PEOPLE for c in doc.children[i]
                       if toks[c].dep == "dobj" for g in doc.subtree(c))
            return bool(words & _RESCUERS) and not words & _NONSTATE and not custody and not held
        if req == "predicate":
            # "the detainees were suspected of ...", "police suspect the crew of ...": said of someone, not a participle
            # describing the people another act is done to ("arrested 14 people suspected of ordering the attack")
            return toks[i].dep not in ("acl", "amod")
        if req == "expected":
            # "the Fund expected Sri Lanka to strengthen its framework": an active verb whose object is to act, not
            # "talks are expected to resume" (a forecast)
            kids = doc.children[i]
            clauses = [c for c in kids if toks[c].dep in ("xcomp", "ccomp") and toks[c].pos in ("VERB", "AUX")
                       and any(toks[g].lower == "to" for g in doc.children[c])]
            # (the small parser makes the object the infinitive's subject: "expected [Sri Lanka to strengthen]")
            return not any(toks[c].dep in ("nsubjpass", "auxpass") for c in kids) and bool(clauses) and (
                any(toks[c].dep == "dobj" for c in kids)
                or any(toks[g].dep in ("nsubj", "nsubjpass") for c in clauses for g in doc.children[c]))
        if req == "offer":
            # "Kyiv was ready to help find those responsible", "Moscow stands ready to resume supplies": a party
            # declares itself ready for a step that is no event of its own (a step that is one, "ready to fight",
            # "ready to hold talks", is coded as that step, offered)
            act = self._offered_step(doc, i)
            # ("ready to consider sanctions", "ready to resume joint patrols": the noun of the step is the event)
            return act is not None and all(self._match(doc, k) is None for k in doc.subtree(act))
        if req == "feeling":
            # "was alarmed by X", "is deeply concerned by X": a feeling stirred by another's act, passive or adjective
            kids = doc.children[i]
            # "was 'deeply concerned' by X": with the adjective quoted, the 'by' phrase may hang on the copula
            bys = kids + (doc.children[toks[i].head] if toks[i].dep == "acomp" else ())
            if toks[i].pos == "ADJ" and toks[i].dep in ("acomp", "ccomp") and not any(toks[c].lower == "by" for c in bys) \
                    and any(toks[c].dep == "advmod" and toks[c].lower in _GRAVE for c in kids):
                # "the ministry said it was deeply concerned": a grave concern voiced by a state body or a named party
                holder = [c for c in bys if toks[c].dep in ("nsubj", "nsubjpass")]
                j = toks[i].head if toks[i].dep == "ccomp" else toks[toks[i].head].head
                if holder and toks[holder[0]].pos == "PRON" and toks[j].lemma.lower() in _SAYING:
                    holder = [c for c in doc.children[j] if toks[c].dep == "nsubj"]   # "the ministry said it was ..."
                return any(toks[h].pos == "PROPN" or toks[h].lemma.lower() in _STATE_BODIES for h in holder)
            # (or "about"/"at"/"over" after the feeling itself: "deeply concerned about the arrests", "shocked at X")
            return any(toks[c].dep in ("agent", "prep") and (toks[c].lower == "by" or toks[c].lower in _FELT_ABOUT and c in kids)
                       for c in bys) and (
                toks[i].pos == "ADJ" or toks[i].dep == "acomp" or any(toks[c].dep in ("auxpass", "nsubjpass") for c in kids))
        if req == "own":
            # "traders shut their stalls": closing what is the doer's own (a strike of shopkeepers), not "police shut
            # the shops" (a closure by the authorities)
            # "halted two of its projects": the object counted out of the doer's own
            objs = _with_of_objects(doc, [c for c in doc.children[i] if toks[c].dep == "dobj"])
            return any(toks[g].dep == "poss" and toks[g].lower in ("their", "his", "her", "its", "our")
                       for c in objs for g in doc.children[c])
        if req == "committed":
            # "agreed to raise wages": a yielding act only as what is agreed or offered
            return toks[i].dep == "xcomp" and toks[toks[i].head].lemma.lower() in _COMMITTING
        if req == "state":
            # "Japan protested", "the foreign ministry protested": a state, not a crowd
            subj = [c for c in doc.children[i] if toks[c].dep == "nsubj"]
            return any(toks[s_].lemma.lower() in _STATE_BODIES or (toks[s_].pos == "PROPN" and (
                self.lex.country_word(toks[s_].text) or self.lex.country_by_capital(toks[s_].text))) for s_ in subj)
        if req.startswith("agent:"):
            # "guards were wounded by rock-hurling rioters": a harm done by people, told in the passive with its
            # doer named; "injured in a crash", "injured by falling debris" name no such doer
            allowed = set(req[6:].split("|"))
            return any(toks[g].dep == "pobj" and toks[g].lemma.lower() in allowed
                       for c in doc.children[i] if toks[c].dep == "agent" for g in doc.children[c])
        objs = [c for c in doc.children[i] if toks[c].dep in ("dobj", "nsubjpass")]
        if req.startswith("obj:"):
            allowed = set(req[4:].split("|"))
            if not objs:
                objs = _shared_objects(doc, i)   # "boarded and searched a trawler"
            # "dispatched a column of water trucks", "shipped tonnes of wheat": what a measure or a vehicle group
            # holds is the object too
            objs = _with_of_objects(doc, objs)
            # a possessor is not what is acted on ("dismissed the government's offer" is no dismissal of a government)
            return any(toks[o].lemma.lower() in allowed or any(toks[g].lemma.lower() in allowed for g in doc.children[o]
                                                               if toks[g].dep != "poss")
                       for o in objs)
        if toks[i].dep == "acl" and toks[i].tag == "VBN":
            objs = objs + [toks[i].head]   # "a report released on Tuesday": the noun is the object
        if toks[i].dep == "relcl":
            objs = objs + [toks[i].head]   # "the fee it charges (shippers)": the relative clause's noun is an object
        if req.startswith("notobj:"):
            # "spoke to reporters", "agreed with the accusations": the object of the row's target preposition
            objs = objs + [g for c in doc.children[i] if toks[c].dep in ("prep", "dative") and toks[c].lower in entry.target
                           for g in doc.children[c] if toks[g].dep == "pobj"]
            # "pleaded guilty": a complement the verb takes is what it governs too
            objs = objs + [c for c in doc.children[i] if toks[c].dep in ("acomp", "oprd")]
            if toks[i].pos == "NOUN":   # "requests for comment": what a noun asks for is its object
                objs = objs + [g for c in doc.children[i] if toks[c].dep == "prep" and toks[c].lower == "for"
                               for g in doc.children[c] if toks[g].dep == "pobj"]
            banned = set(req[7:].split("|"))
            return not any(toks[o].lemma.lower() in banned for o in objs)
        if req == "party":
            # "fought the rebels", "fighting broke out": a party or none as the object, not "fight corruption"
            def is_party(o: int) -> bool:
                words = [o] + [g for g in doc.children[o] if toks[g].dep in ("compound", "amod", "poss")]
                return any(toks[k].pos in ("PROPN", "PRON") or toks[k].lemma.lower() in _ARMED_WORDS | _PARTY_WORDS
                           for k in words)
            objs = [c for c in doc.children[i] if toks[c].dep == "dobj"]
            if not objs and toks[i].dep == "relcl" and toks[i].tag == "VBD" and not any(
                    toks[c].dep == "prep" and toks[c].lower in ("with", "against") for c in doc.children[i]):
                # "a retired colonel who fought in the war": a past told of a person, with no side named, is background
                return False
            return not objs or any(is_party(o) or toks[o].lemma.lower() in _FIGHT_NOUNS for o in objs)
        return True

    def _quoted_label(self, doc: ParsedDoc, n: int) -> bool:
        """The name at ``n`` opens with a quotation mark and holds no word of praise."""
        toks = doc.tokens
        span = doc.subtree(n)
        first = min(span)
        opened = toks[first].text in _QUOTE_MARKS or (first > 0 and toks[first - 1].text in _QUOTE_MARKS) \
            or (first > 1 and toks[first - 1].pos == "DET" and toks[first - 2].text in _QUOTE_MARKS)
        return opened and not any(toks[k].lemma.lower() in self.triggers.praises for k in span)

    def _object_named_as(self, doc: ParsedDoc, o: int) -> bool:
        """ "called the decision 'blackmail'": object and name parsed as one noun phrase, the act as its modifier."""
        toks = doc.tokens
        return toks[o].lemma.lower() in self.triggers.named_reproaches and toks[o].lemma.lower() != "act" and any(
            toks[c].dep in ("nmod", "compound") and toks[c].pos == "NOUN" for c in doc.children[o])

    @staticmethod
    def _unnamed_beating(doc: ParsedDoc, i: int) -> bool:
        """ "students were beaten once in custody": a passive beating with no stated doer is violence done to
        people; a defeat names its winner ("beaten by Spain"), its score ("beaten 3-1") or its contest ("in the vote")."""
        toks = doc.tokens
        if toks[i].lemma.lower() != "beat":
            return False
        kids = doc.children[i]
        if not any(toks[c].dep == "auxpass" for c in kids):
            return False
        if any(toks[c].dep in ("agent", "npadvmod", "dobj", "attr") or toks[c].pos == "NUM" for c in kids):
            return False
        # ("beaten in custody", "beaten in front of their families" are violence; "beaten in the vote" a defeat)
        return not any(toks[c].dep == "prep" and (toks[c].lower in ("at", "for", "to") or toks[c].lower == "in" and not any(
            toks[g].dep == "pobj" and toks[g].lemma.lower() in _HELD_PLACES for g in doc.children[c])) for c in kids)

    def _armed_subject(self, doc: ParsedDoc, i: int) -> bool | None:
        """Whether the act's subject (or possessor / modifier) names an armed body or a weapon."""
        toks = doc.tokens
        cand = [c for c in doc.children[i] if toks[c].dep in ("nsubj", "poss", "compound", "amod")] + [
            g for c in doc.children[i] if toks[c].dep == "agent" for g in doc.children[c] if toks[g].dep == "pobj"]
        j = i
        joined = False
        while not cand and toks[j].dep == "conj" and toks[j].pos == "VERB" and toks[toks[j].head].pos == "VERB" \
                and toks[j].head != j:
            j = toks[j].head   # "students occupied or blocked faculties": the doer of the first verb
            cand = [c for c in doc.children[j] if toks[c].dep == "nsubj"]
            joined = True
        while not cand and toks[j].dep == "xcomp" and toks[j].head != j:
            j = toks[j].head   # "demonstrators tried to storm": the doer of the governing verb
            cand = [c for c in doc.children[j] if toks[c].dep == "nsubj"]
        if toks[i].pos == "NOUN" and toks[i].dep == "dobj" and toks[toks[i].head].lemma.lower() in _LIGHT_VERBS \
                and not any(toks[c].dep == "poss" for c in cand):
            # "the military launched drills", "the navy staged exercises": the doer of the light verb
            cand = cand + [c for c in doc.children[toks[i].head] if toks[c].dep == "nsubj"]
        if any(toks[c].dep == "prep" and toks[c].lower == "with" and any(
                toks[g].dep == "pobj" and toks[g].lemma.lower() in _BLUNT_WEAPONS for g in doc.children[c])
               for c in doc.children[i]) and toks[i].lemma.lower() in _BEATING_VERBS:
            return True   # "beaten with batons", "struck with truncheons": the weapon marks the act as violence
        if not cand:
            return None
        words = set()
        for c in cand:
            words.update(toks[k].lemma.lower() for k in doc.subtree(c))
        if words & _ARMED_WORDS:
            # (a verb joined to another only shares its civilian doers: the parser joins verbs of different doers
            # too, "saw the navies seize boats and left fishermen idle")
            return None if joined else True
        if toks[i].lemma.lower() == "strike" and any(toks[c].pos == "PROPN" and toks[c].dep in ("nsubj", "poss") and (
                self.lex.country_word(toks[c].text) or self.lex.country_by_capital(toks[c].text)) for c in cand):
            return True   # "Israel struck", "Turkey's strikes": a state's strikes are military
        if toks[i].lemma.lower() == "strike" and toks[i].pos == "NOUN" and (any(
                toks[c].dep in ("compound", "amod", "nmod") and toks[c].text[:1].isupper() and (
                    self.lex.country_word(toks[c].text) or self.lex.country_word(_compound_name(doc, c)[1]))
                for c in cand) or any(toks[c].dep == "poss" and toks[c].lower in ("its", "their") for c in cand)
                and any(self._country_in(doc, g) for g in self._subject(doc, toks[i].head) if toks[i].dep == "dobj")):
            # "Israeli strikes", "U.S. strikes", "Israel kept up its strikes": a state's strikes are military
            return True
        if words & _CIVIL_WORDS:
            return False
        return None

    # -- actors of tokens ------------------------------------------------------------------------

    def code(self, doc: ParsedDoc, actors: tuple[Actor, ...], quotes: tuple[Quote, ...] = (),
             home: str | None = None) -> tuple[Event, ...]:
        """Events of ``doc``.

        ``home`` is the story's country (implicit target, unnamed state agent).
        """
        toks = doc.tokens
        by_id = {a.id: a for a in actors}
        token_actor: dict[int, str] = {}
        starts = sorted((s, e, a.id) for a in actors for s, e in a.mentions)
        k = 0
        for s, e, aid in starts:
            while k < len(toks) and toks[k].idx < s:
                k += 1
            j = k
            while j < len(toks) and toks[j].idx < e:
                token_actor.setdefault(j, aid)
                j += 1
        ix = _Index(token_actor, by_id, {a.id: a.kind for a in actors},
                    tuple((q.text[0], q.text[1], q.speaker) for q in quotes if q.speaker))

        found: list[_Found] = []
        for t in toks:
            f = self._match(doc, t.i)
            if f is not None:
                found.append(f)
        trigger_at = {f.token: f for f in found}
        used_by_other = {k for f in found for k in f.used}

        events: list[Event] = []
        aimed_at: dict[int, list[tuple[str | None, str | None]]] = {}   # trigger token -> the targets named for it
        groups: list[tuple[int, str, tuple, tuple]] = []   # target token, type, targets and sources of an earlier act
        counterpart = self._counterpart(actors, home)
        lede_counterpart = self._counterpart(actors, home, self._lede_span(doc))
        seen: set[tuple] = set()
        for f in found:
            t = toks[f.token]
            if f.token < doc.dateline_end:
                continue
            if f.token in used_by_other and f.entry.pos == "NOUN":
                continue  # part of a verb phrase already coded ("hold talks")
            if f.entry.pos == "NOUN" and t.dep in ("compound", "amod", "nmod") and not f.used:
                continue  # a modifier of another noun ("riot police", "protest leaders")
            if self._embedded(doc, f.token, trigger_at):
                continue
            if self._negates_embedded_act(doc, f.token, trigger_at, f.used) and not self._denied_claim(doc, f.token) \
                    and not self._refused_meeting(doc, f.token):
                continue  # "denied attacking", "ruled out talks": a negation of the embedded act
            if _ruled_out_deal(doc, f.token, trigger_at):
                continue  # "ruled out any deal that ...": the refusal is the event (REJECT), the deal was never made
            if self._same_act(doc, f, trigger_at):
                continue
            if self._kept_from(doc, f.token):
                continue
            if f.entry.plover == "COERCE" and self._held_people_freed(doc, f.token, trigger_at):
                continue   # "released 15 of those detained": the detention names the people freed, an act told before
            if f.entry.plover != "CONSULT" and self._purpose(doc, f.token, trigger_at) \
                    and not (f.entry.plover == "PROTEST" and t.lemma.lower() in ("protest", "demonstrate") and t.dep == "advcl"
                             and t.head not in trigger_at):
                continue   # ("parked their trucks across the road to protest against X": the act is the protest)
            if f.entry.plover == "MOBILIZE" and self._sent_to_withdraw(doc, f.token, trigger_at):
                continue
            if self._not_a_report(doc, f):
                continue
            if self._describing_clause(doc, f.token):
                continue
            if self._approved_document_act(doc, f, trigger_at):
                continue   # "approved a resolution that condemns X": the approval is the condemnation, coded there
            if self._reacted_to(doc, f, trigger_at):
                continue
            if self._describing_participle_of_party(doc, f.token, trigger_at):
                continue
            if t.lemma.lower() in self.triggers.claim_verbs and t.dep == "ccomp" and toks[t.head].lemma.lower() in _SAYING \
                    and not f.entry.extra and not self._promised(doc, f.token) \
                    and (t.lemma.lower() not in self.triggers.claim_objects or self._claim_act(doc, f.token)):
                continue  # "said the U.S. is financing ...": the content of an accusation, coded as ACCUSE below
                # (a phrase row, "violated its airspace", is a concrete act of its own and stays)
            src_toks, tgt_toks = (self._verb_roles if f.entry.pos == "VERB" else self._noun_roles)(doc, f)
            if f.entry.plover == "SUPPORT" and t.lemma.lower() == "back" and src_toks and all(
                    toks[k].lemma.lower() in _ARMED_WORDS | _WEAPONS | _STATE_WEAPONS for k in src_toks):
                continue   # "fighters backed by foreign drones / by allied troops": armed help in a fight, not political backing
            if self._if_clause(doc, f.token):
                continue   # "ready to help if both sides ask for it": the condition of another act, not an act told
            if f.entry.pos == "VERB" and t.dep == "acl" and t.tag == "VBN" and t.head != f.token \
                    and toks[t.head].lemma.lower() in _IMAGE_WORDS:
                continue   # "this image, provided by the army, shows ...": a picture's credit, not an act
            if f.entry.plover == "ASSAULT" and not src_toks and self._casualty_tally(doc, f.token):
                continue   # "at least 19 people were killed, police said": a count of the dead, not an act of its own
            test_launch = self._test_launch(doc, f)
            if test_launch is not None:
                # "fired two ballistic missiles into the sea": a launch at no one is a show of force (CAMEO 150)
                f = replace(f, entry=replace(f.entry, plover="MOBILIZE", mode="weapons", cameo="150"))
                tgt_toks = test_launch
            resolve = lambda ts: self._resolve(doc, ts, ix)  # noqa: E731
            sources = resolve(src_toks)
            clause_state = self._joined_clause_state(doc, f.token, src_toks, ix)
            if clause_state is not None and sources and all(c != clause_state for _, c in sources):
                sources = [(None, clause_state)]   # "Chile deployed troops, and police began expelling migrants"
            own_things = [k for k in tgt_toks + [u for u in f.used if toks[u].pos == "NOUN"]
                          if f.entry.plover in _OWN_MEANS and self._own_thing(doc, k, sources, ix)]
            targets = resolve([k for k in tgt_toks if k not in own_things])
            if not targets and f.entry.plover in ("ASSAULT", "COERCE") and f.entry.pos == "VERB":
                # "used batons to scatter the marchers": force used to scatter people is aimed at the people
                purpose = [o for c in doc.children[f.token] if toks[c].dep in ("advcl", "xcomp")
                           and toks[c].lemma.lower() in _DISPERSING
                           and any(toks[a].dep == "aux" and toks[a].lower == "to" for a in doc.children[c])
                           for o in doc.children[c] if toks[o].dep == "dobj"]
                targets = resolve(purpose) if purpose else targets
            sides = [k for k in tgt_toks if self._both_sides(doc, k, ix)]
            if sides:
                # "China urged both sides to show restraint": the two sides other than the speaker (and no act of
                # nobody's on them: "the treaty the two countries signed" misparsed as a participle on "countries")
                # A body outside the state (a union, a rights group) may blame its own government as one of "both
                # governments": only a state speaker's country is left out, and the speaker's own phrase ("X, an
                # association of Ruritanian migrants") names none of the two
                states = {c for a, c in sources if c and (a is None or _state_actor(ix, a))}
                own_phrase = frozenset(k for s_ in src_toks for k in doc.subtree(s_))
                targets = self._both_sides(doc, sides[0], ix, exclude=states, skip=own_phrase) if sources else []
            if f.entry.plover == "ACCUSE" and f.entry.head in _FILED_GRIEVANCES and targets and sources \
                    and all(c == "UNO" for _, c in targets) \
                    and any(toks[toks[k].head].lower in ("to", "with") for k in tgt_toks):
                # "complained to the Security Council about X's dam", "lodged a protest with the UN after French ships
                # patrolled": the body is where the grievance was filed; it is aimed at the party it is about
                targets = self._grievance_party(doc, f.token, sources, ix) or targets
            if f.entry.plover == "REQUEST" and targets and sources and home and self._asks_release(doc, f) \
                    and all(c != home for _, c in sources) \
                    and all(c is None or c in {c_ for _, c_ in sources} for _, c in targets):
                # "Russia demanded the release of the Russian journalists" in a story of another state: not asked of
                # the people held (the speaker's own, or of no named state) but of whoever holds them
                targets = []
            if f.entry.plover == "REQUEST":
                # "demanded the release of six fishermen detained by Russian guards": the captors are asked
                targets = self._captors(doc, tgt_toks, groups, sources, ix, events) or targets
            if f.entry.plover == "REQUEST" and targets:
                # "urged the prime minister to raise the matter with the Sri Lankan president": the party asked to take
                # a matter up with another state is of the asker's own, not of the state it is to deal with
                own = {c for _, c in sources if c}
                dealt = {c for _, c in resolve(self._dealt_with(doc, f.token)) if c}
                # (a body of no state, "Amnesty urged Hanoi to cooperate with the court", has no own party to send)
                if len(own) == 1 and not own & NONSTATE_CODES and dealt and not own & dealt \
                        and all(c in dealt for _, c in targets):
                    targets = [(None, next(iter(own)))]
            if targets and sources and f.entry.pos == "VERB":
                targets = self._asker_government(doc, tgt_toks, sources, targets, ix, home)
            if not targets and f.entry.plover in ("ASSAULT", "THREATEN") and f.entry.head in ("return", "retaliate", "respond"):
                # "did not return fire", "troops retaliated": firing back answers whoever last attacked the doer
                targets = self._latest_doer(events, sources, ("ASSAULT",))
            if test_launch is not None and not test_launch:
                targets = [(None, None)]   # aimed at no one
            if not targets and f.entry.plover == "AGREE" and f.entry.pos == "VERB":
                # "would accept Qatari mediation", "accepted the bloc's mediation": the party named on the thing accepted
                named_on = [c for u in f.used if toks[u].dep == "dobj" and toks[u].head == f.token and toks[u].pos == "NOUN"
                            for c in doc.children[u] if toks[c].dep in ("compound", "poss", "amod")
                            and toks[c].pos in ("PROPN", "ADJ") and toks[c].text[:1].isupper()]
                targets = [a for a in resolve(named_on) if a[1] and a not in sources][:1]
            if not targets and f.entry.plover == "ASSAULT" and f.entry.pos == "VERB" and sources:
                # "fired missiles at Tel Aviv and Haifa", "shelled Kharkiv": a city struck is of the state it lies in
                # (before the object's noun is read as an earlier act: "fired a barrage at X")
                where = self._city_country(doc, tgt_toks) or self._place_country(doc, tgt_toks, _FACILITIES)
                targets = [(None, where)] if where else []
            if not targets:
                # "rejected the accusation": a phrase's own object noun names the earlier act as well, but not the act
                # itself ("opened an investigation into the men" reacts to no earlier investigation)
                # ("pledged aid", "offered help": the thing promised is to come, no earlier act)
                named = tgt_toks + [u for u in f.used if toks[u].dep == "dobj" and toks[u].head == f.token
                                    and not (f.entry.plover == "AGREE" and f.entry.head in _COMMITTING)
                                    and f.entry.plover not in {e.plover for e in self.triggers.candidates(toks[u].lemma.lower(), "NOUN")}]
                # "demanded an investigation": the demanded thing names the act its doer must answer for
                named += [c for c in doc.children[f.token] if f.entry.pos == "VERB" and f.entry.plover == "REQUEST"
                          and toks[c].dep == "dobj" and c not in named and toks[c].lemma.lower() in _INQUIRIES]
                # "filed a complaint" with no one named: the complaint answers the latest act of force by another
                named += [u for u in f.used if f.entry.plover == "ACCUSE" and toks[u].pos == "NOUN" and u not in named
                          and toks[u].lemma.lower() in _GRIEVANCES]
                # "rejected what it called interference": the noun the speaker gave the act
                called = [g for c in doc.children[f.token] if toks[c].dep in ("ccomp", "dobj", "relcl")
                          and toks[c].lemma.lower() in _NAMING and any(toks[w].lower == "what" for w in doc.children[c])
                          for g in doc.children[c] if toks[g].dep in ("oprd", "attr", "dobj") and toks[g].pos == "NOUN"
                          and g not in named]
                named += called
                # ... whose own demonym names the party ("condemned what he called 'reckless' Ruritanian behaviour")
                own = {c for _, c in sources}
                marked = [iso for g in called for c in doc.children[g] if toks[c].dep in ("amod", "compound", "nmod")
                          and not toks[c].text.islower() and (iso := self.lex.country_word(toks[c].text)) and iso not in own]
                targets = [(None, marked[0])] if marked else \
                    self._content_author(doc, named, events, ix, sources, f.entry.plover, home)
            # "closed the crossings with Cambodia", "froze funds for Hungary": the party the object is for;
            # "recalled its ambassador to Brazil": the phrase's own noun ("recall ambassador") counts as well
            nouns = tgt_toks + [u for u in f.used if toks[u].pos == "NOUN" and u not in tgt_toks]
            if not targets and nouns:
                own = {c for _, c in sources}
                targets = [a for a in resolve(self._object_parties(doc, nouns)) if a[1] and a[1] not in own][:1]
                if not targets:
                    # "would not lift the ban" after "a ban on Ruritanian grain": the party the earlier mention names
                    targets = [a for a in resolve(self._earlier_object_parties(doc, nouns)) if a[1] and a[1] not in own][:1]
            if not targets and f.entry.plover == "ASSAULT" and sources:
                # "fighters captured the town of X in Ruritania's north": a place taken or struck is of the state it
                # lies in, the doer's own as well (insurgents at home), not the story's other side
                where = self._place_country(doc, tgt_toks)
                targets = [(None, where)] if where else []
            if not targets and f.entry.plover == "ACCUSE" and f.entry.pos == "VERB" and sources:
                # "complaining that the ministry owed the teachers months of wages": the one the complaint is about
                told = [g for c in doc.children[f.token] if toks[c].dep == "ccomp"
                        for g in doc.children[c] if toks[g].dep in ("nsubj", "nsubjpass") and toks[g].pos != "PRON"]
                targets = [a for a in resolve(told[:1]) if a[1] and a not in sources
                           and a[1] not in {c for _, c in sources}][:1]
            if not targets and f.entry.plover == "PROTEST":
                targets = self._protest_aim(doc, f, trigger_at, ix, sources, home)
            if not targets and f.entry.plover == "THREATEN":
                targets = self._threatened_party(doc, f, trigger_at, ix, sources)
            if f.entry.plover == "REJECT" and t.lemma.lower() in _NEGATING_MARKERS and self._claim_maker(doc, f.token):
                # "X said Y had fired on a patrol, a claim Y denied": the denial answers X, who made the claim
                maker = [a for a in resolve(self._claim_maker(doc, f.token)) if a not in sources and a[1]]
                targets = maker[:1] or targets
            if not targets and f.entry.plover == "REJECT" and t.lemma.lower() in _NEGATING_MARKERS:
                # "denied any links to drug trafficking": a denial answers whoever last accused or punished the denier;
                # "denied that the government targets its critics": a charge about the state's own people stays at home
                # "denied that troops had left, as some senators claimed": the accusers the "as"-clause names
                alleged = [a for a in resolve(self._alleged_by(doc, f.token)) if a not in sources]
                targets = alleged[:1] or ([(None, home)] if home and self._denied_home_act(doc, f.token)
                                          else self._latest_doer(events, sources, ("ACCUSE", "SANCTION")))
                if not targets and t.lemma.lower() in ("deny", "refute", "dismiss"):
                    # "Human Rights Watch said soldiers had killed 12 villagers ... The army denied the allegation":
                    # the party that last told of the denier's deeds, in this or the two sentences before
                    targets = self._earlier_claimant(doc, f.token, sources, ix)
            if f.entry.plover == "REJECT" and sources and targets and all(a in sources for a in targets) and any(
                    toks[c].dep == "dobj" and toks[c].lemma.lower() in _CLAIM_NOUNS for c in doc.children[f.token]):
                # "Baku said Armenia had moved artillery ... Yerevan rejected that claim": the claim is about the
                # rejecter's own deeds; it answers the party that told of them, not the rejecter itself
                targets = self._earlier_claimant(doc, f.token, sources, ix) or targets
            if f.entry.plover == "REQUEST":
                body = [a for a in resolve(self._session_body(doc, f.token)) if a[1] in ("IGO", "UNO", "EUR")]
                if body:
                    targets = body[:1]   # "asked for a session of the Security Council on X": the body is asked
            before = self._named_before(doc, tgt_toks, groups)
            if not targets and before is not None:
                # "arrested 17 Indian fishermen ... remanded the 17": the people an earlier act was done to
                targets = [a for a in before[1] if a not in sources]
            if not sources and before is not None and before[0] == "COERCE" and f.entry.plover == "RETREAT":
                sources = [a for a in before[2] if a not in targets]   # "the crew were released": by their captors
            if not sources and f.entry.plover == "ASSAULT" and src_toks \
                    and all(toks[k].lemma.lower() in _WEAPONS | _BOMBS for k in src_toks):
                # "a drone launched by the rebels slammed into a post": the weapon's launcher named on it fired it
                sources = resolve(self._participle_agents(doc, src_toks, _LAUNCHING))
            if not sources and src_toks and all(toks[k].lemma.lower() in _DOCUMENTS | _SIGNS for k in src_toks):
                # "messages attributed to the gang threatened ...", "banners signed by the cartel warned ...": the
                # author the words are put to speaks
                sources = [a for a in resolve(self._participle_agents(doc, src_toks, _AUTHORING)) if a[1]]
                if not sources:
                    # "a statement from the Sovereign Council urged ...": the body it comes from
                    sources = [a for a in resolve([g for k in src_toks for c in doc.children[k] if toks[c].dep == "prep"
                                                   and toks[c].lower == "from" for g in doc.children[c]
                                                   if toks[g].dep == "pobj"]) if a[1]] if not any(
                        toks[d].lower == "no" for k in src_toks for d in doc.children[k]) else []   # ("no decree from X can")
            if not sources and f.entry.plover in ("ASSAULT", "COERCE") and src_toks \
                    and any(toks[k].lemma.lower() in _PERPETRATORS | _BOMBS or any(
                        toks[c].dep == "amod" and toks[c].lower == "armed" for c in doc.children[k]) for k in src_toks):
                sources = [(None, home)]   # "the attackers shot dead a guard", "armed men opened fire": unnamed assailants in the story's country
            if not sources and f.entry.plover == "ASSAULT" and not src_toks \
                    and (by_state := self._state_attack_in(doc, f.token)) is not None:
                sources = [(None, by_state)]   # "two civilians were killed in a Russian air strike": that state's forces
            if not sources and f.entry.plover == "ASSAULT" and not src_toks and self._nonstate_attack(doc, f.token):
                sources = [(None, home)]   # "soldiers were killed in a rebel ambush": the story's country's insurgents
            if not sources and f.entry.plover == "ASSAULT" and self._state_fire(doc, f.token, src_toks, tgt_toks):
                sources = [(None, home)]   # "killed by artillery fire", "six militants were killed": the state's forces
            if not sources and f.entry.plover == "PROTEST" and f.entry.pos == "VERB" and src_toks \
                    and all(toks[k].lemma.lower() in _CROWD_COUNTS and toks[k].tag == "NNS" for k in src_toks):
                sources = [(None, home)]   # "thousands rallied outside parliament": a crowd of the story's country
            if not sources and f.entry.plover == "THREATEN" and src_toks and all(
                    toks[k].lemma.lower() in _UNNAMED_THREATENERS or toks[k].lemma.lower() == "man"
                    and any(toks[c].dep == "amod" for c in doc.children[k]) for k in src_toks):
                sources = [(None, home)]   # "organisers threatened to ...", "masked men threatened to ...": the story's people
            if not sources and f.entry.plover == "MOBILIZE" and src_toks and self._armed_words(doc, src_toks):
                sources = [(None, home)]   # "the army has not been deployed": the story's country's own forces
            if not sources and f.entry.pos == "NOUN" and f.entry.plover == "CONSULT" and len(targets) >= 2 \
                    and targets[0] != targets[1] and self._prep_objects(doc, f.token, ("between",)):
                sources, targets = targets[:1], targets[1:]   # "talks between A and B ended": A met B
            if not sources and f.entry.pos == "NOUN" and f.entry.plover == "ASSAULT" and "between" in f.entry.target \
                    and self._prep_objects(doc, f.token, ("between",)):
                sides = [a for a in resolve(self._prep_objects(doc, f.token, ("between",))) if a[1]]
                if len(sides) >= 2 and sides[0][1] != sides[1][1]:
                    sources, targets = sides[:1], sides[1:2]   # "clashes between A and B": one clash, A's on B
            if not sources and f.entry.pos == "NOUN" and f.entry.plover == "CONSULT":
                parties = self._meeting_parties(doc, f.token, ix)
                if len(parties) >= 2 and parties[0] != parties[1]:
                    sources, targets = parties[:1], parties[1:2]   # "during talks between A and B": A met B
            # ("A and B discussed the situation": two parties of two states met; what they discussed is no partner)
            met = len(sources) >= 2 and len({c for _, c in sources if c}) >= 2 and f.entry.plover in _RECIPROCAL
            if not targets and f.entry.plover in _NEED_PARTNER and (tgt_toks and not met or len(sources) < 2) \
                    and not (any(c for _, c in sources) and ({t.lemma.lower()} | {toks[u].lemma.lower() for u in f.used}) & _MEETING_WORDS
                             and factuality(doc, f.token) == "negated") \
                    and not self._body_in_session(doc, f, sources, ix) \
                    and not (any(c for _, c in sources) and _offered_act(doc, f.token)):   # "ruled out talks": a refusal to meet
                # ("the bloc was ready to mediate": an offer, which needs no partner named)
                continue  # "received reports", "we are talking again": a meeting needs someone to meet
            if not sources and t.dep == "conj" and t.head in trigger_at and trigger_at[t.head].entry.plover == f.entry.plover \
                    and any(toks[c].dep in ("nsubjpass", "auxpass") for c in doc.children[f.token]):
                # "said Lome had released 30 and that the others would be freed": a passive act of the same kind
                # joined to a named doer's act is that doer's too
                sources = list(dict.fromkeys((e.source, e.source_country) for e in events
                                             if e.trigger[0] == toks[t.head].idx and e.plover == f.entry.plover
                                             and (e.source or e.source_country)))[:1]
            if not sources and f.entry.pos == "VERB" and src_toks:
                # "the association demanded his release", "the confederation accused the court": the body of that
                # kind named before
                sources = [a for k in src_toks[:1] for a in [self._body_named_before(doc, k, ix)] if a is not None]
            # "PP-DB accused the prosecutor's office of ...", "Tiraspol turned down the offer": a named party the actor
            # stage knows nothing of acts from the story's country, or from the place the clause opens in ("In
            # Jakarta, X rejected ...")
            if not sources and home and f.entry.pos == "VERB" and src_toks and all(
                    toks[k].pos == "PROPN" and toks[k].dep == "nsubj" and not self._country_name_at(doc, k)
                    for k in src_toks):
                where = [self._country_in(doc, g) for c in doc.children[f.token] if toks[c].dep == "prep"
                         and toks[c].lower == "in" and c < min(src_toks) for g in doc.children[c] if toks[g].dep == "pobj"]
                sources = [(None, next((w for w in where if w and w not in NONSTATE_CODES), home))]
            if not sources and home and f.entry.pos == "VERB" and f.entry.plover == "REJECT" \
                    and t.lemma.lower() in _DENIALS and src_toks and all(
                        toks[k].pos in ("NOUN", "PROPN", "NUM", "PRON") and not self._country_name_at(doc, k)
                        for k in src_toks):
                # "All 12 denied the charges", "his client denied any wrongdoing": the accused deny at home
                sources = [(None, home)]
            if not sources and f.entry.pos == "VERB" and f.entry.plover in ("PROTEST", "ASSAULT") and home \
                    and src_toks and all(self._crowd_word(doc, k) for k in src_toks):
                sources = [(None, home)]   # "young men burned tyres", "hundreds of residents marched": the story's people
            if not sources:
                passive = f.entry.pos == "VERB" and (any(toks[c].dep in ("nsubjpass", "auxpass") for c in doc.children[f.token])
                                                     or bool(self._shared_passive(doc, f.token))
                                                     or (t.dep == "acl" and t.tag == "VBN" and not self._main_verb_as_acl(doc, f.token))
                                                     or f.entry.requires == "undergone")   # "went on trial": as a passive
                # "the arrest of two journalists", "the shooting of Senator X": a noun of force whose "of" phrase names
                # who suffered it tells the act as a passive does, its doer unnamed
                passive = passive or (f.entry.pos == "NOUN" and f.entry.plover in ("COERCE", "ASSAULT") and any(
                    toks[c].dep == "prep" and toks[c].lower == "of" and any(g in tgt_toks for g in doc.children[c])
                    for c in doc.children[f.token]))
                # "a rocket hit a school", "shells fired across the river killed three villagers": an unnamed party's fire
                fired = f.entry.pos == "VERB" and f.entry.plover == "ASSAULT" and bool(src_toks) \
                    and all(toks[k].lemma.lower() in _WEAPONS | _BOMBS for k in src_toks)
                if not passive and not fired:
                    continue  # nobody does it: a mention of an event ("the deal", "fighting flared"), not a report
                if not targets and tgt_toks and f.entry.plover in _ACTS_ON_PEOPLE \
                        and not any(toks[k].lemma.lower() in _WEAPONS for k in tgt_toks):
                    targets = [(None, home)]   # "nine of those detained were released": people of the story's country
                if not targets and not tgt_toks and passive and t.dep == "conj" and f.entry.plover in _ACTS_ON_PEOPLE:
                    # "twelve workers were arrested and were released on Tuesday": the second act's people are the
                    # first's subject
                    shared = [c for c in doc.children[t.head] if toks[c].dep == "nsubjpass"
                              and toks[c].pos in ("NOUN", "PROPN", "NUM")]
                    if shared and not any(toks[k].lemma.lower() in _WEAPONS for k in shared):
                        targets = [a for a in resolve(shared) if a[0] or a[1]][:1] or [(None, home)]
                if not targets and f.entry.plover == "MOBILIZE" and passive:
                    # "the navy said two more frigates were dispatched to the strait": a state body telling of troops sent
                    # with no sender named speaks of its own forces' move
                    rep = self._reporting_subject(doc, f.token)
                    said = [(a, c) for a, c in (self._resolve(doc, [rep], ix) if rep is not None else [])
                            if a and ix.kinds.get(a) in ("organization", "country", "person") and c and c not in NONSTATE_CODES]
                    if said:
                        sources = said[:1]
                        targets = [(None, home or said[0][1])]
                if not targets:
                    continue
                state = home if f.entry.plover in _STATE_ACTS or self._releases_detainees(doc, f) \
                    or self._legal_process(f) or self._held_with(doc, f) or self._consulted_party(doc, f) else None
                if self._legal_process(f):
                    # "the FSB said the men would be questioned": the state whose body reports its own inquiry
                    rep = self._reporting_subject(doc, f.token)
                    said = self._resolve(doc, [rep], ix) if rep is not None else []
                    state = next((c for a, c in said if a and ix.kinds.get(a) in ("organization", "country") and c
                                  and c not in NONSTATE_CODES), state)
                if state is None and f.entry.plover in _FORCEFUL:
                    state = self._denying_state(doc, f, ix, targets)   # "police denied any detainee had been beaten"
                if state is not None:
                    state = self._law_of(doc, f.token) or state   # "Under Ruritanian law, the boat could be seized"
                    if f.entry.plover in _STATE_ACTS:
                        state = self._held_in(doc, f.token) or state   # "were detained in Iran": by the state holding them
                if f.entry.plover == "RETREAT" and self._releases_detainees(doc, f) and not sources:
                    # "Israeli soldiers detained 14 residents ... eight of the detained villagers had been released":
                    # freed by whoever last detained people of theirs
                    held = {c for _, c in targets if c}
                    freed = {a for a, _ in targets if a}
                    captor = next(((e.source, e.source_country) for e in reversed(events) if e.plover == "COERCE"
                                   and e.source_country and e.target_country in held and e.source not in freed), None)
                    sources = [captor] if captor else sources
                sources = sources or [(None, state)]
            if not targets and t.dep == "conj" and not any(toks[c].dep in ("nsubj", "nsubjpass") for c in doc.children[f.token]):
                # "recalled its ambassador to Brazil and suspended talks": one doer's acts in a row aim at one party
                targets = [a for a in aimed_at.get(t.head, []) if a not in sources]
            if sources and targets and (t.lemma.lower() in _SUMMONING or f.entry.head == "call" and "in" in f.entry.extra) \
                    and any(toks[j].lemma.lower() in _ENVOYS for k in tgt_toks for j in [k, *doc.children[k]]):
                # "the deputy minister summoned the Ruritanian ambassador": one summons a foreign envoy, so a summoner
                # coded with the envoy's country serves the host state, the latest other state named before
                envoy = {c for _, c in targets if c}
                if envoy and all(c in envoy for _, c in sources):
                    host = self._state_before(doc, f.token, ix, envoy)
                    if host is not None:
                        sources = [(None, host)]
            if targets:
                aimed_at[f.token] = targets
                groups.extend((k, f.entry.plover, tuple(targets), tuple(sources)) for k in tgt_toks)
            if targets and counterpart is not None and f.entry.plover in _OWN_MEANS and sources \
                    and all(c == home for _, c in sources + targets) \
                    and not any((toks[k].pos == "PROPN" or toks[k].lower in ("him", "her"))
                                and (a := self._actor_at(doc, k, ix)) and a in ix.by_id
                                and ix.by_id[a].kind == "person" for k in tgt_toks):
                # (a person named as the one acted on, "the court convicted X ... jailed him", is a home matter)
                # "New Delhi suspended the bus service between Amritsar and Lahore": a state's measure with its own
                # country's places and people named is aimed at the other side in a story of two countries
                targets = [(None, counterpart)]
            if not targets and f.entry.plover in _STATE_ACTS and sources \
                    and any(toks[k].lemma.lower() in _FRONTIERS for k in nouns):
                # "N'Djamena closed the main border crossing", "first closed the border in 2024": a border is closed
                # on the state beyond it, the other state of the story
                own = {c for _, c in sources if c}
                sent = doc.sentence_of(f.token)
                near = [c for k in range(sent.start, sent.end) for c in [
                    ix.by_id[ix.token_actor[k]].country if k in ix.token_actor else self._country_in(doc, k)]
                    if c and c not in own | NONSTATE_CODES]
                other = near[0] if near else self._rival(actors, own)   # a state named in its sentence first
                targets = [(None, other)] if other else []
            # a story whose lede names two states ("India and China have agreed ...") has the other one as the
            # other side of the home state's own acts (its army, its ministers), though named less often
            other_side = counterpart if counterpart is not None or not all(
                a and a in ix.by_id and _state_actor(ix, a)
                for a, _ in sources) else lede_counterpart
            # courts, judges and an opposition answer to their own state: an act of theirs aimed at no one named
            # ("judges struck down the decree", "the opposition demanded the deal be scrapped") is on their own side
            watchdog = bool(sources) and all(a and a in ix.by_id and set(ix.by_id[a].sectors) & _DOMESTIC_CHECKS
                                             and not set(ix.by_id[a].sectors) & _STATE_SECTORS - {"GOV"} for a, _ in sources)
            if not targets and other_side is not None and f.entry.plover not in _DOMESTIC_ACTS and not watchdog \
                    and sources and all(c == home for _, c in sources) and not self._domestic_object(doc, f.token, tgt_toks):
                # "Pakistan closed the crossing" in a story of Pakistan and Afghanistan: the home side's act on the other
                targets = [(None, other_side)]
            if not targets and own_things and f.entry.plover == "SANCTION" and sources:
                # "India has not recalled its ambassador": an envoy is recalled from abroad, the story's other state
                other = self._other_state(actors, {c for _, c in sources})
                targets = [(None, other)] if other else []
            own_state = {c for _, c in sources if c}
            if not targets and watchdog and len(own_state) == 1 and not own_state & NONSTATE_CODES:
                targets = [(None, next(iter(own_state)))]   # "Ruritania's opposition demanded the deal be scrapped"
            if not targets:
                # an act with no named target is aimed at the story's country ("police fired tear gas")
                targets = [(None, home)]
            if f.entry.plover in _DOMESTIC_ACTS and home and sources and all(
                    a is not None and c is None and ix.by_id[a].kind == "group" for a, c in sources):
                # "a few dozen reporters held a picket outside the court": people of no stated country protest at home
                sources = [(a, home) for a, _ in sources]
            if sources and all(c == home for _, c in sources):
                # "security forces detained two journalists": the home side's act on people of no named country
                targets = [(a, c or home) for a, c in targets]
            sent = doc.sentence_of(f.token)
            sent_span = (sent.start_char, sent.end_char)
            text = doc.text
            while sent_span[1] > sent_span[0] and text[sent_span[1] - 1].isspace():
                sent_span = (sent_span[0], sent_span[1] - 1)
            src_ids = {a for a, _ in sources if a}

            src_countries = {c for _, c in sources if c}

            def is_source(k: int) -> bool:
                if k in src_toks:
                    return True
                aid = self._actor_at(doc, k, ix)
                if aid in src_ids:
                    return True
                # "the Defence Ministry said Turkish forces would ...": a body of the same state speaks for it
                speaker_country = ix.by_id[aid].country if aid is not None else self._country_in(doc, k)
                return speaker_country is not None and speaker_country in src_countries and len(src_countries) == 1

            fact = factuality(doc, f.token, is_source=is_source, plover=f.entry.plover)
            if f.entry.plover == "CONSULT":
                fact = self._meeting_fact(doc, f, fact, is_source)
                if fact is None:
                    continue
            if fact == "negated" and f.entry.plover == "THREATEN" and f.entry.requires == "future" \
                    and self._means_of(doc, f.token, trigger_at):
                continue   # "would not retaliate by closing the border": the act ruled out is the means (coded itself)
            f, fact = self._retype(doc, f, fact, src_toks, is_source, trigger_at, sources)
            if f.entry.plover == "SANCTION" and t.lemma.lower() == "suspend" and sources and targets \
                    and {c for _, c in sources} == {c for _, c in targets} == {home} and home \
                    and not any(toks[k].lemma.lower() in _TIES for k in [*tgt_toks, *f.used]
                                for k in [k, *doc.children[k]]):
                # "he suspended parliament", "authorities suspended mobile internet": a state suspending its own
                # bodies, officials or services restricts at home (COERCE); suspending talks or relations with a
                # domestic party stays a cut in ties
                f = replace(f, entry=replace(f.entry, plover="COERCE", mode="restrict", cameo="172"))
            pairs = [(s_, t_) for s_ in sources[:4] for t_ in targets[:4]]
            if len(sources) >= 2 and not resolve(tgt_toks) and (f.entry.plover in _RECIPROCAL or self._symmetric(f.entry)):
                # "A and B exchanged fire / held talks": one event between them, the first named as its source
                # (the second party of another country when one is named: "by A's minister of X and Y and his B
                # counterpart" lists one side's titles before the other side)
                # ("A, B and C held talks": the first with each of the others, one event per party)
                others = [s_ for s_ in sources[1:] if s_[1] and s_[1] != sources[0][1]]
                firsts = [o for n, o in enumerate(others) if o[1] not in {p[1] for p in others[:n]}]
                pairs = [(sources[0], o) for o in firsts[:3]] if len(firsts) >= 2 and len(sources) >= 3 \
                    else [(sources[0], next(iter(others), sources[1]))]
            elif len(sources) == 2 and not resolve(tgt_toks) and any(self._both_sides(doc, k, ix) for k in src_toks):
                pairs = [(sources[0], sources[1]), (sources[1], sources[0])]   # "both sides disengaged": each from the other
            between = [a for a in resolve(self._prep_objects(doc, f.token, ("between",)) + [
                g for u in f.used for g in self._prep_objects(doc, u, ("between",))]) if a[1]]
            if f.entry.plover == "CONSULT" and len(between) >= 2 and between[0][1] != between[1][1] and t.dep != "relcl":
                pairs.append((between[0], between[1]))   # "hosted talks between A and B": A and B met
            for (src_id, src_c), (tgt_id, tgt_c) in pairs:
                if src_id is None and tgt_id is None and src_c is None and tgt_c is None:
                    continue
                if src_id is not None and src_id == tgt_id:
                    if f.entry.plover != "THREATEN" or len(pairs) > 1 or not any(
                            toks[k].lower in _ANYONE for k in doc.subtree(f.token)):
                        continue
                    # "threatened to kill anyone who helped its rivals": a threat at whoever, no party named
                    tgt_id, tgt_c = None, None
                if f.entry.head in _LOOSE_PARTNER_WORDS and not f.entry.extra and src_c is not None and src_c == tgt_c:
                    continue   # "police were working with the army", "in contact with local officials": routine at home
                if tgt_id is not None and tgt_id in src_ids and len(sources) >= 2 and f.entry.plover not in _RECIPROCAL \
                        and not self._symmetric(f.entry):
                    continue   # "Russia and China voted against it": "it" is not one of the voters
                key = (f.entry.plover, src_id or src_c, tgt_id or tgt_c, t.sent)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(f, src_id, tgt_id, src_c, tgt_c, fact, doc, sent_span))
        events.extend(self._claims(doc, ix, seen, home, events))
        dismissed = self._dismissed_nouns(doc)
        events = [e for e in events if e.trigger[0] not in dismissed]
        events.extend(self._consequence_threats(doc, ix, seen, events))
        events.extend(self._conditional_threats(doc, ix, seen, events))
        threats, penalties = self._ultimatums(doc, ix, seen)
        events = [e for e in events if e.trigger[0] not in penalties] + threats   # "or face arrest": not an arrest
        events.sort(key=lambda e: (e.trigger[0], e.source or "", e.target or ""))
        return tuple(
            Event(f"E{n}", e.plover, e.mode, e.contexts, e.cameo, e.quad_class, e.goldstein, e.source, e.target,
                  e.source_country, e.target_country, e.factuality, e.trigger, e.sentence, e.date, e.place, e.confidence)
            for n, e in enumerate(events, 1)
        )

    def _reproached(self, doc: ParsedDoc, v: int) -> str | None:
        """ "the detention was 'unacceptable'", "the ruling was a serious blow to ...": a clause that reproaches its
        subject, an act (ACCUSE); "the protest was unfounded": one that dismisses another's speech act (REJECT)."""
        toks = doc.tokens
        lem = toks[v].lemma.lower()
        if lem not in ("be", "amount", "constitute") or any(toks[g].dep == "neg" for g in doc.children[v]):
            return None
        # "the ban amounted to aggression", "the move constitutes a violation": naming the act as "be" does
        preds = [g for g in doc.children[v] if toks[g].dep in ("acomp", "attr")] if lem == "be" else \
            [g for g in doc.children[v] if toks[g].dep == "dobj"] if lem == "constitute" else \
            [g for c in doc.children[v] if toks[c].dep == "prep" and toks[c].lower == "to" for g in doc.children[c]
             if toks[g].dep == "pobj"]
        words = {toks[k].lemma.lower() for g in preds for k in [g] + [c for c in doc.children[g] if toks[c].dep == "amod"]}
        subj = [c for c in doc.children[v] if toks[c].dep == "nsubj"]
        if words & _DISMISSALS and any(toks[c].lemma.lower() in _SPEECH_NOUNS for c in subj):
            return "REJECT"
        reproaches = self.triggers.reproaches
        if any(toks[q].text in _QUOTE_MARKS or q > 0 and toks[q - 1].text in _QUOTE_MARKS
               for q in (doc.subtree(g)[0] for g in preds)):
            # 'the ruling was "pure vengeance"': a quoted name is the speaker's own judgment, as after a
            # verb of naming
            reproaches = self.triggers.named_reproaches
        if words & reproaches and any(toks[c].pos == "NOUN" for c in subj):
            return "ACCUSE"
        return None

    def _claim_act(self, doc: ParsedDoc, v: int) -> bool:
        """Whether a reported clause's verb names a wrongdoing of its subject: "is financing the rebels", "had entered
        its territorial waters" (a verb listed with objects only with them: "entered the hall" is none)."""
        toks = doc.tokens
        lem = toks[v].lemma.lower()
        if any(toks[g].dep == "neg" for g in doc.children[v]) or self._promised(doc, v):
            return False
        if toks[v].pos == "VERB" and any(toks[g].dep == "advmod" and toks[g].lower in _UNLAWFULLY for g in doc.children[v]):
            return True   # "said the offices had been operating illegally": whatever is done, done against the law
        if lem not in self.triggers.claim_verbs:
            return False
        deps = [c for c in doc.children[v] if toks[c].dep in ("dobj", "prep", "xcomp", "advmod", "npadvmod", "attr")]
        if any(toks[k].lower in ("no", "never") for c in deps for k in doc.subtree(c)):
            return False   # "violated no rules"
        alts = self.triggers.claim_objects.get(lem)
        if not alts:
            return True
        words = {toks[k].lemma.lower() for c in deps for k in doc.subtree(c)}
        return any(a <= words for a in alts)

    def _claims(self, doc: ParsedDoc, ix: _Index, seen: set, home: str | None,
                events: Sequence[Event] = ()) -> list[Event]:
        """Accusations without an accusing verb: "X said that Y is financing attacks" -> ACCUSE X -> Y; "X said the
        detention was unacceptable" -> ACCUSE X -> the detainer; "X said the protest was unfounded" -> REJECT."""
        toks = doc.tokens
        out: list[Event] = []
        for t in toks:
            if t.lemma.lower() not in _SAYING or t.pos not in ("VERB",) or t.i < doc.dateline_end:
                continue
            speaker = self._subject(doc, t.i)
            for c in doc.children[t.i]:
                if toks[c].dep not in ("ccomp", "parataxis"):
                    continue
                clause_verbs = [c] + [k for k in doc.children[c] if toks[k].dep == "conj"]
                # "said trucks had been used to smuggle ...", "said X had tried to infiltrate ...": the verb it governs
                clause_verbs += [k for v in clause_verbs for k in doc.children[v] if toks[k].dep == "xcomp"]
                kind = self._reproached(doc, c)
                if kind is None and not any(self._claim_act(doc, v) for v in clause_verbs):
                    continue
                src = self._resolve(doc, speaker, ix)
                # "said trucks from X had been used to smuggle ...": the passive subject, the means of the accused
                subj = self._subject(doc, c) or [k for k in doc.children[c] if toks[k].dep == "nsubjpass"
                                                 and kind is None and toks[k].pos != "PRON"]
                tgt = self._resolve(doc, subj, ix)
                if not tgt and subj and toks[subj[0]].dep == "nsubjpass":
                    # "Zambian-registered trucks", "trucks registered in Zambia": the party the means belongs to
                    tgt = self._resolve(doc, [k for k in doc.subtree(subj[0]) if k != subj[0]
                                              and toks[k].pos in ("PROPN", "ADJ")], ix)[:1]
                if not tgt and (kind is not None or any(self._claim_act(doc, v) and any(
                        toks[g].dep == "dobj" for g in doc.children[v]) for v in clause_verbs)):
                    # "said the closure violated the protocol", "said the detention was unacceptable": the act's doer
                    # (not "said the talks failed": an act named as the subject of a wrongdoing done to something)
                    tgt = self._content_author(doc, subj, list(events), ix, src, kind or "ACCUSE")
                if not src or not tgt or src[0] == tgt[0]:
                    continue
                (sid, sc), (tid, tc) = src[0], tgt[0]
                if sc is not None and sc == tc and (sid is None or kind is not None):
                    continue
                plover = kind or "ACCUSE"
                key = (plover, sid or sc, tid or tc, t.sent)
                if key in seen:
                    continue
                seen.add(key)
                sent = doc.sentence_of(t.i)
                fact = factuality(doc, t.i, is_source=lambda k: k in speaker, plover="ACCUSE")
                mode, cameo = {None: ("allege", "112"), "ACCUSE": ("disapprove", "111"), "REJECT": (None, "120")}[kind]
                out.append(Event(
                    id="", plover=plover, mode=mode, contexts=(), cameo=cameo,
                    quad_class=self.triggers.plover_quad.get(plover, 3),
                    goldstein=self.triggers.cameo_goldstein.get(cameo[:2], -2.0),
                    source=sid, target=tid, source_country=sc, target_country=tc, factuality=fact,
                    trigger=(t.idx, t.end), sentence=(sent.start_char, sent.end_char), confidence=0.5,
                ))
        return out

    def _dismissed_nouns(self, doc: ParsedDoc) -> set[int]:
        """Character offsets of the nouns a dismissal names ("said Tokyo's protest was unfounded"): mentions of an
        earlier speech act, answered by the REJECT of ``_claims``, not new events."""
        toks = doc.tokens
        out: set[int] = set()
        for t in toks:
            if t.lemma.lower() not in _SAYING or t.pos != "VERB":
                continue
            for c in doc.children[t.i]:
                if toks[c].dep in ("ccomp", "parataxis") and self._reproached(doc, c) == "REJECT":
                    out.update(toks[g].idx for g in doc.children[c] if toks[g].dep == "nsubj")
        return out

    def _consequence_threats(self, doc: ParsedDoc, ix: _Index, seen: set, events: Sequence[Event] = ()) -> list[Event]:
        """Threats in set phrases with no threat verb (threat_formulas.tsv): "X said Y would pay a heavy price",
        '"They will face the consequences," he said' -> THREATEN speaker -> Y; "any aggression will be met with a
        befitting response" -> THREATEN speaker -> the aggressor named, else the doer of the latest hostile act on
        the speaker."""
        toks = doc.tokens
        formulas = self.triggers.threat_formulas
        out: list[Event] = []
        for t in toks:
            if t.pos != "VERB" or t.i < doc.dateline_end:
                continue
            kids = doc.children[t.i]
            cond = self._condition_of(doc, t.i)
            promised = self._promised(doc, t.i)
            # "Turkey could expand its operations if Baghdad fails to act": a measure told on condition of another
            # party's act is a threat even when only possible
            if not promised and not (cond is not None and self._possible(doc, t.i)):
                continue
            voice = "passive" if any(toks[c].dep in ("auxpass", "nsubjpass") for c in kids) else "active"
            rows = formulas.get((t.lemma.lower(), voice))
            if not rows:
                continue
            if voice == "active":
                objs = {toks[c].lemma.lower() for c in kids if toks[c].dep in ("dobj", "acomp", "oprd", "attr", "advmod")}
            else:
                objs = {toks[g].lemma.lower() for c in kids if toks[c].dep in ("prep", "agent") and toks[c].lower in ("with", "by")
                        for g in doc.children[c] if toks[g].dep == "pobj"}
            negated = any(toks[c].dep == "neg" for c in kids)
            side = next((target for words, target in rows if (not words or objs & words)
                         and (not negated or "unpunished" in words) and (target != "condition" or cond is not None)), None)
            if side is None or side != "condition" and not promised:
                continue
            speaker = self._reporting_subject(doc, t.i)
            src = self._resolve(doc, [speaker], ix) if speaker is not None else []
            if not src:
                continue
            # "violators will face prosecution": whoever breaks the speaker's rule
            wrongdoers = any(toks[k].lemma.lower() in _WRONGDOERS for k in self._subject(doc, t.i))
            if side == "condition":
                # the party whose act is the condition ("unless Bangkok reopens the crossings"), else the one the
                # measure is aimed at ("would stop buying fuel from X if ...")
                subj = self._subject(doc, cond) if promised else [
                    c for c in doc.children[cond] if toks[c].dep in ("nsubj", "nsubjpass")]
                tgt = [p for p in self._resolve(doc, subj, ix) if p[0] is not None][:1] or [
                    p for p in self._resolve(doc, [c for c in kids if toks[c].dep == "dobj"]
                                             + self._prep_objects(doc, t.i, _MEASURE_PREPS), ix) if p[0] is not None][:1]
                if not tgt or tgt[0][1] is None or tgt[0][1] == src[0][1]:
                    continue
            elif side == "subject":
                tgt = self._resolve(doc, self._subject(doc, t.i), ix)
                if not any(a or c for a, c in tgt) and src[0][1] is not None and wrongdoers:
                    # "violators will face prosecution", "anyone who helps them will be punished": whoever breaks the
                    # speaker's rule, in the speaker's own country
                    tgt = [(None, src[0][1])]
            elif side == "object":
                tgt = self._resolve(doc, [c for c in kids if toks[c].dep == "dobj"], ix)
            else:
                # "any aggression by the adversary", "any violation of our sovereignty by X": the one named as its doer
                subj = [c for c in kids if toks[c].dep in ("nsubj", "nsubjpass")]
                doers = [g for k in subj for c in doc.children[k] if toks[c].dep in ("prep", "agent")
                         and toks[c].lower in ("by", "from") for g in doc.children[c] if toks[g].dep == "pobj"]
                tgt = (self._resolve(doc, doers, ix) if doers else []) \
                    or self._latest_doer(list(events), src, ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")) or [(None, None)]
            if side != "subject" and tgt and tgt[0][1] is not None and tgt[0][1] == src[0][1]:
                tgt = [(None, None)]   # "our forces will crush anyone who ...": not the speaker's own side
            if not tgt or src[0] == tgt[0]:
                continue
            if tgt[0] != (None, None) and src[0][1] is not None and src[0][1] == tgt[0][1] and tgt[0][0] is None \
                    and not wrongdoers:
                continue   # "officials said the country would pay the price": no party threatened
            sent = doc.sentence_of(t.i)
            if any(e.plover == "THREATEN" and e.source_country == src[0][1] and e.sentence[0] == sent.start_char
                   for e in events):
                continue   # 'warned that it "will not go unanswered"': the warning already codes the threat
            event = self._threat(doc, src[0], tgt[0], t.i, t.i, "asserted", seen)
            if event is not None:
                out.append(event)
        return out

    @staticmethod
    def _possible(doc: ParsedDoc, v: int) -> bool:
        """ "could expand its operations": an act told as possible (a threat only with a condition on it)."""
        return any(doc.tokens[c].dep == "aux" and doc.tokens[c].lower == "could" for c in doc.children[v])

    @staticmethod
    def _condition_of(doc: ParsedDoc, v: int) -> int | None:
        """The verb of an "if"/"unless" clause hung on ``v`` ("would act if Baghdad fails to"), or None."""
        toks = doc.tokens
        return next((c for c in doc.children[v] if toks[c].dep == "advcl"
                     and any(toks[m].dep == "mark" and toks[m].lower in ("if", "unless") for m in doc.children[c])), None)

    def _conditional_threats(self, doc: ParsedDoc, ix: _Index, seen: set, events: list[Event]) -> list[Event]:
        """ "the party said it would quit the government if the premier tried to ...": a hostile act announced on
        condition of another party's act is a threat (THREATEN, CAMEO 130) from the speaker to that party; the act
        itself stays hypothetical."""
        toks = doc.tokens
        at = {t.idx: t.i for t in toks}
        out: list[Event] = []
        for e in events:
            v = at.get(e.trigger[0])
            if v is None or (e.plover not in _CONDITIONAL_THREATS and (e.plover, e.mode) != ("RETREAT", "resign")) \
                    or e.factuality != "hypothetical" or any(toks[c].dep == "neg" for c in doc.children[v]) \
                    or not (self._promised(doc, v) or self._possible(doc, v)):
                continue
            cond = self._condition_of(doc, v)
            speaker = self._reporting_subject(doc, v)
            if cond is None or speaker is None:
                continue
            src = self._resolve(doc, [speaker], ix)
            promised = self._promised(doc, v)
            # (a mere "could" takes the condition's own subject only, no subject borrowed from the clause it hangs on)
            tgt = self._resolve(doc, self._subject(doc, cond) if promised else [
                c for c in doc.children[cond] if toks[c].dep in ("nsubj", "nsubjpass")], ix)
            if not src:
                continue
            if (not tgt or tgt[0][0] is None) and e.target_country and e.target_country not in NONSTATE_CODES \
                    and e.target_country != src[0][1]:
                # "would launch an operation against the group if it does not disarm": the condition's doer is left
                # to a pronoun or names no party ("could suspend visa-free travel if the law took effect"); the act's
                # own target, another state's, is the one threatened
                tgt = [(e.target, e.target_country)]
            elif not tgt or src[0] == tgt[0] or tgt[0][0] is None:
                continue
            event = self._threat(doc, src[0], tgt[0], v, v, "asserted", seen)
            if event is not None:
                out.append(event)
        return out

    def _threat(self, doc: ParsedDoc, src: tuple, tgt: tuple, at: int, trigger: int, fact: str, seen: set) -> Event | None:
        """A THREATEN event (CAMEO 130) from ``src`` to ``tgt`` told at token ``at``, unless one with the same parties
        was already told in that sentence (``seen`` collects them)."""
        toks = doc.tokens
        (sid, sc), (tid, tc) = src, tgt
        key = ("THREATEN", sid or sc, tid or tc, toks[at].sent)
        if key in seen:
            return None
        seen.add(key)
        sent = doc.sentence_of(at)
        return Event(
            id="", plover="THREATEN", mode=None, contexts=(), cameo="130",
            quad_class=self.triggers.plover_quad.get("THREATEN", 3), goldstein=self.triggers.cameo_goldstein.get("13", -4.4),
            source=sid, target=tid, source_country=sc, target_country=tc, factuality=fact,
            trigger=(toks[trigger].idx, toks[trigger].end), sentence=(sent.start_char, sent.end_char), confidence=0.5,
        )

    def _ultimatums(self, doc: ParsedDoc, ix: _Index, seen: set) -> tuple[list[Event], set[int]]:
        """ "the judge ordered the lawyers to return or face contempt proceedings", "told the envoys to leave or face
        expulsion": an order with a penalty for not obeying is a threat (PLOVER THREATEN, CAMEO 130) from the one
        ordering to the one ordered; also the character offsets of the penalty words, which are no acts of their own."""
        toks = doc.tokens
        out: list[Event] = []
        penalties: set[int] = set()
        for t in toks:
            if t.lower != "face" or t.i < doc.dateline_end:
                continue
            x = t.head if t.dep == "conj" else toks[t.head].head if t.dep == "compound" and toks[t.head].dep == "conj" else None
            if x is None or toks[x].dep != "xcomp" or not any(toks[c].dep == "cc" and toks[c].lower == "or"
                                                               for c in doc.children[x]):
                continue
            v = toks[x].head
            if toks[v].lemma.lower() not in _ORDERING or any(toks[c].dep == "neg" for c in doc.children[v]):
                continue
            penalty = [t.head] if t.dep == "compound" else [c for c in doc.children[t.i] if toks[c].dep == "dobj"]
            penalties.update(toks[k].idx for k in penalty)
            src = self._resolve(doc, self._subject(doc, v), ix)
            tgt = self._resolve(doc, [c for c in doc.children[v] if toks[c].dep == "dobj"], ix)
            if not src or not tgt or src[0] == tgt[0]:
                continue
            event = self._threat(doc, src[0], tgt[0], t.i, v, factuality(doc, v), seen)
            if event is not None:
                out.append(event)
        return out, penalties

    @staticmethod
    def _promised(doc: ParsedDoc, v: int) -> bool:
        """ "said Qatar would fund schools": an act announced for the future is a promise, not an accusation."""
        toks = doc.tokens
        return any(toks[c].dep == "aux" and toks[c].lower in _ANNOUNCING_MODALS for c in doc.children[v])

    def _content_author(self, doc: ParsedDoc, tgt_toks: list[int], events: list[Event],
                        ix: "_Index", sources=(), plover: str | None = None,
                        home: str | None = None) -> list[tuple[str | None, str | None]]:
        """Target of rejecting "the demand" / "the accusation": whoever made it, from an earlier event."""
        toks = doc.tokens
        for k in tgt_toks:
            # "opposed the prospect of an invasion by its neighbour": the agent of the act in question
            j = k
            for _ in range(3):
                agents = self._noun_agents(doc, j)
                # "rejected the quota negotiated by the government": the agent of the participle describing the thing
                agents += [g for c in doc.children[j] if j == k and plover in _REACTIONS and toks[c].dep == "acl" and toks[c].tag == "VBN"
                           for a in doc.children[c] if toks[a].dep == "agent"
                           for g in doc.children[a] if toks[g].dep == "pobj"]
                # "rejected calls from the capital to halt ...": a demand's own "from" names who made it
                agents += [g for c in doc.children[j] if j == k and toks[c].dep == "prep" and toks[c].lower == "from"
                           and toks[j].pos == "NOUN" and toks[j].lemma.lower() in _CONTENT_NOUNS
                           for g in doc.children[c] if toks[g].dep == "pobj"]
                found = self._resolve(doc, agents, ix) if agents else []
                if found:
                    return found[:1]
                nxt = [g for c in doc.children[j] if toks[c].dep == "prep" and toks[c].lower == "of"
                       for g in doc.children[c] if toks[g].dep == "pobj"]
                if not nxt:
                    break
                j = nxt[0]
        # "urged a halt to air strikes": the halted act is the one its doer is asked to stop
        # (the parser may hang the "to" phrase on the verb: "urged a halt | to the strikes")
        tgt_toks = [next((g for c in list(doc.children[k]) + ([k + 1] if k + 1 < len(toks) and toks[k + 1].head == toks[k].head
                                                          else [])
                          if toks[c].dep == "prep" and toks[c].lower in ("to", "of")
                          for g in doc.children[c] if toks[g].dep == "pobj" and toks[g].pos == "NOUN"), k)
                    if plover == "REQUEST" and toks[k].pos == "NOUN" and toks[k].lemma.lower() in _CESSATIONS else k
                    for k in tgt_toks]
        own = {c for _, c in sources if c}
        own_ids = {a for a, _ in sources if a}
        done = [e for e in events if e.source or e.source_country]
        # one condemns or rejects another party's act: another country's act first; one's own side's act only when
        # named by its own word ("welcomed the seizure"), or one's own ("described its attack as ...": no new event)
        others = [e for e in done if not (e.source_country and e.source_country in own)]
        lemma_of = {t.idx: t.lemma.lower() for t in toks}
        at = {t.idx: t.i for t in toks}
        for k in tgt_toks:
            lem = toks[k].lemma.lower()
            referred = _REFERRED_ACTS.get(lem) if toks[k].pos == "NOUN" else None
            if lem in _INQUIRIES and plover != "REQUEST":
                referred = None   # "opened an investigation": one's own inquiry, not a demand that another answer
            if referred is not None:
                # "condemned the aggression": another party's latest act of that kind; a party that does not speak for
                # its state may answer an act of its own country's ("the opposition called the raid a provocation")
                state_voice = not sources or any(a is None or ix.kinds.get(a) == "country" or set(
                    ix.by_id[a].sectors[:1]) & STATE_BODY_SECTORS for a, _ in sources if a is None or a in ix.by_id)
                by_other = [e for e in done if e.plover in referred and not (e.source and e.source in own_ids)
                            and not (state_voice and e.source_country and e.source_country in own)]
                # "called the violation unacceptable" after "jets violated": the act named by its own word first
                same = [e for e in by_other if _same_stem(lem, lemma_of.get(e.trigger[0], ""))]
                if same or by_other:
                    act = [e for e in done if e.trigger == (same or by_other)[-1].trigger]
                    return list(dict.fromkeys((e.source, e.source_country) for e in act))[:2]
                continue
            kinds = _CONTENT_NOUNS.get(lem)
            if not kinds and toks[k].pos == "NOUN":
                # "condemned the strike", "welcomed the release": whoever did that act earlier in the story
                kinds = tuple({e.plover for e in self.triggers.candidates(lem, "NOUN")})
                if kinds and lem in _ACT_NOUNS and not any(e.plover in kinds for e in done) and not any(
                        toks[c].dep == "poss" or toks[c].dep == "prep" and toks[c].lower in ("by", "of")
                        for c in doc.children[k]):
                    # "condemned the incursion" after troops "raided" a village (told as another type): the noun
                    # names the move, as "the move" does
                    kinds = ()
            fit = [e for e in done if not kinds or e.plover in kinds]
            # "condemned the drills" after "launched drills", "protested the seizure" after "seized": the same act
            named = [e for e in fit if toks[k].pos == "NOUN" and _names_act(lem, lemma_of.get(e.trigger[0], ""))]
            on_own = self._acts_on_own_side(fit, sources, ix) if plover in _HOSTILE else []
            if kinds and on_own:
                # "the minister condemned the attack" after a militant bombing of his army's base: the act done to
                # the speaker's own state, by insurgents of its own country as well, not a foreign strike on them
                ranked = [e for e in named if e in on_own] or on_own
            elif kinds:
                ranked = ([e for e in named if e in others] or [e for e in fit if e in others] or named
                          or [e for e in fit if e.source in own_ids])
                # "X accused the militias of looting. The government denied the accusation.": the act named by its own
                # word just before (this sentence or the one before) is the one answered, even by one's compatriot
                here = doc.sentence_of(k).start
                # (or, for a rejection, the latest such act aimed at the rejecter's own side, a sentence or two
                # further back: "an opposition senator accused the cabinet of ... The prime minister rejected the charge")
                # ("The opposition blamed the president ... His office rejected the criticism": a charge of the kind
                # named, aimed at the rejecter's own side, answers it though told by another word)
                blamed = [e for e in fit if plover == "REJECT" and e not in named and e.target_country in own
                          and toks[k].lemma.lower() in _CONTENT_NOUNS]
                near = [e for e in sorted(named + blamed, key=lambda e: e.trigger[0])
                        if e.source not in own_ids and e.source is not None
                        and e.trigger[0] in at and (doc.sentence_of(at[e.trigger[0]]).end >= here - 1
                                                    or plover == "REJECT" and e.target_country in own
                                                    and doc.sentence_of(at[e.trigger[0]]).end >= self._sentences_back(doc, here, 3))
                        and (not ranked or e.trigger[0] > ranked[-1].trigger[0])]
                if near and toks[k].pos == "NOUN" and plover in _REACTIONS:
                    ranked = near
            elif lem in _ACT_NOUNS:
                # "X denounced the putsch. Y and Z also denounced the step": "also" joins the reaction told just
                # before; the move is the one that reaction answered, not an act told in between
                verb = toks[k].head
                if plover in _REACTIONS and toks[k].dep == "dobj" and any(
                        toks[c].dep == "advmod" and toks[c].lower in ("also", "too") for c in doc.children[verb]):
                    back = self._sentences_back(doc, doc.sentence_of(k).start, 2)
                    prior = [e for e in done if e.plover == plover and e.trigger[0] < toks[k].idx
                             and e.trigger[0] in at and at[e.trigger[0]] >= back
                             and not (e.source and e.source in own_ids)
                             and (e.target or e.target_country) and e.target not in own_ids
                             and not (e.target_country and e.target_country in own)]
                    if prior:
                        last = max(prior, key=lambda e: e.trigger[0])
                        return [(last.target, last.target_country)]
                # "condemned the move": another party's latest, a hostile one when the reaction is hostile (not the
                # support an ally gave in between)
                fitting = [e for e in others if plover not in _HOSTILE or e.plover in _HOSTILE]
                # "criticized the move" after "froze the funds ... officials denied it": a move is a deed, not the
                # words another party said about it
                fitting = [e for e in fitting if e.plover not in _REACTIONS] or fitting
                ranked = [e for e in named if e in others] or fitting
                # "ruled out both steps" after the opposition demanded that the president take them: the steps were
                # asked of the rejecter's side, by whoever asked last (a party of its own country as well)
                asked = [e for e in done if plover == "REJECT" and e.plover == "REQUEST" and e.target_country in own
                         and not (e.source and e.source in own_ids)]
                if asked and (not ranked or asked[-1].trigger[0] > ranked[-1].trigger[0]):
                    ranked = asked
            else:
                ranked = [e for e in named if e in others] or named
            if ranked:
                # a joint act ("the ministers of A and B urged ...") was done by each of its doers
                # "condemned the attack", "welcomed the agreement": the story's act of that kind, told first (a later
                # one is mostly a reply to it, "the army struck back"); a rejection answers the latest charge
                pick = ranked[0] if plover in ("ACCUSE", "SUPPORT") and toks[k].pos == "NOUN" and kinds else ranked[-1]
                act = [e for e in done if e.trigger == pick.trigger]
                if plover in ("CONCEDE", "RETREAT") and all(e.source and e.source in own_ids for e in act):
                    # "refused to end the embargo" after its own embargo on the party: undoing one's own act yields to
                    # the party that act was done to
                    return list(dict.fromkeys((e.target, e.target_country) for e in act if e.target or e.target_country))[:2]
                return list(dict.fromkeys((e.source, e.source_country) for e in act))[:2]
            doer = self._verb_doer(doc, k, ix, home) if plover in _REACTIONS | {"ASSAULT"} else []
            if doer and not set(doer) & set(sources):
                return doer
        return []

    @staticmethod
    def _sentences_back(doc: ParsedDoc, start: int, n: int) -> int:
        """The first token of the sentence ``n`` sentences before the one starting at ``start`` (or the first one)."""
        for _ in range(n):
            if start <= 0:
                return 0
            start = doc.sentence_of(start - 1).start
        return start

    def _verb_doer(self, doc: ParsedDoc, k: int, ix: "_Index", home: str | None) -> list[tuple[str | None, str | None]]:
        """ "condemned the damage to the trucks" after "men suspected of damaging the vehicles": the doer of the
        latest verb of the noun's own stem in an earlier sentence, when no coded event is that act; people of no
        named country that a state acts on at home (suspects, protesters) are of the story's country."""
        toks = doc.tokens
        lem = toks[k].lemma.lower()
        if toks[k].pos != "NOUN":
            return []
        for v in range(doc.sentence_of(k).start - 1, doc.dateline_end - 1, -1):
            if not _same_stem(lem, toks[v].lemma.lower()):
                continue
            if toks[v].pos == "NOUN":
                # "a visit by the minister", "the minister's visit": the act told before by its noun, with its doer
                found = self._resolve(doc, self._noun_agents(doc, v), ix)
                if found:
                    return found[:1]
                continue
            if toks[v].pos != "VERB":
                continue
            doers = self._subject(doc, v)
            if not doers and toks[v].dep == "pcomp":
                up = toks[toks[v].head].head   # "men suspected of damaging": the men
                if toks[up].dep == "acl" and toks[up].lemma.lower() in ("suspect", "accuse"):
                    doers = [toks[up].head]
            found = self._resolve(doc, doers, ix)
            if found:
                return found[:1]
            if home and doers and all(self._home_people(doc, d) for d in doers):
                return [(None, home)]
            return []
        return []

    @staticmethod
    def _noun_agents(doc: ParsedDoc, n: int) -> list[int]:
        """The doer a noun of an act names: "a visit by the minister" (by-phrase), "the minister's visit" (a named
        possessor, not a pronoun)."""
        toks = doc.tokens
        kids = doc.children[n]
        return [g for c in kids if toks[c].dep == "prep" and toks[c].lower == "by"
                for g in doc.children[c] if toks[g].dep == "pobj"] + \
            [c for c in kids if toks[c].dep == "poss" and toks[c].pos != "PRON"]

    @staticmethod
    def _acts_on_own_side(fit: list[Event], sources, ix: "_Index") -> list[Event]:
        """Of ``fit``, the acts of force done to the people or forces of the speaking state (``sources``, a body that speaks
        for its state) by anyone but that state's own bodies: the acts its condemnation answers first. Acts on
        armed groups of its country are not done to its side."""
        def state_body(a) -> bool:
            return a in ix.by_id and bool(set(ix.by_id[a].sectors[:1]) & STATE_BODY_SECTORS)
        if not sources or not all(a is not None and (ix.kinds.get(a) == "country" or state_body(a)) for a, _ in sources):
            return []
        own = {c for _, c in sources if c}
        return [e for e in fit if e.plover in ("ASSAULT", "COERCE") and e.target_country in own and e.source_country
                and not (e.source_country in own and (state_body(e.source) or ix.kinds.get(e.source) == "country"))
                and not (e.target in ix.by_id and set(ix.by_id[e.target].sectors[:1]) & _REBEL_SECTORS)]

    def _event(self, f: _Found, src_id, tgt_id, src_c, tgt_c, fact: str, doc: ParsedDoc, sent_span) -> Event:
        t = doc.tokens[f.token]
        e = f.entry
        root = e.cameo[:2]
        conf = 0.7 if (src_id or src_c) and (tgt_id or tgt_c) else 0.5
        if fact != "asserted":
            conf -= 0.1
        return Event(
            id="", plover=e.plover, mode=e.mode, contexts=(e.context,) if e.context else (), cameo=e.cameo,
            quad_class=self.triggers.plover_quad.get(e.plover, 0), goldstein=self.triggers.cameo_goldstein.get(root, 0.0),
            source=src_id, target=tgt_id, source_country=src_c, target_country=tgt_c, factuality=fact,
            trigger=(t.idx, t.end), sentence=sent_span, confidence=round(conf, 2),
        )

    @staticmethod
    def _shared_passive(doc: ParsedDoc, v: int) -> list[int]:
        """ "was arrested at his home and charged with incitement": a bare participle joined to a passive verb is
        passive too, done to that verb's subject; the subject, or nothing."""
        toks = doc.tokens
        t = toks[v]
        if t.dep != "conj" or t.tag != "VBN" or any(toks[c].dep in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass")
                                                    for c in doc.children[v]):
            return []
        head = doc.children[t.head]
        if not any(toks[c].dep == "auxpass" and toks[c].lower != "be" for c in head) \
                or any(toks[c].dep == "aux" and toks[c].tag == "MD" for c in head):
            # (not "will be arrested and charged": a threat; not "demanded that the order be withdrawn and threatened
            # to ...": a subjunctive the parser joined to the demander's next verb)
            return []
        return [c for c in head if toks[c].dep == "nsubjpass"]

    @staticmethod
    def _main_verb_as_acl(doc: ParsedDoc, v: int) -> bool:
        """ "Qatar, which has hosted talks, offered to mediate": the parser made the name the root and the
        main verb a participle on it; a past form with an infinitive or object and no agent is the main verb."""
        toks = doc.tokens
        head = toks[v].head
        if toks[v].dep != "acl" or toks[v].tag not in ("VBN", "VBD") or toks[head].pos not in ("PROPN", "NOUN"):
            return False
        kids = doc.children[v]
        if toks[v].lemma.lower() == "call" and any(toks[c].dep == "xcomp" for c in kids) \
                and any(toks[c].dep == "prep" and toks[c].lower == "on" for c in kids):
            return True   # "a faction of veterans on Thursday called on the president to resign": a name is never "called on"
        gov = toks[head].head
        if gov == head:   # the name is the root: no verb took the sentence
            if any(toks[k].pos in ("VERB", "AUX") and toks[k].dep == "ROOT"
                   for k in range(doc.sentence_of(v).start, doc.sentence_of(v).end)):
                return False
        elif not (toks[head].dep == "nsubj" and gov > v and toks[gov].lemma.lower() in _REPORTING):
            return False  # "..., offered to mediate, an official said": the name became the subject of "said"
        kids = doc.children[v]
        if any(toks[c].dep in ("agent", "auxpass") for c in kids):
            return False
        return any(toks[c].dep in ("xcomp", "dobj", "ccomp") for c in kids) and any(toks[k].text == "," for k in range(head, v))

    @staticmethod
    def _describing_participle_of_party(doc: ParsedDoc, v: int, trigger_at: dict[int, _Found]) -> bool:
        """ "8,000 people detained under the emergency had been released", "handed four suspects arrested near the
        frontier over to police": a participle naming who the sentence's own act is done to recalls an earlier act
        (told where it happened), it does not report one."""
        toks = doc.tokens
        t = toks[v]
        if t.dep != "acl" or t.tag != "VBN" or any(toks[c].dep in ("agent", "aux", "auxpass", "nsubj", "nsubjpass")
                                                    for c in doc.children[v]):
            # "fishermen detained by Russian guards": an act with its doer named is told here; "reports that the army
            # had detained": a clause, not a participle
            return False
        if EventCoder._main_verb_as_acl(doc, v):
            return False
        noun = toks[t.head]
        if noun.dep not in ("dobj", "nsubj", "nsubjpass", "pobj"):
            return False
        h = noun.head
        if toks[h].dep == "prep":
            h = toks[h].head
        return h != v and h in trigger_at

    @staticmethod
    def _reacted_to(doc: ParsedDoc, f: _Found, trigger_at: dict[int, _Found]) -> bool:
        """ "rejected the EU criticism", "dismissed the government's offer", "backed the protesters' demands": a noun
        naming another party's act as the object of a reaction (rejection, accusation, support) of another type is
        that earlier act, told where it happened; the reaction is the event here.  A denied act ("denied the
        attack", "ruled out talks") is coded, negated."""
        t = doc.tokens[f.token]
        if f.entry.pos != "NOUN" or t.dep not in ("dobj", "pobj", "nsubjpass"):
            return False
        if f.entry.plover == "CONSULT" and EventCoder._meeting_time_host(doc, f.token) is not None:
            return False   # "the accord was signed during talks between A and B": the talks are no object of the signing
        h = t.head
        if doc.tokens[h].dep == "prep":
            h = doc.tokens[h].head
        react = trigger_at.get(h)
        # "denied the attack", "ruled out talks": the act is coded itself, negated
        return (react is not None and react.entry.plover in _REACTIONS and react.entry.plover != f.entry.plover
                and h != f.token and doc.tokens[h].lemma.lower() not in _DENIALS)

    @staticmethod
    def _approved_document_act(doc: ParsedDoc, f: _Found, trigger_at: dict[int, _Found]) -> bool:
        """ "approved a resolution that condemns X", "adopted a statement urging Y": approving a document whose own
        clause is an act is that act (the issuer's), not a SUPPORT of the document."""
        toks = doc.tokens
        if f.entry.plover != "SUPPORT" or f.entry.pos != "VERB":
            return False
        return any(toks[o].dep == "dobj" and toks[o].lemma.lower() in _DOCUMENTS and any(
            c in trigger_at and c != f.token and (EventCoder._document_clause(doc, c) or (toks[c].dep == "acl" and toks[c].tag == "VBG"))
            for c in doc.children[o]) for o in doc.children[f.token])

    @staticmethod
    def _document_clause(doc: ParsedDoc, v: int) -> bool:
        """ "passed a resolution that condemns X", "issued a statement which urges Y": a relative clause on a document
        just issued (the object of the issuing verb) tells what the issuer says through it."""
        toks = doc.tokens
        head = toks[v].head
        return toks[v].dep in ("relcl", "acl") and toks[head].lemma.lower() in _DOCUMENTS and toks[head].dep in ("dobj", "nsubjpass") \
            and any(toks[c].dep == "nsubj" and toks[c].lower in ("that", "which") for c in doc.children[v])

    @staticmethod
    def _describing_clause(doc: ParsedDoc, v: int) -> bool:
        """ "Qatar, which has hosted talks between ...", "the party, which is backed by Belgrade", "charges, which he
        denies": a relative clause in the perfect or the present describes what a party is or has long done, not an
        act the story reports (the story's acts are told in the past: "the envoy, who arrived on Monday, met ...")."""
        t = doc.tokens[v]
        if t.dep == "conj" and t.pos == "VERB" and t.head != v and doc.tokens[t.head].dep == "relcl" \
                and EventCoder._describing_clause(doc, t.head):
            pass   # "the militia, which holds the east and is armed by Ruritania": the joined verb, in its own tense
        elif t.dep != "relcl" or t.pos != "VERB":
            return False
        kids = [doc.tokens[c] for c in doc.children[v]]
        if EventCoder._document_clause(doc, v):
            return False   # "approved a resolution that condemns X": the document's content, told in the present
        perfect = any(k.dep == "aux" and k.lower in ("has", "have", "'ve") for k in kids)   # not "had gathered"
        present_passive = any(k.dep == "auxpass" and k.lower in ("is", "are") for k in kids)
        ongoing = t.tag == "VBG" and any(k.dep == "aux" and k.lower in ("is", "are") for k in kids)   # "who are killing"
        return perfect or present_passive or ongoing or t.tag in ("VBZ", "VBP")

    def _not_a_report(self, doc: ParsedDoc, f: _Found) -> bool:
        """Mentions that report no new act: "those detained", "a minister who sends police ...",
        "warning that the crisis could deepen", "described the warning as ...", "invoke defence commitments"."""
        toks = doc.tokens
        i = f.token
        t = toks[i]
        kids = doc.children[i]
        if f.entry.pos == "VERB" and t.dep == "acl" and t.tag == "VBN" and toks[t.head].lower in _PARTICIPLE_HEADS \
                and not any(toks[c].dep in ("agent", "prep", "dobj", "advmod", "npadvmod") for c in kids):
            return True   # "nine of those detained": the people, named by an act reported before
        # a generic relative clause in the present ("a minister who sends police ...", "anyone who attacks")
        j = i
        via_conj = False
        for _ in range(4):
            if toks[j].dep == "relcl":
                head = toks[j].head
                generic_head = any(toks[c].lower in ("a", "an", "any", "every", "no") and toks[c].dep == "det"
                                   for c in doc.children[head]) or toks[head].lower in ("anyone", "anybody", "whoever", "those")
                # not "issued a statement that condemns X" (told now), nor a past speech act joined to a present
                # relative clause ("rejected any claim that it hosts rebels and accused X of ...": the main clause's
                # second act, a parse slip)
                if generic_head and toks[j].tag in ("VBZ", "VBP") and not any(toks[c].dep == "aux" for c in doc.children[j]) \
                        and not self._document_clause(doc, j) \
                        and not (via_conj and t.tag == "VBD" and t.lemma.lower() in _SPEECH_ACTS):
                    return True
                if toks[head].lower in ("anyone", "anybody", "whoever"):
                    return True   # "would crush anyone who tried to overthrow": no act, a class of people
                if via_conj:
                    break   # "... a crowd that had gathered, and that an employee was arrested": a parse slip
                if toks[j].tag == "VBP" and toks[head].tag in ("NNS", "NNPS") and not any(
                        toks[c].dep in ("aux", "auxpass") for c in doc.children[j]):
                    return True   # "bandits, the gangs that raid villages": what such people do, not a report
                if any(toks[c].dep == "aux" and toks[c].lower == "had" for c in doc.children[j]) \
                        and toks[head].pos in ("NOUN", "PROPN") and toks[head].dep not in ("nsubj", "nsubjpass") \
                        and not any(toks[c].lower in ("where", "when") for c in doc.children[j]) \
                        and f.entry.plover != "PROTEST":
                    # ("fired tear gas at farmers who had blocked the highway": the protest the police answered is told)
                    # ("outside the court, where supporters had gathered": what happened there is told)
                    return True   # "a journalist who had criticised the junta": background to the report
                break
            if toks[j].dep not in ("xcomp", "conj", "advcl") or toks[j].head == j:
                break
            via_conj = via_conj or toks[j].dep == "conj"
            j = toks[j].head
        subj = [c for c in kids if toks[c].dep == "nsubjpass"]
        if t.dep == "xcomp" and not subj:
            subj = [c for c in doc.children[t.head] if toks[c].dep == "nsubj"]   # "X would have to be agreed"
        modal = any(toks[c].dep == "aux" and toks[c].lower in ("would", "could", "should", "must", "might", "may", "will")
                    for v in (i, t.head) for c in doc.children[v])
        if f.entry.pos == "VERB" and modal and any(toks[c].dep == "auxpass" for c in kids) and any(
                toks[c].pos == "NOUN" and any(toks[d].dep == "det" and toks[d].lower in ("any", "every")
                                              for d in doc.children[c]) for c in subj):
            return True   # "any settlement would have to be agreed with X": a general requirement, not an act
        if any(toks[c].dep == "mark" and toks[c].lower == "whether" for c in kids):
            return True   # "did not say whether the troops would be pulled back": an open question
        if f.entry.plover == "REQUEST" and t.lemma.lower() == "seek" and any(toks[c].dep == "xcomp" for c in kids):
            return True   # "seeking to calm anger": trying, not asking
        if t.lemma.lower() == "arm" and t.tag == "VBN" and not any(toks[c].dep in ("auxpass", "nsubjpass", "dobj") for c in kids):
            return True   # "some of them armed with sticks": a state, not a supply of weapons
        if f.entry.plover in ("ASSAULT", "COERCE"):
            doers = [c for c in kids if toks[c].dep in ("nsubj", "nsubjpass", "poss", "compound", "amod")]
            doers += [g for c in kids if toks[c].dep == "agent" for g in doc.children[c] if toks[g].dep == "pobj"]
            if any(toks[c].dep in ("nsubjpass", "auxpass") for c in kids):   # "were injured in a car crash"
                doers += [g for c in kids if toks[c].dep == "prep" and toks[c].lower in ("in", "during")
                          for g in doc.children[c] if toks[g].dep == "pobj"]
            if any(toks[k].lemma.lower() in _HAZARDS for d in doers for k in [d] + list(doc.children[d])):
                return True   # "the cyclone killed 1,000 people", "roads destroyed by floods": no actor's act
            sent = doc.sentence_of(i)
            if sum(1 for k in range(sent.start, sent.end) if toks[k].lemma.lower() in _SPORTS) >= 1 \
                    and toks[i].lemma.lower() in ("attack", "beat", "defeat", "shoot", "strike", "fight", "battle", "crush"):
                return True   # "attacked from the opening whistle", "Spanish attacks ... on penalties": a game
        if self._other_sense(doc, f):
            return True
        if self._figure_of_speech(doc, i):
            return True
        if t.dep == "advcl" and self._condition(doc, i):
            return True   # "if they were released", "until the levy is withdrawn": a condition, not an event
        if f.entry.plover == "THREATEN" and f.entry.pos == "VERB" and t.lemma.lower() == "warn" and not f.used \
                and not any(toks[c].dep in ("dobj", "dative") for c in kids):
            # "warning that the gains could be reversed": an advisory; a threat says what the warner's side will do
            clauses = [c for c in kids if toks[c].dep in ("ccomp", "xcomp")]
            if not any(self._announces_act(doc, c) and not self._measure_subject(doc, c)
                       and not self._foretold_harm(doc, c) for c in clauses):
                return True
        if f.entry.pos == "NOUN" and t.dep in ("dobj", "oprd") and toks[t.head].lemma.lower() == "call" \
                and {toks[c].dep for c in doc.children[t.head]} >= {"dobj", "oprd"}:
            return True   # "calling the unrest an internal matter", "what it called X's support for ...": a name
        if f.entry.pos == "NOUN" and t.dep in ("dobj", "pobj"):
            verb = t.head if t.dep == "dobj" else toks[t.head].head
            if toks[verb].pos == "VERB" and toks[verb].lemma.lower() in _REFERENCE_VERBS:
                return True   # "described the ministry's warning as ...", "would invoke defence commitments"
        return False

    @staticmethod
    def _figure_of_speech(doc: ParsedDoc, v: int) -> bool:
        """A figure of speech, no act: a present "can"/"cannot" said of a pronoun ("they can close a bridge, but
        they cannot close a debate"), a generalisation of what others are able to do; and an act that others do
        in a "while" clause under a refusal to stand aside ("will not sit idly while gunmen wreck a truce"), a
        reproach of them, no report of the act."""
        toks = doc.tokens
        kids = doc.children[v]
        if toks[v].pos != "VERB" and toks[v].tag[:1] != "V":
            return False

        def can_of_others(k: int) -> bool:
            ks = doc.children[k]
            return any(toks[c].dep == "aux" and toks[c].lower in ("can", "ca") for c in ks) and any(
                toks[c].dep == "nsubj" and toks[c].lower in ("they", "you", "one") for c in ks)

        def negated(k: int) -> bool:
            return any(toks[c].dep == "neg" for c in doc.children[k])

        # "they cannot accept the terms" alone is a refusal; only the positive "can", or the "cannot" it is paired with
        if can_of_others(v) and (not negated(v) or toks[v].dep == "conj" and can_of_others(toks[v].head)
                                 and not negated(toks[v].head)):
            return True
        head = toks[v].head
        return toks[v].dep == "advcl" and head != v and any(
            toks[c].dep == "mark" and toks[c].lower == "while" for c in kids) and any(
            toks[c].dep == "neg" for c in doc.children[head]) and any(
            toks[c].dep == "aux" and toks[c].lower in _ANNOUNCING_MODALS for c in doc.children[head])

    @staticmethod
    def _other_sense(doc: ParsedDoc, f: _Found) -> bool:
        """A trigger word in a sense that is no act on another party: "pressed on despite the snow" (went on),
        "was asked about the flights" (a question), "the budget provides for new lights" (stipulates),
        "demonstrates the potential of ..." (shows), sport ("fans support the club", "the club apologised")."""
        toks = doc.tokens
        i = f.token
        kids = doc.children[i]
        lemma = toks[i].lemma.lower()
        deps = {toks[c].dep for c in kids}
        if f.entry.pos != "VERB":
            return False
        if not f.used and "dobj" not in deps and any(
                toks[c].dep in ("prt", "advmod") and toks[c].lower in _CONTINUING for c in kids if c == i + 1):
            return True   # "pressed on", "pushed ahead": carrying on, no act on another
        if f.entry.plover == "REQUEST" and lemma == "ask" and not f.used and any(
                toks[c].dep == "prep" and toks[c].lower == "about" for c in kids) \
                and not deps & {"xcomp", "ccomp"} and not any(toks[c].lower == "for" for c in kids):
            return True   # "was asked about direct flights": a question put to someone
        if f.entry.plover == "REQUEST" and lemma in ("ask", "request") and any(
                toks[c].dep == "xcomp" and toks[c].lemma.lower() in _UNNAMED_VERBS and "dobj" not in deps
                and any(toks[g].dep == "neg" for g in doc.children[c]) or toks[c].dep == "dobj" and toks[c].lower == "anonymity"
                for c in kids):
            return True   # "an officer who asked not to be named", "requested anonymity": a source's terms, not a request
        if lemma in _SOURCE_SPEECH and toks[i].dep == "xcomp" and toks[toks[i].head].lemma.lower() in _PERMISSION_VERBS \
                and any(toks[c].dep == "neg" for c in doc.children[toks[i].head]):
            return True   # "because he was not authorized to speak to the media": why the source is unnamed
        if lemma in _SOURCE_SPEECH and any(toks[c].dep == "prep" and toks[c].lower == "on" and any(
                toks[g].lower == "condition" for g in doc.children[c]) for c in kids):
            return True   # "spoke on condition of anonymity"
        if f.entry.plover == "AID" and lemma == "provide" and not f.used and not deps & {"dobj", "nsubjpass"} \
                and any(toks[c].dep == "prep" and toks[c].lower == "for" for c in kids):
            return True   # "the plan provides for street lighting": what a text stipulates
        if f.entry.plover == "SANCTION" and any(toks[u].lemma.lower() == "term" and any(
                toks[g].dep == "amod" and (toks[g].lower in _TERM_COUNTS or toks[g].ent_type == "ORDINAL")
                for g in doc.children[u]) for u in f.used):
            return True   # "handing the president a fifth term", "handed her a new term": an office won, not a sentence
        if f.entry.plover == "THREATEN" and lemma == "threaten" and any(
                toks[c].dep == "dobj" and toks[c].lemma.lower() in _FRAGILE_STATES for c in kids):
            return True   # "threatening a fragile truce", "threatens stability": endangering a state of affairs
        if f.entry.plover == "PROTEST" and lemma == "demonstrate" and deps & {"dobj", "ccomp"}:
            return True   # "demonstrates the potential of": showing, not protesting
        if f.entry.plover in _SPORTING_TYPES:
            sent = doc.sentence_of(i)
            if any(toks[k].lemma.lower() in _SPORTS_ONLY for k in range(sent.start, sent.end)):
                return True   # "Egyptians support Real Madrid", "the club apologised to the coach": a game's world
        return False

    @staticmethod
    def _armed_words(doc: ParsedDoc, tokens: list[int]) -> bool:
        """The phrase names armed forces or police ("the army", "additional troops", "riot police")."""
        return any(doc.tokens[k].lemma.lower() in _ARMED_WORDS for t in tokens for k in EventCoder._np_modifiers(doc, t))

    def _captors(self, doc: ParsedDoc, tgt_toks: list[int], groups, sources, ix: "_Index", events: list[Event] = ()):
        """ "demanded the release of six fishermen detained by Russian guards", "called for the return of the 12":
        the people to be freed are held by the agent of their detention, or by the doers of an earlier act on them;
        "protested to X ..., demanding the release of five of its nationals": the requester's own people are held by
        the party its other act of the sentence was aimed at."""
        toks = doc.tokens
        own = {c for _, c in sources if c}
        for k in tgt_toks:
            p = toks[k].head
            if toks[k].dep != "pobj" or toks[p].lower != "of" or toks[toks[p].head].lemma.lower() not in _FREEING:
                continue
            agents = [g for c in doc.children[k] if toks[c].dep == "acl" and toks[c].tag == "VBN"
                      for a in doc.children[c] if toks[a].dep == "agent" for g in doc.children[a] if toks[g].dep == "pobj"]
            found = self._resolve(doc, agents, ix)
            if not found:
                before = self._named_before(doc, [k], groups)
                found = list(before[2]) if before is not None and before[1] != "REQUEST" else []
            found = [a for a in found if a[1] and a[1] not in own]
            if found:
                return found[:1]
            people = {c for _, c in self._resolve(doc, [k], ix)}
            if own and people <= own:
                sent = doc.sentence_of(k)
                aimed = [e for e in events if sent.start_char <= e.trigger[0] < sent.end_char and e.source_country in own
                         and e.target_country and e.target_country not in own | NONSTATE_CODES]
                if aimed:
                    return [(aimed[-1].target, aimed[-1].target_country)]
        return []

    def _law_of(self, doc: ParsedDoc, v: int) -> str | None:
        """The state of "under <country's / demonym> law" framing the clause of ``v`` (or the clause it is
        coordinated with): the state that would act under its own law."""
        toks = doc.tokens
        heads = [v]
        while toks[heads[-1]].dep == "conj" and toks[heads[-1]].head != heads[-1] and len(heads) < 4:
            heads.append(toks[heads[-1]].head)
        for h in heads:
            for c in doc.children[h]:
                if toks[c].dep != "prep" or toks[c].lower != "under":
                    continue
                for n in doc.children[c]:
                    if toks[n].dep == "pobj" and toks[n].lemma.lower() in ("law", "legislation"):
                        iso = self._country_in(doc, n)
                        if iso:
                            return iso
        return None

    def _held_in(self, doc: ParsedDoc, v: int) -> str | None:
        """The state named as the place of a passive arrest or sentence with no doer ("have been detained in
        Iran", "were jailed in Havana"): the state that holds them there."""
        toks = doc.tokens
        for c in doc.children[v]:
            if toks[c].dep != "prep" or toks[c].lower != "in":
                continue
            for n in doc.children[c]:
                if toks[n].dep == "pobj" and toks[n].pos == "PROPN":
                    iso = self._country_in(doc, n)
                    if iso and iso not in NONSTATE_CODES:
                        return iso
        return None

    def _grievance_party(self, doc: ParsedDoc, k: int, sources, ix: "_Index") -> list[tuple]:
        """The party a grievance filed with a United Nations body is about: the one its "about"/"over"/"against"
        phrase names (or that phrase's possessor: "about Ethiopia's filling of the dam"), else the doer of the act its
        "after" clause tells; [] when none (a protest lodged with a body that is a party, "with NATO", stays its)."""
        toks = doc.tokens
        own = {c for _, c in sources if c}

        def parties(ts: list[int]) -> list[tuple]:
            return [a for a in self._resolve(doc, ts, ix) if a[1] and a[1] not in own and a[1] not in ("UNO", "IGO")]
        # (the phrase may hang on the body: "complained to the Council | about X")
        about = [o for h in [k] + [c for p in doc.children[k] if toks[p].dep == "prep" and toks[p].lower in ("to", "with")
                                   for c in doc.children[p] if toks[c].dep == "pobj"]
                 for o in self._prep_objects(doc, h, ("about", "over", "against"))]
        found = parties(about) or parties([c for a in about for c in doc.children[a] if toks[c].dep in ("poss", "amod", "compound")])
        if not found:
            after = [c for c in doc.children[k] if toks[c].dep == "advcl" and any(
                toks[m].dep == "mark" and toks[m].lower in ("after", "following") for m in doc.children[c])]
            subj = [s for c in after for s in self._subject(doc, c)]
            found = parties(subj) or parties([c for s in subj for c in doc.children[s] if toks[c].dep in ("amod", "compound", "poss")])
        return found[:1]

    @staticmethod
    def _latest_doer(events: list[Event], sources, types: tuple[str, ...]) -> list[tuple[str | None, str | None]]:
        """The doer of the latest event of ``types`` aimed at one of ``sources`` (by actor or country), another
        country's; [] when there is none. A denial answers the latest accusation or sanction ("ACCUSE",
        "SANCTION"); fire returned answers the latest attack ("ASSAULT")."""
        ids = {a for a, _ in sources if a}
        own = {c for _, c in sources if c}
        for e in reversed(events):
            if e.plover in types and e.source_country and e.source_country not in own \
                    and (e.target in ids or e.target_country in own):
                return [(e.source, e.source_country)]
        return []

    @staticmethod
    def _legal_process(f: _Found) -> bool:
        """ "would be charged with sedition", "will be questioned", "a case could be opened": investigating and
        prosecuting with no agent named is done by the state."""
        return f.entry.plover == "ACCUSE" and (f.entry.mode == "investigate" or f.entry.head in _PROSECUTING
                                               or f.entry.requires == "undergone")

    def _own_thing(self, doc: ParsedDoc, k: int, sources, ix: "_Index") -> bool:
        """ "put its navy on alert", "recalled their ambassador": what the doer owns (its own forces, envoys or
        assets, of its own country) is no target; the act is aimed elsewhere."""
        toks = doc.tokens
        own = {c for _, c in sources if c}
        if not own or not any(toks[c].dep == "poss" and toks[c].lower in ("its", "their") for c in doc.children[k]):
            return False
        found = self._resolve(doc, [k], ix)
        return bool(found) and all(c in own for _, c in found)

    @staticmethod
    def _object_parties(doc: ParsedDoc, tokens: list[int]) -> list[int]:
        """Parties named in the object's own prepositional phrases, nearest first: "the crossings with Cambodia",
        "1.2 billion euros in funding for Hungary" (through "in"/"of" to a "for")."""
        toks = doc.tokens
        out: list[int] = []
        frontier = list(tokens)
        for _ in range(2):
            nxt = []
            for j in frontier:
                for c in doc.children[j]:
                    if toks[c].dep != "prep":
                        continue
                    objs = [g for g in doc.children[c] if toks[g].dep == "pobj"]
                    if toks[c].lower in _PARTY_PREPS:
                        out.extend(objs)
                    elif toks[c].lower == "in" and toks[j].lemma.lower() in _STATE_BODIES | _AUTHORITIES:
                        out.extend(objs)   # "accused the authorities in Bangui": the state seated there
                    if toks[c].lower in ("in", "of"):
                        nxt.extend(objs)
                for c in doc.children[j]:
                    if toks[c].dep == "acl" and toks[c].tag == "VBN" and toks[c].lemma.lower() in _OWNING:
                        # "a mine run by a subsidiary of a French group": whose the object is
                        out.extend(g for a in doc.children[c] if toks[a].dep == "agent" for g in doc.children[a]
                                   if toks[g].dep == "pobj")
            frontier = nxt
        return out

    def _earlier_object_parties(self, doc: ParsedDoc, tokens: list[int]) -> list[int]:
        """Parties of the latest earlier mention of a definite object noun ("the ban", "that embargo") in the
        sentences before, named in that mention's own prepositional phrases ("a ban on Ruritanian grain")."""
        toks = doc.tokens
        for k in tokens:
            if toks[k].pos != "NOUN" or not any(toks[c].dep == "det" and toks[c].lower in ("the", "that", "this")
                                                for c in doc.children[k]):
                continue
            for j in range(k - 1, -1, -1):
                if toks[j].sent < toks[k].sent - 4:
                    break
                if toks[j].sent < toks[k].sent and toks[j].pos == "NOUN" and toks[j].lemma.lower() == toks[k].lemma.lower():
                    found = self._object_parties(doc, [j])
                    if found:
                        return found
        return []

    def _threatened_party(self, doc: ParsedDoc, f: _Found, trigger_at: dict[int, _Found], ix: "_Index", sources):
        """ "warned that it could reimpose sanctions on Venezuela": the threat is aimed at the target of the act."""
        toks = doc.tokens
        own = {c for _, c in sources if c}
        for c in doc.children[f.token]:
            if toks[c].dep not in ("ccomp", "xcomp"):
                continue
            for k in doc.subtree(c):
                inner = trigger_at.get(k)
                if inner is None or k == f.token:
                    continue
                _, tgt = (self._verb_roles if inner.entry.pos == "VERB" else self._noun_roles)(doc, inner)
                # "warned that the country would defend itself": the threatening state's own is no target
                found = [a for a in self._resolve(doc, tgt, ix) if a not in sources and a[1] and a[1] not in own]
                if found:
                    return found[:1]
        for c in doc.children[f.token]:
            # "warned that the build-up of NATO aircraft would be met ...": the party the warning is about
            subj = [g for g in doc.children[c] if toks[c].dep == "ccomp" and toks[g].dep in ("nsubj", "nsubjpass")]
            found = [a for a in self._resolve(doc, subj, ix) if a not in sources and a[1] and a[1] not in own]
            if found:
                return found[:1]
            # "warned that the country would defend itself": a state's warning of its own answer, naming no one, is
            # aimed at the other state of the story (one named at least a sixth as often as the speaker's)
            if len(own) == 1 and subj and toks[subj[0]].lemma.lower() in ("country", "nation") \
                    and any(toks[g].lower == "the" for g in doc.children[subj[0]]):
                other = self._rival(tuple(ix.by_id.values()), own)
                if other is not None:
                    return [(None, other)]
        return []

    def _protest_aim(self, doc: ParsedDoc, f: _Found, trigger_at: dict[int, _Found], ix: "_Index", sources,
                     home: str | None = None):
        """ "rallied to denounce the Turkish strikes": the protest is aimed at whom its purpose clause names."""
        toks = doc.tokens
        for p in doc.children[f.token]:
            # "protested outside the Russian embassy": at the country the mission represents
            if toks[p].dep != "prep" or toks[p].lower not in ("outside", "at", "near", "before", "to", "in", "toward", "towards"):
                continue
            places = [g for g in doc.children[p] if toks[g].dep == "pobj"]
            places += [c for g in places for c in doc.children[g] if toks[c].dep == "compound"]
            for g in places:
                if toks[g].lemma.lower() in _MISSIONS:
                    found = [a for a in self._resolve(doc, [toks[g].head] if toks[g].dep == "compound" else [g], ix)
                             if a not in sources and a[1] and a[1] not in {c for _, c in sources}]
                    if found:
                        return found[:1]
        for c in doc.children[f.token]:
            inner = trigger_at.get(c)
            if inner is None or toks[c].dep not in ("advcl", "xcomp") or inner.entry.plover not in ("REQUEST", "ACCUSE"):
                continue
            _, tgt = self._verb_roles(doc, inner)
            own = {c for _, c in sources if c}
            if any(self._own_government(doc, k) for k in tgt) and len(own | ({home} if home and not own else set())) == 1:
                # "demonstrated, demanding that the government protect herders who cross into Mali": the crowd's demand
                # is addressed to its own state, not to a country named inside what is demanded
                return [(None, next(iter(own or {home})))]
            for k in list(tgt):
                tgt.extend(g for g in doc.children[k] if toks[g].dep in ("amod", "poss", "compound"))
            found = [a for a in self._resolve(doc, tgt, ix) if a not in sources]
            if found:
                return found[:1]
        for c in doc.children[f.token]:
            # "rallied ..., chanting slogans against Algeria": whom the protest's own words are against
            if toks[c].dep in ("advcl", "xcomp", "conj") and toks[c].tag == "VBG":
                against = [g for k in doc.subtree(c) if toks[k].dep == "prep" and toks[k].lower == "against"
                           for g in doc.children[k] if toks[g].dep == "pobj"]
                found = [a for a in self._resolve(doc, against, ix) if a not in sources and a[1]]
                if found:
                    return found[:1]
                if toks[c].lemma.lower() in _CHANTING:
                    # "chanting 'Ruritania, out!'", "shouting 'down with Ruritania'": the state the slogan sends away
                    own = {s for _, s in sources if s}
                    words = [k for k in doc.subtree(c) if k > c and toks[k].sent == toks[c].sent and not any(
                        toks[g].dep == "conj" and g <= k for g in doc.children[c])]
                    for k in words:
                        after = " ".join(toks[j].lower for j in range(k + 1, min(k + 4, len(toks)))
                                         if toks[j].sent == toks[k].sent and toks[j].pos != "PUNCT")
                        before = " ".join(toks[j].lower for j in range(max(k - 2, 0), k))
                        if not (after.startswith(("out", "go home", "get out")) or before in ("down with", "death to")):
                            continue
                        found = [a for a in self._resolve(doc, [k], ix) if a not in sources and a[1] and a[1] not in own]
                        if found:
                            return found[:1]
        return []

    @staticmethod
    def _dealt_with(doc: ParsedDoc, i: int) -> list[int]:
        """The parties the act asked for at ``i`` is to be done with ("urged him to raise the matter with X": X)."""
        toks = doc.tokens
        out: list[int] = []
        frontier = [c for c in doc.children[i] if toks[c].dep == "xcomp"]
        while frontier:   # along the act's own objects and phrases only, not into a clause ("incompatible with")
            k = frontier.pop()
            for g in doc.children[k]:
                if toks[g].dep == "prep" and toks[g].lower == "with":
                    out.extend(p for p in doc.children[g] if toks[p].dep == "pobj")
                elif toks[g].dep in ("dobj", "prep", "pobj"):
                    frontier.append(g)
        return out

    def _own_government(self, doc: ParsedDoc, k: int) -> bool:
        """``k`` is "the government" / "the authorities" named with no country, owner or seat: the speaker's own."""
        toks = doc.tokens
        return toks[k].lemma.lower() in ("government", "authority", "authorities") \
            and any(toks[c].dep == "det" and toks[c].lower == "the" for c in doc.children[k]) \
            and not any(toks[c].dep in ("poss", "prep", "amod", "compound", "nmod") for c in doc.children[k]) \
            and self._country_in(doc, k) is None

    @staticmethod
    def _condition(doc: ParsedDoc, v: int) -> bool:
        """A clause of condition: "unless ...", "if ...", "until ..." in the present tense (an awaited act), or
        "until ..." under a future or intended act."""
        toks = doc.tokens
        marks = {toks[c].lower for c in doc.children[v] if toks[c].dep == "mark"}
        if marks & {"if", "unless"}:
            return True
        if "until" not in marks:
            return False
        if toks[v].tag in ("VBZ", "VBP"):
            return True   # "a strike until the president steps down": an awaited act, not one that happened
        head = toks[v].head
        for _ in range(3):
            if any(toks[c].dep == "aux" and toks[c].lower in _FUTURE_MODALS for c in doc.children[head]):
                return True
            if toks[head].dep != "xcomp" or toks[head].head == head:
                return False
            head = toks[head].head
            if toks[head].lemma.lower() in _MEETING_INTENT | {"threaten", "vow", "continue"}:
                return True
        return False

    def _foretold_harm(self, doc: ParsedDoc, c: int) -> bool:
        """ "warned that the raid could push thousands from their homes", "that instability would hurt the region": a
        thing or state, no party, as the doer of a verb of harm is a consequence foretold, not an act threatened
        ("any attempt would endanger the treaty" still threatens: the act is the other side's, the answer implied)."""
        toks = doc.tokens
        if toks[c].lemma.lower() not in _HARM_VERBS:
            return False
        for k in doc.children[c]:
            if toks[k].dep != "nsubj" or toks[k].pos != "NOUN":
                continue
            if any(toks[d].lower in ("any", "further", "every") for d in doc.children[k]):
                return False
            return self.lex.role(toks[k].lemma.lower()) is None and self.lex.role(toks[k].lower) is None
        return False

    @staticmethod
    def _measure_subject(doc: ParsedDoc, c: int) -> bool:
        """ "cautioned that the decision could hurt farmers": what a measure would cause is a consequence foretold, no
        act the warner's side announces."""
        toks = doc.tokens
        if any(toks[k].dep == "nsubj" and toks[k].pos == "NOUN" and toks[k].lemma.lower() in _MEASURES
               and any(toks[d].dep == "det" and toks[d].lower in ("the", "this", "that", "such") for d in doc.children[k])
               for k in doc.children[c]):
            return True
        # "criticised the comments and cautioned they might inflame tensions": the pronoun stands for the measure or the
        # words just condemned (the object of the verb the warning is joined to), not for the warner's side
        warn = toks[c].head
        if toks[warn].dep != "conj":
            return False
        pron = [k for k in doc.children[c] if toks[k].dep == "nsubj" and toks[k].lower in ("they", "it")]
        if not pron:
            return False
        objs = [k for k in doc.children[toks[warn].head] if toks[k].dep == "dobj" and toks[k].pos == "NOUN"
                and toks[k].lemma.lower() in _MEASURES | _UTTERANCES]
        plural = toks[pron[0]].lower == "they"
        return any(toks[k].tag in ("NNS", "NNPS") if plural else toks[k].tag == "NN" for k in objs)

    @staticmethod
    def _announces_act(doc: ParsedDoc, c: int) -> bool:
        """A clause of what would or will happen ("it would retaliate", "organisers would be prosecuted"), not a
        description of a danger or a state ("had led to arbitrary detentions", "was running out of time")."""
        toks = doc.tokens
        verbs = [c] + [k for k in doc.children[c] if toks[k].dep in ("conj", "xcomp")]
        for v in verbs:
            aux = [k for k in doc.children[v] if toks[k].dep in ("aux", "auxpass")]
            if not any(toks[k].lower in _FUTURE_MODALS for k in aux):
                continue
            return True
        return False

    def _releases_detainees(self, doc: ParsedDoc, f: _Found) -> bool:
        """ "Those detained were released": whoever held them (the state) let them go."""
        toks = doc.tokens
        if f.entry.plover != "RETREAT" or f.entry.mode != "release":
            return False
        subj = [c for c in doc.children[f.token] if toks[c].dep == "nsubjpass"]
        for s_ in subj:
            if self._unnamed_people(doc, s_):
                return True   # "150 of them were released after questioning", "both were freed": no captors named
            for k in doc.subtree(s_):
                m = self._match(doc, k) if k != s_ or toks[k].pos == "VERB" else None
                if m is not None and m.entry.plover == "COERCE" and m.entry.mode == "arrest":
                    return True
                if toks[k].lemma.lower() in ("detainee", "prisoner", "inmate") or toks[k].lower in ("detained", "arrested", "jailed"):
                    return True
                if toks[k].lower in ("held", "imprisoned") and toks[k].dep == "acl" and not any(
                        toks[c].dep == "agent" for c in doc.children[k]) and toks[toks[k].head].lemma.lower() not in _CAPTIVES:
                    return True   # "60 students held since the weekend were freed", not "hostages held by rebels"
        return False

    @staticmethod
    def _unnamed_people(doc: ParsedDoc, s_: int) -> bool:
        """A subject that counts people without naming them ("both", "150 of them", "all of those"): released
        with no captor named, they were let go by the state that held them, as the story's people are."""
        toks = doc.tokens
        words = [k for k in doc.subtree(s_) if toks[k].pos != "PUNCT"]
        head = toks[s_]
        return bool(words) and (head.pos == "NUM" or head.lower in _COUNTED_PEOPLE) \
            and all(toks[k].pos in ("NUM", "PRON", "DET", "ADP") or toks[k].lower in _COUNTED_PEOPLE for k in words)

    def _retype(self, doc: ParsedDoc, f: _Found, fact: str, src_toks: list[int], is_source: Callable[[int], bool],
                trigger_at: dict[int, _Found], sources) -> tuple[_Found, str]:
        """Type by what the sentence does with the act:
        - agreeing, offering or promising to retreat or yield is CONCEDE ("agreed to release", "offered to resign");
        - a meeting that is only intended or offered is AGREE ("was ready to host talks": manual, future meetings);
        - force announced for the future by its own doer is THREATEN ("we will strike these hideouts");
        - a standing refusal to recognise is REJECT ("does not recognise the ruling")."""
        toks = doc.tokens
        e = f.entry
        i = f.token
        if (e.plover == "AGREE" or e.plover == "THREATEN" and not e.extra) and e.pos == "VERB" \
                and toks[i].lemma.lower() in ("vow", "pledge", "promise", "swear") and fact == "asserted" \
                and self._vowed_refusal(doc, i) and not self._vowed_restraint(doc, i, trigger_at):
            # "vowed that it would never negotiate with the rebels", "vowed to resist the ban": a vow to refuse is a
            # refusal (PLOVER REJECT), not a promise to cooperate
            return replace(f, entry=replace(e, plover="REJECT", mode=None, cameo="120")), "asserted"
        if e.plover == "AGREE" and e.pos == "VERB" and toks[i].lemma.lower() in _COMMITTING:
            if toks[i].lemma.lower() == "agree" and len(sources) >= 2:
                return f, fact   # "the two leaders agreed to reopen the crossings": a deal both sides make, no one yields
            for c in doc.children[i]:
                inner = trigger_at.get(c)
                if toks[c].dep == "xcomp" and inner is not None and inner.entry.plover in _YIELDING \
                        and (toks[i].lemma.lower() != "offer" or inner.entry.plover == "CONCEDE"):
                    if inner.entry.mode == "ceasefire" and toks[i].lemma.lower() == "agree":
                        # "agreed to stop fighting": agreeing to a ceasefire is an agreement (CAMEO 0356, as
                        # "agreed to a ceasefire"); offering or promising one alone stays CONCEDE
                        return replace(f, entry=replace(e, cameo="0356")), fact
                    cameo = inner.entry.cameo if inner.entry.cameo.startswith("08") else "080"
                    return replace(f, entry=replace(e, plover="CONCEDE", mode=None, cameo=cameo)), fact
            return f, fact
        if e.plover == "MOBILIZE" and e.pos == "VERB" and toks[i].lemma.lower() in _SENDING:
            objs = [c for c in doc.children[i] if toks[c].dep in ("dobj", "nsubjpass")]
            if any(toks[k].lemma.lower() in _RELIEF_GOODS for c in objs for k in doc.subtree(c)):
                # "sent a navy ship loaded with relief supplies", "planes with 40 tonnes of food": relief sent is aid
                return replace(f, entry=replace(e, plover="AID", mode=None, cameo="073")), fact
            own = {c for _, c in sources if c}
            helped = [self._country_in(doc, o) for c in doc.children[i] if toks[c].dep in ("advcl", "xcomp")
                      and toks[c].lemma.lower() in _HELPING and any(toks[g].lower == "to" for g in doc.children[c])
                      for o in doc.children[c] if toks[o].dep == "dobj"]
            if own and any(h and h not in own for h in helped):
                # "Poland sent two mobile radar units to help Lithuania": forces sent to help another state are aid
                # (CAMEO 074); "deployed soldiers to help the police" at home stays a mobilisation
                return replace(f, entry=replace(e, plover="AID", mode=None, cameo="074")), fact
        if e.plover == "CONSULT" and fact == "hypothetical" and self._planned(doc, i) and not self._conditional(doc, i):
            # "planned to visit Beijing", "hopes to meet X": a meeting the text reports as planned, no offer made
            # (the annotated sets code these CONSULT, hypothetical)
            return f, fact
        if e.plover == "CONSULT" and fact == "hypothetical" and toks[i].lemma.lower() == "send" and not _offered_act(doc, i):
            # "said it would send a high-level mission to X": a visit announced by the sender, no offer made (the
            # annotated sets code it CONSULT, hypothetical; "offered to send a mission" stays an offer)
            return f, fact
        if e.plover == "CONSULT" and (fact == "hypothetical" or self._open_to(doc, i) is not None) and self._intended(doc, i) \
                and toks[i].lemma.lower() != "raise":   # ("would raise the matter with X": the talks announced, no offer)
            # the offer or promise to meet is itself made ("was ready to host talks"), unless only on a condition
            if fact == "hypothetical" and not self._conditional(doc, i) and not self._planned(doc, i):
                fact = "asserted"
            return replace(f, entry=replace(e, plover="AGREE", mode=None, cameo="036")), fact
        if fact == "negated" and e.pos == "VERB" and (
                (e.plover == "AGREE" and toks[i].lemma.lower() == "accept") or e.plover == "CONCEDE" or e.mode in _GIVING_UP
                or (e.plover == "SUPPORT" and toks[i].lemma.lower() != "stand")) \
                and self._refused_for_future(doc, i) and not any(
                    toks[c].dep == "dobj" and toks[c].lower.endswith(("self", "selves")) for c in doc.children[i]):
            # "would never accept the court's jurisdiction", "would not scrap the levy", "would not step down", "would not
            # sign the agreement", "will not back the plan": a refusal (PLOVER REJECT; "will not stand by while ..." is a
            # threat, coded by its formula); "would not withdraw its troops", "would not hand himself in" stay negated acts
            return replace(f, entry=replace(e, plover="REJECT", mode=None, cameo="120")), "asserted"
        if fact == "negated" and e.pos == "VERB" and self._refused_for_future(doc, i) and self._despite_pressure(doc, i):
            # "would not pull back from the valley despite pressure from X": an act announced as not to be done against
            # another's pressure or demand is a refusal of that demand (PLOVER REJECT), aimed at who presses
            return replace(f, entry=replace(e, plover="REJECT", mode=None, cameo="120", target=("despite",))), "asserted"
        if fact == "negated" and e.pos == "VERB" and e.plover == "CONSULT" and toks[i].lemma.lower() in _JOINING \
                and self._refused_for_future(doc, i):
            # "will not take part in the dialogue", "would not return to the table": refusing to meet (CAMEO 125)
            return replace(f, entry=replace(e, plover="REJECT", mode="meet", cameo="125")), "asserted"
        if fact == "negated" and e.pos == "VERB" and e.plover == "REQUEST" and self._refused_for_future(doc, i) and any(
                toks[c].dep == "dobj" and toks[c].lemma.lower() in _LEAVE for c in doc.children[i]):
            # "we will not ask anyone's permission to resupply our troops": refusing to ask leave denies the other
            # side any say over the act (PLOVER REJECT), not a request that did not happen
            return replace(f, entry=replace(e, plover="REJECT", mode=None, cameo="120")), "asserted"
        if fact == "negated" and e.pos == "VERB" and toks[i].lemma.lower() in _RECOGNISING \
                and self._refusal_to_recognise(doc, i):
            # "Belgrade does not recognise the declaration": a refusal (CAMEO 12, PLOVER REJECT), not a recognition
            # that did not happen
            return replace(f, entry=replace(e, plover="REJECT", mode=None, cameo="120")), "asserted"
        if e.requires in ("negative", "refusal") and fact == "negated":
            return f, "asserted"   # "sees no need for talks": the refusal itself is stated
        if e.plover == "THREATEN" and e.requires == "future":
            return f, "asserted"   # "said it would respond": the warning itself is made
        if e.plover == "SANCTION" and e.mode == "withdraw" and "diplomatic" in (e.context or "") and fact == "hypothetical" \
                and toks[i].dep == "ccomp" and toks[toks[i].head].lemma.lower() in _SAYING | {"announce"} \
                and self._own_future(doc, f, is_source, sources):
            # "the ministry said it would withdraw its remaining diplomats": a decision to cut ties announced in a plain
            # statement is the sanction planned (hypothetical), no warning ("warned it would recall" stays THREATEN)
            return f, fact
        if e.plover in _FORCEFUL | _MATERIAL_HELP and fact != "negated" and self._own_future(doc, f, is_source, sources):
            if e.plover in _MATERIAL_HELP and self._conditional(doc, i):
                return f, "hypothetical"   # "would deploy a team if X requested one": help offered on a condition
            if e.plover in _MATERIAL_HELP:
                # "said it would release 12 million euros in aid": a promise of aid or cooperation (PLOVER AGREE)
                return replace(f, entry=replace(e, plover="AGREE", mode=None, cameo="033" if e.plover == "AID" else "030")), "asserted"
            mode = "violence" if e.plover == "ASSAULT" else ("restrict" if e.plover in ("COERCE", "SANCTION") else None)
            return replace(f, entry=replace(e, plover="THREATEN", mode=mode, cameo="138" if e.plover == "ASSAULT" else "130")), "asserted"
        return f, fact

    def _refusal_to_recognise(self, doc: ParsedDoc, i: int) -> bool:
        """Whether the negated recognising verb at ``i`` is a refusal, in one of three forms: standing ("does not
        recognise the declaration", "a ruling Caracas does not recognise"); announced ("said it would not recognise
        the new levy", "will never recognise"); or a given act's refusal told in reported speech, a specific object
        after "did" ("said it did not recognise the decision"). Not "did not recognise dual nationality" (a rule in
        general) nor the narrated "did not recognise the vote on Monday"."""
        toks = doc.tokens
        kids = doc.children[i]
        aux = {toks[c].lower for c in kids if toks[c].dep == "aux"}
        if aux & {"does", "do"} or self._refused_for_future(doc, i):
            return True
        return "did" in aux and self._reported(doc, i) and any(
            toks[o].dep == "dobj" and any(toks[g].dep in ("det", "poss") for g in doc.children[o]) for o in kids)

    @staticmethod
    def _reported(doc: ParsedDoc, i: int) -> bool:
        """ "said it rejected X and that it did not recognise Y": the clause (or a clause conjoined to it) is what a
        saying verb reports."""
        toks = doc.tokens
        j = i
        while toks[j].dep == "conj" and toks[j].head != j:
            j = toks[j].head
        return toks[j].dep == "ccomp" and toks[toks[j].head].lemma.lower() in _SAYING

    @staticmethod
    def _despite_pressure(doc: ParsedDoc, i: int) -> bool:
        """ "despite pressure from X", "despite calls by Y": the verb's "despite" phrase names another's demand."""
        toks = doc.tokens
        return any(toks[c].dep == "prep" and toks[c].lower == "despite" and any(
            toks[g].dep == "pobj" and toks[g].lemma.lower() in _PRESSING for g in doc.children[c]) for c in doc.children[i])

    @staticmethod
    def _vowed_refusal(doc: ParsedDoc, i: int) -> bool:
        """The clause a vow or promise carries refuses an act ("would never negotiate", "not to give in") or stands
        against one ("to resist any ban")."""
        toks = doc.tokens
        for c in doc.children[i]:
            if toks[c].dep not in ("ccomp", "xcomp") or toks[c].pos not in ("VERB", "AUX"):
                continue
            if toks[c].lemma.lower() in _RESISTING:
                return True
            if any(toks[g].dep == "neg" or toks[g].lower == "never" for g in doc.children[c]):
                return True
        return False

    @staticmethod
    def _vowed_restraint(doc: ParsedDoc, i: int, trigger_at: dict[int, _Found]) -> bool:
        """ "pledged not to shell the town", "promised never to attack": a vow to refrain from force or
        coercion is a promise of restraint (an agreement), not a refusal."""
        toks = doc.tokens
        for c in doc.children[i]:
            if toks[c].dep not in ("ccomp", "xcomp") or toks[c].pos not in ("VERB", "AUX") \
                    or not any(toks[g].dep == "neg" or toks[g].lower == "never" for g in doc.children[c]):
                continue
            if any(k in trigger_at and trigger_at[k].entry.plover in _HOSTILE_ACTS for k in doc.subtree(c)):
                return True
        return False

    @staticmethod
    def _refused_for_future(doc: ParsedDoc, i: int) -> bool:
        """ "will not resign", "would never surrender", "cannot accept": the negated act is announced for the future
        or declared impossible (a refusal)."""
        toks = doc.tokens
        return any(toks[c].lower == "never" or (toks[c].dep == "aux" and toks[c].lower in _FUTURE_MODALS | {"can", "ca"})
                   for c in doc.children[i])

    @staticmethod
    def _planned(doc: ParsedDoc, i: int) -> bool:
        """ "plans to travel", "hopes to meet": an intention the text reports, not an offer or promise made."""
        toks = doc.tokens
        j = i
        for _ in range(4):
            if toks[j].head == j or toks[j].dep not in ("xcomp", "dobj", "pobj", "prep", "acomp", "conj"):
                return False
            j = toks[j].head
            if toks[j].lemma.lower() in _PLANNING:
                return True
        return False

    def _conditional(self, doc: ParsedDoc, i: int) -> bool:
        """A condition on the act or on a verb it hangs on ("would attend talks if ...", "ready to meet unless ...")."""
        toks = doc.tokens
        j = i
        for _ in range(4):
            if any(toks[c].dep == "advcl" and self._condition(doc, c) for c in doc.children[j]):
                return True
            if toks[j].head == j:
                break
            j = toks[j].head
        return False

    def _own_future(self, doc: ParsedDoc, f: _Found, is_source: Callable[[int], bool], sources) -> bool:
        """The act is announced for the future by its own doer ("we will strike", "Turkey said it would ...")."""
        toks = doc.tokens
        e = f.entry
        i = f.token
        verb = i
        if e.pos == "NOUN" and toks[i].dep == "dobj" and toks[toks[i].head].lemma.lower() in _LIGHT_VERBS | {"lay", "take"}:
            verb = toks[i].head
        aux = [k for k in doc.children[verb] if toks[k].dep in ("aux", "auxpass")]
        # "could suspend aid if ...": a possibility on a condition, not an announcement; "said his country could seal
        # its frontier too", with no condition, is a warning of the act
        could = any(toks[k].lower == "could" for k in aux) and e.plover in _FORCEFUL and not self._conditional(doc, verb)
        if not (could or any(toks[k].lower in _ANNOUNCING_MODALS for k in aux)) or toks[verb].pos != "VERB":
            return False
        subj = [k for k in doc.children[verb] if toks[k].dep == "nsubj"]
        if bool(subj) and toks[subj[0]].lower in _SPEAKER_FIRST:
            return True
        speaker = self._reporting_subject(doc, verb)
        return speaker is not None and (is_source(speaker) or (
            bool(sources) and sources[0][1] is not None and self._resolve_country(doc, speaker) == sources[0][1]))

    @staticmethod
    def _open_to(doc: ParsedDoc, n: int) -> int | None:
        """The adjective of intent a noun hangs on ("open to talks", "ready for dialogue"), or None."""
        toks = doc.tokens
        if toks[n].dep != "pobj":
            return None
        adj = toks[toks[n].head].head
        if toks[adj].pos == "ADJ" and toks[adj].lemma.lower() in _MEETING_INTENT:
            return adj
        return None

    @staticmethod
    def _intended(doc: ParsedDoc, i: int) -> bool:
        """The act is announced or offered for the future: "will meet", "ready to host", "offered to host"."""
        toks = doc.tokens
        j = i
        if toks[j].pos == "NOUN" and toks[j].dep == "dobj":
            j = toks[j].head   # "ready to hold talks": the light verb
        if toks[j].dep == "pobj" and toks[toks[j].head].head != toks[j].head:
            j = toks[toks[j].head].head   # "remained open to talks": the adjective
        for _ in range(4):
            if any(toks[c].dep == "aux" and toks[c].lower in ("will", "'ll", "shall") for c in doc.children[j]):
                return True
            if any(toks[c].dep == "aux" and toks[c].lower == "would" for c in doc.children[j]) and toks[j].dep == "ccomp" \
                    and toks[toks[j].head].lemma.lower() in _REPORTING:
                return True   # "said he would travel to Muscat for talks": the future of a reported announcement
            if toks[j].lemma.lower() in _MEETING_INTENT and j != i:
                return True
            if toks[j].dep not in ("xcomp", "acomp", "advcl", "conj") or toks[j].head == j:
                break
            j = toks[j].head
        return toks[j].lemma.lower() in _MEETING_INTENT and j != i

    @staticmethod
    def _reporting_subject(doc: ParsedDoc, v: int) -> int | None:
        """The subject of the reporting verb whose clause holds ``v`` ("the minister said [Turkey could ...]")."""
        toks = doc.tokens
        j = v
        for _ in range(5):
            if toks[j].head == j or toks[j].dep not in ("ccomp", "parataxis", "conj", "xcomp", "advcl"):
                break
            head = toks[j].head
            if toks[head].lemma.lower() in _REPORTING and toks[j].dep in ("ccomp", "parataxis"):
                subj = [c for c in doc.children[head] if toks[c].dep in ("nsubj", "nsubjpass")]
                return subj[0] if subj else None
            j = head
        # '"..., we will strike," he said': the quote's verb is the root's clause
        for c in doc.children[v]:
            if toks[c].dep in ("ccomp", "parataxis") and toks[c].lemma.lower() in _REPORTING and c > v:
                subj = [g for g in doc.children[c] if toks[g].dep == "nsubj"]
                return subj[0] if subj else None
        return None

    def _denying_state(self, doc: ParsedDoc, f: _Found, ix: "_Index", targets) -> str | None:
        """ "Police denied that any detainee had been mistreated", "a police spokesman said nobody had been beaten":
        a state body that rules out a harm with no named doer speaks for its own forces, the doers it answers for.
        The country of that body, or None."""
        toks = doc.tokens
        if factuality(doc, f.token) != "negated":
            return None
        j = f.token
        for _ in range(5):
            if toks[j].head == j or toks[j].dep not in ("ccomp", "conj", "parataxis"):
                return None
            j = toks[j].head
            lem = toks[j].lemma.lower()
            if lem in _REPORTING or lem in _DENIALS:
                break
        else:
            return None
        v = j
        while True:
            subj = [c for c in doc.children[v] if toks[c].dep == "nsubj"]
            if subj or toks[v].dep != "conj" or toks[v].head == v:
                break
            v = toks[v].head   # "the police said ... and denied that ...": the first verb's subject
        rep = self._reporting_subject(doc, v)   # "said the raid targeted arsonists and denied ...": the sayer
        speakers = subj[:1] + ([rep] if rep is not None else [])
        for a, c in self._resolve(doc, speakers, ix):
            if a in ix.by_id and c and c not in NONSTATE_CODES \
                    and set(ix.by_id[a].sectors[:1]) & STATE_BODY_SECTORS and a not in {t for t, _ in targets}:
                return c
        return None

    def _resolve_country(self, doc: ParsedDoc, k: int) -> str | None:
        return self._country_in(doc, k)

    def _same_act(self, doc: ParsedDoc, f: _Found, trigger_at: dict[int, _Found]) -> bool:
        """ "exchanged fire, killing three": the participle tells the result of the same act; 'rejected the charge,
        calling it "lies"': it names the rejected thing, no charge of its own."""
        t = doc.tokens[f.token]
        if t.dep == "advcl" and t.tag == "VBG":
            parent = trigger_at.get(t.head)
            if parent is not None and parent.entry.plover == "REJECT" and f.entry.plover == "ACCUSE" \
                    and t.lemma.lower() in _NAMING and any(
                        doc.tokens[c].dep == "dobj" and doc.tokens[c].lower in ("it", "them") for c in doc.children[t.i]):
                return True   # 'rejected the accusation, calling it "lies"': the rejection named, no charge of its own
            return parent is not None and parent.entry.plover == f.entry.plover
        return False

    # -- embedding -------------------------------------------------------------------------------

    @staticmethod
    def _means_of(doc: ParsedDoc, i: int, trigger_at: dict[int, _Found]) -> list[int]:
        """ "would not retaliate by closing the border": the triggers of the verb's "by V-ing" phrase (its means)."""
        toks = doc.tokens
        return [g for c in doc.children[i] if toks[c].dep == "prep" and toks[c].lower == "by"
                for g in doc.children[c] if toks[g].dep == "pcomp" and g in trigger_at]


    def _embedded(self, doc: ParsedDoc, i: int, trigger_at: dict[int, _Found]) -> bool:
        """True when the act is the content of another event ("urged X to release", "threatened to strike")."""
        toks = doc.tokens
        t = toks[i]
        j = i
        if _past_conj_as_pcomp(doc, i) is not None:
            return False   # "accused X of betraying farmers and called on Y to ...": the appeal is the accuser's own
        if t.dep in ("advcl", "xcomp") and t.head in trigger_at and trigger_at[t.head].entry.plover == "PROTEST" \
                and trigger_at[i].entry.plover in ("REQUEST", "ACCUSE") and not self._accuses_party(doc, i):
            return True   # "marched demanding his removal", "rallied to denounce the strikes": what the protest is for
        if t.dep in ("advcl", "xcomp") and t.head in trigger_at and trigger_at[t.head].entry.plover in ("ASSAULT", "COERCE") \
                and trigger_at[i].entry.plover == "COERCE" and trigger_at[i].entry.mode == "restrict":
            return True   # "fired tear gas to disperse them": the force and its purpose are one act
        if t.dep in ("advcl", "xcomp") and t.head in trigger_at and trigger_at[t.head].entry.plover == "PROTEST" \
                and trigger_at[i].entry.plover == "PROTEST":
            return True   # "blocked the highway to protest low prices": one protest
        if t.dep == "advcl" and t.head in trigger_at and trigger_at[t.head].entry.plover in ("THREATEN", "REQUEST") \
                and any(toks[c].dep == "mark" and toks[c].lower in ("if", "unless", "until") for c in doc.children[i]):
            return True   # "threatened a strike unless the government reversed ...": the condition of the threat
        if t.dep == "advcl" and t.head in trigger_at and trigger_at[t.head].entry.plover == "REQUEST" \
                and self._for_to_clause(doc, t.head, i):
            return True   # "called for France to withdraw": what is asked for
        if t.dep in ("xcomp", "advcl") and t.head in trigger_at and trigger_at[t.head].entry.plover == "CONSULT" \
                and trigger_at[i].entry.plover in _VERBAL_TYPES - {"CONSULT", "AGREE"} and t.pos == "VERB":
            return False   # "rang X to offer her backing": what was said in the call is an event of its own
        if t.pos == "NOUN" and trigger_at[i].entry.plover == "CONSULT" and self._meeting_time_host(doc, i) is not None:
            return False   # "the deal was reached during talks between A and B": a meeting of its own
        if t.dep == "pcomp" and toks[t.head].lower == "by" and toks[toks[t.head].head].pos == "VERB" \
                and toks[t.head].head in trigger_at and any(
                    toks[c].dep == "neg" or toks[c].lower == "never" for c in doc.children[toks[t.head].head]):
            return False   # "would not retaliate by closing the border": the means ruled out is the act itself
        if t.pos == "NOUN" and t.dep == "pobj" and toks[t.head].lower in ("in", "during") \
                and trigger_at[i].entry.plover == "ASSAULT" and toks[t.head].head in trigger_at \
                and trigger_at[toks[t.head].head].entry.plover == "ASSAULT" and any(
                    toks[c].dep == "prep" and toks[c].lower == "between" for c in doc.children[i]):
            return False   # "a farmer died during an exchange of fire between A and B": the fight is an act of its own
        # a noun inside a verb's object or prepositional phrase: look at that verb
        steps = 0
        while toks[j].dep == "conj" and toks[j].head != j and steps < 3:
            j = toks[j].head   # "urged X to show restraint and settle": the second act is as embedded as the first
            steps += 1
        coordinated = steps > 0
        if coordinated and t.lemma.lower() in _SPEECH_ACTS and any(toks[c].dep in ("xcomp", "ccomp") for c in doc.children[i]) \
                and _past_beside_bare(doc, i, j):
            # "demanded that the order be withdrawn and threatened to strike": a speech act in the past joined to a
            # bare-form demanded clause is the demander's second act (misparsed as a conjunct of the demanded verb)
            return False
        if toks[j].dep in ("acl", "relcl") and toks[j].tag in ("VB", "VBP") and toks[j].pos == "VERB" and any(
                toks[c].dep == "mark" and toks[c].lower == "that" for c in doc.children[j]) and any(
                toks[c].dep == "nsubj" for c in doc.children[j]):
            noun = toks[j].head
            prep = toks[noun].head
            if toks[noun].dep == "pobj" and toks[prep].dep == "prep" and toks[prep].head in trigger_at \
                    and toks[toks[prep].head].lemma.lower() in _DEMANDING \
                    and trigger_at[toks[prep].head].entry.plover == "REQUEST":
                # "demanded in a communique that X pull back ...": the bare-form clause, hung by the parser on the
                # noun of the intervening phrase, is what is demanded
                return True
        steps = 0
        while steps < 4 and toks[j].head != j:
            dep = toks[j].dep
            head = toks[j].head
            if dep in ("xcomp", "pcomp", "dobj", "pobj", "prep", "ccomp") or (dep == "acl" and t.pos == "NOUN"):
                if head in trigger_at and head != i and toks[head].lemma.lower() not in _NEGATING_MARKERS:
                    parent = trigger_at[head].entry
                    if dep == "ccomp" and parent.plover not in ("REQUEST", "THREATEN", "AGREE", "REJECT"):
                        return False
                    if dep == "ccomp" and parent.plover == "THREATEN" and _told_as_past(doc, j):
                        return False   # "warned that the agency had lost track of X and urged Y to ...": what a warning
                        #                tells as past is reported, not threatened
                    if dep == "dobj" and t.pos == "NOUN" and toks[head].lemma.lower() in ("block", "veto", "prevent"):
                        return True    # "blocked new sanctions": what was blocked did not happen
                    if dep in ("dobj", "pobj") and t.pos == "NOUN" and parent.plover in ("ACCUSE", "REJECT", "SUPPORT"):
                        return False   # "condemned the attack": the attack is an event of its own
                    if coordinated and parent.plover not in _VERBAL_TYPES:
                        return False   # "used tear gas to clear the road and arrested 18": a second act, no purpose
                    return True
                if dep == "ccomp":
                    return False
                j = head
                steps += 1
                continue
            break
        return False

    @staticmethod
    def _accuses_party(doc: ParsedDoc, i: int) -> bool:
        """ "walked out, accusing the judge of bias": an accusation that names the accused (accuse/blame X of/for Y)
        is an act of its own beside the protest, unlike "marched denouncing the strikes"."""
        toks = doc.tokens
        return toks[i].lemma.lower() in ("accuse", "blame") and any(toks[c].dep == "dobj" for c in doc.children[i])

    @staticmethod
    def _purpose(doc: ParsedDoc, i: int, trigger_at: dict[int, _Found]) -> bool:
        """ "paid 90 million euros to strengthen controls and fight smuggling", "deployed troops to help the army
        fight the rebels", "a war to seize the port": an infinitive of purpose names the goal of another act or of
        a thing, not an act reported in its own right ("sent aircraft to evacuate them" keeps the evacuation: what
        is sent for is what the sending does)."""
        toks = doc.tokens
        if _past_conj_as_pcomp(doc, i) is not None:
            return False   # "accused X of bullying Y to shield Z and called on W to ...": the accuser's second act
        if toks[i].tag in ("VBD", "VBN") and toks[i].dep == "conj" and toks[toks[i].head].tag == "VB" \
                and not any(toks[c].dep in ("aux", "auxpass") for c in doc.children[i]):
            return False   # "fired tear gas to disperse them and arrested 38 people": a past form is no infinitive's
        j = i
        steps = 0
        while toks[j].dep in ("conj", "xcomp", "ccomp") and toks[j].head != j and steps < 3:
            j = toks[j].head
            steps += 1
            if toks[j].dep in ("advcl", "acl", "relcl"):
                break
        t = toks[j]
        return t.dep in ("advcl", "acl", "relcl") and t.head != j and t.tag == "VB" \
            and toks[t.head].lemma.lower() not in _CONVEYING and not EventCoder._called_for(doc, t.head) \
            and not (t.dep == "acl" and toks[t.head].lemma.lower() in _PLAN_NOUNS) \
            and any(toks[c].dep == "aux" and toks[c].lower == "to" for c in doc.children[j])

    @staticmethod
    def _called_for(doc: ParsedDoc, v: int) -> bool:
        """ "called the premier to express support", "telephoned her counterpart to offer condolences": a call placed
        to a party (its object) is the channel of what it was placed for; "called elections to renew the mandate"
        or "called a meeting to discuss" names no party rung up."""
        toks = doc.tokens
        return toks[v].lemma.lower() in _CALLING and toks[v].pos == "VERB" \
            and any(toks[c].dep == "dobj" and (toks[c].pos in ("PROPN", "PRON") or toks[c].lemma.lower() == "counterpart")
                    for c in doc.children[v])

    @staticmethod
    def _sent_to_withdraw(doc: ParsedDoc, i: int, trigger_at: dict[int, _Found]) -> bool:
        """ "would send an air force plane to bring home its diplomats": what is sent for is a withdrawal (RETREAT),
        so the sending is that withdrawal's means, no deployment of its own."""
        toks = doc.tokens
        return any(toks[c].dep in ("advcl", "xcomp") and c in trigger_at and trigger_at[c].entry.plover == "RETREAT"
                   and any(toks[g].dep == "aux" and toks[g].lower == "to" for g in doc.children[c])
                   for c in doc.children[i])

    @staticmethod
    def _kept_from(doc: ParsedDoc, i: int) -> bool:
        """ "the dispute has prevented the two countries from signing a treaty", "barred him from meeting": an act
        someone was kept from doing did not happen; the preventing (if it is an act) is the event."""
        toks = doc.tokens
        t = toks[i]
        if t.dep != "pcomp" or t.head == i or toks[t.head].lower != "from":
            return False
        p = toks[t.head]
        return p.head != t.head and toks[p.head].lemma.lower() in _PREVENTING

    @staticmethod
    def _body_in_session(doc: ParsedDoc, f: _Found, sources, ix: "_Index") -> bool:
        """ "The UN Security Council was to hold closed-door consultations", "NATO held an emergency meeting": a
        session an intergovernmental body holds is one among its member states, a meeting with no partner to name."""
        toks = doc.tokens
        n = f.token
        if f.entry.pos == "VERB":   # "held an emergency meeting": the phrase's own noun
            n = next((u for u in f.used if toks[u].pos == "NOUN" and toks[u].head == f.token), n)
        held = toks[n].pos == "NOUN" and toks[n].dep == "dobj" and toks[toks[n].head].lemma.lower() in _LIGHT_VERBS
        return f.entry.plover == "CONSULT" and held and toks[n].lemma.lower() in _SESSION_WORDS and len(sources) == 1 \
            and sources[0][0] is not None and ix.kinds.get(sources[0][0]) == "organization" \
            and sources[0][1] in ("UNO", "EUR", "IGO")

    @staticmethod
    def _was_to(doc: ParsedDoc, v: int) -> bool:
        """ "was to hold", "is to meet": an act arranged for the future ("be" with a "to" infinitive)."""
        toks = doc.tokens
        return toks[v].dep == "xcomp" and toks[v].head != v and toks[toks[v].head].lemma.lower() == "be" \
            and any(toks[c].dep == "aux" and toks[c].lower == "to" for c in doc.children[v])

    @staticmethod
    def _held_with(doc: ParsedDoc, f: _Found) -> bool:
        """ "no talks had been held with opposition leaders", "consultations were held with the unions": a meeting
        held with a named party by no named host is the story's state's (as an arrest is)."""
        toks = doc.tokens
        subj = [c for c in doc.children[f.token] if toks[c].dep == "nsubjpass"]
        return f.entry.plover == "CONSULT" and f.entry.pos == "VERB" and bool(subj) and all(k in f.used for k in subj) \
            and not any(toks[c].dep == "agent" for c in doc.children[f.token])

    @staticmethod
    def _consulted_party(doc: ParsedDoc, f: _Found) -> bool:
        """ "the regional council said it had not been consulted", "the unions were consulted": a party consulted by
        no named agent was consulted (or not) by the story's state, whose decision the consultation is about."""
        toks = doc.tokens
        subj = [c for c in doc.children[f.token] if toks[c].dep == "nsubjpass"]
        return f.entry.plover == "CONSULT" and f.entry.pos == "VERB" and toks[f.token].lemma.lower() == "consult" \
            and bool(subj) and not any(k in f.used for k in subj) \
            and not any(toks[c].dep == "agent" for c in doc.children[f.token])

    @staticmethod
    def _meeting_time_host(doc: ParsedDoc, n: int) -> int | None:
        """The act a meeting noun is set beside in time ("agreed after four days of talks", "reached during talks",
        "following a telephone call between ..."): the token the time phrase hangs on, or None."""
        toks = doc.tokens
        j = n
        for _ in range(2):   # "four days of talks", "two rounds of talks": the measure noun stands for the meeting
            of = toks[j].head
            if toks[j].dep == "pobj" and toks[of].lower == "of" and toks[of].dep == "prep" and toks[toks[of].head].pos == "NOUN":
                j = toks[of].head
        prep = toks[j].head
        if toks[j].dep == "pobj" and toks[prep].lower in _MEETING_TIME_PREPS and toks[prep].head != prep:
            return toks[prep].head
        return None

    def _meeting_fact(self, doc: ParsedDoc, f: _Found, fact: str, is_source: Callable[[int], bool]) -> str | None:
        """Factuality of a meeting noun from what its sentence does with it: "the meeting was postponed", "called off
        the talks", "a planned round of talks was postponed" (negated); "agreed to set up a commission following a
        phone call between ..." (as the act it is set beside: the call is not part of what was agreed). None when
        the sentence only tells a decision about a meeting still to come ("ruled out postponing the talks")."""
        toks = doc.tokens
        n = f.token
        if f.entry.pos == "VERB":
            if fact in ("asserted", "reported") and self._was_to(doc, n) and f.used:
                return "hypothetical"   # "the council was to hold an emergency meeting": arranged, not yet held
            return fact
        j = n
        for _ in range(2):   # "a planned round of talks": the measure noun stands for the meeting
            of = toks[j].head
            if toks[j].dep == "pobj" and toks[of].lower == "of" and toks[of].dep == "prep" and toks[toks[of].head].pos == "NOUN":
                j = toks[of].head
        head = toks[j].head
        if toks[j].dep in ("nsubjpass", "dobj", "nsubj") and (toks[head].lemma.lower() in _CALLING_OFF or (
                toks[head].lemma.lower() == "call" and any(toks[c].lower == "off" for c in doc.children[head]))):
            up = toks[head].head
            if any(toks[c].dep == "neg" for c in doc.children[head]) or (
                    toks[head].dep in ("xcomp", "pcomp", "dobj") and toks[up].lemma.lower() in _NEGATING_MARKERS | {"refuse", "reject"}):
                return None   # "did not postpone", "ruled out postponing the talks": the meeting is still to come
            return "negated"
        if fact in ("asserted", "reported") and toks[j].dep == "dobj" and toks[head].lemma.lower() in _LIGHT_VERBS \
                and self._was_to(doc, head):
            return "hypothetical"   # "the council was to hold consultations on Wednesday": arranged, not yet held
        host = self._meeting_time_host(doc, n)
        if host is not None and toks[host].pos in ("VERB", "AUX"):
            for _ in range(3):
                if toks[host].dep != "xcomp" or toks[host].head == host:
                    break
                host = toks[host].head   # "agreed to set up X following a call": the agreeing
            return factuality(doc, host, is_source=is_source, plover="CONSULT")
        return fact

    def _meeting_parties(self, doc: ParsedDoc, n: int, ix: "_Index") -> list[tuple[str | None, str | None]]:
        """The parties of a meeting noun told without a doer, from its own sentence: "talks between A's minister and
        his B counterpart", "talks between delegations from the two countries", "a meeting of the two countries'
        commissions", "A and B agreed after four days of talks"; [] when the sentence names no two parties."""
        toks = doc.tokens
        heads: list[int] = []
        for o in self._prep_objects(doc, n, ("between",)):
            heads.append(o)
            for c in doc.children[o]:
                if toks[c].dep == "conj":
                    heads.append(c)
                elif toks[c].dep == "appos":   # "between A's minister, X, and his counterpart, Y"
                    heads.extend(g for g in doc.children[c] if toks[g].dep == "conj")
        parties: list[tuple[str | None, str | None]] = []
        for h in heads:
            parties.extend(p for p in self._resolve(doc, [h], ix) if p not in parties)
        if len(parties) >= 2:
            return parties
        for o in self._prep_objects(doc, n, ("of",)):
            both = self._both_sides(doc, o, ix)
            if both:
                return both   # "a meeting of the two countries' commissions"
        host = self._meeting_time_host(doc, n)
        if host is not None and toks[host].pos in ("VERB", "AUX"):
            doers = self._resolve(doc, self._subject(doc, host), ix)
            if len(doers) >= 2:
                return doers   # "A and B agreed on Friday after four days of talks": A and B met
        return []

    @staticmethod
    def _denied_claim(doc: ParsedDoc, i: int) -> bool:
        """ "police denied that officers had fired live rounds": a denial of what another party said happened is a
        rejection of that claim (PLOVER REJECT toward the accuser), coded beside the negated act itself."""
        toks = doc.tokens
        return toks[i].lemma.lower() in ("deny", "refute") and any(
            toks[c].dep == "ccomp" or (toks[c].dep in ("xcomp", "pcomp") and toks[c].tag == "VBG"   # "denied targeting"
                                          and toks[c].lemma.lower() not in _OBJECT_CONTROL)
            for c in doc.children[i])

    @staticmethod
    def _refused_meeting(doc: ParsedDoc, i: int) -> bool:
        """ "ruled out talks with the rebels": ruling out a meeting is a refusal to meet (PLOVER REJECT), coded
        beside the negated meeting itself, as a denial is beside the denied act."""
        toks = doc.tokens
        return toks[i].lemma.lower() == "rule" and any(
            toks[c].dep == "dobj" and toks[c].lemma.lower() in _MEETING_WORDS for c in doc.children[i])

    @staticmethod
    def _negates_embedded_act(doc: ParsedDoc, i: int, trigger_at: dict[int, _Found], used: tuple = ()) -> bool:
        """A denial or ruling-out whose clause or object holds an act of its own ("denied attacking", "ruled
        out talks"); a clause without one ("denied that any funds had been diverted") is a plain rejection, and
        an object that is a word of the matched phrase ("denied him family visits") is no act of its own."""
        toks = doc.tokens
        if toks[i].lemma.lower() not in _NEGATING_MARKERS:
            return False
        for c in doc.children[i]:
            if toks[c].dep == "dobj" and c in trigger_at and c not in used and toks[c].lemma.lower() not in _CONTENT_NOUNS \
                    and not _ruled_out_deal(doc, c, trigger_at) and toks[i].lemma.lower() != "dismiss":
                # ("dismissed the threats", "dismissed the closure as theatre": the act named stands; dismissing it is a
                # rejection, as dismissing a speech act is)
                return True
            if toks[c].dep == "prep" and toks[c].lower == "as":
                continue   # 'dismissed the statement as "biased and detached"': what the thing is called, no act
            # ("ruled out reopening the crossing" may be parsed as an adverbial clause with no marker)
            clause = toks[c].dep in ("ccomp", "xcomp", "pcomp") or (toks[c].dep == "advcl" and ruled_out_clause(doc, i, c)) or (
                toks[c].dep == "prep" and any(toks[g].dep == "pcomp" for g in doc.children[c]))
            if clause and (toks[i].lemma.lower() not in ("deny", "refute", "rule") or toks[c].lemma.lower() in _OBJECT_CONTROL
                           or any(k in trigger_at and not (toks[k].head == c and toks[k].dep in ("nsubj", "nsubjpass"))
                                  for k in doc.subtree(c))):
                return True   # an act in the clause, not just its subject ("denied that any aid had been diverted")
        return False

    # -- roles -----------------------------------------------------------------------------------

    def _subject(self, doc: ParsedDoc, v: int, depth: int = 0) -> list[int]:
        toks = doc.tokens
        kids = doc.children[v]
        subj = [c for c in kids if toks[c].dep in ("nsubj", "csubj")]
        if subj:
            s = subj[0]
            if len(subj) >= 2 and toks[s].tag == "NNS" and toks[subj[1]].pos == "PROPN" and all(
                    toks[k].dep == "compound" and toks[k].head == subj[1] for k in range(s + 1, subj[1])):
                # "Presidents A and B spoke by phone": the plural title is split off its names; the named pair acts
                s = subj[1]
            if self._document_clause(doc, v) and depth <= 3:
                # "approved a resolution that condemns X": the document speaks for its issuer
                return self._subject(doc, toks[toks[v].head].head, depth + 1)
            if toks[s].lower in _RELATIVE and toks[v].dep == "relcl":
                return [toks[v].head]
            if toks[s].lower == "who" and toks[v].dep in ("ccomp", "xcomp", "pcomp") and not _in_relative(doc, v):
                return []   # "without saying who fired", "it was unclear who carried out the attack": an open question
            return [s]
        if depth > 3 or toks[v].head == v:
            return []
        head = toks[v].head
        dep = toks[v].dep
        accuser = _past_conj_as_pcomp(doc, v)
        if accuser is not None:
            return self._subject(doc, accuser, depth + 1)   # "accused X of ... and called on Y": the accuser
        if dep == "xcomp":
            if toks[head].lemma.lower() in _OBJECT_CONTROL:
                obj = [c for c in doc.children[head] if toks[c].dep in ("dobj", "dative")]
                if obj:
                    return obj
                on = [g for c in doc.children[head] if toks[c].dep == "prep" and toks[c].lower == "on"
                      for g in doc.children[c] if toks[g].dep == "pobj"]
                if on:
                    return on
            passive = [c for c in doc.children[head] if toks[c].dep == "nsubjpass"]
            if passive and toks[head].lemma.lower() in _SCHEDULED and any(
                    toks[c].dep == "auxpass" for c in doc.children[head]):
                # "the minister is slated to meet X", "the envoy was expected to visit": the passive subject of
                # the scheduling verb is the doer of its infinitive
                return passive
            return self._subject(doc, head, depth + 1)
        if dep == "advcl" and toks[v].tag == "VBG":
            # "ordered X to leave, accusing Moscow ...": the doer of the main clause, not of its infinitive
            up = head
            if toks[head].dep == "ccomp" and toks[toks[head].head].lemma.lower() in _REPORTING:
                sent = doc.sentence_of(v)
                marks = [k for k in range(sent.start, v) if toks[k].text in _QUOTE_TOKENS]
                if any(head < k and sum(1 for m in marks if m <= k) % 2 == 0 for k in marks):
                    # 'said the group "will not give up its arms," rejecting calls to ...': the participle
                    # stands outside the quotation, so it is the speaker's
                    return self._subject(doc, toks[head].head, depth + 1)
                if toks[v].lemma.lower() in _SPEECH_ACTS - {"threaten", "add", "stress", "announce"} and v > 0 \
                        and toks[v - 1].text == "," \
                        and toks[head].head < head:
                    # "said the border would stay shut, accusing Kigali of ...": a speech act set off after the
                    # reported clause is the speaker's, not the reported clause's subject's
                    return self._subject(doc, toks[head].head, depth + 1)
            for _ in range(4):
                if any(toks[c].dep in ("nsubj", "nsubjpass") for c in doc.children[up]) or toks[up].head == up:
                    break
                up = toks[up].head
            return self._subject(doc, up, depth + 1)
        speaker_verb = _clause_speaker_verb(doc, head)
        if dep == "conj" and speaker_verb is not None and speaker_verb < v and (
                toks[speaker_verb].lemma.lower() in _REPORTING | _DENIALS or (
                toks[speaker_verb].lemma.lower() in _DEMANDING and _past_beside_bare(doc, v, head))) \
                and (toks[v].lemma.lower() in _REPORTING or toks[v].lemma.lower() in _SPEECH_ACTS) \
                and any(toks[c].dep in ("ccomp", "dobj", "xcomp") or (toks[c].dep == "prep" and toks[c].lower in ("on", "for"))
                        for c in doc.children[v]):
            # "said that the ban would stay and warned that ...", "said ... and called on X to": a parse slip; the
            # warning or appeal is the speaker's own (a speaker named after it, "X saw Y and pressed him to ..., an aide
            # said", only reports it: the doer is the joined verb's subject)
            return self._subject(doc, speaker_verb, depth + 1)
        if dep == "conj" and toks[v].tag == "VBD" and speaker_verb is not None and speaker_verb < head \
                and toks[head].dep == "ccomp" and toks[head].head == speaker_verb \
                and toks[speaker_verb].lemma.lower() in _REPORTING | {"announce", "declare"} and any(
                    toks[c].dep == "aux" and toks[c].lower in ("would", "will", "could", "might", "may") for c in doc.children[head]):
            # "announced that the crossings would stay shut, and imposed a curfew": a past act joined to a future
            # reported clause is the announcer's own (a parse slip), not the reported clause's subject's
            return self._subject(doc, speaker_verb, depth + 1)
        if dep == "conj" and toks[v].tag == "VBG" and toks[head].tag == "VBG" and toks[head].dep in ("advcl", "acl") \
                and toks[head].lemma.lower() in ("read", "say") and toks[head].head != head and any(
                    toks[c].dep == "nsubj" and toks[c].pos == "NOUN" for c in doc.children[head]):
            # "gathered, waving banners reading 'Resign' and demanding that ...": the crowd demands, not the banners
            return self._subject(doc, toks[head].head, depth + 1)
        if dep == "conj" and toks[v].tag == "VBD" and toks[v].lemma.lower() in _SPEECH_ACTS \
                and toks[head].dep == "relcl" and toks[head].tag in ("VBZ", "VBP") \
                and toks[toks[head].head].dep in ("dobj", "pobj", "nsubjpass") and not any(
                    toks[c].dep == "aux" for c in doc.children[head]):
            # "rejected any claim that its territory hosts rebels and accused X of ...": the past act joined to a
            # present relative clause is the main clause's (a parse slip), done by the main clause's subject
            verb = toks[toks[head].head].head
            if toks[toks[head].head].dep == "pobj":
                verb = toks[verb].head
            if toks[verb].pos in ("VERB", "AUX") and verb != v:
                return self._subject(doc, verb, depth + 1)
        if dep in ("conj", "advcl") and toks[head].pos in ("VERB", "AUX"):
            return self._subject(doc, head, depth + 1)
        if dep in ("acomp", "oprd") or toks[v].pos == "ADJ":
            return self._subject(doc, head, depth + 1)   # "was ready to meet": the subject of "was"
        if dep == "relcl" or (dep == "acl" and self._main_verb_as_acl(doc, v)):
            return [head]
        if dep == "acl" and toks[v].tag == "VB" and toks[head].lemma.lower() in _STANCE_NOUNS and toks[head].dep == "dobj" \
                and any(toks[c].dep == "aux" and toks[c].lower == "to" for c in doc.children[v]):
            return self._subject(doc, toks[head].head, depth + 1)   # "had no plans to close it": the plan's holder
        if dep == "acl" and toks[v].tag == "VBG" and toks[head].pos in ("NOUN", "PROPN") and toks[head].dep not in ("appos", "attr"):
            if toks[head].lemma.lower() in _DOCUMENTS and toks[head].dep in ("dobj", "nsubjpass"):
                # "passed a resolution criticising Tehran", "issued a statement condemning": the issuer
                return self._subject(doc, toks[head].head, depth + 1)
            if toks[v].lemma.lower() in _PROTESTING:
                return [head]   # "supporters protesting in Maputo", "workers demanding higher pay": the people named
        if dep == "pcomp":
            # "accused X of firing": X fired; "was open to meeting", "stopped short of calling": the subject
            verb = head
            for _ in range(4):
                if toks[verb].pos in ("VERB", "AUX") or toks[verb].head == verb:
                    break
                verb = toks[verb].head
            obj = [c for c in doc.children[verb] if toks[c].dep in ("dobj",)]
            if toks[head].lower in ("after", "before", "since", "upon", "while", "without"):
                obj = []   # "told reporters after meeting X": who told met, not the reporters
            if obj and not (toks[toks[v].head].head in obj and toks[toks[toks[v].head].head].lemma.lower() in _STANCE_NOUNS):
                return obj   # but "had no intention of joining": the holder of the intention joins
            return self._subject(doc, verb, depth + 1)
        return []

    def _prep_objects(self, doc: ParsedDoc, h: int, preps: tuple[str, ...]) -> list[int]:
        toks = doc.tokens
        out = []
        for c in doc.children[h]:
            if toks[c].dep in ("prep", "agent", "dative") and toks[c].lower in preps:
                out.extend(g for g in doc.children[c] if toks[g].dep in ("pobj", "pcomp"))
        if not out and "with" in preps:
            # "discussed the crisis by telephone with his counterpart": the partner hangs on the means
            out = [g for c in doc.children[h] if toks[c].dep == "prep" and toks[c].lower in ("by", "over", "via")
                   for m in doc.children[c] if toks[m].dep == "pobj" and toks[m].lemma.lower() in _CALL_MEANS
                   for p in doc.children[m] if toks[p].dep == "prep" and toks[p].lower == "with"
                   for g in doc.children[p] if toks[g].dep == "pobj"]
        return out

    @staticmethod
    def _message_participle(doc: ParsedDoc, v: int) -> bool:
        """ "released a message urging supporters to ...": the parser took the document noun as a modifier of the participle's
        object and the participle as an adjective on it; the participle is the document's clause."""
        toks = doc.tokens
        if toks[v].dep != "amod" or toks[v].tag != "VBG":
            return False
        h = toks[v].head
        return toks[h].dep in ("dobj", "nsubjpass") and toks[toks[h].head].pos == "VERB" and any(
            toks[d].dep in ("nmod", "compound") and d < v and toks[d].lemma.lower() in _DOCUMENTS
            and any(toks[a].dep == "det" and toks[a].lower in ("a", "an") for a in doc.children[h])
            for d in doc.children[h])

    @staticmethod
    def _held_people_freed(doc: ParsedDoc, i: int, trigger_at: dict[int, "_Found"]) -> bool:
        """ "released 15 of those detained", "41 people detained during the weekend had been released": a participle of
        holding that describes the people a release in its sentence frees."""
        toks = doc.tokens
        if toks[i].tag != "VBN" or toks[i].dep not in ("acl", "amod") or toks[i].head == i:
            return False
        people = toks[i].head
        for _ in range(3):   # "15 of those detained": up through the "of" phrase to the counted head
            if toks[people].dep == "pobj" and toks[toks[people].head].lower == "of":
                people = toks[toks[people].head].head
            else:
                break
        v = toks[people].head
        return toks[people].dep in ("dobj", "nsubjpass") and v in trigger_at and trigger_at[v].entry.plover == "RETREAT"

    def _offered_step(self, doc: ParsedDoc, i: int) -> int | None:
        """The infinitive an adjective of readiness at ``i`` governs ("was ready to help", "stands ready to
        facilitate"), when the adjective completes a copula or a verb of standing; else None."""
        toks = doc.tokens
        if toks[i].dep != "acomp" or toks[toks[i].head].lemma.lower() not in _STANDING:
            return None
        return next((c for c in doc.children[i] if toks[c].dep == "xcomp" and toks[c].pos == "VERB"
                     and any(toks[a].dep == "aux" and toks[a].lower == "to" for a in doc.children[c])), None)

    def _verb_roles(self, doc: ParsedDoc, f: _Found) -> tuple[list[int], list[int]]:
        toks = doc.tokens
        v = f.token
        kids = doc.children[v]
        passive = any(toks[c].dep in ("nsubjpass", "auxpass") for c in kids)
        preps = tuple(p for p in f.entry.target if p != "dobj")
        if f.entry.requires == "offer":
            # "Kyiv was ready to help Warsaw", "was ready to sit down with Y": the one who is ready offers; the party
            # the step is with or for (its object naming a side, or its "with"/"to" phrase) is the target
            step = self._offered_step(doc, v)
            if step is None:
                return self._subject(doc, toks[v].head), []
            objs = [c for c in doc.children[step]
                    if toks[c].dep == "dobj" and (toks[c].pos == "PROPN" or self._country_in(doc, c))]
            return self._subject(doc, toks[v].head), self._prep_objects(doc, step, preps) or objs
        if f.entry.requires == "feeling":
            # "Ghana was troubled by the move": the one who feels it accuses; the "by" phrase is the target
            subj = [c for c in kids if toks[c].dep == "nsubjpass"]
            return subj or self._subject(doc, v if passive else toks[v].head), self._prep_objects(doc, v, ("by",))
        if f.entry.requires == "undergone":
            # "X went on trial for treason", "X faces charges": the subject undergoes the act; like a passive
            # with no agent, the doer is the state that tries or charges
            return [], self._subject(doc, v)
        if f.entry.requires == "recipient" and not passive:
            # "X received a phone call from Y", "received aid from Y": the one in the row's phrase gave or made it
            # ("calls of condolence from Y": the phrase may hang on the received noun or deeper in its phrase)
            givers = self._prep_objects(doc, v, preps) or [k for u in sorted(f.used) for w in doc.subtree(u)
                                                           for k in self._prep_objects(doc, w, preps)]
            return givers, self._subject(doc, v)
        # "was arrested and charged with": the bare participle is passive too (a release finds whom it frees from
        # the detention itself, below)
        shared = [] if passive or f.entry.mode == "release" else self._shared_passive(doc, v)
        if passive or shared:
            subj = [c for c in kids if toks[c].dep == "nsubjpass"] or shared
            agent = [g for c in kids if toks[c].dep == "agent" for g in doc.children[c] if toks[g].dep == "pobj"]
            if not agent and passive:
                # "were struck with sticks by guards": the parser hangs the "by" phrase on the instrument
                agent = [g for c in kids if toks[c].dep == "prep" and toks[c].lower == "with"
                         for n in doc.children[c] if toks[n].dep == "pobj"
                         for b in doc.children[n] if toks[b].dep == "prep" and toks[b].lower == "by"
                         for g in doc.children[b] if toks[g].dep == "pobj"]
            head = toks[v].head
            if not subj and passive and toks[v].dep == "pcomp" and toks[head].dep == "prep" \
                    and toks[head].lower in ("after", "before", "while", "when"):
                # "two students were hospitalised after being beaten": the one it befell is the clause's subject
                up = toks[head].head
                subj = [c for c in doc.children[up] if toks[c].dep in ("nsubj", "nsubjpass")] \
                    if toks[up].pos in ("VERB", "AUX") else []
            if not agent and toks[v].dep == "ccomp" and toks[head].lemma.lower() in ("deny", "refute"):
                # "the police denied that detainees had been mistreated": the one denying is the one said to have done it
                agent = self._subject(doc, head)
            if not agent and f.entry.plover == "MOBILIZE" and self._armed_words(doc, subj):
                # "the army could be deployed", "troops were sent to the border": the forces are the doer's own
                return subj, self._prep_objects(doc, v, preps)
            if subj and all(k in f.used for k in subj) and f.entry.plover == "CONSULT":
                subj = []   # "talks were held with the rebels": the phrase's own noun is no party; the "with" phrase is
            return agent, subj or self._prep_objects(doc, v, preps)
        if toks[v].dep == "acl" and toks[v].tag == "VBN" and not any(toks[c].dep == "nsubj" for c in kids) \
                and not self._main_verb_as_acl(doc, v):
            # "troops deployed by Russia", "people killed in the raid"
            agent = [g for c in kids if toks[c].dep == "agent" for g in doc.children[c] if toks[g].dep == "pobj"]
            return agent, [toks[v].head]
        if self._message_participle(doc, v):
            # "released a recording urging workers to ...", parsed as "[a recording urging] workers": it speaks for
            # whoever issued it, and the noun the participle seems to modify is the one it addresses
            return self._subject(doc, toks[toks[v].head].head), [toks[v].head]
        source = self._subject(doc, v)
        objs = [c for c in kids if toks[c].dep in ("dobj", "dative") and c not in f.used]
        # "accused Kabul of sheltering the TTP, a Pakistani militant group": a second object after a comma that
        # begins with "a/an" describes a word before it (a misparsed apposition), it is no second target
        objs = [c for k, c in enumerate(objs) if not (k and toks[c].pos == "NOUN" and any(
            toks[d].dep == "det" and toks[d].lower in ("a", "an") for d in doc.children[c])
            and any(toks[j].text == "," for j in range(objs[k - 1] + 1, min(doc.subtree(c)))))]
        # "rejecting US calls for it to disarm": the parser read the object noun as a verb with a subject; the
        # subject is whose calls they are
        objs = [next((g for g in doc.children[c] if toks[g].dep == "nsubj"), c) if toks[c].pos == "VERB" else c
                for c in objs]
        targets: list[int] = []
        if "dobj" in f.entry.target or not f.entry.target:
            targets.extend(objs)
        targets.extend(self._prep_objects(doc, v, preps))
        if preps and objs and not self._prep_objects(doc, v, preps):
            # "blamed the attack on the rebels": the row's preposition hung on the object (or on its participle)
            targets.extend(k for o in objs + self._object_participles(doc, v) for k in self._prep_objects(doc, o, preps)
                           if k not in targets)
        for u in f.used:  # "imposed sanctions on X": the preposition hangs on the phrase's noun
            if toks[u].pos == "NOUN":
                targets.extend(k for k in self._prep_objects(doc, u, preps) if k not in targets)
                if not targets:   # "sent a note of protest to X": on the noun's "of" complement
                    for g in self._prep_objects(doc, u, ("of",)):
                        targets.extend(k for k in self._prep_objects(doc, g, preps) if k not in targets)
        for u in f.used:  # "offered to mediate between A and B": the preposition hangs on the phrase's verb
            if toks[u].pos == "VERB" and toks[u].dep == "xcomp" and toks[u].head == v:
                targets.extend(k for k in self._prep_objects(doc, u, preps) if k not in targets)
        for u in f.used:  # "strip X of immunity": the target is the object even when "immunity" is the phrase word
            if toks[u].dep == "pobj":
                # (not the phrase's own object noun: "held two rounds of talks")
                targets.extend(c for c in kids if toks[c].dep == "dobj" and c not in targets and c not in f.used)
        if not targets and "dobj" in f.entry.target:
            # "expelled two Russian diplomats": the phrase word is itself the target
            targets.extend(c for c in kids if toks[c].dep == "dobj" and c in f.used)
        if not targets and "dobj" in f.entry.target and not objs:
            # "declared two envoys persona non grata": the small clause's subject is the one acted on
            targets.extend(self._small_clause_subjects(doc, f))
        if not targets and "dobj" in f.entry.target and not objs:
            # 'called the decision "unacceptable"': with the quoted name read as its adjective, the object noun
            # was parsed as the predicate; it is still what was named
            targets.extend(c for c in kids if toks[c].dep == "oprd" and toks[c].pos == "NOUN"
                           and any(toks[g].dep == "amod" and g > c for g in doc.children[c]))
        if not targets and "dobj" in f.entry.target and not objs:
            targets.extend(_shared_objects(doc, v))   # "boarded and searched a Turkish trawler"
        if not targets and not f.entry.target:
            targets = self._prep_objects(doc, v, ("with", "against", "on", "to"))
        if toks[v].dep == "relcl" and "dobj" in f.entry.target and not passive:
            # "a call the ministry dismissed", "the demands which Ankara rejected": the noun the clause is on
            rel = [k for k in targets if toks[k].lower in _RELATIVE]
            subj = [c for c in kids if toks[c].dep == "nsubj" and toks[c].lower not in _RELATIVE]
            if rel or (not targets and subj):
                targets = [k for k in targets if k not in rel] + [toks[v].head]
        if not targets:
            # "ordered them held in detention": the small clause's subject is the one acted on
            targets = [g for g in self._small_clause_subjects(doc, f) if toks[g].lower not in _RELATIVE][:1]
        if not targets and f.entry.plover == "REQUEST":
            # "demanded that Kampala withdraw its forces": the one asked to act is the clause's subject
            targets = [g for c in kids if toks[c].dep == "ccomp" or self._for_to_clause(doc, v, c)
                       for g in doc.children[c] if toks[g].dep == "nsubj" and toks[g].lower not in _RELATIVE][:1]
        return source, targets

    def _sanction_seekers(self, doc: ParsedDoc, n: int) -> list[int]:
        """The subjects of a verb of setting going or seeking ("invoked the clause to restore", "called for",
        "sought") that the sanctions noun at ``n`` hangs under, a few phrase steps up, when they name a state; else []."""
        toks = doc.tokens
        j = n
        for _ in range(5):
            if toks[j].head == j or toks[j].dep not in ("dobj", "pobj", "prep", "acl", "xcomp", "relcl", "advcl"):
                return []
            j = toks[j].head
            if toks[j].pos == "VERB" and toks[j].lemma.lower() in _SANCTION_SEEKING:
                subj = [c for c in doc.children[j] if toks[c].dep == "nsubj"]
                k = 0
                while k < len(subj):   # "Sweden, Denmark and Norway": each party in the chain of conjuncts
                    subj.extend(c for c in doc.children[subj[k]] if toks[c].dep == "conj" and c not in subj)
                    k += 1
                if subj and self._country_in(doc, subj[0]):
                    return subj
                return []
        return []

    @staticmethod
    def _small_clause_subjects(doc: ParsedDoc, f: _Found) -> list[int]:
        """The subjects of the small clauses that complete the phrase of ``f`` ("declared two envoys persona non
        grata", "ordered them held in detention"): the ones the act is done to."""
        toks = doc.tokens
        return [g for u in f.used if toks[u].dep == "ccomp" and toks[u].head == f.token
                for g in doc.children[u] if toks[g].dep == "nsubj"]

    def _noun_roles(self, doc: ParsedDoc, f: _Found) -> tuple[list[int], list[int]]:
        toks = doc.tokens
        n = f.token
        kids = doc.children[n]
        source = [c for c in kids if toks[c].dep == "poss"]
        source += [g for c in kids if toks[c].dep == "prep" and toks[c].lower == "by" for g in doc.children[c] if toks[g].dep == "pobj"]
        mods = [c for c in kids if toks[c].dep in ("amod", "compound", "nmod") and c not in f.used]
        if not source:
            source = [c for c in mods if (self.lex.country_word(toks[c].text) and not toks[c].text.islower())
                      or toks[c].pos == "PROPN"]
            if source and f.entry.plover == "SANCTION":
                # "A and B invoked the clause to restore the bloc's sanctions on X": the states that set the body's
                # sanctions going are their source, not the body whose sanctions they are
                source = self._sanction_seekers(doc, n) or source
        # "the arrest drew condemnation from the union", "the move sparked protests from X": a reaction an act drew
        drawn = f.entry.plover in _REACTIONS and toks[n].dep == "dobj" and toks[toks[n].head].lemma.lower() in _DRAWING
        if not source and drawn:   # who reacts
            source = [g for h in (n, toks[n].head) for c in doc.children[h] if toks[c].dep == "prep"
                      and toks[c].lower == "from" for g in doc.children[c] if toks[g].dep == "pobj"][:1]
        if not source and self._open_to(doc, n) is not None:
            source = self._subject(doc, self._open_to(doc, n))   # "Seoul remained open to talks": Seoul
        if not source and f.entry.plover in ("PROTEST", "MOBILIZE") and toks[n].dep == "pobj" \
                and toks[toks[n].head].lower == "on":
            state = toks[toks[n].head].head
            if toks[state].lemma.lower() in ("be", "remain", "stay"):
                source = self._subject(doc, state)   # "has been on hunger strike", "remained on strike": who is on it
        if not source and f.entry.plover in ("CONSULT", "COOPERATE") and toks[n].dep == "pobj" \
                and toks[toks[n].head].lower == "in" and toks[toks[toks[n].head].head].pos in ("VERB", "AUX"):
            source = self._subject(doc, toks[toks[n].head].head)   # "was in contact with", "said in a call with": the subject
        preps = tuple(p for p in f.entry.target if p != "dobj") or ("against", "on", "with")
        targets = self._prep_objects(doc, n, preps)
        head = toks[n].head
        if toks[n].dep == "dobj" and toks[head].lemma.lower() in _NEGATING_MARKERS and not source:
            source = self._subject(doc, head)   # "ruled out direct talks", "denied the attack"
        if toks[n].dep in ("dobj", "nsubjpass", "attr") and toks[head].pos in ("VERB", "AUX") \
                and toks[head].lemma.lower() in _LIGHT_VERBS | _CONSIDERING:
            if not source:
                source = self._subject(doc, head) if toks[n].dep == "dobj" else []
            if not targets:
                targets = self._prep_objects(doc, head, preps)
        if not source and f.entry.plover == "ASSAULT":
            # "clashes between A's troops and B's militia": the first named side against the second
            pair = [(g, c) for p in doc.children[n] if toks[p].dep == "prep" and toks[p].lower == "between"
                    for g in doc.children[p] if toks[g].dep == "pobj" for c in doc.children[g] if toks[c].dep == "conj"]
            if pair:
                source, targets = [pair[0][0]], [pair[0][1]]
        if not targets and drawn:
            # "the closure drew criticism from X": aimed at what drew it (the act's doer, found from the act's noun)
            targets = [c for c in doc.children[head] if toks[c].dep == "nsubj"]
        return source, targets

    # -- role tokens -> actors ---------------------------------------------------------------------

    @staticmethod
    def _crowd_word(doc: ParsedDoc, k: int) -> bool:
        """Whether ``k`` names people of no party ("young men", "hundreds of residents", "members of picket groups")."""
        toks = doc.tokens
        lemma = toks[k].lemma.lower()
        if lemma in _CROWD_COUNTS | {"group", "member"}:
            # "groups of masked young men", "members of leftist picket groups": the people the phrase counts
            return any(toks[c].lower == "of" and any(toks[g].dep == "pobj" and toks[g].pos == "NOUN"
                                                     for g in doc.children[c]) for c in doc.children[k])
        return toks[k].pos == "NOUN" and lemma in _CROWD_PEOPLE

    def _body_named_before(self, doc: ParsedDoc, k: int, ix: _Index) -> tuple[str | None, str | None] | None:
        """ "The association demanded his release" after "the Burkinabe Association of Journalists": the actor named
        before (in this or the three sentences before) whose name holds the body word at ``k``; for a word that
        names bodies of any name ("the group", "the alliance"), the latest body of no state named there."""
        toks = doc.tokens
        lemma = toks[k].lemma.lower()
        if lemma not in _BODY_WORDS or toks[k].pos != "NOUN" \
                or not any(toks[c].dep == "det" and toks[c].lower in ("the", "this") for c in doc.children[k]) \
                or any(toks[c].dep in ("appos", "compound") and toks[c].pos == "PROPN" for c in doc.children[k]):
            return None   # ("the umbrella group KON-MED", "the Wagner group": a body named there, not before)
        loose = None
        for j in range(k - 1, -1, -1):
            if toks[j].sent < toks[k].sent - 3:
                break
            a = ix.token_actor.get(j)
            if a is None or a not in ix.by_id:
                continue
            actor = ix.by_id[a]
            if lemma in actor.name.lower().replace("-", " ").split() or lemma + "s" in actor.name.lower().split():
                return a, actor.country
            if loose is None and actor.kind in ("group", "organization") and set(actor.sectors) & _BODY_SECTORS \
                    and not set(actor.sectors) & _STATE_SECTORS and actor.country not in ("IGO", "UNO", "EUR"):
                loose = (a, actor.country)
        return loose if lemma in _ANY_BODY_WORDS else None

    def _country_name_at(self, doc: ParsedDoc, k: int) -> str | None:
        """The country a word names, alone or with its compound words ("Korea" of "South Korea", "States" of
        "the United States")."""
        return self.lex.country_word(doc.tokens[k].text) or self.lex.country_word(_compound_name(doc, k)[1])

    @staticmethod
    def _coordinated_owner(doc: ParsedDoc, t: int) -> int | None:
        """ "A and B border guards carried out their first joint patrol": "their" on the object of a verb whose
        subject coordinates two parties stands for that subject (its first member), else None."""
        toks = doc.tokens
        if toks[t].lower != "their" or toks[t].dep != "poss":
            return None
        owner = toks[t].head
        verb = toks[owner].head
        if toks[owner].dep == "pobj":
            verb = toks[verb].head
        if toks[owner].dep not in ("dobj", "pobj") or toks[verb].pos not in ("VERB", "AUX"):
            return None
        subj = [c for c in doc.children[verb] if toks[c].dep == "nsubj"]
        if subj and any(toks[c].dep == "conj" or toks[c].dep in ("amod", "nmod", "compound")
                        and any(toks[g].dep == "conj" for g in doc.children[c]) for c in doc.children[subj[0]]):
            return subj[0]   # ("A and B troops", "Indian and Chinese soldiers")
        return None

    def _conj_chain(self, doc: ParsedDoc, first: list[int]) -> list[int]:
        """The country words joined to ``first`` ("Egypt, Sudan and Eritrea": the parser hangs each on the one before)."""
        toks = doc.tokens
        out: list[int] = []
        todo = list(first)
        while todo and len(out) < 8:
            m = todo.pop(0)
            for g in doc.children[m]:
                if toks[g].dep == "conj" and self._country_name_at(doc, g) and g not in out:
                    out.append(g)
                    todo.append(g)
        return out

    def _resolve(self, doc: ParsedDoc, tokens: list[int], ix: _Index) -> list[tuple[str | None, str | None]]:
        """Actor ids (with countries) for role tokens; coordinated phrases give several."""
        toks = doc.tokens
        out: list[tuple[str | None, str | None]] = []
        expanded: list[int] = []
        nationality: set[int] = set()
        for t in tokens:
            both = self._both_sides(doc, t, ix)
            if both:
                # "urged both sides", "commanders from both sides": the story's two countries
                out.extend(p for p in both if p not in out)
                continue
            bloc = self._bloc_before(doc, t, ix)
            if bloc is not None:
                if bloc not in out:
                    out.append(bloc)   # "accusing the bloc of ...": the bloc named just before
                continue
            kingdom = self._kingdom_before(doc, t, ix) or self._described_state_before(doc, t, ix) \
                or self._speakers_country(doc, t, ix)
            if kingdom is not None:
                if kingdom not in out:
                    out.append(kingdom)   # "the kingdom hit back": the monarchy named just before
                continue
            cargo = self._cargo_owner(doc, t, ix)
            if cargo is not None:
                if cargo not in out:
                    out.append(cargo)   # "a truck carrying WFP rice was attacked": the owner of the cargo
                continue
            named = self._fighters_of_named(doc, t, ix)
            if named is not None:
                if named not in out:
                    out.append(named)   # "a raid by gunmen of the X Brigade": the named group, not other fighters
                continue
            armed = self._armed_group_of(doc, t, ix)
            if armed is not None:
                if armed not in out:
                    out.append(armed)   # "struck militant positions": the story's one named armed group
                continue
            neighbour = self._neighbour_of(doc, t, ix)
            if neighbour is not None:
                if (None, neighbour) not in out:
                    out.append((None, neighbour))   # "accused its northern neighbour": the other state, not its own
                continue
            joint = self._coordinated_owner(doc, t)
            if joint is not None:
                t = joint   # "A and B troops carried out their first joint patrol": both subjects own it
            group = self._their_group(doc, t, ix)
            if group:
                expanded.extend(group)   # "their foreign ministers met": the parties named together before
                continue
            mods = [c for c in doc.children[t] if toks[c].dep in ("amod", "nmod", "compound") and self.lex.country_word(toks[c].text)] \
                or [g for c in doc.children[t] if toks[c].dep == "compound" for g in doc.children[c]
                    if toks[g].dep in ("amod", "nmod", "compound") and self.lex.country_word(toks[g].text)]
            # ("Japanese and U.S. fighter jets": the nationalities may hang on the compound word before the head)
            more = self._conj_chain(doc, mods[:1])
            if more:
                # "Indian and Pakistani troops": one party per nationality, in the order named
                nationality.update(mods[:1] + more)
                expanded.extend(mods[:1] + more)
                continue
            of = [g for c in doc.children[t] if toks[c].dep == "prep" and toks[c].lower == "of"
                  for g in doc.children[c] if toks[g].dep == "pobj" and self._country_name_at(doc, g)]
            more = self._conj_chain(doc, of[:1])
            if more:
                # "the foreign ministers of Peru and Chile": one party per country, in the order named
                nationality.update(of[:1] + more)
                expanded.extend(of[:1] + more)
                continue
            members = [g for c in doc.children[t] if toks[t].lemma.lower() in _DELEGATES and toks[c].dep == "prep"
                       and toks[c].lower in ("from", "of") for g in doc.children[c] if toks[g].dep == "pobj"]
            more = [g for m in members[:1] for g in doc.children[m] if toks[g].dep == "conj"]
            # (each a party of its own: not "Minister of Mines and Energy")
            if more and all(self._actor_at(doc, g, ix) is not None or self._country_in(doc, g) for g in members[:1] + more):
                # "delegations from the Congolese government and the M23 alliance met": the parties the people come
                # from, one per party named
                expanded.extend(members[:1] + more)
                continue
            part = [g for c in doc.children[t] if toks[t].pos == "NUM" and toks[c].dep == "prep" and toks[c].lower == "of"
                    for g in doc.children[c] if toks[g].dep == "pobj"
                    and any(toks[p].dep == "poss" and toks[p].lower in ("its", "their") for p in doc.children[g])]
            if part:
                # "detained four of its staff": the party whose staff they are
                t = next(p for p in doc.children[part[0]] if toks[p].dep == "poss" and toks[p].lower in ("its", "their"))
            elif self._actor_at(doc, t, ix) is None and (toks[t].pos == "NUM" or toks[t].lower in _PARTITIVES):
                whole = [g for c in doc.children[t] if toks[c].dep == "prep" and toks[c].lower == "of"
                         for g in doc.children[c] if toks[g].dep == "pobj" and toks[g].pos in ("NOUN", "PROPN")]
                if whole:
                    t = whole[0]   # "one of the Chinese vessels fired", "most of the defendants refused": the whole's
            expanded.append(t)
            conj = [c for c in doc.children[t] if toks[c].dep == "conj"]
            for c in conj:
                # "A, B, C and D condemned ...": the parser chains the last members (D hangs on C), each one a party
                conj.extend(g for g in doc.children[c] if toks[g].dep == "conj" and g not in conj and len(conj) < 8)
            if conj:
                # "A, the B Republic, C and D": a named state read as an apposition
                # inside a list is one more member of the list
                conj[:0] = [c for c in doc.children[t] if toks[c].dep == "appos" and toks[c].ent_type == "GPE"
                            and toks[t].ent_type == "GPE" and self._country_in(doc, c) not in (None, self._country_in(doc, t))]
            expanded.extend(conj)
            # "by A's minister, X Y, and his B counterpart": a party joined to the apposition is one more party
            expanded.extend(g for c in doc.children[t] if toks[c].dep == "appos"
                            for g in doc.children[c] if toks[g].dep == "conj" and g not in expanded)
        for t in expanded:
            if t < doc.dateline_end:
                continue
            seat = self._seat(doc, t)
            if seat is not None:
                pair = (None, seat)   # "the authorities in Bangui": the state seated there, whoever said "authorities"
                if pair not in out:
                    out.append(pair)
                continue
            aid = None if t in nationality else self._actor_at(doc, t, ix)
            if aid is None and t not in nationality and self._country_in(doc, t) is None:
                issuer = self._issuer(doc, t, ix)   # "the report accused ...": whoever issued the report before
                if issuer is not None:
                    # "the U.S. and British embassies issued a joint statement": each of its issuers
                    out.extend(p for p in self._resolve(doc, [issuer], ix) if p not in out)
                    continue
            if aid is not None:
                a = ix.by_id[aid]
                pair = (aid, a.country)
            else:
                c = self._country_in(doc, t)
                if c is None:
                    nationals = self._nationals_before(doc, t, ix)
                    if nationals is None:
                        continue
                    pair = nationals   # "two Ruritanian citizens were detained ... the two men were charged"
                else:
                    pair = (None, c)
            if pair not in out:
                out.append(pair)
        return out

    def _nationals_before(self, doc: ParsedDoc, t: int, ix: _Index) -> tuple[str, str] | None:
        """ "detained two Ruritanian students ... the two men were charged", "The three were deported": people named
        again with "the" and no country are the counted people of a nationality named in the sentences just before
        (that group, with its country; the same count when the phrase gives one), when the story names one such
        nationality there."""
        toks = doc.tokens
        tok = toks[t]
        definite = any(toks[c].dep == "det" and toks[c].lower == "the" for c in doc.children[t]) \
            or t > 0 and toks[t - 1].lower == "the"
        if not definite or not (tok.lemma.lower() in _NATIONAL_PEOPLE or tok.pos == "NUM" and tok.dep in ("nsubj", "nsubjpass", "dobj")):
            return None
        # the count, when the phrase gives one ("the two men", "The three"), must be the group's
        count = tok.lower if tok.pos == "NUM" else next(
            (toks[c].lower for c in doc.children[t] if toks[c].dep == "nummod"), None)
        found: list[tuple[int, str, str]] = []
        for aid, a in ix.by_id.items():
            if a.kind != "group" or not a.country or a.country in NONSTATE_CODES or not a.description \
                    or self.lex.country_word(a.description.split()[0]) != a.country:
                continue
            for start, _ in a.mentions:
                if start >= tok.idx:
                    continue
                k = next((i for i in range(t) if toks[i].idx >= start), t)
                counted = toks[k - 1].lower if k > 0 and toks[k - 1].pos == "NUM" else None
                # a counted group ("two Ruritanian citizens"), not a nationality in general ("barred Ruritanians from")
                if counted is None or count is not None and count != counted:
                    continue
                if 0 <= tok.sent - toks[k].sent <= _NATIONALS_REACH:
                    found.append((start, aid, a.country))
        if len({c for _, _, c in found}) != 1:
            return None
        _, aid, country = max(found)
        return aid, country

    def _domestic_object(self, doc: ParsedDoc, i: int, tgt_toks: list[int]) -> bool:
        """The act at ``i`` is done to the doer's own country's people: its object (or the object of the act it
        agrees or promises to do) is a home-side group named with no country ("detained three men suspected of
        theft", "agreed to pay producers compensation", "punished the protesters")."""
        toks = doc.tokens
        objs = list(tgt_toks) + [g for c in doc.children[i] if toks[c].dep == "xcomp"
                                 for g in doc.children[c] if toks[g].dep in ("dobj", "dative")]
        objs += [g for k in objs for g in doc.children[k] if toks[g].dep == "compound" and toks[g].pos == "NOUN"]
        objs = [k for k in objs if toks[k].pos in ("NOUN", "PROPN")]   # "pay growers compensation": a compound too
        return any(self._home_people(doc, k) for k in objs) and not any(self._country_in(doc, k) for k in objs)

    def _denied_home_act(self, doc: ParsedDoc, i: int) -> bool:
        """The denial at ``i`` denies an act of an unnamed state body on home people ("denied that the government
        targets its critics", "denied that police had beaten protesters")."""
        toks = doc.tokens

        def harmed(g: int) -> bool:
            return toks[g].lemma.lower() in _HARMED_PEOPLE \
                and not self._names_country(doc, g, ("prep", "acl", "relcl", "amod", "compound"))

        for c in doc.children[i]:
            # "denied shelling villagers", "denied that residents were hurt": the denier's act (or an
            # unnamed agent's) on the story's own unarmed people
            if toks[c].dep == "xcomp" and toks[c].tag == "VBG" \
                    and any(toks[g].dep == "dobj" and harmed(g) for g in doc.children[c]):
                return True
            if toks[c].dep == "ccomp" and not any(toks[g].dep in ("nsubj", "agent") for g in doc.children[c]) \
                    and any(toks[g].dep == "nsubjpass" and harmed(g) for g in doc.children[c]):
                return True
            if toks[c].dep != "ccomp":
                continue
            subj = [g for g in doc.children[c] if toks[g].dep in ("nsubj", "nsubjpass")]
            objs = [g for g in doc.children[c] if toks[g].dep in ("dobj", "nsubjpass")]
            # "denied that his colleagues had beaten ...": the denier's own fellows are a state body too
            if subj and all((toks[g].lemma.lower() in _STATE_BODIES | _AUTHORITIES | {"police"}
                             or toks[g].lemma.lower() in _FELLOWS and any(toks[p].dep == "poss" and toks[p].pos == "PRON"
                                                                          for p in doc.children[g]))
                            and not self._country_in(doc, g) for g in subj if toks[g].dep == "nsubj") and objs and all(self._home_people(doc, g) for g in objs):
                return True
        return False

    def _earlier_claimant(self, doc: ParsedDoc, i: int, sources, ix: "_Index") -> list[tuple[str | None, str | None]]:
        """The latest party before the denial at ``i`` (in its sentence or the two before) that said or reported
        something about the denier (its statement names the denier or one of its state), another party than the
        denier: whom the denial answers. [] when there is none."""
        toks = doc.tokens
        ids = {a for a, _ in sources if a}
        own = {c for _, c in sources if c}
        if not ids and not own or any(toks[c].dep == "aux" and toks[c].lower in ("can", "could", "cannot")
                                      for c in doc.children[i]) or any(
                toks[c].dep == "det" and toks[c].lower in ("no", "any") for s_ in doc.children[i]
                if toks[s_].dep == "nsubj" for c in doc.children[s_]):
            return []   # '"No envoy can deny ..."': a general remark, no denial of someone's claim
        first = doc.sentences[max(0, toks[i].sent - 2)].start
        for v in range(i - 1, first - 1, -1):
            lemma = toks[v].lemma.lower()
            if toks[v].pos == "VERB" and lemma in _SAYING | _CLAIM_VERBS and not any(
                    toks[c].dep == "neg" for c in doc.children[v]):
                speakers = [c for c in doc.children[v] if toks[c].dep == "nsubj"]
                said = [c for c in doc.children[v] if toks[c].dep in ("ccomp", "dobj", "prep")]
                if any(toks[g].dep == "neg" for c in said if toks[c].dep == "ccomp" for g in doc.children[c]):
                    continue   # '"Russia does not interfere ...," X said': a denial of its own, no claim
                told = [k for c in said for k in doc.subtree(c)]
            elif toks[v].lower == "according" and v + 1 < len(toks) and toks[v + 1].lower == "to":
                speakers = [c for c in doc.children[v + 1] if toks[c].dep == "pobj"]
                told = [k for k in range(doc.sentences[toks[v].sent].start, v) if toks[k].head == toks[v].head
                        or toks[k].dep in ("nsubj", "nsubjpass", "dobj", "pobj")]
            else:
                continue
            if not speakers:
                continue
            speaker = [a for a in self._resolve(doc, speakers, ix) if a[1] and a[0] not in ids]
            if not speaker or speaker[0] in sources:
                continue
            if speaker[0][1] in own and speaker[0][0] and _state_actor(ix, speaker[0][0]) and ids \
                    and all(_state_actor(ix, a) for a in ids):
                continue   # one state's organs do not answer each other ("Mexico denied ...": its own officials spoke)
            about = self._resolve(doc, [k for k in told if toks[k].pos in ("NOUN", "PROPN", "PRON")], ix)
            if any(a in ids or c in own for a, c in about if a not in {speaker[0][0]}):
                return speaker[:1]
        return []

    @staticmethod
    def _alleged_by(doc: ParsedDoc, i: int) -> list[int]:
        """Subjects of an "as X claimed" clause under the denial at ``i`` ("denied that ..., as critics alleged")."""
        toks = doc.tokens
        for v in doc.subtree(i):
            if v != i and toks[v].dep == "advcl" and toks[v].lemma.lower() in _SAYING | {"accuse", "suggest", "report"} \
                    and any(toks[c].dep == "mark" and toks[c].lower == "as" for c in doc.children[v]):
                return [c for c in doc.children[v] if toks[c].dep == "nsubj"]
        return []

    @staticmethod
    def _session_body(doc: ParsedDoc, v: int) -> list[int]:
        """The body whose meeting the request at ``v`` asks for ("asked for an emergency session of the Council"),
        or []."""
        toks = doc.tokens
        for p in doc.children[v]:
            if toks[p].dep != "prep" or toks[p].lower != "for":
                continue
            for n in doc.children[p]:
                if toks[n].dep == "pobj" and toks[n].lemma.lower() in ("session", "meeting"):
                    return [g for c in doc.children[n] if toks[c].dep == "prep" and toks[c].lower == "of"
                            for g in doc.children[c] if toks[g].dep == "pobj"]
        return []

    @staticmethod
    def _claim_maker(doc: ParsedDoc, i: int) -> list[int]:
        """The speaker of the claim that the denial at ``i`` restates ("X said Y had shelled the town, a claim Y
        denied": X), or []."""
        toks = doc.tokens
        if toks[i].dep != "relcl" or toks[toks[i].head].lemma.lower() not in _CLAIM_NOUNS:
            return []
        j, steps = toks[i].head, 0
        while toks[j].head != j and steps < 6:
            j, steps = toks[j].head, steps + 1
            if toks[j].pos == "VERB" and toks[j].lemma.lower() in _SAYING | {"accuse"}:
                return [c for c in doc.children[j] if toks[c].dep == "nsubj"]
        return []

    def _names_country(self, doc: ParsedDoc, k: int, deps: tuple[str, ...]) -> bool:
        """``k``, a dependent of it by one of ``deps`` or that dependent's own child names a country ("Ruritanian
        villagers", "villagers in Ruritania")."""
        toks = doc.tokens
        return bool(self._country_in(doc, k)) or any(self._country_in(doc, g) for c in doc.children[k]
                                                     if toks[c].dep in deps for g in [c] + list(doc.children[c]))

    def _home_people(self, doc: ParsedDoc, k: int) -> bool:
        """``k`` names people of no named country that a state acts on at home: suspects, protesters, producers."""
        toks = doc.tokens
        if self._names_country(doc, k, ("prep", "acl", "relcl")):
            return False
        lemma = toks[k].lemma.lower()
        suspected = any(toks[c].dep == "acl" and toks[c].lemma.lower() in ("suspect", "accuse") for c in doc.children[k])
        # "two men who threw paint at the embassy": people told by what they did, with no country to them
        doing = any(toks[c].dep == "relcl" for c in doc.children[k])
        return lemma in _HOME_PEOPLE or ((suspected or doing) and lemma in _PEOPLE_WORDS | _HOME_GROUPS)

    @staticmethod
    def _lede_span(doc: ParsedDoc) -> tuple[int, int]:
        """The character span of the story's first sentence after the dateline, or (0, 0)."""
        for s in doc.sentences:
            if s.end > doc.dateline_end and doc.text[s.start_char:s.end_char].strip():
                return (s.start_char, s.end_char)
        return (0, 0)

    def _joined_clause_state(self, doc: ParsedDoc, v: int, src_toks: list[int], ix: _Index) -> str | None:
        """ "Chile deployed troops to the border, and police began expelling migrants": a bare state force ("police",
        "troops", no country named on it) in a clause joined to a state's act is that state's, not the story's."""
        toks = doc.tokens
        if len(src_toks) != 1:
            return None
        k = src_toks[0]
        if toks[k].lemma.lower() not in _RESCUERS | {"guard", "force"} or any(
                toks[c].dep in ("poss", "amod", "compound", "prep", "nmod", "det") and toks[c].lower not in ("the",)
                for c in doc.children[k]):
            return None
        w = v
        for _ in range(3):   # "began expelling": up to the verb the clause is joined by
            if toks[w].dep == "conj" or toks[w].dep not in ("xcomp",):
                break
            w = toks[w].head
        if toks[w].dep == "conj":
            h = toks[w].head
        elif toks[w].dep == "ccomp":
            # (the parser may hang both clauses on the reporting verb: "A did X, and police did Y, officials said")
            h = max((c for c in doc.children[toks[w].head] if c < w and toks[c].dep == "ccomp"
                     and any(toks[g].dep == "cc" and c < g < w for g in doc.children[c])), default=None)
        else:
            h = None
        if h is None or toks[h].pos not in ("VERB", "AUX"):
            return None
        subj = [c for c in doc.children[h] if toks[c].dep == "nsubj"]
        found = self._resolve(doc, subj, ix) if subj else []
        states = {c for a, c in found if c and c not in NONSTATE_CODES and (a is None or _state_actor(ix, a))}
        return next(iter(states)) if len(states) == 1 and len(found) == 1 else None

    def _city_country(self, doc: ParsedDoc, tokens: list[int]) -> str | None:
        """The one state of the cities among ``tokens`` (proper names that are no actor): "at Tel Aviv and Haifa";
        None when there is no gazetteer, no city, or a name is also a town of another state of like size."""
        if self.places is None:
            return None
        found: set[str | None] = set()
        for t in tokens:
            found |= self._town_country(doc, t, ("city",))
        return next(iter(found)) if len(found) == 1 else None

    def _town_country(self, doc: ParsedDoc, t: int, features: tuple[str, ...], tagged: bool = True) -> set[str | None]:
        """{the state} of the town (or division, by ``features``) a proper name at ``t`` names, {None} when the name is
        also a town of another state of like size or of no state, set() when it names no such place. ``tagged``: the
        recogniser must have seen a place (not where the name follows "near" or "in" after a place struck, where the
        small model often takes a town for a person or a date)."""
        toks = doc.tokens
        if self.places is None or toks[t].pos != "PROPN" or toks[t].text.islower() \
                or (tagged and toks[t].ent_type not in ("GPE", "LOC", "FAC")):
            return set()
        name = _compound_name(doc, t)[1]
        if self.lex.country_word(name):
            return set()   # a country is an actor of its own, resolved before
        cands = [c for c in self.places.candidates(name) if c.feature in features and c.country]
        if not cands:
            return set()
        best = max(cands, key=lambda c: c.population)
        rivals = [c for c in cands if c.country != best.country and c.population * 5 > best.population]
        return {None} if rivals or best.country in NONSTATE_CODES else {best.country}

    def _place_country(self, doc: ParsedDoc, tokens: list[int], nouns: frozenset[str] = frozenset()) -> str | None:
        """The one state a place object lies in, named in its own "of"/"in"/"near" phrases: "the town of X in
        Ruritania's north", "a village in Ruritania", "a camp near <a town the gazetteer knows>"; None when the object
        is no place or no single state is named."""
        toks = doc.tokens
        found: set[str | None] = set()
        for t in tokens:
            if toks[t].pos != "NOUN" or toks[t].lemma.lower() not in (nouns or _TOLL_PLACES - {"country", "capital"}):
                continue
            # (the place an object is struck in may hang on the verb: "attacked a camp near X", "hit villages in X")
            preps = [c for c in doc.children[t] if toks[c].lower in ("of", *_WHERE)] + [
                c for c in doc.children[toks[t].head] if toks[t].dep == "dobj" and toks[c].lower in _WHERE]
            for _ in range(2):
                nxt = []
                for c in preps:
                    for g in doc.children[c]:
                        if toks[c].dep != "prep" or toks[g].dep != "pobj":
                            continue
                        nxt.append(g)
                        iso = self._country_in(doc, g) if toks[c].lower != "of" else None
                        if iso and iso not in NONSTATE_CODES:
                            found.add(iso)
                        elif not iso:
                            # "a camp near <town>", "the town of <town>": a town or division the gazetteer knows
                            found |= self._town_country(doc, g, ("city", "admin1"), tagged=False)
                preps = [c for j in nxt for c in doc.children[j] if toks[c].lower in ("of", *_WHERE)]
        return next(iter(found)) if len(found) == 1 and None not in found else None

    @staticmethod
    def _counterpart(actors: tuple[Actor, ...], home: str | None, lede: tuple[int, int] = (0, 0)) -> str | None:
        """The other side of a story between two countries: the country named most after the home country, when
        named at least a third as often (by actor mentions), or at least a sixth as often when the lede names both
        states themselves ("India and China have finalised an agreement"); None in a story about one country."""
        counts = _mention_counts(actors)
        if home is None or home not in counts:
            return None
        others = sorted((c for c in counts if c != home), key=lambda c: -counts[c])
        if others and 3 * counts[others[0]] >= counts[home]:
            return others[0]

        def in_lede(country: str) -> bool:
            return any(a.kind == "country" and a.country == country and lede[0] <= m[0] < lede[1]
                       for a in actors for m in a.mentions)
        if others and others[0] not in NONSTATE_CODES and 6 * counts[others[0]] >= counts[home] \
                and in_lede(home) and in_lede(others[0]):
            return others[0]
        return None

    @staticmethod
    def _other_state(actors: tuple[Actor, ...], own: set) -> str | None:
        """The state other than ``own`` named most in the story (by actor mentions), or None."""
        counts = _mention_counts(actors, skip=NONSTATE_CODES | set(own))
        return max(counts, key=lambda c: counts[c]) if counts else None

    @staticmethod
    def _rival(actors: tuple[Actor, ...], own: set) -> str | None:
        """The story's other state for a state's act aimed at no one named ("closed the border", "warned that the
        country would defend itself"): the state other than ``own`` named most, when named at least a sixth as often
        as the actor's own state (not a state named in passing)."""
        counts = _mention_counts(actors, skip=NONSTATE_CODES)
        other = EventCoder._other_state(actors, set(own))
        mine = max((counts.get(c, 0) for c in own), default=0)
        return other if other is not None and 6 * counts[other] >= mine else None

    @staticmethod
    def _named_before(doc: ParsedDoc, tgt_toks: list[int], groups: list[tuple[int, str, tuple, tuple]]):
        """The earlier act done to the same people or things: "17 Indian fishermen" ... "the 17", "the fishermen";
        (its type, its targets, its sources), the latest first, or None."""
        toks = doc.tokens
        # "rammed one of the boats", "freed some of the fishermen": the group a part is taken from
        parts = [g for k in tgt_toks for c in doc.children[k] if toks[c].dep == "prep" and toks[c].lower == "of"
                 and toks[k].pos in ("NUM", "PRON", "DET", "ADJ") for g in doc.children[c] if toks[g].dep == "pobj"]
        for k in list(tgt_toks) + parts:
            number = toks[k].pos == "NUM" and any(toks[c].lower == "the" for c in doc.children[k])
            for j, plover, targets, sources in reversed(groups):
                if j >= k:
                    continue
                if number:
                    same = any(toks[c].text == toks[k].text for c in doc.subtree(j) if c <= j)   # "12 Thai fishermen"
                else:
                    same = toks[k].pos == "NOUN" and toks[k].lemma.lower() == toks[j].lemma.lower()
                if same:
                    return plover, targets, sources
        return None

    def _asker_government(self, doc: ParsedDoc, tgt_toks: list[int], sources, targets, ix: _Index, home: str | None):
        """ "the opposition party urged the government to ...", "the fishermen's society called on the government":
        a bare "the government" that a party of one state (not a foreign state's official) addresses is that state's
        own, not another state's government named earlier in the story."""
        own = {c for _, c in sources if c}
        if len(own) != 1 or own & NONSTATE_CODES:
            return targets
        mine = next(iter(own))
        if mine != home and any(a and _state_actor(ix, a) or a is None for a, _ in sources):
            return targets   # "the U.S. envoy urged the government": the story's government, resolved as it was
        govs = [k for k in tgt_toks if doc.tokens[k].lemma.lower() == "government" and self._own_government(doc, k)]
        if not govs:
            return targets
        theirs = set(self._resolve(doc, govs, ix))
        if not theirs or any(c == mine for _, c in theirs):
            return targets
        return list(dict.fromkeys((None, mine) if pair in theirs else pair for pair in targets))

    def _seat(self, doc: ParsedDoc, t: int) -> str | None:
        """The country of "the authorities in Bangui", "the regime in Minsk": rulers named by their seat."""
        toks = doc.tokens
        if toks[t].lemma.lower() not in _AUTHORITIES and toks[t].lower not in _AUTHORITIES:
            return None
        right = [t + 1] if t + 1 < len(toks) and toks[t + 1].head == toks[t].head and toks[t].dep == "dobj" else []
        for c in list(doc.children[t]) + right:   # "accused [the authorities] [in Bangui] of ...": on the verb
            if toks[c].dep == "prep" and toks[c].lower == "in":
                for g in doc.children[c]:
                    if toks[g].dep == "pobj" and toks[g].pos == "PROPN":
                        iso = self._country_in(doc, g)
                        if iso:
                            return iso
        return None

    @staticmethod
    def _test_launch(doc: ParsedDoc, f: _Found) -> list[int] | None:
        """Missiles fired or launched into the sea ("fired two missiles into the waters off its coast"), with no one
        they were fired at: a weapons test or show of force, not an attack. None when it is not one; else the
        words naming whose waters they fell in, if said ("into the waters off Taiwan": the party the show is aimed at)."""
        toks = doc.tokens
        v = f.token
        if f.entry.pos != "VERB" or f.entry.plover != "ASSAULT" or toks[v].lemma.lower() not in ("fire", "launch", "test"):
            return None
        kids = doc.children[v]
        objs = [c for c in kids if toks[c].dep in ("dobj", "nsubjpass") and toks[c].lemma.lower() in _MISSILES]
        if not objs:
            return None
        kids = list(kids) + [k for o in objs for k in doc.children[o]]   # "missiles into the sea" on the noun
        seas = [g for c in kids if toks[c].dep == "prep" and toks[c].lower in ("into", "toward", "towards", "over", "in")
                for g in doc.children[c] if toks[g].dep == "pobj" and toks[g].lemma.lower() in _SEAS]
        aimed = [c for c in kids if toks[c].dep == "prep" and toks[c].lower in ("at", "against")]   # "on Monday" is no aim
        if not seas or aimed:
            return None
        return [g for c in kids + [k for s_ in seas for k in doc.children[s_]]
                if toks[c].dep == "prep" and toks[c].lower in ("off", "near")
                for g in doc.children[c] if toks[g].dep == "pobj" and toks[g].pos == "PROPN"]

    @staticmethod
    def _state_fire(doc: ParsedDoc, v: int, src_toks: list[int], tgt_toks: list[int]) -> bool:
        """A passive harm with no party named as its doer, done by a state's forces: by their weapons ("killed by
        artillery fire", "by police gunfire") or to armed insurgents ("six militants were killed in the operation")."""
        toks = doc.tokens
        if not any(toks[c].dep in ("nsubjpass", "auxpass") for c in doc.children[v]):
            return False
        agent_words = {toks[k].lemma.lower() for s in src_toks for k in doc.subtree(s)}
        if agent_words & _STATE_WEAPONS:
            return True
        return any(toks[k].lemma.lower() in _INSURGENTS for k in tgt_toks)

    @staticmethod
    def _if_clause(doc: ParsedDoc, v: int) -> bool:
        """The act is the verb of an "if"/"unless" clause: a condition set for another act."""
        toks = doc.tokens
        return toks[v].dep in ("advcl", "ccomp") and any(toks[c].dep == "mark" and toks[c].lower in ("if", "unless")
                                             for c in doc.children[v])

    @staticmethod
    def _casualty_tally(doc: ParsedDoc, v: int) -> bool:
        """ "At least 19 people were killed", "more than 7,000 people have been killed since 2004", "no soldiers were
        killed": a passive harm with no doer whose subject is a number of people and whose clause names no act it
        happened in (not "killed in an ambush", "killed when troops opened fire"): the toll of acts told elsewhere."""
        toks = doc.tokens
        if toks[v].lemma.lower() not in _TOLL_VERBS:
            return False
        kids = doc.children[v]
        subjects = [c for c in kids if toks[c].dep == "nsubjpass"]
        if not subjects or any(toks[c].dep == "agent" or toks[c].dep == "advcl" and not any(
                toks[m].dep == "mark" and toks[m].lower == "since" for m in doc.children[c]) for c in kids):
            return False   # "killed when troops opened fire" tells the act; "killed since the war began" a toll
        counted = any(toks[g].dep == "nummod" or toks[g].lower == "no" and toks[g].dep == "det"
                      for s_ in subjects for g in [s_] + list(doc.children[s_])) \
            or any(toks[s_].pos == "NUM" for s_ in subjects)
        if not counted:
            return False
        return not any(toks[c].dep == "prep" and toks[c].lower in ("in", "during") and any(
            toks[n].dep == "pobj" and toks[n].pos == "NOUN" and toks[n].lemma.lower() not in _TOLL_PLACES
            for n in doc.children[c]) for c in kids)

    @staticmethod
    def _passive_attack_nouns(doc: ParsedDoc, v: int, preps: tuple[str, ...], nouns: frozenset[str]) -> list[int]:
        """The attack nouns a passive harm is told to have happened in ("killed in a rebel ambush", "wounded
        during a raid"): objects of ``preps`` on the verb with a lemma in ``nouns``; none when the verb is active."""
        toks = doc.tokens
        if not any(toks[c].dep in ("nsubjpass", "auxpass") for c in doc.children[v]):
            return []
        return [n for p in doc.children[v] if toks[p].dep == "prep" and toks[p].lower in preps
                for n in doc.children[p] if toks[n].dep == "pobj" and toks[n].lemma.lower() in nouns]

    def _state_attack_in(self, doc: ParsedDoc, v: int) -> str | None:
        """The state whose word names the attack a passive harm happened in: "killed in a Russian air strike",
        "wounded during an Israeli raid" (one country word on the attack noun, no doer named)."""
        toks = doc.tokens
        for n in self._passive_attack_nouns(doc, v, ("in", "during", "by"), _STATE_ATTACK_NOUNS):
            isos = {iso for c in doc.children[n] if toks[c].dep in ("amod", "compound", "nmod", "poss")
                    and not toks[c].text.islower() and (iso := self.lex.country_word(toks[c].text))}
            if len(isos) == 1:
                return isos.pop()
        return None

    @classmethod
    def _nonstate_attack(cls, doc: ParsedDoc, v: int) -> bool:
        """A passive harm "in a rebel ambush", "in an attack by gunmen": done by the story's unnamed insurgents."""
        toks = doc.tokens
        return any({toks[k].lemma.lower() for k in doc.subtree(n) if k != n} & (_NONSTATE | _PERPETRATORS)
                   for n in cls._passive_attack_nouns(doc, v, ("in", "during"), _INSURGENT_ATTACK_NOUNS))

    def _issuer(self, doc: ParsedDoc, t: int, ix: _Index) -> int | None:
        """ "The report also accused ...", "dismissed the report": a definite document named before stands for its
        issuer ("X said in a report", "X's report", "a report by X", "X published a report"); the issuer's token."""
        toks = doc.tokens
        lem = toks[t].lemma.lower()
        if lem not in _DOCUMENTS or not any(toks[c].lower in ("the", "this", "that") and toks[c].dep == "det"
                                            for c in doc.children[t]):
            return None
        sent = toks[t].sent
        for k in range(t - 1, -1, -1):
            if toks[k].sent < sent - 6:
                break
            if toks[k].lemma.lower() != lem or toks[k].pos != "NOUN":
                continue
            cand = [c for c in doc.children[k] if toks[c].dep == "poss"]
            cand += [g for c in doc.children[k] if toks[c].dep == "prep" and toks[c].lower == "by"
                     for g in doc.children[c] if toks[g].dep == "pobj"]
            gov = toks[k].head
            if toks[k].dep == "pobj" and toks[gov].dep == "prep":
                gov = toks[gov].head
            if toks[k].dep in ("pobj", "dobj") and toks[gov].pos in ("VERB", "AUX"):
                cand += [c for c in doc.children[gov] if toks[c].dep == "nsubj"]
            for c in cand:
                if self._actor_at(doc, c, ix) is not None:
                    return c
        return None

    def _actor_at(self, doc: ParsedDoc, t: int, ix: _Index) -> str | None:
        toks = doc.tokens
        token_actor = ix.token_actor
        if t in token_actor:
            return token_actor[t]
        tok = toks[t]
        low = tok.lower
        if tok.pos == "PRON" or low in _PRONOUNS_PERSON | _PRONOUNS_OTHER | _PRONOUNS_SPEAKER:
            if low == "those" and any(toks[c].dep == "relcl" for c in doc.children[t]):
                return None   # "will not negotiate with those who block the roads": a class the clause describes
            if low in _PRONOUNS_SPEAKER:
                for s, e, spk in ix.quote_speaker:
                    if s <= tok.idx < e:
                        return spk
                return None
            return self._antecedent(doc, t, ix, person=low in _PRONOUNS_PERSON)
        # "The Union Commission chairperson, Jane Doe, said": a bare role noun with a name in apposition is the one
        # named, not the body named among the role's modifiers
        appos = [c for c in doc.children[t] if toks[c].dep == "appos" and c in token_actor and toks[c].pos == "PROPN"]
        if appos and tok.pos == "NOUN" and not any(toks[c].dep == "poss" for c in doc.children[t]):
            return token_actor[appos[0]]
        # "Morocco's autonomy plan for Western Sahara": a thing's owner, its possessor, before a party its phrases name
        owner = [c for c in doc.children[t] if toks[c].dep == "poss" and c in token_actor]
        if owner and tok.pos == "NOUN" and any(toks[c].dep == "prep" for c in doc.children[t]):
            return token_actor[owner[0]]
        # the noun phrase: the closest actor mention among its modifiers ("the senator's supporters" -> the supporters group)
        best = None
        mods = self._np_modifiers(doc, t)
        for k in mods:
            if k in token_actor and abs(k - t) < 6:
                if best is None or abs(k - t) < abs(best - t):
                    best = k
        if best is None and tok.dep in ("nsubj", "nsubjpass"):
            # "its aircraft struck", "their forces shelled": the doer is whom the possessive pronoun points to
            poss = [k for k in mods if toks[k].dep == "poss" and toks[k].lower in ("its", "their") and toks[k].head == t]
            if poss:
                return self._antecedent(doc, poss[0], ix, person=False)
            # "said his country could seal its frontier": the state of the person the possessive points to
            poss = [k for k in mods if toks[k].dep == "poss" and toks[k].lower in ("his", "her") and toks[k].head == t]
            if poss and tok.lemma.lower() in ("country", "nation", "government"):
                return self._antecedent(doc, poss[0], ix, person=True)
        return token_actor[best] if best is not None else None

    @staticmethod
    def _symmetric(entry: Trigger) -> bool:
        """ "A and B signed an agreement", "restored relations": an act both sides do together (one event between them),
        unlike "A and B welcomed the deal"."""
        return entry.plover == "SUPPORT" and entry.cameo in ("050", "057") and set(entry.target) <= {"with", "between"}

    @staticmethod
    def _both_sides(doc: ParsedDoc, t: int, ix: "_Index", exclude=frozenset(), skip=frozenset()) -> list[tuple[None, str]]:
        """ "both sides", "the two countries", "commanders from both sides": the two states named most in the story
        (but not ``exclude``, the speaker's), the more named first, when the second is named at least a sixth as often
        as the first; [] for any other phrase or a story of one country ("Washington urged both sides" at home)."""
        toks = doc.tokens
        heads = [t] + [g for c in doc.children[t] if toks[c].dep == "prep" and toks[c].lower in ("from", "of", "on")
                       for g in doc.children[c] if toks[g].dep == "pobj"] + [
            c for c in doc.children[t] if toks[c].dep == "poss"]   # "the two countries' ministers"
        for h in heads:
            marks = {toks[c].lower for c in doc.children[h] if toks[c].dep in ("det", "predet", "nummod", "amod")}
            bare = toks[h].lower == "two" and toks[h].pos == "NUM" and "the" in marks   # "..., and the two agreed"
            # "A's president met B's army chief, and the two leaders agreed": the two named just before (only then)
            bare = bare or toks[h].lemma.lower() in _PAIRED_PEOPLE and {"the", "two"} <= marks
            if toks[h].lemma.lower() not in _SIDES and not bare:
                continue
            if "both" in marks or {"the", "two"} <= marks or bare:
                # "... ties with Pyongyang under the treaty the two countries signed": the two named just before
                named = [ix.by_id[ix.token_actor[k]].country for k in range(doc.sentence_of(h).start, h)
                         if k in ix.token_actor and k not in skip]
                named = list(dict.fromkeys(c for c in named if c and c not in NONSTATE_CODES | set(exclude)))
                if len(named) == 2:
                    return [(None, c) for c in named]
                if not named and (bare or "both" not in marks
                                  and {"the", "two"} <= marks and toks[h].lemma.lower() in ("side", "party")):
                    # "A's president and B's president signed the treaty. The two leaders also agreed ...", "A's
                    # minister spoke with his B counterpart. The two sides agreed ...": the two states' people of the
                    # sentence just before, in the order named, when its own has named no one before the phrase
                    prev = doc.sentence_of(h).start - 1
                    if prev >= doc.dateline_end:
                        s = doc.sentence_of(prev)
                        persons = list(dict.fromkeys(ix.token_actor[k] for k in range(s.start, s.end)
                                                     if k in ix.token_actor and ix.kinds.get(ix.token_actor[k]) == "person"))
                        people = list(dict.fromkeys(c for c in (ix.by_id[a].country for a in persons)
                                                    if c and c not in NONSTATE_CODES | set(exclude)))
                        if len(people) == 2:
                            return [(None, c) for c in people]
                        # "President A received B, his rival, ... The two met for an hour": two people of one state
                        if bare and len(persons) in (2, 3) and len(people) == 1 and all(ix.by_id[a].country for a in persons):
                            return [(a, ix.by_id[a].country) for a in persons[:2]]
                if bare:
                    return []
                counts = _mention_counts(ix.by_id.values(), skip=NONSTATE_CODES | set(exclude))
                top = sorted(counts, key=lambda c: -counts[c])[:2]
                if len(top) == 2 and 6 * counts[top[1]] >= counts[top[0]]:
                    return [(None, c) for c in top]
                if top and toks[h].lemma.lower() in ("side", "party"):
                    return [(None, top[0])] * 2   # "both sides agreed" in a story about one country: its government and rebels
                return []
        return []

    def _cargo_owner(self, doc: ParsedDoc, t: int, ix: "_Index") -> tuple[str, str | None] | None:
        """ "a truck carrying WFP rice", "a ship transporting Ruritanian grain": a vehicle of no named owner stands
        for the owner of what it carries; None otherwise."""
        toks = doc.tokens
        if toks[t].lemma.lower() not in _VEHICLES or self._actor_at(doc, t, ix) is not None:
            return None
        for c in doc.children[t]:
            if toks[c].dep == "acl" and toks[c].lemma.lower() in ("carry", "transport", "deliver", "bring"):
                for o in doc.children[c]:
                    if toks[o].dep == "dobj":
                        aid = self._actor_at(doc, o, ix)
                        if aid is not None:
                            return aid, ix.by_id[aid].country
        return None

    def _fighters_of_named(self, doc: ParsedDoc, t: int, ix: "_Index") -> tuple[str, str | None] | None:
        """ "gunmen of the X Brigade", "members of the Y League": people named only as members of a named
        group or organisation (with no nationality of their own) are that group's; None otherwise."""
        toks = doc.tokens
        if toks[t].pos != "NOUN" or toks[t].lemma.lower() not in _MEMBER_WORDS or any(
                toks[c].dep in ("amod", "compound") and self.lex.country_word(toks[c].text) for c in doc.children[t]):
            return None
        for c in doc.children[t]:
            if toks[c].dep != "prep" or toks[c].lower != "of":
                continue
            for g in doc.children[c]:
                aid = ix.token_actor.get(g)
                a = ix.by_id.get(aid) if aid is not None else None
                if toks[g].dep == "pobj" and toks[g].pos == "PROPN" and a is not None \
                        and a.kind in ("group", "organization") and a.name[:1].isupper():
                    return a.id, a.country
        return None

    @staticmethod
    def _armed_group_of(doc: ParsedDoc, t: int, ix: "_Index") -> tuple[str, str | None] | None:
        """ "struck militant positions", "rebel camps": places or people marked only as the insurgents' are the one
        named armed group of the story (an actor of rebel or armed sectors with a proper name); None otherwise."""
        toks = doc.tokens
        if t not in ix.token_actor and toks[t].lower == "group" and [toks[c].lower for c in doc.children[t]] == ["the"]:
            # "killed a commander of X, prompting the group to fire rockets": the armed group named just before
            for k in range(t - 1, -1, -1):
                if toks[k].sent < toks[t].sent - 1:
                    break
                aid = ix.token_actor.get(k)
                a = ix.by_id.get(aid) if aid is not None else None
                if a is not None and a.kind in ("group", "organization") and a.name[:1].isupper() \
                        and set(a.sectors[:1]) & _REBEL_SECTORS:
                    return a.id, a.country
            return None
        if t in ix.token_actor or toks[t].pos != "NOUN" or not any(
                toks[c].dep in ("amod", "compound") and toks[c].lemma.lower() in _NONSTATE for c in doc.children[t]):
            return None
        groups = {a.id: a for a in ix.by_id.values() if a.kind in ("group", "organization") and a.name[:1].isupper()
                  and set(a.sectors[:1]) & _REBEL_SECTORS}
        if len(groups) != 1:
            return None
        a = next(iter(groups.values()))
        return a.id, a.country

    @staticmethod
    def _asks_release(doc: ParsedDoc, f: "_Found") -> bool:
        """The request at ``f`` asks for people to be freed: "demanded the release of", "urged Y to free" (the
        phrase's own word, or its object's)."""
        toks = doc.tokens
        near = [*f.used, *(c for c in doc.children[f.token] if toks[c].dep in ("dobj", "xcomp", "prep"))]
        near += [g for c in near if toks[c].dep == "prep" for g in doc.children[c] if toks[g].dep == "pobj"]
        return any(toks[k].lemma.lower() in ("release", "free") for k in near)

    @staticmethod
    def _bloc_before(doc: ParsedDoc, t: int, ix: "_Index") -> tuple[str, str] | None:
        """ "the bloc", "the alliance": the latest union or intergovernmental body (EUR, IGO) named in its sentence
        or the two before, or whose official its own sentence names by it ("NATO Secretary-General X"); failing
        those, for "the bloc", the story's one such body named earlier; None for any other phrase."""
        toks = doc.tokens
        # "the 15-member body": a body of member states, the latest international one (the UN's as well)
        members = toks[t].lower == "body" and any(toks[c].dep == "compound" and toks[c].lower == "member"
                                                  for c in doc.children[t])
        # "the body", "the organisation", "the grouping" with no word of its own: the same latest international body
        bare = toks[t].lower in _BARE_BODY_WORDS and not any(
            toks[c].dep in ("amod", "compound", "nmod", "poss", "prep", "nummod") for c in doc.children[t])
        if toks[t].lower not in ("bloc", "alliance") and not members and not bare \
                or not any(toks[c].lower in ("the", "this") for c in doc.children[t]) or t in ix.token_actor:
            return None
        codes = ("EUR", "IGO", "UNO") if members or bare else ("EUR", "IGO")
        for k in range(t - 1, -1, -1):
            if toks[k].sent < toks[t].sent - 2:
                break
            aid = ix.token_actor.get(k)
            if aid is None or ix.by_id[aid].country not in codes:
                continue
            if ix.kinds.get(aid) == "organization" or ix.kinds.get(aid) == "person" and toks[k].dep == "compound" \
                    and toks[k].text[:1].isupper() and toks[k].sent == toks[t].sent:
                # (a person: "NATO Secretary-General Mark Rutte said the alliance ...", the body its official is named by)
                return aid, ix.by_id[aid].country
        # further back, the story's one such body ("ECOWAS condemned the move ... [paragraphs] ... rejected the bloc's
        # criticism")
        # ("the alliance" further back may be a union's or a party's: only "the bloc")
        named = {aid for k, aid in ix.token_actor.items() if k < t and ix.by_id[aid].country in codes
                 and ix.kinds.get(aid) == "organization"} if toks[t].lower == "bloc" else set()
        if len(named) == 1:
            aid = next(iter(named))
            return aid, ix.by_id[aid].country
        return None

    @staticmethod
    def _participle_agents(doc: ParsedDoc, words: list[int], verbs: frozenset[str]) -> list[int]:
        """The agents of a participle of ``verbs`` on the words: "a drone launched by the rebels", "rockets fired by
        militants" (launchers), "banners signed by X", "messages attributed to X" (authors)."""
        toks = doc.tokens
        return [g for k in words for c in doc.children[k]
                if toks[c].dep == "acl" and toks[c].tag == "VBN" and toks[c].lemma.lower() in verbs
                for a in doc.children[c] if toks[a].dep == "agent"
                or toks[a].dep == "prep" and toks[a].lower == "to" and toks[c].lemma.lower() == "attribute"
                for g in doc.children[a] if toks[g].dep == "pobj"]

    def _kingdom_before(self, doc: ParsedDoc, t: int, ix: "_Index") -> tuple[None, str] | None:
        """ "the kingdom": the latest state whose official name calls it a kingdom, named (by name, demonym or
        capital) in its sentence or the two before; None for any other phrase."""
        toks = doc.tokens
        if toks[t].lower != "kingdom" or t in ix.token_actor \
                or not any(toks[c].lower in ("the", "this") for c in doc.children[t]) \
                or any(toks[c].dep in ("amod", "compound", "nmod", "poss", "prep") for c in doc.children[t]):
            return None
        c = self._latest_state(doc, ix, t - 1, toks[t].sent - 2, self._kingdom)
        return (None, c) if c else None

    def _described_state_before(self, doc: ParsedDoc, t: int, ix: "_Index") -> tuple[None, str] | None:
        """ "the Gulf state", "the North African country": a state described by its region (regions list), the
        latest state named (by name, demonym or capital) in its sentence or the two before; None for any other
        phrase."""
        toks = doc.tokens
        if toks[t].lower not in ("state", "nation", "country", "republic") or toks[t].tag != "NN" \
                or t in ix.token_actor or self._country_in(doc, t) is not None:
            return None
        det = [c for c in doc.children[t] if c < t and toks[c].dep == "det" and toks[c].lower in ("the", "this")]
        # "accusing the Central Asian republic of harbouring ...": an "of"-clause of the act is no part of the description
        if not det or any(toks[c].dep == "poss" or toks[c].dep == "prep"
                          and not any(toks[g].dep == "pcomp" for g in doc.children[c]) for c in doc.children[t]):
            return None
        words = [toks[k].lower for k in range(det[0] + 1, t)]
        if not words or not any(" ".join(words[i:]) in self.lex.regions for i in range(len(words))):
            return None
        c = self._latest_state(doc, ix, t - 1, toks[t].sent - 2)
        return (None, c) if c else None

    def _speakers_country(self, doc: ParsedDoc, t: int, ix: "_Index") -> tuple[None, str] | None:
        """ "the minister said the country would take countermeasures", "the spokeswoman said the state would not
        reopen the deal": a bare "the country / state / nation" doing the act of a reported clause is the speaker's
        own state; None for any other phrase or when the speaker has no state."""
        toks = doc.tokens
        tok = toks[t]
        if tok.lower not in _STATE_NOUNS or tok.tag != "NN" or tok.dep not in ("nsubj", "nsubjpass") \
                or t in ix.token_actor or self._country_in(doc, t) is not None:
            return None
        kids = doc.children[t]
        if not any(c < t and toks[c].dep == "det" and toks[c].lower == "the" for c in kids) \
                or any(toks[c].dep in ("amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "appos") for c in kids):
            return None
        speaker = self._reporting_subject(doc, tok.head)
        if speaker is None or toks[speaker].lower in _STATE_NOUNS:
            return None
        c = next((c for _, c in self._resolve(doc, [speaker], ix) if c and c not in NONSTATE_CODES), None)
        return (None, c) if c else None

    def _kingdom(self, iso: str) -> bool:
        """A state whose official name (in the country list) calls it a kingdom."""
        c = self.lex.countries.get(iso)
        return c is not None and any("kingdom of" in a.lower() for a in c.aliases)

    def _state_before(self, doc: ParsedDoc, t: int, ix: "_Index", skip: set) -> str | None:
        """The latest state (not in ``skip``, no bloc) named before the sentence of ``t``, in the three sentences
        before it; None when there is none."""
        return self._latest_state(doc, ix, doc.sentence_of(t).start - 1, doc.tokens[t].sent - 3, lambda c: c not in skip)

    def _latest_state(self, doc: ParsedDoc, ix: "_Index", last: int, first_sent: int,
                      accept: Callable[[str], bool] | None = None) -> str | None:
        """The state (no bloc) named latest (by name, demonym or capital) at or before token ``last`` and in sentence
        ``first_sent`` or later, and, given ``accept``, one it accepts; None when there is none."""
        toks = doc.tokens
        for k in range(last, doc.dateline_end - 1, -1):
            if toks[k].sent < first_sent:
                break
            aid = ix.token_actor.get(k)
            c = ix.by_id[aid].country if aid is not None and ix.kinds.get(aid) == "country" else self._country_in(doc, k)
            if c and c not in NONSTATE_CODES and (accept is None or accept(c)):
                return c
        return None

    def _neighbour_of(self, doc: ParsedDoc, t: int, ix: "_Index") -> str | None:
        """ "accusing its northern neighbour", "Chad's neighbour": a state other than the possessor's, the one named
        last before it in its sentence, else the other state the story names most; None for any other phrase."""
        toks = doc.tokens
        if toks[t].lemma.lower() not in ("neighbour", "neighbor") or toks[t].tag != "NN":
            return None
        poss = [c for c in doc.children[t] if toks[c].dep == "poss"]
        if not poss:
            return None
        aid = self._actor_at(doc, poss[0], ix)
        own = ix.by_id[aid].country if aid is not None else self._country_in(doc, poss[0])
        if own is None or own in NONSTATE_CODES:
            return None
        named = [ix.by_id[ix.token_actor[k]].country for k in range(doc.sentence_of(t).start, t) if k in ix.token_actor]
        named = [c for c in named if c and c != own and c not in NONSTATE_CODES]
        if named:
            return named[-1]
        return self._other_state(tuple(ix.by_id.values()), {own})

    @staticmethod
    def _their_group(doc: ParsedDoc, t: int, ix: "_Index") -> list[int]:
        """ "Armenia and Azerbaijan agreed ..., after their foreign ministers met": a phrase owned by "their" whose
        sentence names coordinated parties as a subject before it stands for those parties."""
        toks = doc.tokens
        # "Latvia and Finland said they would expel ...": "they" as a subject stands for the parties as well
        they = toks[t].lower == "they" and toks[t].dep in ("nsubj", "nsubjpass")
        if not they and not any(toks[c].dep == "poss" and toks[c].lower == "their" for c in doc.children[t]):
            return []
        sent = doc.sentence_of(t)
        for k in range(t - 1, sent.start - 1, -1):
            if toks[k].dep in ("nsubj", "nsubjpass"):
                conj = [c for c in doc.children[k] if toks[c].dep == "conj"]
                if conj and k in ix.token_actor:
                    return [k] + conj
        return []

    @staticmethod
    def _np_modifiers(doc: ParsedDoc, t: int) -> list[int]:
        """The noun phrase of ``t`` without its clauses or prepositional phrases ("the war between X and Y" is no X)."""
        toks = doc.tokens
        out = [t]
        stack = [t]
        while stack:
            j = stack.pop()
            for c in doc.children[j]:
                dep = toks[c].dep
                if dep in ("compound", "amod", "poss", "nmod", "det", "case", "appos", "nummod", "flat", "pobj") or (
                        dep == "prep" and toks[c].lower in ("of", "for")):
                    out.append(c)
                    stack.append(c)
        return out

    def _antecedent(self, doc: ParsedDoc, t: int, ix: _Index, person: bool) -> str | None:
        """Latest fitting actor before a pronoun (a person for he/she), preferring a subject."""
        toks = doc.tokens
        sent = toks[t].sent
        best = None
        if not person and toks[t].dep in ("nsubj", "nsubjpass"):
            # "The rebel group, which has held the area since it seized a town in Y, ...": a subject pronoun in a
            # relative clause (or a clause under it) is the noun the clause describes, not a place named in between
            j = toks[t].head
            for _ in range(4):
                if toks[j].dep == "relcl" and toks[j].head < t and toks[toks[j].head].pos in ("NOUN", "PROPN") and any(
                        toks[c].dep in ("nsubj", "nsubjpass") and toks[c].tag in ("WDT", "WP") for c in doc.children[j]):
                    # (not "the rebels who it said had ...": there "it" is the clause's own subject, someone else)
                    aid = self._actor_at(doc, toks[j].head, ix)
                    if aid is not None and ix.kinds.get(aid) != "person":
                        return aid
                    break
                if toks[j].dep not in ("advcl", "conj", "ccomp", "xcomp") or toks[j].head == j:
                    break
                j = toks[j].head
        if not person and toks[t].dep in ("nsubj", "nsubjpass") and toks[toks[t].head].dep == "ccomp":
            # "The bloc said it was concerned": the subject of the saying verb, when it is "the bloc" named before
            say = toks[toks[t].head].head
            if toks[say].lemma.lower() in _SAYING:
                for c in doc.children[say]:
                    bloc = self._bloc_before(doc, c, ix) if toks[c].dep == "nsubj" and c < t else None
                    if bloc is not None:
                        return bloc[0]
        # an object pronoun is not the subject of its own clause ("X ruled out negotiating with them": them is not X)
        own_subjects: set[str] = set()
        if toks[t].dep in ("dobj", "pobj", "dative") and toks[t].lower in ("them", "him", "her"):
            j = t
            for _ in range(8):
                if toks[j].head == j:
                    break
                j = toks[j].head
                own_subjects.update(ix.token_actor[c] for c in doc.children[j]
                                    if toks[c].dep in ("nsubj", "nsubjpass") and c in ix.token_actor)
                if toks[j].dep not in ("xcomp", "conj", "prep", "pcomp", "dobj", "pobj", "advcl"):
                    break
        h = toks[t].head
        if toks[t].dep == "poss" and toks[t].lower in ("its", "their") and toks[h].dep == "pobj" and toks[toks[h].head].lower == "of" \
                and toks[toks[toks[h].head].head].pos == "NUM" and toks[toks[toks[h].head].head].dep == "dobj":
            # "soldiers arrested four of its employees": a count of someone's people taken by the doer is not the doer's
            v = toks[toks[toks[h].head].head].head
            own_subjects.update(ix.token_actor[c] for c in doc.children[v]
                                if toks[c].dep in ("nsubj", "nsubjpass") and c in ix.token_actor)
        for k in range(t - 1, -1, -1):
            if toks[k].sent < sent - 2:
                break
            if best is not None and own_subjects and toks[k].sent < sent:
                # "X held talks with Y and asked him to ...": the object pronoun is the other party of its own
                # sentence, not a subject of the sentence before
                break
            if k in ix.token_actor and ix.token_actor[k] in own_subjects:
                continue
            if k in ix.token_actor and any(toks[c].dep == "det" and toks[c].lower in ("any", "no", "every", "each")
                                           for j in (k, toks[k].head) for c in doc.children[j]):
                continue   # "never allowed any armed group to ...": no one in particular for a pronoun to point to
            if k in ix.token_actor and (ix.kinds.get(ix.token_actor[k]) == "person") == person:
                best = best or k
                if toks[k].dep in ("nsubj", "nsubjpass") or (
                        toks[k].dep == "poss" and toks[toks[k].head].dep in ("nsubj", "nsubjpass")):
                    return ix.token_actor[k]   # "X's foreign service said it ...": X
        return ix.token_actor[best] if best is not None else None

    def _country_in(self, doc: ParsedDoc, t: int) -> str | None:
        """Country named by a role word itself or its own modifier ("Russian diplomats"), not "Latin American"."""
        toks = doc.tokens
        mods = [c for c in doc.children[t] if toks[c].dep in ("amod", "compound", "nmod", "poss")]
        # "a Panamanian-flagged tanker": the flag state, named under "flagged" ("registered", "owned")
        mods += [g for c in mods if toks[c].lower in _FLAG_WORDS for g in doc.children[c] if toks[g].dep in ("amod", "npadvmod", "compound")]
        # "the Greek Cypriot side": a demonym of two words names its own state, not the first word's
        for k in sorted(mods):
            if (k + 1 in mods or k + 1 == t) and not toks[k].text.islower() and not toks[k + 1].text.islower():
                iso = self.lex.country_word(f"{toks[k].text} {toks[k + 1].text}")
                if iso:
                    return iso
        for k in [t] + mods:
            if ActorCoder.inside_other_name(doc, k, k + 1):
                continue
            if toks[k].text.islower():
                continue   # "a car bomb" is no "CAR": names and demonyms are capitalised
            iso = self.lex.country_word(toks[k].text) or (self.lex.country_by_capital(toks[k].text) if k == t else None)
            if iso:
                return iso
        # "recalled its ambassador from Port Vila", "from the Solomon Islands": a name of several words, its head last
        start, name = _compound_name(doc, t)
        if start < t and not toks[t].text.islower():
            return self.lex.country_word(name) or self.lex.country_by_capital(name)
        return None


def _offered_act(doc: ParsedDoc, i: int) -> bool:
    """The act at ``i`` is offered: the infinitive of "ready / willing / prepared / available to" or "offered to"."""
    toks = doc.tokens
    j = i
    for _ in range(2):
        if toks[j].dep != "xcomp" or toks[j].head == j:
            return False
        j = toks[j].head
        if toks[j].lemma.lower() in _OFFERING:
            return True
    return False


def _mention_counts(actors: Iterable[Actor], skip: frozenset[str] | set[str] = frozenset()) -> dict[str, int]:
    """How often the story names each country, by its actors' mentions (countries in ``skip`` left out), in the
    order the actors come."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.country and a.country not in skip:
            counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
    return counts


__all__ = ["EventCoder"]
