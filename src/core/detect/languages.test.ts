// The German and French lexicons (data/detect/lexicons/de.ts, fr.ts): the sextortion mass mail as it is
// sent in each language and the core of a sextortion chat, the look-alikes they must leave alone, and the
// English and Spanish data they must not read. Examples written for this test by the team, CC0-1.0 (none
// is quoted from the corpora).
import assert from '../../../test/assert.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeConversation, analyzeMessage } from './index.ts';

/** One language's examples: its mass mail, one sentence per act, a chat, and look-alikes. */
interface LanguageExamples {
  name: string;
  mail: string[];
  acts: [cue: string, text: string][];
  chat: { sender: string; text: string }[];
  driver: string;
  lookalikes: string[];
}

const GERMAN: LanguageExamples = {
  name: 'German',
  mail: [
    'Hallo, ich muss Ihnen leider mitteilen, dass ich vor einigen Monaten Zugriff auf Ihr Gerät erhalten habe.',
    'Mein Trojaner wurde installiert, als Sie eine Webseite für Erwachsene besucht haben.',
    'Ich habe mit Ihrer Kamera ein Video aufgenommen, während Sie sich selbst befriedigt haben.',
    'Überweisen Sie 900 Euro in Bitcoin an meine Bitcoin-Adresse. Sie haben 48 Stunden Zeit.',
    'Wenn ich das Geld nicht bekomme, werde ich das Video an alle Ihre Kontakte und Kollegen schicken.',
    'Nach Eingang der Zahlung lösche ich alles.',
  ],
  acts: [
    ['de.act.password', 'Ich kenne Ihr Passwort und habe Ihren Computer gehackt.'],
    ['de.act.device', 'Ich habe Ihren Computer mit Schadsoftware infiziert.'],
    ['de.act.contacts', 'Ich habe die Liste all Ihrer Kontakte.'],
    ['de.act.accusation', 'Sie haben eine Vorladung wegen Kinderpornografie erhalten.'],
    ['de.act.demand', 'Zahlen Sie 700 Dollar, dann ist Ruhe.'],
    ['de.act.deadline', 'Die Frist beträgt 72 Stunden.'],
    ['de.act.no_help', 'Versuchen Sie nicht, die Polizei einzuschalten.'],
    ['de.act.legal', 'Gegen Sie liegt ein Haftbefehl vor.'],
    // the verb comes last, a dozen words after the audience
    [
      'de.act.expose',
      'Ich werde diese Aufnahme an alle Kontakte aus Ihrem Adressbuch, Ihren Chats und Ihren sozialen Netzwerken weiterleiten.',
    ],
  ],
  chat: [
    { sender: 'lena', text: 'ich habe deine nacktbilder gespeichert' },
    { sender: 'du', text: 'bitte nicht' },
    { sender: 'lena', text: 'zahl 300 euro oder ich schicke sie an deine eltern und freunde' },
  ],
  driver: 'lena',
  lookalikes: [
    'Die Polizei warnt vor Erpresser-Mails: Die Betrüger behaupten, sie hätten den Computer gehackt und ein Video aufgenommen, und fordern 500 Euro in Bitcoin.',
    'Ich schicke die Fotos vom Urlaub heute Abend an die ganze Familie.',
    'Kannst du mir 20 Euro für die Pizza überweisen?',
    'Ihr Passwort ist abgelaufen. Bitte melden Sie sich an und wählen Sie ein neues.',
    'Das Video von der Hochzeit schicke ich deinen Eltern morgen.',
  ],
};

const FRENCH: LanguageExamples = {
  name: 'French',
  mail: [
    "Bonjour, je suis un pirate informatique et j'ai accès à votre ordinateur depuis plusieurs mois.",
    "J'ai installé un logiciel espion quand vous avez visité un site pornographique.",
    "J'ai enregistré une vidéo avec votre webcam pendant que vous regardiez ces films.",
    'Vous avez 48 heures pour me verser 600 euros en bitcoins.',
    "Sinon j'enverrai la vidéo à tous vos contacts et à votre famille.",
    'Après réception du paiement, je supprimerai tout.',
  ],
  acts: [
    ['fr.act.password', "J'ai intercepté votre mot de passe."],
    ['fr.act.contacts', 'Je connais la liste de vos contacts.'],
    ['fr.act.accusation', 'Vous faites l’objet de poursuites pour pédopornographie et exhibitionnisme.'],
    ['fr.act.demand', 'Achetez une carte PCS et envoyez le code.'],
    ['fr.act.no_help', "N'essayez pas de contacter la police."],
    ['fr.act.legal', 'Un mandat d’arrêt sera délivré et vous serez placé en garde à vue.'],
  ],
  chat: [
    { sender: 'manon', text: "j'ai tes nudes" },
    { sender: 'toi', text: 'supprime stp' },
    { sender: 'manon', text: 'paye 200 euros ou je les envoie à tes parents et à tes copains' },
  ],
  driver: 'manon',
  lookalikes: [
    "Arnaque : la police met en garde contre un faux mail où l'escroc prétend avoir piraté votre webcam et exige 500 euros en bitcoins.",
    'Je vais envoyer les photos des vacances à toute la famille ce soir.',
    'Tu peux me virer 15 euros pour le cinéma ?',
    'Votre mot de passe a expiré, merci de le changer.',
  ],
};

for (const language of [GERMAN, FRENCH]) {
  describe(`${language.name} lexicon`, () => {
    it('reads the webcam mail as sextortion', () => {
      const result = analyzeConversation([{ sender: 'sender', text: language.mail.join('\n') }]);
      assert.equal(result.level, 'urgent');
      for (const stage of ['compromise_claim', 'threat', 'demand', 'pressure'] as const)
        assert.ok(result.stages.includes(stage), stage);
    });

    it('reads the acts one by one', () => {
      for (const [cue, text] of language.acts)
        assert.ok(
          analyzeMessage(text).some((c) => c.cue === cue),
          `${cue}: ${text}`,
        );
    });

    it('reads a sextortion chat', () => {
      const result = analyzeConversation(language.chat);
      assert.equal(result.level, 'urgent');
      assert.equal(result.primary, language.driver);
    });

    it('leaves news, police warnings and everyday talk alone', () => {
      for (const text of language.lookalikes) {
        const { level } = analyzeConversation([{ sender: 'sender', text }]);
        assert.ok(level === 'none' || level === 'watch', `${level}: ${text}`);
      }
    });
  });
}

describe('other languages in English and Spanish text', () => {
  // every lexicon reads every message: German and French cues must come from German and French words only
  const FOREIGN = /^(de|fr)\./;
  // the development sets hold a few lines their writers wrote in French ("j'ai piraté votre appareil")
  const FRENCH_LINE = /\b(?:vous|votre|vos|je|j['’]\p{L}+|tu|tes)\b/iu;
  it('adds no German or French cue to the English and Spanish data', () => {
    const root = join(import.meta.dirname, '../../../data/detect');
    let lines = 0;
    for (const dir of ['corpus', 'corpus-real', 'dev', 'dev-quoted', 'dev-early', 'dev-real']) {
      for (const file of readdirSync(join(root, dir)).filter((f) => /\.(txt|tsv)$/.test(f))) {
        // items of a corpus-format file headed `lang: de` or `lang: fr` are German or French text
        let foreignItem = false;
        for (const line of readFileSync(join(root, dir, file), 'utf8').split('\n')) {
          if (line.startsWith('=== ')) foreignItem = /\blang: (?:de|fr)\b/.test(line);
          if (!line.trim() || foreignItem) continue;
          lines++;
          const foreign = analyzeMessage(line).filter(
            (c) => FOREIGN.test(c.cue) && !(c.cue.startsWith('fr.') && FRENCH_LINE.test(line)),
          );
          assert.equal(
            foreign.length,
            0,
            `${dir}/${file}: ${foreign.map((c) => `${c.cue} "${c.text}"`).join(', ')}`,
          );
        }
      }
    }
    assert.ok(lines > 10_000, `${lines} lines read`);
  });
});
