// German cue lexicon. Written for Backstop by the team, CC0-1.0. Same phrase syntax as en.ts; text is
// folded before matching (accents and umlauts stripped, ß read as s, double letters single, so "Überweisen"
// is "uberweisen" and "Passwort" is "paswort"); German inflects by ending, so stems take `*` (`kontakt*`),
// never English `+`. It reads the mass sextortion e-mail as it is sent in German (webcam and Trojan,
// router hack, password, Pegasus, fake police summons) and the core of a sextortion chat; the early
// script (grooming, another app, secrecy) is not written yet. Every lexicon reads every message, so each
// phrase here needs a German word: a phrase of words English or Spanish share ("500 euro", "bitcoin wallet")
// would add German cues to their text (a test checks that none fires on the English and Spanish data).
import type { Lexicon } from '../../../src/core/detect/types.ts';

/** The reader's pictures or the recording the writer claims to have. */
const MEDIA =
  'video|videos|aufnahme|aufnahmen|aufzeichnung|aufzeichnungen|fotos|foto|bilder|bild|clip|clips|material|screenshot|screenshots|nacktbild*|nacktfoto*|nacktvideo*|nudes|beweise|dateien';
/** Who a threat would show them to: always the reader's own people ("deine Familie", "alle Ihre Kontakte"). */
const AUDIENCE =
  'kontakt*|freunde*|freundin*|familie|familien|eltern|mutter|vater|mama|papa|kollegen|kolleginnen|arbeitgeber|chef|chefin|follower|verwandte*|bekannte*|ehefrau|ehemann|frau|mann|partner|partnerin|kinder|mitschuler*|schule|klasse|lehrer*|geschwister|bruder|schwester|adressbuch|netzwerk*';
const OWNER = 'an|deine|ihre|deinen|ihren|deiner|ihrer|alle|allen|jeden|jedem';
const SEND =
  'senden|sende|sendet|schicken|schicke|schickt|verschicken|verschicke|versenden|versende|weiterleiten|weiterleite|leite|veroffentlichen|veroffentliche|veroffentlicht|zeigen|zeige|posten|poste|hochladen|teilen|teile|verbreiten|verbreite|geschickt|gesendet|verschickt|versendet|weitergeleitet|gezeigt|gepostet|hochgeladen|geteilt|verbreitet';
const MONEY = 'euro|eur|usd|dollar|dollars|franken|chf|bitcoin|bitcoins|btc';
const PAY =
  'zahl|uberweise|uberweisen|uberweist|ueberweisen|ueberweise|zahle|zahlen|zahlst|zahlt|bezahle|bezahlen|bezahlst|sende|senden|schicke|schicken|schickst|transferiere|transferieren|einzahlen';
/** Promises to delete once paid ("Nach Erhalt der Zahlung lösche ich das Video"). */
const RELEASE = [
  'nach|sobald|unmittelbar_nach|direkt_nach ~2 zahlung|bezahlung|zahlungseingang|gutschrift|erhalt|eingang|uberweisung ~10 losche|loschen|losch*|vernichte*|zerstor*|entferne*|verschwinde*',
  'zahlung|bezahlung|zahlungseingang|gutschrift|uberweisung ~2 erhalten|eingegangen|bestatigt ~8 losche|loschen|losch*|vernichte*|zerstor*|entferne*',
];
/** Pictures of an event or a thing ("die Fotos vom Urlaub", "das Video von der Hochzeit"), not of the reader. */
const EVENT_PICS = [
  'fotos|foto|bilder|bild|video|videos ~1 vom|von|von_der|von_dem|aus_dem|aus_der|der|des ~1 urlaub|urlaubs|geburtstag|geburtstags|hochzeit|party|feier|ausflug|ausflugs|konzert|konzerts|spiel|spiels|reise|weihnachten|abschlussball|klassenfahrt|baby|hund|hundes|katze|essen|auftritt|auftritts|turnier|turniers|grillabend|taufe|kindergarten',
];

const de: Lexicon = {
  language: 'de',
  cues: [
    // compromise_claim
    { id: 'de.compromise.has_images', stage: 'compromise_claim', weight: 0.9, why: 'sagt, er habe intime Bilder', phrases: [
      'ich|wir ~1 habe|haben|hab ~3 deine|ihre|dein|ihr ~1 nacktbild*|nacktfoto*|nacktvideo*|nudes|intimen_bilder|intimen_fotos|intimes_video',
      'ich|wir ~1 habe|haben|hab ~2 alles|screenshots|screenshot|bilder|fotos|videos|aufnahmen ~2 gespeichert|aufgenommen|gesichert|kopiert'] },
    { id: 'de.act.device', stage: 'compromise_claim', weight: 0.9, why: 'sagt, er habe das Gerät gehackt oder infiziert', phrases: [
      'habe|haben|hat|wurde|wurden|ist ~5 gehackt|geknackt|infiziert|kompromittiert|verseucht',
      'gehackt|geknackt|infiziert|kompromittiert ~1 habe|haben|hat|wurde|wurden',
      'zugriff|zugang|kontrolle ~2 auf|uber|zu|zum|zur ~3 gerat|gerate|geraten|computer|system|betriebssystem|konto|konten|kamera|webcam|handy|smartphone|daten|postfach|router|mikrofon|bildschirm',
      'trojaner|malware|schadsoftware|spionagesoftware|spyware|keylogger|schadprogramm|schadcode|virus ~6 installiert|eingeschleust|infiziert|aktiviert|abfangt|fangt|gewahrt|zugriff'] },
    { id: 'de.act.watching', stage: 'compromise_claim', weight: 0.7, why: 'sagt, er beobachte sie', phrases: [
      'ich|wir ~1 habe|haben? ~2 sie|dich|euch ~3 beobachtet|uberwacht|ausspioniert|ausgespaht',
      'ich|wir ~1 beobachte|beobachten|uberwache|uberwachen ~1 sie|dich ~3 schon|seit|monatelang|wochenlang|lange'] },
    { id: 'de.act.recorded', stage: 'compromise_claim', weight: 0.8, why: 'sagt, er habe sie aufgenommen', phrases: [
      `video|videos|aufnahme|aufnahmen|aufzeichnung|screenshot|screenshots ~8 aufgenommen|gemacht|erstellt|aufgezeichnet|zusammengeschnitten|geschnitten`,
      'kamera|webcam ~6 aufgenommen|aufgezeichnet|aktiviert|aktivieren|eingeschaltet|gefilmt',
      'wie|wahrend|als|dabei ~3 sie|du ~4 masturbier*|befriedig*|selbstbefriedig*|onanier*',
      'beim ~1 masturbieren|onanieren|selbstbefriedigen',
      'geteilten|geteilter|zweigeteilten ~1 bildschirm|bildschirms'] },
    { id: 'de.act.visited', stage: 'compromise_claim', weight: 0.7, why: 'sagt, er wisse, welche Seiten für Erwachsene sie besucht', phrases: [
      'website|websites|webseite|webseiten|seite|seiten|websiten ~2 fur ~1 erwachsene',
      'erwachsenenseite*|erwachsenenwebseite*|pornoseite*|pornowebseite*|sexseite*',
      'pornofilm|pornofilme|pornovideo|pornovideos|pornos ~6 angesehen|angeschaut|geschaut|gesehen|besucht'] },
    { id: 'de.act.password', stage: 'compromise_claim', weight: 0.9, why: 'sagt, er kenne ein Passwort', phrases: [
      // "Ich weiß, dass [Passwort] Ihr Passwort ist"; not "Ihr Passwort ist abgelaufen", an IT notice
      'kenne|weiss|habe|hab|kennen|wissen ~3 ihr|dein|ihre|deine ~1 passwort|kennwort|passwörter'] },
    { id: 'de.act.contacts', stage: 'compromise_claim', weight: 0.9, why: 'sagt, er kenne ihre Kontakte', phrases: [
      'liste ~3 ihrer|deiner|aller ~1 kontakte|freunde|follower',
      'ihr|dein ~1 adressbuch',
      'screenshot|screenshots|bildschirmfoto|bildschirmfotos ~4 von ~2 follower*|kontakt*|freunde*|freundesliste',
      'alle|samtliche ~1 ihre|deine ~1 kontakte|follower ~4 gespeichert|kopiert|gesichert|gesehen|sehen|heruntergeladen'] },
    { id: 'de.act.accusation', stage: 'compromise_claim', weight: 0.8, why: 'beschuldigt sie einer Sexualstraftat, wie die gefälschten Vorladungen', phrases: [
      'kinderpornografie|kinderpornographie|kinderpornos|kinderpornografischen|kinderpornographischen|padophilie|padophil*|pedophilie|exhibitionismus|cyberpornografie|cyberpornographie ~12 vorladung|ermittlung*|verfahren|strafverfahren|anklage|festnahme|haftbefehl|beschuldigt',
      'vorladung|ermittlung*|verfahren|strafverfahren|anklage|festnahme|haftbefehl ~12 kinderpornografie|kinderpornographie|kinderpornos|kinderpornografischen|kinderpornographischen|padophilie|exhibitionismus|cyberpornografie|cyberpornographie',
      'offizielle ~1 vorladung'] },

    { id: 'de.act.legal', stage: 'pressure', weight: 0.7, why: 'droht mit Festnahme oder Strafverfahren (gefälschte Vorladungen)', phrases: [
      'strafverfahren|ermittlungsverfahren|gerichtsverfahren|verfahren ~4 gegen ~1 sie|dich|ihre_person',
      'haftbefehl|festnahme|verhaftung ~4 gegen ~1 sie|dich|ihre_person', 'sie|du ~1 werden|wirst ~3 festgenommen|verhaftet|angeklagt|strafrechtlich_verfolgt',
      'gegen ~1 sie|dich ~3 strafverfahren|ermittlungsverfahren|gerichtsverfahren|haftbefehl',
      'register|liste|datei ~3 sexualstraftater'] },

    // image_request (the early script is not written yet; this is the request a sextortion chat starts from)
    { id: 'de.request.intimate', stage: 'image_request', weight: 0.9, why: 'fragt nach Nacktbildern', phrases: [
      'schick|schicke|schickst|sende|send|zeig|zeige ~3 nacktbild*|nacktfoto*|nacktvideo*|nacktselfie*',
      'zeig|zeige|zeigst ~2 dich|mir ~2 nackt|oben_ohne|ohne_was',
      'schick|schicke|sende ~2 mir ~4 bild|foto|bilder|fotos|video ~3 nackt|oben_ohne|in_unterwasche'] },

    // threat
    { id: 'de.act.expose', stage: 'threat', weight: 1, why: 'droht, Bilder oder Videos an ihre Kontakte zu schicken', phrases: [
      // German puts the verb last: "dieses Video … an alle Kontakte in Ihrem Telefon, per E-Mail und in den sozialen Netzwerken senden"
      `${MEDIA} ~8 ${OWNER} ~2 ${AUDIENCE} ~12 ${SEND}`,
      `${SEND} ~3 ${MEDIA} ~4 ${OWNER} ~2 ${AUDIENCE}`,
      // "alle Ihre Kontakte erhalten ein Foto", "deine Eltern werden das Video sehen"
      `alle|deine|ihre ~2 ${AUDIENCE} ~3 erhalten|bekommen|sehen|kriegen ~6 ${MEDIA}`,
      `${AUDIENCE} ~3 werden|wird ~4 ${MEDIA} ~3 sehen|bekommen|erhalten`,
      // a pronoun after a condition: "zahl oder ich schicke sie an deine Eltern", "wenn du nicht zahlst, schicke ich es deinen Freunden"
      `oder|sonst|andernfalls|ansonsten ~2 ich|wir ~2 ${SEND} ~2 sie|es|das|die|alles|alle ~4 ${OWNER} ~2 ${AUDIENCE}`,
      `wenn|falls ~8 ${SEND} ~1 ich|wir ~2 sie|es|das|die|alles|alle ~4 ${OWNER} ~2 ${AUDIENCE}`,
      // the video put on the net: "ich lade das Video auf Pornoseiten hoch", "veröffentliche es im Internet"
      `${MEDIA}|es|sie ~6 internet|netz|pornoseiten|pornoseite|instagram|facebook|tiktok|snapchat|youtube|sozialen_netzwerken|soziale_netzwerke ~4 ${SEND}|hoch|stellen|stelle`,
      `${SEND}|lade|stelle ~4 ${MEDIA}|es|sie ~4 internet|netz|pornoseiten|pornoseite|instagram|facebook|tiktok|snapchat|youtube|sozialen_netzwerken|soziale_netzwerke`] },
    { id: 'de.act.show_unwanted', stage: 'threat', weight: 0.8, why: 'deutet an, wem er die Bilder zeigen könnte', phrases: [
      // "Sie möchten diese Fotos nicht Ihren Eltern, Freunden oder Kollegen zeigen"
      `${MEDIA} ~2 nicht ~2 ihren|deinen ~1 ${AUDIENCE} ~5 zeigen|sehen|schicken ~1 mochten|mochtest|willst|wollen`] },
    { id: 'de.act.ruin', stage: 'pressure', weight: 0.7, why: 'droht, ihren Ruf oder ihr Leben zu ruinieren', phrases: [
      'ruf|leben|ehe|karriere ~4 ruinieren|ruiniere|zerstoren|zerstore|kaputtmachen|kaputt|zerstort|ruiniert',
      'mache|machen ~2 dein|ihr ~1 leben ~2 zur ~1 holle'] },

    // demand
    { id: 'de.act.demand', stage: 'demand', weight: 0.8, why: 'fordert Geld oder Bitcoin', phrases: [
      `${PAY} ~6 # ~1 ${MONEY}`,
      `${PAY} ~4 ${MONEY}`,
      `# ~1 ${MONEY} ~6 ${PAY}|schweigen|zahlung|zahlungen`,
      'nur ~2 geld ~1 in ~1 bitcoin|bitcoins|btc',
      'bitcoin|btc ~2 adresse|brieftasche|geldborse|konto',
      'betrag|summe|preis ~4 # ~1 euro|eur|usd|dollar',
      'amazon|google_play|itunes|steam|paysafecard ~1 gutschein|gutscheine|karte|karten|guthaben', 'gutscheinkarte|gutscheinkarten|gutscheincode|gutscheincodes'] },
    { id: 'de.act.release', stage: 'compromise_claim', weight: 0.9, why: 'verspricht, alles zu löschen, wenn sie zahlt', phrases: RELEASE },
    { id: 'de.act.release_terms', stage: 'demand', weight: 0.8, why: 'nennt Bedingungen, um zu löschen, was er hat', phrases: RELEASE },

    // pressure
    { id: 'de.act.deadline', stage: 'pressure', weight: 0.7, why: 'setzt eine Frist', phrases: [
      '# ~1 stunden|stunde|tage ~4 zeit|frist',
      'haben|hast ~2 # ~1 stunden|stunde|tage|minuten',
      'innerhalb ~2 # ~1 stunden|tagen|minuten',
      'frist ~4 # ~1 stunden|tage|tagen',
      'timer|stoppuhr|countdown|zeitgeber ~3 startet|lauft|beginnt|gestartet|begonnen',
      'startet|lauft|beginnt ~2 timer|stoppuhr|countdown|zeitgeber',
      'sobald|nachdem ~4 e_mail|email|mail|nachricht|brief ~3 geoffnet|gelesen|offnen|lesen',
      'hast|haben ~2 eine|einen|zwei|drei|vier|zehn ~1 stunde|stunden|tag|tage|minuten ~2 zeit',
      'benachrichtigung ~8 gelesen|geoffnet|offnen|lekture|lesen'] },
    { id: 'de.act.no_help', stage: 'pressure', weight: 0.6, why: 'sagt, Polizei oder Antworten würden nicht helfen', phrases: [
      'versuchen|versuche ~2 nicht ~4 polizei|beschweren|anzeige|zu_finden|zu_loschen|zu_zerstoren',
      'polizei|behorden|anwalt ~6 nicht ~2 helfen|finden|zuruckverfolgen|zuruckverfolgt',
      'antwort ~3 ware|ist ~1 sinnlos|zwecklos',
      'kann|konnen ~1 nicht ~1 zuruckverfolgt'] },
  ],
  classes: {},
  // German words only: every lexicon reads every message, and English and Spanish name their own pictures
  pictures: ['aufnahme|aufnahmen|aufzeichnung|aufzeichnungen|bilder|bild|nacktbild*|nacktfoto*|nacktvideo*'],
  exceptions: [
    // "die Fotos vom Urlaub an die Familie schicken": pictures of an event, not of the reader
    { stage: 'threat', phrases: EVENT_PICS, pictures: true },
    { stage: 'compromise_claim', phrases: EVENT_PICS },
  ],
  negators: ['nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'niemand'],
  conditionals: ['wenn', 'falls', 'sonst', 'andernfalls', 'ansonsten', 'oder', 'solange'],
  // news, police warnings and advice about the mails: they retell, they do not threaten
  discussion: [
    'betruger|betrugern|betrugsmasche|betrugsmail*|betrugs_mail*|masche|erpresser|erpressern|erpressermail*|erpresser_mail*|erpressungsmail*|erpressungs_mail*|spammail*',
    'polizei ~1 warnt|rat|empfiehlt|berichtet',
    'warnt ~1 vor',
    'verbraucherzentrale|verbraucherschutz|landeskriminalamt|pressestelle',
    'anzeige ~1 erstatten',
    'angeblich|angeblichen|angebliche',
    'die ~1 empfanger|empfangerin|opfer',
    'die|der ~1 tater|taterin|kriminellen',
    'nicht ~2 zahlen ~2 und|sondern',
    'falschung|gefalscht|gefalschte|gefalschten|verfalschte|verfalscht',
  ],
};

export default de;
