// Held-out probe for the adult-to-minor grooming script (issue 10, risk engine v2). Written for
// these tests BEFORE the grooming acts were added, in wording that no corpus line uses: grooming
// lines (secrecy from parents, a private channel with an adult in authority, meetings and hotel
// rooms, gifts for secrecy, sexual talk to a child) and hard negatives (adult couples, parents
// planning a surprise, friends' secrets, teachers' and coaches' ordinary messages, people
// discussing grooming in the third person). Figures: docs/detect.md ("The grooming script").
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { analyzeConversation } from './analyzer.ts';
import type { Message } from './types.ts';

type Chat = readonly (string | readonly [string, string])[];

/** Lines are from `them` unless given as [sender, text]. */
function chat(lines: Chat): Message[] {
  return lines.map((l) =>
    typeof l === 'string' ? { sender: 'them', text: l } : { sender: l[0], text: l[1] },
  );
}

export const GROOMING: readonly Chat[] = [
  // secrecy from parents + sexual talk
  ["you can't tell your mum about us, she wouldn't understand", 'you looked so sexy in training today'],
  ['if your parents find out about our chats i could lose my job', 'i keep thinking about you in bed'],
  ["we can keep texting as long as your dad doesn't find out", 'send me something naughty before you sleep'],
  [
    'delete these messages so your mom never sees them',
    "you're the hottest girl in your year, i want to kiss you everywhere",
  ],
  // secrecy + a meeting
  ["i'll pick you up round the corner from school so nobody sees us, don't tell your parents"],
  ["meet me behind the gym after practice, just you and me, don't mention it to anyone"],
  ["my hotel room is 214, come up after the tournament and don't tell your mum"],
  ["come over to my place on saturday when my wife's out, you can't tell your parents you're here"],
  // a private channel with an adult in authority
  ["on here i'm not your coach, i'm your friend", 'text me when you are alone and delete it after'],
  ["forget that i'm your teacher when we talk here, we're just friends", 'nobody else can see this number'],
  [
    'outside of class you can call me by my first name',
    "only message me on this number, don't save it under my name",
  ],
  // gifts for secrecy
  ["i'll get you the new iphone but it has to be our secret, your parents can't know it's from me"],
  ["i bought you a present, don't tell your mom where it came from", "you're so mature for 14"],
  // child-directed sexual or romantic talk
  ["if i was your age i'd ask you out", 'wish i could hold you in bed right now'],
  ["you're only 13 but you look so grown up, i'd love to kiss you"],
  ['how old are you', ['kid', "i'm 14"], "age is just a number, don't tell your parents we talk"],
  ["i know you're 15, nobody needs to know about us", 'come to my car after school'],
  ["you'd get me in so much trouble if you told anyone", "i can't stop thinking about your body"],
  // Spanish
  ['No le cuentes a tus padres que hablamos, se enojarían', 'Me encantaría verte en ropa interior'],
  ['Si tu mamá se entera de lo nuestro me meto en un lío', 'Quiero darte besitos por todo el cuerpo'],
  ['Aquí no soy tu entrenador, soy tu amigo', 'Escríbeme cuando tus papás estén dormidos'],
  ['Olvida que soy tu profe cuando hablamos por aquí', 'Borra los mensajes para que nadie los vea'],
  ['Te paso a buscar a la salida del cole, pero que no se entere tu mamá'],
  ['Te espero en mi cuarto del hotel, habitación 12, ven sola y no le digas a nadie'],
  ['Te compro el celular que quieras pero es un secreto entre los dos, tus papás no pueden saber'],
  ['Te voy a regalar unas zapatillas si no le contás a nadie que hablamos'],
  ['Podemos seguir hablando si no les decís nada a tus viejos', 'Estás cada día más rica'],
  ['Eres una niña muy madura para tu edad', 'Me gustaría dormir contigo'],
  ['Desde que eras chiquita me gustabas', 'Vente a mi casa cuando no esté mi mujer'],
  ['Si alguien se entera me meten preso, así que calladita', 'Quiero verte a solas'],
  ['Tengo ganas de verte a solas, sin tus padres', 'Nadie tiene que saber que nos vemos'],
  ['No le muestres mis mensajes a tu mamá', 'Me pones muy caliente'],
];

export const NEGATIVES: readonly Chat[] = [
  // adult couples flirting
  ["can't wait to see you tonight babe, i booked us a hotel room", 'wear something sexy'],
  ["you looked so hot at dinner, let's keep tonight between us ;)", 'my place or yours?'],
  ['Te espero en el hotel amor, habitación 305', 'Tengo muchas ganas de verte'],
  ['Esta noche en mi casa, solos tú y yo, me pones caliente'],
  ["don't tell anyone at work about us yet, i want to kiss you so badly"],
  // parents planning a surprise
  [
    "don't tell dad about the party, it's a surprise",
    "i'll pick you up from school at 3 and we'll buy his present",
  ],
  ["don't tell your mum what we got her for christmas!", "it's our little secret until sunday"],
  [
    "keep it a secret from your brother, we're getting him a puppy",
    "i'll get you a treat if you don't spill",
  ],
  ['No le digas nada a tu papá de la fiesta sorpresa', 'Te paso a buscar por el colegio a las 5'],
  ['Es un secreto, no le cuentes a tu mamá lo del regalo', 'Te compro un helado si guardas el secreto'],
  // friends' secrets
  ["omg don't tell your parents i told you, but jake likes you", "it's a secret between us ok"],
  ["don't tell anyone but i'm getting a tattoo", 'meet me at the mall after school'],
  ['No le digas a nadie pero me gusta Lucas', 'Nos vemos en el recreo'],
  // teachers' and coaches' legitimate messages
  [
    "Reminder: practice moved to 5pm, I'll pick up anyone who needs a ride from the school gate",
    'Bring water',
  ],
  [
    'Great job on your essay! Ask your parents to sign the permission slip for the trip',
    'See you in class tomorrow',
  ],
  [
    'Team, the hotel for the tournament is the Marriott, rooms are shared by age group',
    'Parents have the room list',
  ],
  ['Hola chicos, mañana el entrenamiento es a las 6. Vengan con sus padres a la reunión'],
  [
    'Como tu profe te recomiendo repasar el tema 4 antes del examen',
    'Cualquier duda escríbeme por la plataforma del colegio',
  ],
  ['If anything at home is worrying you, you can always talk to me or the school counsellor'],
  ["well done today, you've really improved, I'll tell your parents at pickup"],
  // people discussing grooming in the third person
  [
    'The coach told her to keep their chats secret from her parents and invited her to his hotel room, police said',
  ],
  ['Groomers often say things like "this is our secret" or "your parents would not understand"'],
  ['El profesor le decía que no le contara nada a sus padres y la invitaba a su casa, según la denuncia'],
  [
    'Warning signs: an adult who gives your child gifts and asks them to keep secrets, or wants to meet alone',
  ],
  ['He was jailed after telling the 14-year-old not to tell her mum and sending sexual messages'],
  ['Según la fiscalía, el acusado le regalaba dinero a cambio de que no dijera nada a su familia'],
  // family and ordinary chat
  ["grandma here! haven't seen you since you were a baby, i'll send you a birthday present"],
  ['Desde que eras un bebé no te veía, qué grande estás. Te mando un regalo para tu cumple'],
  ["you're only 13, you're too young for that app, and don't tell me your dad said yes"],
  ['Me encanta tu foto de perfil, estás muy linda sobrina', 'Saludos a tus padres'],
  ["text me when you're home alone so i know you got back safe", 'dad'],
  ["i'll buy you the new game if you finish your homework, don't tell your sister"],
];

const alerts = (lines: Chat) => analyzeConversation(chat(lines)).alert;

describe('grooming probe (held out, written before the grooming acts)', () => {
  // before the grooming acts: 1/32 alerted; with them 23/32 (docs/detect.md, "The grooming script")
  it('alerts on at least two thirds of the grooming chats', () => {
    const missed = GROOMING.filter((c) => !alerts(c));
    const hit = GROOMING.length - missed.length;
    console.log(`grooming probe: ${hit}/${GROOMING.length} grooming chats alert`);
    assert.ok(
      hit >= Math.ceil((2 / 3) * GROOMING.length),
      `missed:\n${missed.map((c) => JSON.stringify(c)).join('\n')}`,
    );
  });

  it('raises no alert on the hard negatives', () => {
    const false_ = NEGATIVES.filter((c) => alerts(c));
    console.log(`grooming probe: ${false_.length}/${NEGATIVES.length} hard negatives alert`);
    assert.deepEqual(false_, []);
  });
});
