/**
 * The words and phrases that make site search show crisis help, by group,
 * for review by the trust's clinical safety officer. This file is data only:
 * the rules that read it are in ./crisis-query.ts, and every query in
 * tests/crisis-queries/corpus.json must be caught (its unit test says which
 * group caught what).
 *
 * How an entry is read (so that one entry covers many ways of writing it):
 * - Queries and entries are both normalised the same way first: lower case,
 *   apostrophes dropped, text speak written out ("dont" is "do not", "im" is
 *   "i am", "wanna" is "want to", "u" is "you"), "nobody" is "no one", and
 *   other people's words become the reader's own ("himself", "herself",
 *   "themselves" are "myself"; "his", "her", "their", "your" are "my"), so
 *   "she wants to end her life" matches "want" + "end my life".
 * - Words are compared by their stem, so "end" also matches "ending", "ended"
 *   and "ends", and "cut myself" matches "cutting myself".
 * - Words of 5 letters or more also match with a typing mistake or two
 *   (1 up to 7 letters, 2 from 8), if the typed word starts with the same
 *   letter and is not an ordinary word (COMMON_WORDS below).
 * - A short word written "~word" also matches with one slip of the thumb: one
 *   letter missing (not the first), two neighbouring letters swapped, or one
 *   letter typed twice ("kil", "wnat", "wan", "hrut"). It is used only where
 *   the next part is a strong object ("~kill myself", "~want" ... "die"), so
 *   "kil" alone, or "wan" before an ordinary word, is not a crisis.
 * - Irregular past forms count as the verb: "burnt" is "burn", "took" and
 *   "taken" are "take", "threw" is "throw" (stems cover "burned", "cutting").
 * - A word written "=word" matches only exactly that word: no stem, no typing
 *   mistake ("=cutting" is not "cut-off date").
 * - "$" means the end of the query ("give up $" is "i feel like giving up"
 *   but not "giving up smoking").
 * - `phrases` match as consecutive words anywhere in the query.
 * - `combinations` match when one phrase from each list appears in order,
 *   with at most `within` other words between them.
 *
 * `kind` decides which help leads in the callout: "emergency" leads with 999
 * and 111, "talk" with Samaritans and Shout (999 and 111 still shown). A query
 * that matches any emergency group is an emergency.
 */

import type { CrisisLead } from '../data/crisis-page.ts';

export type CrisisKind = CrisisLead;

export interface Combination {
  /** One phrase from each list, in this order. */
  parts: string[][];
  /** How many other words may come between two parts. */
  within: number;
}

export interface CrisisGroup {
  id: string;
  /** What the group is for, in plain words, for the reviewer. */
  about: string;
  kind: CrisisKind;
  phrases?: string[];
  combinations?: Combination[];
  /** A query made only of these words, with at least one of `needs`, such as "help me please". */
  wholeQuery?: { words: string[]; needs: string[] };
}

/** Intent words that, before a way of dying, mean wanting or planning it. */
const WANTING = ['~want', '~wish', 'would rather', 'rather', 'going to', 'about to', 'ready to', 'deserve to', 'plan to', 'planning', 'try to', 'tempted to', 'urge to', 'thinking about', 'thoughts of', 'thought about', 'feel like', 'should', 'hope i', 'need to', 'decided to', 'tonight i will', 'i will'];

/** The people a worried friend or relative writes about. */
const PEOPLE = ['my son', 'my daughter', 'my child', 'my kid', 'my teenager', 'my friend', 'my best friend', 'my partner', 'my boyfriend', 'my girlfriend', 'my husband', 'my wife', 'my mum', 'my mom', 'my mother', 'my dad', 'my father', 'my brother', 'my sister', 'my parent', 'my flatmate', 'my housemate', 'my colleague', 'my grandad', 'my nan', 'my grandma', 'my grandson', 'my granddaughter', 'my uncle', 'my aunt', 'my cousin', 'my fiance', 'my ex', 'my family', 'my student', 'my client', 'my patient', 'someone i know', 'someone i love', 'a friend', 'a family member', 'a relative', 'a colleague', 'he', 'she', 'they'];

export const CRISIS_GROUPS: CrisisGroup[] = [
  {
    id: 'suicide',
    about: 'Suicide said outright, and wanting to die or to end one’s life, in the reader’s own words.',
    kind: 'emergency',
    phrases: ['suicide', 'suicidal', 'suicidality', '~kill myself', 'kill me now', 'please kill me', 'take my life', 'take my own life', 'end my life', 'end my own life', 'better off dead', 'better off without me', 'no reason to live', 'nothing to live for', 'not worth living', 'life is not worth', 'suicide note', 'goodbye note', 'goodbye letter', 'wrote a note', 'say goodbye to everyone', 'saying goodbye to everyone', 'last goodbye', 'want out', 'done with life', 'sleep forever', 'never wake up', 'not wake up', 'how to die', 'ways to die', 'way to die', 'painless death', 'end it all', 'finish myself', 'finish it all', 'finish my life'],
    combinations: [
      // "want to die", "i wish i was dead", "ready to end it", "thinking about killing myself"
      {
        parts: [WANTING, ['~die', 'dying', 'died', 'dead', 'death', 'gone', 'disappear', 'vanish', 'not be here', 'not here', 'not exist', 'stop existing', 'cease to exist', 'not be alive', 'never been born', 'never born', 'not born', 'not wake up', 'never wake up', 'sleep forever', 'end it', '~end my life', '~kill myself', '~kill me', 'suicide', 'be with my dead', 'join my', 'end $', 'it all to end', 'it to end', 'everything to end', 'it all to stop', 'everything to stop']],
        within: 3,
      },
      // "end it", "ending it all", "finish everything", "end my life"
      { parts: [['end'], ['it', 'it all', 'my life', 'everything', 'things', 'myself', 'the pain', 'this $', 'all of this', 'my suffering', 'my existence']], within: 1 },
      // "take my life", "taking my own life"
      { parts: [['take', 'took'], ['my life', 'my own life']], within: 1 },
      // "dont want to live", "do not want to be alive", "dont want to wake up", "dont wanna be here anymore"
      {
        parts: [['not', 'never'], ['~want', '~wish', 'like', 'see the point in'], ['live', 'living', 'be alive', 'alive', 'wake up', 'exist', 'existing', 'be here', 'here anymore', 'be around', 'be in this world', 'carry on', 'go on $', 'go on anymore', 'go on living', 'go on like this', 'keep going', 'be me', 'be on this earth', 'see tomorrow']],
        within: 2,
      },
      // "no reason to live", "nothing left to live for", "no point in living"
      { parts: [['no', 'nothing', 'not any'], ['reason to live', 'reason to stay', 'live for', 'reason to go on', 'point in living', 'point living', 'point being alive', 'point in being alive', 'point existing']], within: 2 },
      // "how many pills to die", "best way to kill myself", "painless way to go"
      { parts: [['how', 'way', 'ways', 'method', 'methods', 'quickest', 'easiest', 'painless', 'quick', 'best'], ['die', 'dying', 'kill myself', 'end it', 'end my life', 'suicide', 'not wake up', 'to go $']], within: 3 },
    ],
  },
  {
    id: 'hopelessness',
    about: 'Feeling there is no point, no way out, or giving up: often said before suicide is named.',
    kind: 'emergency',
    phrases: ['hopeless', 'hopelessness', 'no hope', 'lost all hope', 'lost hope', 'no way out', 'no future', 'worthless', 'feel like a burden', 'i am a burden', 'just a burden', 'burden to everyone', 'burden on everyone', 'trapped', 'despair', 'desperate', 'cannot go on', 'can not go on', 'cant take it', 'can not take it', 'cannot take it', 'can not do this anymore', 'can not do it anymore', 'can not do this any longer', 'can not keep going', 'can not carry on', 'no one would miss me', 'no one would care if', 'everyone would be better', 'life is pointless', 'everything is pointless', 'give up on life', 'give up on everything', 'give up on myself', 'given up on life', 'want to give up', 'feel like giving up', 'about to give up', 'ready to give up', 'giving up $', 'give up $', 'had enough of life', 'had enough of everything', 'had enough $', 'too much to bear', 'can not see a way', 'see no way'],
    combinations: [
      // "i dont see the point anymore", "cant see any point"
      { parts: [['not', 'no', 'can not'], ['see the point', 'see any point', 'see a point', 'see a future', 'see a way out', 'see the light']], within: 2 },
      // "whats the point", "no point anymore", "no point in anything"
      { parts: [['what is the point', 'no point', 'pointless', 'what the point'], ['$', 'anymore', 'anything', 'any of it', 'life', 'living', 'trying', 'going on', 'carrying on', 'of it', 'of me', 'of it all', 'existing', 'being here', 'in me', 'of life']], within: 1 },
      // "tired of living", "sick of life", "done with everything", "fed up of being alive"
      { parts: [['tired', 'sick', 'done', 'fed up', 'exhausted', 'had enough', 'weary'], ['living', 'life', 'being alive', 'existing', 'everything', 'it all', 'this life', 'being me', 'of it all', 'trying']], within: 2 },
    ],
  },
  {
    id: 'slang',
    about: 'Slang, abbreviations and euphemisms for suicide and self-harm, common online and with young people.',
    kind: 'emergency',
    phrases: ['=kms', '=kys', '=ctb', '=sui', '=suey', 'unalive', 'un alive', 'sewerslide', 'sewer slide', 'self delete', 'self deletion', 'delete myself', 'commit sudoku', 'commit die', 'commit toaster bath', 'toaster bath', 'off myself', 'top myself', 'neck myself', 'rope myself', 'end myself', 'yeet myself', 'alt f4 myself', 'game end', 'final exit', 'permanent solution', 'forever sleep', 'eternal sleep', 'check out early', 'not be around much longer', 'won’t be around much longer', 'not going to be around'],
    combinations: [
      // "want to catch the bus", "ready to ctb": only with an intent, so a bus timetable is not a crisis.
      { parts: [WANTING, ['catch the bus', 'ctb']], within: 2 },
    ],
  },
  {
    id: 'methods',
    about: 'Mentions of a means or method of suicide, or of an overdose, taken or planned.',
    kind: 'emergency',
    phrases: ['overdose', 'overdosed', 'overdosing', '=od', '=oded', 'lethal dose', 'fatal dose', 'paracetamol', 'co codamol', 'cocodamol', 'noose', 'hang myself', 'hanging myself', 'hanging', 'rope $', 'buy rope', 'slit my wrists', 'my wrists', 'cut my wrists', 'drown myself', 'shoot myself', 'gas myself', 'poison myself', 'suffocate', 'strangle myself', 'carbon monoxide', 'exhaust fumes', 'drink bleach', 'bleach', 'train tracks', 'railway line', 'in front of a train', 'in front of a car', 'in front of a lorry', 'step in front', 'walk into traffic', 'off a bridge', 'off a building', 'off a cliff', 'off a roof', 'off a car park', 'into the river', 'into the sea', 'stockpiling pills', 'stockpiling tablets', 'saving up pills', 'saving my pills', 'sleeping pills', 'how many pills', 'how many tablets', 'how many sleeping', 'too many pills', 'too many tablets', 'whole packet', 'whole box of', 'whole bottle of'],
    combinations: [
      // "took too many pills", "swallowed a packet of tablets", "taken an overdose"
      {
        parts: [['took', 'taken', 'take', 'swallow', 'had', 'downed', 'neck', 'overdose', 'popped'], ['pills', 'tablets', 'paracetamol', 'overdose', 'too many', 'all my meds', 'all my medication', 'all my tablets', 'all my pills', 'whole packet', 'whole box', 'packet of', 'box of', 'bottle of', 'sleeping pills', 'antidepressants', 'painkillers', 'ibuprofen', 'aspirin', 'codeine', 'insulin', 'sertraline', 'citalopram', 'fluoxetine', 'mirtazapine', 'amitriptyline', 'lithium', 'quetiapine', 'diazepam', 'tramadol']],
        within: 3,
      },
      // "jump off a bridge", "throw myself in front of a train", "jumping from the car park"
      { parts: [['jump', 'leap', 'throw myself', 'step', 'walk', 'drive'], ['off', 'in front of', 'from', 'under a', 'under the', 'into the river', 'into traffic', 'into the sea', 'into the canal']], within: 1 },
      // "i want to jump", "thinking about jumping", "going to jump in front of something": with an intent, so "jump to contents" is not a crisis.
      { parts: [WANTING, ['jump $', 'jump tonight', 'jump off', 'jump in front', 'jump from', 'jump under', 'jump into', 'jump out']], within: 2 },
      // "how many paracetamol", "how much paracetamol kills"
      { parts: [['how many', 'how much'], ['paracetamol', 'pills', 'tablets', 'sleeping', 'insulin', 'kill', 'would it take', 'to die', 'lethal']], within: 3 },
    ],
  },
  {
    id: 'self-harm',
    about: 'Self-harm: cutting, burning, hurting or harming oneself, in the usual words and abbreviations.',
    kind: 'emergency',
    phrases: ['self harm', 'selfharm', 'self harming', 'self harmed', 'self injury', 'self injure', 'self mutilation', '=sh', 'sh relapse', '=cutting', '=cutter', 'fresh cuts', 'deep cut', 'razor', 'razors', 'blade', 'blades', 'scars', 'bleeding', 'won’t stop bleeding', 'burns on my arm', 'relapsed'],
    combinations: [
      // "cut myself", "burning myself", "hurting myself", "i keep hitting myself"
      { parts: [['~cut', 'cutting', '~burn', '~hurt', '~harm', 'stab', 'scratch', 'hit', 'punch', 'bite', 'starve', 'punish', 'injure', 'bruise', 'pull out my hair'], ['myself', 'my arms', 'my arm', 'my legs', 'my leg', 'my skin', 'my body', 'my thighs', 'my wrist']], within: 1 },
      // "urge to cut", "want to cut again", "relapse cutting"
      { parts: [['urge', 'urges', 'want', 'need', 'going', 'relapse', 'started', 'stop', 'keep'], ['cut $', 'cut again', 'cut deep', 'cutting', 'self harm', 'burning', 'harming', 'hurting', 'hurt $', 'bleed']], within: 2 },
    ],
  },
  {
    id: 'third-person',
    about: 'Someone worried about another person: a son, a friend, a partner. Crisis words about another person are caught by the other groups too ("himself" reads as "myself").',
    kind: 'emergency',
    combinations: [
      // "my son is threatening to jump", "my partner said goodbye", "my friend has gone missing"
      {
        parts: [PEOPLE, ['threaten', 'threatening', 'talking about dying', 'talking about death', 'talk about dying', 'talks about dying', 'talking about suicide', 'talks about suicide', 'talking about ending', 'said goodbye', 'saying goodbye', 'says goodbye', 'goodbye message', 'goodbye text', 'gone missing', 'is missing', 'missing', 'not answering', 'not picking up', 'will not answer', 'locked myself', 'giving away', 'gave away', 'given away', 'not safe', 'in danger', 'in crisis', 'attempted suicide', 'tried to kill', 'tried to end', 'tried to hang', 'tried to overdose', 'talking about killing', 'wants to die', 'want to die', 'hearing voices', 'psychotic', 'collapsed', 'unconscious', 'will not wake']],
        within: 5,
      },
      // "worried about my son", "scared for my friend"
      { parts: [['worried about', 'worried for', 'scared for', 'afraid for', 'frightened for', 'concerned about', 'fear for', 'scared about', 'terrified for', 'help for', 'how to help', 'how do i help', 'how can i help'], PEOPLE.filter((p) => !['he', 'she', 'they'].includes(p))], within: 2 },
    ],
  },
  {
    id: 'harm-to-others',
    about: 'Wanting, being told by voices or thoughts, or being afraid, to hurt other people: also an emergency for 999. Only with an intent, fear or urge, so "hurt feelings" is not.',
    kind: 'emergency',
    phrases: ['homicidal', 'violent thoughts', 'thoughts of violence', 'kill someone', 'kill people', 'kill everyone', 'stab someone', 'hurt someone $', 'hurt people $', 'harm someone $', 'harm people $', 'hurt my baby', 'hurt my child', 'hurt my kids'],
    combinations: [
      // "my head is telling me to hurt people", "i want to hurt someone", "scared i might harm my baby", "urges to attack people"
      {
        parts: [
          [...WANTING, 'telling me to', 'tells me to', 'told me to', 'urge', 'urges', 'might', 'could', 'scared', 'afraid', 'frightened', 'worried', 'thoughts', 'thinking of', 'keep thinking', 'going to'],
          ['~hurt', '~harm', '~kill', 'attack', 'stab', 'strangle', 'hit', 'punch', 'beat up', 'shoot', 'lash out at'],
          ['people', 'someone', 'somebody', 'others', 'other people', 'anyone', 'everyone', 'a person', 'my baby', 'my child', 'my children', 'my kids', 'my family', 'my partner', 'my mum', 'my dad', 'my wife', 'my husband', 'him', 'them'],
        ],
        within: 2,
      },
    ],
  },
  {
    id: 'distress',
    about: 'Acute distress: panic, a breakdown, voices, feeling unsafe or out of control, not coping.',
    kind: 'emergency',
    phrases: ['breakdown', 'nervous breakdown', 'meltdown', 'panic attack', 'panic attacks', 'panicking', 'having a panic', 'hearing voices', 'voices in my head', 'voices telling me', 'voices are telling', 'the voices', 'psychosis', 'psychotic', 'hallucinating', 'hallucinations', 'seeing things', 'paranoid', 'paranoia', 'unsafe', 'not safe', 'in danger', 'scared of myself', 'afraid of myself', 'frightened of myself', 'scared of what i might do', 'scared i will', 'afraid i will', 'losing my mind', 'lost my mind', 'going mad', 'going crazy', 'going insane', 'losing control', 'out of control', 'falling apart', 'freaking out', 'terrified', 'can not cope', 'cannot cope', 'not coping', 'unable to cope', 'struggling to cope', 'can not breathe', 'cannot breathe', 'can not stop shaking', 'cannot stop shaking', 'can not stop crying', 'cannot stop crying', 'can not stop panicking', 'can not calm down', 'shaking all over', 'heart racing', 'in a dark place', 'in a bad place', 'dead inside', 'dissociating', 'flashbacks', 'mental health crisis', 'in crisis', 'struggling $', 'really struggling', 'struggling so much', 'struggling mentally', 'struggling badly', 'struggling with life', 'at breaking point', 'breaking point', 'at the end of my tether', 'end of my rope', 'overwhelmed $', 'so overwhelmed', 'completely overwhelmed', 'spiralling', 'not okay', 'not ok', 'i am scared', 'so scared', 'really scared', 'help i am scared'],
    combinations: [
      // "i feel so empty", "feeling numb", "just empty inside": how a person describes the feeling, so "empty fields" is not a crisis.
      { parts: [['feel', 'feeling', 'so', 'i am', 'just', 'completely', 'totally', 'really'], ['empty', 'numb', 'hollow', 'dead inside', 'nothing $', 'like nothing']], within: 2 },
      // "having really dark thoughts", "intrusive thoughts", "my thoughts are so dark", "in a dark place"
      { parts: [['dark', 'intrusive', 'scary', 'violent', 'disturbing', 'unwanted', 'horrible', 'awful', 'frightening', 'racing', 'bad'], ['thoughts', 'thought $', 'images']], within: 1 },
      { parts: [['thoughts', 'mind', 'head'], ['dark', 'scary', 'scaring me', 'will not stop']], within: 2 },
      // "cant stop shaking", "cant stop crying", "unable to breathe"
      { parts: [['can not', 'cannot', 'unable to', 'will not'], ['stop shaking', 'stop crying', 'stop panicking', 'stop the thoughts', 'stop thinking', 'breathe', 'cope', 'handle it', 'handle this', 'take anymore', 'take this', 'calm down', 'think straight', 'feel safe']], within: 2 },
    ],
  },
  {
    id: 'loneliness',
    about: 'Loneliness and wanting someone to talk to. Flagged like the rest; the callout leads with Samaritans and Shout, who are there to listen.',
    kind: 'talk',
    phrases: ['lonely', 'loneliness', 'so alone', 'all alone', 'feel alone', 'feeling alone', 'i am alone', 'completely alone', 'totally alone', 'no one to talk to', 'no one to speak to', 'nobody to talk to', 'someone to talk to', 'someone to speak to', 'someone to listen', 'anyone to talk to', 'talk to someone', 'talk to somebody', 'speak to someone', 'speak to somebody', 'chat to someone', 'need someone $', 'need someone now', 'need someone to talk', 'need someone to listen', 'need a friend', 'no friends', 'have no one', 'got no one', 'no one cares', 'no one listens', 'no one understands', 'nobody cares', 'no one loves me', 'feel isolated', 'feeling isolated', 'so isolated', 'very isolated', 'really isolated', 'listening ear', 'need to vent', 'need to talk $', 'want to talk $', 'just want to talk', 'want to talk to someone', 'need to talk to someone', 'need to speak to someone', 'talk to a real person', 'talk to a person', 'someone who understands'],
    combinations: [
      // "theres no one i can talk to", "nobody i could ever talk to", "no one really cares", "no one ever listens to me"
      { parts: [['no one', 'not anyone', 'not got anyone', 'not have anyone'], ['talk to', 'speak to', 'turn to', 'listen', 'listens', 'care', 'cares', 'understand', 'understands', 'there for me', 'help me', 'loves me', 'likes me', 'would notice', 'would miss']], within: 3 },
      // "i feel so empty and alone", "feeling really alone", "so very lonely", "all on my own"
      { parts: [['feel', 'feeling', 'so', 'really', 'very', 'completely', 'totally', 'always'], ['alone', 'lonely', 'isolated', 'all on my own', 'on my own $']], within: 2 },
    ],
  },
  {
    id: 'help',
    about: 'A plain call for help, without saying what is wrong: "help me", "need help now". Only short queries made of such words, or help that is urgent.',
    kind: 'emergency',
    phrases: ['help now', 'help right now', 'help tonight', 'urgent help', 'help urgently', 'emergency help', 'help asap', 'immediate help', 'help immediately', 'please help me', 'someone help me', 'someone please help', 'i need help $', 'need help now', 'need help asap', 'need help urgently', 'need help right now', 'need help tonight', 'get help now', 'help me please', '=sos'],
    wholeQuery: { words: ['help', 'me', 'please', 'now', 'i', 'need', 'someone', 'urgent', 'urgently', 'asap', 'sos', 'am', 'really', 'pls', 'plz', 'i', 'do', 'can', 'you', 'somebody', 'anyone', 'is', 'there', 'right', 'quick', 'quickly', 'immediately', 'just', 'want', 'some', 'desperately', 'god', 'oh'], needs: ['help', 'sos'] },
  },
  {
    id: 'services',
    about: 'The crisis services and numbers by name: someone who types these wants them now.',
    kind: 'emergency',
    phrases: ['crisis', 'crises', 'emergency', 'urgent', 'urgently', 'samaritans', 'samaritan', 'shout', '=999', '=111', '=116123', '116 123', '=85258', 'nhs 111', 'crisis line', 'crisis team', 'crisis number', 'crisis phone', 'crisis helpline', 'crisis cafe', 'crisis house', 'helpline', 'help line', 'hotline', 'hopeline', 'suicide line', 'suicide hotline', 'a and e', '=ae', 'accident and emergency', 'emergency department', 'childline', 'papyrus', 'safe haven', 'sanctuary', 'text shout', 'mental health line', 'mental health helpline', 'mental health emergency', 'mental health urgent', '24 hour mental health', 'out of hours mental health', 'night time mental health', 'call an ambulance', 'ambulance'],
  },
];

/**
 * Words never read as a typing mistake, either way. Ordinary words that look
 * like a crisis word with one letter changed ("short" and "shout", "lovely"
 * and "lonely", "bills" and "pills") are taken as typed; and the common or
 * short words in the lists above ("alone", "point", "shout", "pills") match
 * only as written or by their stem. Typing mistakes are only looked for in
 * words of 5 letters or more, so shorter words need no entry.
 */
export const COMMON_WORDS = [
  // Crisis words common enough that a near miss is usually another word.
  'alone', 'alive', 'point', 'shout', 'lives', 'living', 'voices', 'shaking', 'pills', 'tablets', 'hanging', 'cutter', 'bleeding', 'burning',
  'trapped', 'panic', 'scars', 'blade', 'blades', 'razor', 'razors', 'unsafe', 'lethal', 'dying', 'bleach', 'noose', 'poison', 'burden', 'giving', 'given',
  'relapsed', 'missing', 'police', 'death', 'scared', 'sleeping', 'whole', 'packet', 'bottle', 'waking', 'delete',
  // Ordinary words one or two letters from a crisis word.
  'short', 'shoot', 'south', 'about', 'scout', 'sport', 'sports', 'lovely', 'alike', 'olive', 'lines', 'liver', 'voice', 'choices', 'sharing', 'making',
  'taking', 'baking', 'asking', 'changing', 'ranging', 'banging', 'hearing', 'wearing', 'bearing', 'tapped', 'wrapped', 'breeding', 'grades', 'crises',
  'crisps', 'argent', 'overdue', 'overdone', 'overseas', 'overdraft', 'overtime', 'separate', 'despite', 'dispute', 'design', 'panel', 'panels', 'scare',
  'stars', 'scarf', 'bills', 'polls', 'spills', 'skills', 'tables', 'toilet', 'legal', 'metal', 'rental', 'dental', 'mental', 'dyeing', 'drying', 'dining',
  'doing', 'being', 'along', 'atone', 'paint', 'print', 'joint', 'painless', 'helpless', 'helpful', 'helper', 'helpers', 'hopeful', 'useful', 'useless',
  'careless', 'worthwhile', 'unsure', 'unseen', 'insulated', 'insurance', 'release', 'relaxed', 'related', 'burying', 'turning', 'garden', 'border',
  'warden', 'harden', 'sudden', 'strolling', 'shouted', 'shouting', 'stout', 'spout', 'person', 'prison', 'beach', 'breach', 'bench', 'loose', 'nurse',
  'nurses', 'noise', 'christmas', 'critic', 'critics', 'basis', 'thesis', 'maritime', 'paranormal', 'paramedic', 'paramedics', 'parental', 'headline',
  'deadline', 'hotel', 'outline', 'online', 'offline', 'balance', 'policy', 'polite', 'polish', 'office', 'notice', 'unable', 'terrific', 'verified',
  'certified', 'terraced', 'hanger', 'hangers', 'cattle', 'talking', 'walking', 'starting', 'started', 'string', 'strong', 'struggle', 'voucher',
  'father', 'mother', 'rather', 'other', 'brother', 'leaflet', 'leaflets', 'letter', 'letters', 'better', 'bitter', 'paying', 'staying', 'saying',
  'playing', 'praying', 'crying', 'trying', 'lying', 'flying', 'buying', 'carer', 'carers', 'career', 'careers', 'meeting', 'meetings', 'greeting',
];
