// French cue lexicon. Written for Backstop by the team, CC0-1.0. Same phrase syntax as en.ts; text is
// folded before matching (accents stripped, double letters single, and an apostrophe inside a word
// vanishes, so "j'enverrai" is "jenverai" and "accès" is "aces"); French inflects by ending, so forms are
// listed or stems take `*`. It reads the mass sextortion e-mail as it is sent in French (hacked devices,
// the webcam, adult sites, the password, the contacts, the fake police "convocation") and the core of a
// sextortion chat; the early script (grooming, another app, secrecy) is not written yet. Every lexicon
// reads every message, so each phrase here needs a French word (a test checks that no French cue fires on
// the English and Spanish data).
import type { Lexicon } from '../../../src/core/detect/types.ts';

/** The reader's pictures or the recording the writer claims to have. */
const MEDIA =
  'video|videos|images|image|photos|photo|enregistrement|enregistrements|clip|clips|captures|capture|nudes|sextape|preuves|fichiers|contenu|tout|toutes|tous|les|la|le';
/** Who a threat would show them to: the reader's own people ("tous vos contacts", "tes parents"). */
const AUDIENCE =
  'contacts|amis|amies|famille|parents|proches|collegues|employeur|patron|patronne|abonnes|followers|femme|mari|epouse|epoux|conjoint|conjointe|enfants|entourage|repertoire|ecole|classe|profs|frere|soeur|mere|pere|copains|copines';
const OWNER = 'a|aux|vos|tes|votre|ton|ta|tous|toutes|chacun|chacune|de|des';
const SEND =
  'envoyer|envoie|envoies|envoyez|enverai|enverais|enverons|enverait|envoyees|envoyes|envoye|jenverai|jenvoie|jenvoyerai|partager|partagerai|partage|diffuser|diffuserai|diffuse|diffusees|publier|publierai|publie|publiees|montrer|montrerai|transmettre|transmettrai|transferer|transfererai|poster|posterai|balancer|balancerai|exposer|exposerai';
const MONEY = 'euros|euro|eur|dollars|dollar|usd|bitcoin|bitcoins|btc|cryptomonnaie|cryptomonnaies';
// folded forms that English or Spanish spell too are left out: "payée" is "paye" (payee), "donne" is "done"
const PAY =
  'payer|payez|paie|paies|verser|versez|me_verser|envoyez|envoie|menvoyer|transferer|transferez|virer|virez|donner|donnez|regler|reglez';
/** Promises to delete once paid ("après réception du paiement, je supprimerai la vidéo"). */
const RELEASE = [
  'apres|des|des_que|une_fois|aussitot ~3 paiement|reception|virement|versement|transfert ~10 supprimerai|effacerai|detruirai|supprime|efface|detruit|supprimes|effaces|detruits|disparaitra|disparaitront',
  'paiement|virement|versement ~2 recu|effectue|confirme ~8 supprimerai|effacerai|detruirai|supprime|efface|detruit',
];
/** Pictures of an event or a thing ("les photos des vacances"), not of the reader. */
const EVENT_PICS = [
  'photos|photo|video|videos|images ~1 des|du|de_la|de_l ~1 vacances|anniversaire|mariage|fete|soiree|voyage|sortie|concert|match|bapteme|bebe|chien|chat|repas|spectacle|noel|classe_verte|kermesse',
];

const fr: Lexicon = {
  language: 'fr',
  cues: [
    // compromise_claim
    { id: 'fr.compromise.has_images', stage: 'compromise_claim', weight: 0.9, why: 'dit avoir des images intimes', phrases: [
      'jai|nous_avons|je_garde|je_possede ~2 tes|vos ~1 nudes|nus|photos_intimes|videos_intimes|photos_nues|photos_denudees',
      'jai|nous_avons|je_possede ~2 des ~1 images|photos|videos|enregistrements ~1 de_vous|de_toi ~3 devant|nu|nue|intimes|compromettantes'] },
    { id: 'fr.act.device', stage: 'compromise_claim', weight: 0.9, why: 'dit avoir piraté ou infecté ses appareils', phrases: [
      'jai|nous_avons|jai_reussi_a|qui_a ~3 pirate|piratee|pirates|hacke|infecte|infectee|compromis ~3 votre|vos|ton|tes',
      'accès|acces ~2 a|au|aux ~3 votre|vos|ton|tes ~2 appareil*|ordinateur*|telephone|smartphone|systeme|compte|comptes|webcam|camera|donnees|messagerie|routeur',
      // "installé" folds to Spanish "instalé": the French words around it carry the phrase
      'logiciel_espion|logiciel_malveillant|cheval_de_troie|programme_malveillant ~6 installe|infecte',
      'trojan|malware|virus|keylogger|spyware ~6 sur_votre|sur_ton|sur_vos|sur_tes|dans_votre|dans_ton'] },
    { id: 'fr.act.recorded', stage: 'compromise_claim', weight: 0.8, why: 'dit l’avoir filmé ou enregistré', phrases: [
      'jai|nous_avons ~3 enregistre|filme|capture|realise|fait ~3 video|videos|enregistrement|images|capture|montage',
      // not "activée" or "piratée": folded, they are English "active" and "pirate"
      'webcam|camera ~6 enregistre|filme|allumee|allume',
      'en_train_de|pendant_que|alors_que ~3 masturber|branler|masturbiez|masturbais|toucher|touchiez',
      'ecran ~1 partage|divise|scinde'] },
    { id: 'fr.act.visited', stage: 'compromise_claim', weight: 0.7, why: 'dit savoir quels sites pour adultes il visite', phrases: [
      'site|sites ~2 pornographique|pornographiques|pour_adultes', 'site|sites porno',
      'films|videos|contenus ~1 pour ~1 adultes'] },
    { id: 'fr.act.password', stage: 'compromise_claim', weight: 0.9, why: 'dit connaître un mot de passe', phrases: [
      // "j'ai intercepté votre mot de passe"; not "votre mot de passe est expiré", a service's notice
      'connais|intercepte|sais|possede|obtenu|vole|recupere ~4 votre|ton|vos|tes ~1 mot_de_passe|mots_de_passe'] },
    { id: 'fr.act.contacts', stage: 'compromise_claim', weight: 0.9, why: 'dit connaître ses contacts', phrases: [
      'liste|carnet ~3 de? ~2 vos|tes ~1 contacts|amis|abonnes|adresses',
      'tous|toutes ~1 vos|tes ~1 contacts ~4 copie|copies|enregistre|recupere|recuperes|sauvegarde'] },
    { id: 'fr.act.accusation', stage: 'compromise_claim', weight: 0.8, why: 'l’accuse d’un crime sexuel, comme les fausses convocations', phrases: [
      'pedopornographie|pedophilie|exhibitionnisme|cyberpornographie|cyber_pornographie|pornographie_infantile|pornographie_juvenile|atteinte_sexuelle ~12 poursuites|convocation|proces|enquete|plainte|mandat|arrestation|coupable|infractions|dossier',
      'poursuites|convocation|proces|enquete|plainte|mandat|arrestation|coupable|infractions ~12 pedopornographie|pedophilie|exhibitionnisme|cyberpornographie|cyber_pornographie|pornographie_infantile|pornographie_juvenile|atteinte_sexuelle',
      'convocation ~3 gendarmerie|judiciaire|brigade|de_police|de_la_police',
      'vous_vous_etes|vous_etes ~1 rendu|rendue? ~1 coupable'] },

    { id: 'fr.act.legal', stage: 'pressure', weight: 0.7, why: 'menace d’arrestation ou de poursuites (fausses convocations)', phrases: [
      'poursuites|poursuite ~1 judiciaires|judiciaire|penales|penale ~4 contre|a_votre_encontre|a_ton_encontre|vous|engageons|engagees',
      'engageons|engageront|engage|engager|engagees ~5 poursuites|poursuite',
      'vous_faites|tu_fais ~3 objet ~3 poursuites|enquete|mandat',
      'mandat ~1 darret|de_depot|damener', 'garde_a_vue', 'fichier|fiche|registre ~3 delinquants_sexuels',
      'vous_serez|tu_seras ~2 arrete|arretee|poursuivi|poursuivie|interpelle|interpellee|place_en_garde_a_vue'] },

    // image_request
    { id: 'fr.request.intimate', stage: 'image_request', weight: 0.9, why: 'demande des photos nues', phrases: [
      'envoie|envoies|envoyez|menvoie|menvoies|montre|montres ~3 nude|nudes|photo_nue|photos_nues|toi_nue|toi_nu|tes_seins',
      'montre|montres ~2 toi|moi ~2 nue|nu|sans_rien|en_sous_vetements'] },

    // threat
    { id: 'fr.act.expose', stage: 'threat', weight: 1, why: 'menace d’envoyer ses images à ses proches', phrases: [
      `${SEND} ~3 ${MEDIA} ~6 ${OWNER} ~2 ${AUDIENCE}`,
      // "je les envoie à tes parents", "sinon j'enverrai toutes les images à vos contacts"
      `je ~1 les|la|le ~1 ${SEND} ~4 ${OWNER} ~2 ${AUDIENCE}`,
      `tes|vos|ta|votre ~1 ${AUDIENCE} ~3 verront|recevront|vont_voir|vont_recevoir|auront ~4 ${MEDIA}|ca|cela`,
      // on the net: "je publierai la vidéo sur les réseaux sociaux"
      `${SEND}|mettre|mettrai|mets ~5 ${MEDIA} ~4 internet|reseaux_sociaux|sites_porno|sites_pornographiques|facebook|instagram|snapchat|tiktok|youtube`] },
    { id: 'fr.act.ruin', stage: 'pressure', weight: 0.7, why: 'menace de ruiner sa vie ou sa réputation', phrases: [
      'ruiner|detruire|gacher|briser ~3 votre|ta|ton|sa ~1 vie|reputation|carriere|mariage|couple',
      'ta|votre ~1 vie ~2 sera|est ~1 finie|fini|foutue|ruinee'] },

    // demand
    { id: 'fr.act.demand', stage: 'demand', weight: 0.8, why: 'exige de l’argent ou des bitcoins', phrases: [
      `${PAY} ~6 # ~1 ${MONEY}`,
      `${PAY} ~4 ${MONEY}`,
      `# ~1 ${MONEY} ~6 ${PAY}|rancon|paiement|mon_silence|ton_silence|portefeuille`,
      'adresse|portefeuille ~2 bitcoin|btc',
      'rancon',
      'carte|cartes ~1 pcs|paysafecard|transcash|neosurf|google_play|itunes|steam', 'recharge|recharges|coupon|coupons ~1 pcs|transcash|neosurf',
      'amende ~3 # ~1 euros|eur|euro'] },
    { id: 'fr.act.release', stage: 'compromise_claim', weight: 0.9, why: 'promet de tout effacer s’il paie', phrases: RELEASE },
    { id: 'fr.act.release_terms', stage: 'demand', weight: 0.8, why: 'pose des conditions pour effacer ce qu’il a', phrases: RELEASE },

    // pressure
    { id: 'fr.act.deadline', stage: 'pressure', weight: 0.7, why: 'fixe un délai', phrases: [
      '# ~1 heures|heure|jours ~3 pour|delai',
      'delai ~4 # ~1 heures|jours|minutes',
      'vous_avez|tu_as|il_vous_reste|il_te_reste ~2 # ~1 heures|jours|minutes',
      'des_que|lorsque|quand|au_moment_ou ~4 ouvrez|lisez|ouvres|lis|ouvert|lu ~3 ce|cet|cette ~1 message|email|mail|courriel|lettre',
      'minuteur|compte_a_rebours|chrono|chronometre ~3 demarre|commence|lance|tourne'] },
    { id: 'fr.act.no_help', stage: 'pressure', weight: 0.6, why: 'dit que la police ou une réponse ne servirait à rien', phrases: [
      'nessayez|nessaye|nessaie|nessayer ~1 pas|meme ~4 police|plainte|contacter|retrouver|supprimer|tracer|trouver',
      'inutile ~4 police|plainte|repondre|contacter|changer'] },
  ],
  classes: {},
  // French words only: English and Spanish name their own pictures
  pictures: ['enregistrement|enregistrements|sextape|photos_nues|photo_nue'],
  exceptions: [
    // "les photos des vacances": pictures of an event, not of the reader
    { stage: 'threat', phrases: EVENT_PICS, pictures: true },
    { stage: 'compromise_claim', phrases: EVENT_PICS },
  ],
  negators: ['ne', 'jamais', 'personne', 'aucun', 'aucune'],
  conditionals: ['si', 'sinon', 'ou', 'faute', 'autrement', 'tant'],
  // news, police warnings and advice about the mails: they retell, they do not threaten
  discussion: [
    'arnaque|arnaques|arnaqueur|arnaqueurs|larnaque|larnaqueur|escroquerie|escroqueries|escroc|escrocs|lescroc|lescroquerie|maitre_chanteur|maitres_chanteurs|sextorsion|hameconnage|canular|cybermalveillance',
    'pretend|pretendent|pretendant|pretendument|soi_disant|se_presentant|se_faisant_passer',
    'lexpediteur|lauteur|les_auteurs|les_victimes|la_victime|le_destinataire|les_destinataires|le_receptionnaire',
    'police|gendarmerie ~1 met_en_garde|alerte|previent|rappelle|conseille',
    'fausse ~1 convocation|convocations',
    'faux ~1 mail|mails|courriel|courriels|message|messages',
    'ne ~1 payez|repondez ~1 pas|jamais',
  ],
};

export default fr;
