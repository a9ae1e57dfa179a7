import { servicesFor, type Country, type Service } from '../directory.ts';

/**
 * The one-lesson pack on sextortion for 11 to 16 year olds (issue 14). The page and the PDF show the
 * same words, so the reading-grade checks on the page cover the handout too. Tailored by country:
 * the guidance schools follow and where pupils can get help.
 */
export interface LessonStage {
  stage: string;
  story: string;
  question: string;
}

export interface LessonStep {
  minutes: number;
  title: string;
  text: string;
}

export interface Lesson {
  title: string;
  minutes: number;
  goals: string[];
  beforeYouStart: string[];
  guidance: { name: string; text: string };
  plan: LessonStep[];
  scenario: LessonStage[];
  prompts: string[];
  handout: { title: string; points: string[]; help: string[] };
}

const STAGES: LessonStage[] = [
  {
    stage: '1. The friendly stranger',
    story:
      'Sam, 15, is followed by an account called "Ellie". She looks about 15 and goes to a school nearby. Ellie likes lots of his posts and says he is cute.',
    question: 'What feels nice here? What is a bit odd?',
  },
  {
    stage: '2. Moving apps, keeping secrets',
    story:
      'After a few messages, Ellie says she barely uses this app and asks Sam to add her on another one. She says: do not tell anyone about us yet.',
    question: 'Why might someone want to move apps, or keep it secret? What could Sam do?',
  },
  {
    stage: '3. A picture first',
    story:
      'Ellie sends a sexy photo and says: your turn, I sent you one. When Sam hesitates, she says he is boring and that it is only fair.',
    question: 'How is Sam being pushed? What could he say or do now?',
  },
  {
    stage: '4. The trap shuts',
    story:
      'Sam sends a picture. Within minutes the tone changes. "Ellie" sends a list of his followers and says: pay or I send your picture to all of them.',
    question: 'How might Sam feel? Whose fault is this?',
  },
  {
    stage: '5. Getting out',
    story:
      'Sam does not pay and stops replying. He takes screenshots, then tells his older sister, who helps him tell a parent. They report it, and Sam gets help to have the picture blocked.',
    question: 'What helped Sam? Who could you tell? What would you say to a friend like Sam?',
  },
];

function contact(s: Service): string {
  const reach = [s.phone, s.text, s.url?.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')].filter(
    Boolean,
  );
  return reach.length ? `${s.name}: ${reach.join(', ')}` : s.name;
}

/** Where a pupil in this country can get help: people to talk to, then getting pictures blocked. */
export function helpFor(country: Country): string[] {
  const services = [
    ...servicesFor(country, 'under18', 'support'),
    ...servicesFor(country, 'under18', 'child-protection'),
    ...servicesFor(country, 'under18', 'image-removal').filter((s) => s.how !== 'helpline'),
  ].filter((s, n, all) => all.findIndex((o) => o.id === s.id) === n);
  return [
    'A parent, carer or another adult you trust.',
    "Any teacher, or your school's safeguarding lead.",
    ...services.slice(0, 5).map(contact),
    `In danger right now: call ${country.emergencyNumber}.`,
  ];
}

function guidanceFor(country: Country): Lesson['guidance'] {
  if (country.id === 'uk')
    return {
      name: 'UKCIS: Sharing nudes and semi-nudes, advice for education settings (updated March 2024)',
      text: 'This lesson follows the UKCIS advice for schools in England (Wales and Scotland have their own advice). Teach it as part of RSHE. Do not use scare tactics or blame. Do not ask pupils to share their own experiences in class. If a pupil tells you something, pass it to the designated safeguarding lead (DSL) at once. Never view, copy, print, share or save an image, and do not ask a pupil to show you one.',
    };
  if (country.id === 'us')
    return {
      name: "Your school's child-protection policy and state reporting rules",
      text: 'Follow your school or district policy and your state rules on reporting. Do not use scare tactics or blame. Do not ask pupils to share their own experiences in class. If a pupil tells you something, pass it to the person your school names for child protection at once. Never view, copy, print, share or save an image, and do not ask a pupil to show you one.',
    };
  return {
    name: "Your school's safeguarding or child-protection policy",
    text: "Follow your school's policy and your country's rules. Do not use scare tactics or blame. Do not ask pupils to share their own experiences in class. If a pupil tells you something, pass it to the person responsible for child protection at once. Never view, copy, print, share or save an image, and do not ask a pupil to show you one.",
  };
}

export function lessonFor(country: Country): Lesson {
  const guidance = guidanceFor(country);
  return {
    title: 'Sextortion: spot it, stop it, get help',
    minutes: 50,
    goals: [
      'Pupils can name the steps scammers use, before the threats start.',
      'Pupils know what to do at each step, and what to do if it happens.',
      'Pupils know it is never the victim’s fault, and where to get help.',
    ],
    beforeYouStart: [
      'Tell your safeguarding lead you are teaching this lesson. A pupil may tell you something after it.',
      'Set ground rules: no names, no personal stories, and it is fine to step out.',
      'Have the handout ready, and know where pupils can get help in your area.',
      'Say at the start that anyone who is worried can talk to you, or another adult, after the lesson.',
    ],
    guidance,
    plan: [
      {
        minutes: 5,
        title: 'Start',
        text: 'Share the ground rules and the goals. Explain that sextortion is when someone gets a nude or sexual picture and then threatens to share it unless the person pays or sends more.',
      },
      {
        minutes: 20,
        title: 'Scenario',
        text: "Read Sam's story one stage at a time. After each stage, ask the question and take a few answers. Then ask: what could Sam do here?",
      },
      {
        minutes: 10,
        title: 'Discussion',
        text: 'Use the discussion prompts in small groups, then share back. Listen for blame, and gently turn it back to the person doing the crime.',
      },
      {
        minutes: 10,
        title: 'If it happens',
        text: 'Go through the handout: do not pay, stop replying, save evidence, report and block, tell someone, get the pictures blocked. Point out where to get help.',
      },
      {
        minutes: 5,
        title: 'Close',
        text: 'Repeat the key message: it is never your fault, and it can be sorted. Remind pupils who they can talk to today.',
      },
    ],
    scenario: STAGES,
    prompts: [
      'Why do you think scammers pretend to be young people?',
      'Why might someone feel they cannot tell an adult? What would make it easier?',
      'What would you say to a friend who told you this was happening to them?',
      'Which app settings could make it harder for a scammer to find you?',
      'Why does paying not make it stop?',
    ],
    handout: {
      title: 'Sextortion: what to know',
      points: [
        'Watch for the signs: a stranger your age who likes you straight away, asks to move apps, wants it kept secret, or sends a picture first and asks for one back.',
        'You can say no, stop replying, block and report at any time.',
        'If someone threatens you: do not pay, and do not send more. Paying does not make it stop.',
        'Do not delete anything. Take screenshots of the chat and their username, then block and report them.',
        'Tell an adult you trust. You are not in trouble. It is never your fault, even if you sent a picture.',
        'Pictures can be blocked from the big apps. An adult or a helpline can help you do this.',
      ],
      help: helpFor(country),
    },
  };
}
