// Spanish cue lexicon. Written for Backstop by the team, CC0-1.0. Same phrase syntax as en.ts;
// accents are folded away, so "pásame" and "pasame" are the same word.
import type { Lexicon } from '../../../src/core/detect/types.ts';

const IMG = 'foto|fotos|fotito|fotitos|video|videos|nudes|pack|imagen|imagenes|desnudo|desnuda|desnudos|desnudas';
const WHO =
  'familia|padres|mama|papa|madre|padre|amigos|amigas|seguidores|escuela|colegio|instituto|contactos|companeros|profesores|novio|novia|hermano|hermana|abuela|trabajo|jefe|clase|todos|lista';
const ME = 'voy|vamos|o|sino|si';
const SHARE = 'mandar|enviar|publicar|subir|compartir|pasar|mando|envio|publico|subo|comparto|paso|mostrar|ensenar|filtrar|filtro|difundir';
/** Each of SHARE with "las"/"los" ("mandarlas", "subirlos"): until 12-05 `${SHARE}las` put "las" on the last one only,
 * so a bare "mando ... a tu mamá" ("te la mando, pero pásasela a tu mamá", an aunt) read as the threat. */
const SHARE_THEM = SHARE.split('|')
  .flatMap((w) => [`${w}las`, `${w}los`])
  .join('|');
const APPS = 'snap*|sc|insta|instagram|ig|whatsapp|wasap|wsp|wpp|telegram|kik|discord|signal|skype|messenger|numero|cel|celular|movil';
/** Cumplir y borrar: "págame y borro todo", "muéstrate y lo elimino todo". */
const ES_RELEASE = [
  // "Paga y nadie ve", "Paga 800 USD en BTC y todo esto desaparece"
  'paga|pagas|pague|pagues|pasame|pagame|mandame|transfiereme|depositame|deposita ~4 y ~1 nadie ~1 ve|vera|sabe|sabra|se_entera',
  'paga|pagas|pague|pagues ~6 y ~1 todo ~1 esto? ~1 desaparece|desaparecera',
  'paga|pagame|pagas|pagues|manda|mandame|muestra|muestrame|ensename|transfiere|deposita|haz|hazlo|obedece|cumple ~5 y|entonces|despues|luego ~1 lo|la|los|las|te? ~1 borro|borrare|elimino|eliminare|borramos|borraremos|destruyo ~1 todo|todos|todas|el_video|las_fotos|los_videos|la_grabacion',
  // dev chat-8, mail-6 (12-02 pm): "1000 pesos y no le digo nada", "150 pavos y lo olvido", "cuando vea el dinero desaparece
  // todo", "En cuanto se confirme la transferencia, borraré la grabación"
  '# ~1 dolares|euros|pesos|pavos|dolar|euro|lucas|bitcoin|btc ~1 y ~1 no ~1 le|les ~1 digo|cuento|mando|enseno ~1 nada',
  '# ~1 pavos|euros|dolares|pesos|lucas ~1 y ~1 lo|te ~1 olvido|borro|dejo',
  'cuando ~1 vea|reciba|llegue ~1 el ~1 dinero|pago|deposito ~2 desaparece|borro|elimino ~1 todo',
  'en_cuanto|cuando|una_vez ~1 se ~1 confirme|reciba|complete ~1 la|el ~1 transferencia|pago|deposito ~2 borrare|eliminare|destruire|borro',
  // "100 dólares por transferencia y los borro"
  '# ~1 dolares|euros|pesos|dolar|euro|bitcoin|btc ~3 y|entonces ~1 lo|la|los|las ~1 borro|borrare|elimino|eliminare|borramos|borraremos|destruyo',
  // "80 por bizum y lo borro" (probado como usuario, 12-06 noche: el importe sin moneda, con el medio de pago)
  '# ~1 por|en|via|x|con ~1 bizum|paypal|transferencia|nequi|mercadopago|mercado_pago|yape|plin|oxxo|daviplata|paysafecard|cashapp ~2 y|entonces ~1 lo|la|los|las ~1 borro|borrare|elimino|eliminare|borramos|destruyo',
  // "transferencia a esta cuenta y desaparezco", "por 800 euros no sale"
  'transferencia|pago|pagas|pagame|paga|deposito|deposita ~5 y ~1 desaparezco|me_voy|te_dejo_en_paz|borro_todo|lo_borro|lo_cancelo|lo_paro|lo_detengo',
  '# ~1 dolares|euros|pesos|dolar|euro ~1 no ~1 sale|se_publica|se_sube|lo_ve_nadie',
  '# ~1 dolares|pesos|euros ~4 y ~1 se ~1 acaba|termina ~1 todo|esto',
  // "esto puede desaparecer por 150 euros", "300 y lo borro para siempre", "nadie tiene que enterarse, solo paga"
  // (probado como usuario, 12-06 tarde, lo mismo que en inglés)
  'esto|todo|todo_esto ~1 puede|podria|va_a ~1 desaparecer|acabar|terminar|quedar_en_nada ~2 por ~1 solo? ~1 #',
  '# ~2 y ~1 lo|la|los|las|te_lo|te_la|te_los|te_las ~1 borro|borrare|elimino|eliminare|destruyo ~1 para_siempre|todo|ya',
  'nadie ~1 tiene|tendria|necesita ~1 que|por_que? ~1 enterarse|saberlo|saber|verlo|verlas|verlos ~5 si|solo|mientras|con_tal_de_que ~1 pagas|paga|pagues|me_pagas|me_pagues',
  // "envía 3000 dólares ... y tu mujer nunca se enterará"
  'envia|envie|paga|pague|pagame|transfiere|transferi|deposita|manda ~8 y ~1 @publico ~1 nunca|jamas ~1 se_enterara|se_enteraran|lo_sabra|lo_sabran|lo_vera|lo_veran',
  // "envía 1300 dólares ... y las grabaciones se destruirán para siempre"
  'envia|envie|paga|pague|pagame|transfiere|transferi|deposita|manda ~8 y ~2 las|los|el|la|tus|tu ~1 @objeto|grabaciones|videos|fotos ~1 se ~1 destruiran|destruira|borraran|borrara|eliminaran|eliminara',
];
/** Fotos de algo o de un evento ("las fotos del viaje", "el vídeo del cumple"), no de quien lee. */
/** Taking pictures down (es.act.removal_fee, and its `threat` exception): "eliminar tus fotos", "borramos el material". */
/** La oferta de mandar sus nudes a algún sitio ("¿quieres que mande tus nudes ahí?"): es.act.expose_if */
const OFRECE_MANDAR_NUDES =
  'quieres_que|quieres_q|mando|subo|paso|pongo|envio|comparto|publico ~3 tus|tu|las|los ~1 nudes|pack|packs';
const QUITAR = 'eliminar|borrar|quitar|retirar|eliminamos|borramos|quitamos|retiramos|eliminaremos|borraremos';
const MATERIAL = 'fotos|videos|imagenes|material|contenido';
const EVENT_PICS = [
  'foto|fotos|video|videos|fotito|fotitos ~1 del|de|de_la|de_los|de_las|de_mi|de_nuestro|de_nuestra ~1 viaje|fiesta|cumple|cumpleanos|boda|playa|vacaciones|partido|perro|gato|comida|concierto|graduacion|excursion|finde|cena|bebe|abuela|abuelo|equipo|clase|curso|cole|colegio|torneo|recital|festival|campamento',
];
/** Fotos de quien lee que avergüenzan sin ser íntimas ("el video de ti cantando", "tu foto de bebé"). */
const INNOCENT_PICS = [
  'foto|fotos|fotito|fotitos|video|videos ~1 de ~1 bebe|chiquito|chiquita|nino|nina|pequeno|pequena|primaria',
  'foto|fotos ~1 del ~1 anuario|pasaporte|dni|carnet',
  'foto|fotos|video|videos|fotito|fotitos ~1 de ~1 ti|vos|usted ~1 cantando|llorando|comiendo|cayendote|roncando|estornudando|tropezando',
  'foto|fotos|video|videos|fotito|fotitos ~1 tuya|tuyo|tuyas|tuyos ~1 dormido|dormida|durmiendo|cantando|bailando|comiendo|roncando',
  'te ~1 grabe|grabamos|saque|sacamos|pille|pillamos ~2 cantando|llorando|comiendo|cayendote|roncando|estornudando|tropezando',
  // dev stranger-16 look-alike: "la foto de tu corte de pelo de verano"
  'foto|fotos|video|videos|fotito|fotitos ~1 de ~1 tu|tus ~1 corte_de_pelo|peinado|pelo|disfraz|uniforme|brackets|frenillos|gafas|lentes',
  // dev stranger-26 look-alike: "el video de cuando te dormiste en mate"
  'foto|fotos|video|videos ~1 de ~1 cuando ~1 te ~1 dormiste|caiste|tropezaste|resbalaste|quedaste',
];
/** "te quemo": shaming them in public, first person ("te quemo en todas las redes", "... en todo el barrio") */
const BURN = 'quemo|quemamos|voy_a_quemar|vamos_a_quemar|escracho';
/** "lo subo": the writer putting it out now, with its object pronoun ("si me bloqueas, lo subo") */
/** Telling, said now or later: "digo", "le voy a contar". */
const DECIR = 'digo|cuento|dire|contare|voy_a_decir|voy_a_contar|voy_a_decirle|voy_a_contarle|voy_a_decirles|voy_a_contarles';
const PUT_IT_OUT = 'lo|la|los|las ~1 subo|publico|mando|envio|paso|filtro|difundo|comparto|cuelgo';
const MONEY = 'dinero|plata|pasta|lana|euros|euro|dolares|dolar|pesos|bitcoin|btc|cripto|usdt|transferencia|bizum|pago|lucas|soles|reales|yapeo|yape|nequi|daviplata|plin|mercadopago|mercado_pago|oxxo|paypal';

const es: Lexicon = {
  language: 'es',
  cues: [
    { id: 'es.persona.stranger', stage: 'persona', weight: 0.5, why: 'un desconocido que escribe', phrases: [
      'no me conoces', 'vi tu perfil|foto|fotos|cuenta', 'tenemos amigos en comun', 'te vi en',
      // dev early-13 (12-03): "me saliste en agregado rápido", "me apareciste en sugerencias"
      'me ~1 saliste|apareciste|salio|aparecio ~1 en ~1 agregado_rapido|sugerencias|sugeridos|recomendados|explorar|para_ti'] },
    { id: 'es.persona.same_age', stage: 'persona', weight: 0.4, why: 'dice tener la misma edad', phrases: [
      'tengo # anos? tambien', 'yo tambien tengo #', 'misma edad', 'cuantos anos tienes|tenes', 'cuantos tienes|tenes', 'que edad tienes|tenes',
      // dev early-24 (12-04 noche): "¿en qué año estás?", "¿en qué grado vas?"
      'en ~1 que ~1 ano|grado|curso ~1 estas|vas|andas|estudias|vai|cursas'] },
    { id: 'es.persona.flattery', stage: 'persona', weight: 0.35, why: 'halagos rápidos', phrases: [
      'eres|estas ~1 muy|tan|super? guapa|guapo|linda|lindo|hermosa|hermoso|preciosa|bonita|sexy|madura|rica',
      'que guapa|linda|hermosa|preciosa'] },
    { id: 'es.persona.new_account', stage: 'persona', weight: 0.6, why: 'una "cuenta nueva" (cuenta hackeada o falsa)', phrases: [
      'cuenta nueva', 'nueva cuenta', 'mi otra cuenta', 'me hackearon ~1 la? cuenta?'] },
    { id: 'es.secrecy.secret', stage: 'secrecy', weight: 0.7, why: 'pide guardar el secreto', phrases: [
      'nuestro secreto', 'entre nosotros|nosotras', 'no le digas ~2 nadie|padres|mama|papa', 'puedes guardar un secreto',
      // dev early-25 (12-05): "no le digai a nadie que te estoy ayudando" (Chile)
      'no ~1 le|les ~1 digai|digais|contis|cuentes ~2 nadie|padres|mama|papa|profe|profes',
      // dev early-26 (12-05): "no se lo digas a tus padres todavía"
      'no ~1 se ~1 lo ~1 digas|cuentes|digai ~3 nadie|padres|mama|papa|profe|profes',
      // dev early-14 (12-03 eve): "mejor así, primero lo hacemos y luego les das la sorpresa" (after "no les he dicho")
      'mejor ~1 asi ~3 primero ~3 luego|despues ~2 les|le ~1 dices|das|cuentas|contas',
      // dev early-22 (12-03 eve): "Es para hablar tranquilas sin tus padres"
      'sin ~1 tus|que_tus ~1 padres|papas|viejos ~1 se_enteren|sepan|esten?',
      // "es un secreto entre los dos", "esto queda entre tú y yo" (probado como usuario, 12-05 noche)
      'secreto ~2 entre ~1 los_dos|tu_y_yo|vos_y_yo', 'queda|quede|quedara ~1 entre ~1 los_dos|tu_y_yo|vos_y_yo'] },
    { id: 'es.secrecy.delete', stage: 'secrecy', weight: 0.6, why: 'pide borrar el chat o promete borrar las fotos', phrases: [
      'borra ~1 el|los|este|nuestro chat|chats|mensajes', 'la|lo|las|los borro ~1 despues|enseguida',
      // "borra nuestros chats", "elimina la conversación", "que borres los mensajes" (tried as a user, 12-07 late)
      'borra|borres|elimina|elimines ~1 nuestros|nuestras|estos|todos|los|el|este|la|esta|nuestra chats|chat|mensajes|conversacion|conversaciones'] },
    { id: 'es.secrecy.alone', stage: 'secrecy', weight: 0.45, why: 'pregunta si está sola o solo', phrases: ['estas sola|solo|solita|solito', 'estoy sola|solo|solita|solito',
      // "estas en tu casa?" / "solito?": la pregunta en dos mensajes
      'solita|solito'] },
    { id: 'es.secrecy.cam_alone', stage: 'secrecy', weight: 0.6, why: 'quiere una videollamada cuando no hay nadie', phrases: [
      'videollamada|camara|video_llamada ~6 sola|solo|solita|solito', 'sola|solo|solita|solito ~6 videollamada|camara|video_llamada'] },
    { id: 'es.secrecy.parents', stage: 'secrecy', weight: 0.6, why: 'pregunta por sus padres', phrases: [
      'tus padres ~2 casa|despiertos|dormidos|revisan|miran|ven'] },
    { id: 'es.secrecy.nobody_sees', stage: 'secrecy', weight: 0.5, why: 'promete que nadie más lo verá', phrases: [
      'nadie ~2 va a ver|vera|enterar|sabra', 'solo para mi', 'solo pa mi'] },
    { id: 'es.move.add_me', stage: 'move_platform', weight: 0.6, why: 'pide pasar a otra app', phrases: [
      `agregame|agregame|anademe|sigueme|escribeme|hablame ~2 ${APPS}`, `pasame|dame|mandame ~2 tu ${APPS}`,
      `cual es tu ${APPS}`, `tienes|tenes ${APPS}`, `hablemos|sigamos|vamos ~3 ${APPS}`,
      // dev early-14 (12-03 eve): "¿me pasas tu telegram?", "entra en el discord del clan"
      `me ~1 pasas|das|mandas|dejas ~1 tu ${APPS}`,
      // dev early-25 (12-05): "pasémonos a Telegram"
      `pasemonos|cambiemonos|movamonos|vamonos ~1 a|al ~1 ${APPS}`, `te ~1 llamo|escribo|hablo ~1 por|en|al ~1 ${APPS}`, `entra|unete|metete|pasate ~1 en|al|a ~1 el|mi|nuestro? ~1 ${APPS}`] },
    // la misma app, en privado: se explica así, no como otra app
    { id: 'es.move.private', stage: 'move_platform', weight: 0.6, why: 'quiere hablar en privado', phrases: [
      'hablemos|sigamos|vamos ~3 privado', 'mas privado',
      'hablame|escribeme|escribime|mandame|pasame|seguimos ~2 por|al|en ~1 privado|priv|md|dm', 'hablame|escribeme|escribime|mandame md|dm|priv',
      'mejor ~1 por|en ~1 privado|md'] },
    { id: 'es.sex.explicit', stage: 'sexualisation', weight: 0.6, why: 'conversación sexual', phrases: [
      'desnuda|desnudo|cachonda|cachondo|caliente|excitada|excitado|nudes|pack|tetas|culo|lenceria|sexo',
      'que llevas puesto', 'eres virgen', 'en la cama', 'tu cuerpo'] },
    { id: 'es.sex.soft', stage: 'sexualisation', weight: 0.3, why: 'palabras insinuantes', phrases: ['rica|rico|besito|besitos|sexy'] },
    { id: 'es.request.send', stage: 'image_request', weight: 0.6, why: 'pide fotos o vídeos', phrases: [
      `manda|mandame|pasame|pasa|envia|enviame|ensename|muestrame ~3 ${IMG}`, 'quiero ver ~3 tu|tus|te|mas',
      'ensename|muestrame ~2 tu|tus|algo|mas', 'dejame ver',
      // dev early-14 (12-03 eve): "esta es laura, es admin. quiere ver la tuya"
      'quiere|quieren|quiero ~1 ver ~1 la|el|las|los ~1 tuya|tuyo|tuyas|tuyos',
      // dev early-25 (12-05): "hay que mandar fotos para la ficha"
      `hay_que|tienes_que|tenes_que|tenis_que|necesito_que ~1 mandar|mandarme|enviar|enviarme|me_mandes|me_envies ~1 unas? ~1 ${IMG}`,
      // early-19 (12-03 pm): "ay ya manda" after a no
      'ya ~1 manda|mandala|mandalo|mandame|mandamela|envia|enviala|enviamela ~1 ya|porfa|pues|la|una?',
      // "¿me pasas una foto tuya?": la pregunta, no solo el imperativo (probado como usuario, 12-05 noche)
      `me ~1 pasas|mandas|envias|muestras|ensenas ~3 ${IMG}`] },
    { id: 'es.request.intimate', stage: 'image_request', weight: 0.9, why: 'pide imágenes íntimas', phrases: [
      // dev early-25, early-26 (12-05): "otra más personal, en tu pieza", "fotos nuevas tuyas, de las que no subes"
      'otra|una ~1 mas ~1 personal|privada|intima ~3 en ~1 tu ~1 pieza|cuarto|habitacion|cama',
      'de ~1 las|los ~1 que ~1 no ~1 subes|publicas|posteas|ensenas|subis',
      // dev early-24 (12-04 noche): "una foto en pijama", "ahora con menos ropa"
      'foto|fotos|video ~1 en ~1 pijama|pijamas|ropa_interior|toalla', 'con|sin ~1 menos ~1 ropa', 'menos ~1 ropa',
      // como "in ur bra" (12-06): "mándame una foto en sujetador", "una en tanga"
      'mandame|manda|mandas|mandarme|enviame|envia|pasame|pasas|sacate|tomate|hazte|muestrame|ensename|quiero|ver ~2 foto|fotos|video|videos|una|otra|selfie ~1 en ~1 sujetador|sosten|brasier|tanga|bragas|calzones|calzoncillos|boxer|boxers|lenceria|bikini',
      'foto|fotos|video|videos ~2 desnuda|desnudo|intimas|intimos|hot', 'el pack|tu pack', 'sin ropa|camiseta|sosten|playera|remera|polera|camisa|blusa|brasier|bra|polo',
      // early-19 (12-03 pm): "dicen q más cerca y sin la chamarra" (not "no salgas sin la chamarra")
      'mas_cerca|otra|una|foto|fotos|manda|mandame|ahora ~2 sin ~1 la|el ~1 chamarra|chaqueta|sudadera|camisa|blusa|playera|camiseta|top|brasier',
      'en ropa interior', 'foto por foto',
      // dev early-14 (12-03 eve): "poca ropa", "más. sin la blusa"
      'poca ropa', 'sacate|quitate|sacale|quitale ~2 el|la|tu ~1 buzo|remera|camiseta|playera|blusa|sudadera|camisa|top|brasier|sosten|polera|chamarra|ropa',
      'ahora ~1 la|el ~1 buzo|remera|camiseta|playera|blusa|sudadera|camisa|top|brasier|sosten|polera ~1 tambien',
      'mas ~1 sin ~1 la|el ~1 blusa|camisa|camiseta|playera|remera|polera|sudadera|top|brasier|sosten|ropa', 'intercambiar|intercambiamos ~2 fotos',
      // más de lo mismo, pero más íntimo: "ahora una más privada"
      'una|otra|algo ~1 mas ~1 privada|privado|intima|intimo|atrevida|atrevido',
      // como "send something hot" (12-06): "mándame algo sexy cuando me agregues" ("algo picante de comer" no)
      'mandame|manda|mandas|enviame|envia|pasame|pasas ~2 algo ~1 hot|picante|atrevido|sexy'] },
    { id: 'es.request.camera', stage: 'image_request', weight: 0.5, why: 'pide videollamada o cámara', phrases: [
      'videollamada', 'video llamada', 'pon ~1 la camara', 'prende ~1 la camara'] },
    { id: 'es.sent_first', stage: 'image_sent_first', weight: 0.8, why: 'mandó una foto primero para recibir otra', phrases: [
      'te toca', 'ahora tu|vos', 'te toca a vos', 'yo ya te mande',
      // "yo te mando una", "yo primero": la suya a cambio
      'yo ~1 te ~1 mando|paso|envio ~1 una|otra|la_mia|mia|primero', 'yo ~1 primero ~2 y ~1 tu|vos', 'ya te mande ~2 mia|mias|foto|fotos', 'te mande la mia|mias',
      // "mándame una foto tuya y te mando una" (probado como usuario, 12-05 tarde)
      'foto|fotos|pic|selfie ~3 y ~1 te ~1 mando|paso|envio ~1 una|otra|la_mia',
      // "manda una tu tmb": una foto a cambio de la suya
      'manda|mandame|pasame|envia|enviame ~1 una|uno|otra ~1 tu|vos ~1 tambien|tmb|tb|tbm'] },
    { id: 'es.compromise.has_images', stage: 'compromise_claim', weight: 0.9, why: 'dice tener imágenes íntimas', phrases: [
      `tengo|guarde|encontre|consegui ~2 tus|tu ${IMG}`, `tengo ~1 todas? tus ${IMG}`, 'te grabe|grabamos', 'grabe ~2 videollamada|llamada|todo',
      'tengo ~1 el video|la grabacion', 'tengo|tenemos ~1 este|ese|tu|un|el ~1 video|videito|foto|fotos|grabacion'] },
    // sabe a quién mandarlo: "ya vi quiénes son tus familiares"
    { id: 'es.compromise.contacts', stage: 'compromise_claim', weight: 0.9, why: 'dice saber quiénes son su familia o sus contactos', phrases: [
      'se|vi|conozco|tengo|busque|encontre ~3 quienes|quien ~1 son|es ~1 tus|tu|sus|su ~1 familiares|familia|amigos|contactos|padres|novia|novio|esposa|esposo|companeros',
      'acceso ~1 completo|total? ~1 a ~6 todos? tus|sus ~1 contactos|seguidores|amigos'] },
    { id: 'es.compromise.hacked', stage: 'compromise_claim', weight: 0.9, why: 'dice haber hackeado su dispositivo', phrases: [
      'hackee|hackeamos|infecte|accedi ~3 tu|tus ~1 telefono|movil|celular|cuenta|cuentas|camara|computadora|ordenador|correo|dispositivo',
      'tengo acceso ~2 tu|tus', 'a traves de tu ~1 camara|webcam', 'tengo ~1 todos? tus contactos', 'sitio|sitios|pagina|paginas|web|webs ~1 para? adultos|porno'] },
    { id: 'es.threat.share_images', stage: 'threat', weight: 1, why: 'amenaza con difundir imágenes íntimas', phrases: [
      `${ME} ~2 ${SHARE} ~4 ${IMG}|todo|las|los ~4 a? tu|tus|todos ~2 ${WHO}`,
      `${SHARE_THEM} ~4 a? tu|tus|todos ~1 ${WHO}`,
      // the picture as a pronoun before the verb or a demonstrative after it, under a condition ("manda otra foto o mando
      // esta a tu papá", "cada hora que no contestes se lo mando a alguien de tu lista") or to the whole of a group ("lo voy
      // a mandar a toda tu escuela"); "te la mando" (to the reader) and "se la mando a tu mamá para que la firme" are not
      `o|sino ~1 se|lo|la|los|las? ~1 lo|la|los|las? ~1 ${SHARE} ~1 esta|esto|eso|esa|estas|esos|esas|este? ~1 a|al ~1 tu|tus ~1 ${WHO}`,
      `lo|la|los|las|se ~1 lo|la|los|las? ~1 voy_a|vamos_a? ~1 ${SHARE} ~1 a ~1 toda|todos|todas ~1 tu|tus ~1 ${WHO}`,
      `no ~1 contestes|respondes|pagas|pagues|mandas|envias|contestas ~3 se|lo|la ~1 lo|la? ~1 ${SHARE} ~1 a ~1 alguien|uno|una|cada_uno ~1 de ~1 tu|tus ~1 lista|contactos|amigos|seguidores|familia`,
      'mandarselas|mandarselos|enviarselas|enviarselos|pasarselas|publicarlas|subirlas|compartirlas ~4 tu|tus|todos|internet|redes',
      `tus ${IMG} ~3 internet|redes|todas|viral`, 'todos ~2 van a ver ~2 tus|tu', 'te voy a exponer|escrachar', 'hacerte viral',
      // dev chat-14 (12-03 pm): "Voy a mandar tus fotos al grupo de WhatsApp de tu salón", "Paga o te quemo en todas las redes"
      'voy_a|vamos_a ~1 mandar|enviar|subir|publicar|pasar|compartir|filtrar|difundir|reenviar ~2 tus|tu ~1 fotos|videos|video|nudes|pack|imagenes ~3 a|al|en|por ~4 @red|@publico|grupo|salon|clase|escuela|colegio',
      // las fotos nombradas antes, bajo una condición (historias de adolescentes contadas de vuelta, 12-07 mediodía): "dice
      // que las va a pasar por el grupo de clase si no vuelvo con él", "las va a subir a un grupo de la prepa si no regreso"
      'las|los ~1 voy_a|vamos_a ~1 mandar|enviar|subir|publicar|pasar|compartir|filtrar|difundir|reenviar ~2 a|al|en|por ~4 @red|@publico|grupo|salon|clase|escuela|colegio|prepa|insti|cole|curso ~6 si_no|sino|a_menos_que',
      `te ~1 ${BURN} ~3 en|por ~2 @red|todas_las_redes|redes`,
      // dev-quoted chat-15 (12-03 evening): "Deposítame por Nequi o te quemo en todo el barrio"
      `te ~1 ${BURN} ~2 en|por|con|ante ~1 todo|toda|todos|todas|tu|tus? ~1 el|la|los|las? ~1 barrio|colegio|escuela|instituto|pueblo|ciudad|facultad|universidad|trabajo|familia|colonia|prepa|salon|clase`,
      // conjunto de frases 12-07 (mitad vista): "si no me recargas 50 mil de saldo ya, mando tus fotos al grupo del colegio",
      // "te quemo en el grupo del curso y en insta", "o la primera se va al grupo de tu salón", "si no me depositas 1000
      // varos se la mando"
      `@condicion ~8 mando|envio|paso|subo|publico|comparto|reenvio|muestro|enseno ~1 tus|sus ~1 fotos|videos|video|nudes|pack|imagenes|grabaciones ~1 a|al|en|por|con ~4 @red|@publico|grupo|salon|clase|escuela|colegio|cole|curso|insta|instagram`,
      `transferis|transfieres|pagas|pagai|depositas|depositai|recargas|yapeas|plata|lucas|pesos|euros|dolares ~8 te ~1 ${BURN} ~3 en|por|con ~3 grupo|curso|colegio|cole|clase|salon|insta|instagram|tiktok|face|facebook|whatsapp|wsp|wasap`,
      '@condicion ~3 la|el|las|los ~1 primera|primero|primeras|primeros|foto|fotos|video|videos ~1 se ~1 va|van|ira|iran ~1 al|a|a_la ~4 grupo|@red|@publico|salon|clase|colegio|cole|curso',
      'si ~1 no ~1 me ~1 depositas|pagas|transfieres|transferis|recargas|yapeas|depositai|pagai ~5 se_la|se_lo|se_las|se_los ~1 mando|envio|enseno|muestro|reenvio|mandare|enviare',
      // la voz del correo en masa, de usted: "procederemos a compartirlo con todas las personas de su lista", "el material
      // será remitido automáticamente a: familiares, ...", "si quiere que este material no llegue a su esposa", "se
      // informará a su familia, a su empleador"
      'procedere|procederemos|procederan ~1 a ~1 compartirlo|compartirla|compartirlos|compartirlas|enviarlo|enviarla|enviarlos|enviarlas|difundirlo|difundirlos|publicarlo|publicarlos|remitirlo|remitirlos|mandarlo|mandarlos|distribuirlo|distribuirlos ~2 con|a|entre ~3 @publico|personas|lista|contactos|agenda',
      'el|este|dicho|todo_el|los|estos|dichos ~1 material|archivos|contenido|video|videos|grabaciones ~1 sera|seran ~1 remitido|remitidos|enviado|enviados|compartido|compartidos|difundido|difundidos|publicado|publicados|distribuido|distribuidos ~1 automaticamente|inmediatamente? ~2 a|con|entre ~3 @publico|familiares|companeros|contactos',
      'si ~1 quiere|quieres|queres ~1 que ~1 este|esto|el|la|las|los|estas|estos|dicho|dichos ~1 material|video|videos|grabaciones|imagenes|fotos|contenido ~1 no ~1 llegue|lleguen|vea|vean|salga|salgan ~1 a ~2 @publico',
      'se ~1 informara|comunicara|notificara|avisara ~1 a ~1 @publico',
    ] },
    // dev-quoted chat-15 (12-03 evening): "Si le dices a alguien, lo publico primero": the reader's defence as the condition
    { id: 'es.act.expose_if', stage: 'threat', weight: 1, why: 'amenaza con publicar si pide ayuda o le bloquea', phrases: [
      // un grupo hecho con su gente y la oferta de mandar sus nudes ahí: "hice un grupo con toda tu familia, ¿quieres que
      // mande tus nudes ahí?" (12-06 noche, como en inglés: solo nudes o packs, no "las fotos" de un viaje)
      `hice|cree|arme|abri|tengo ~1 un ~1 grupo ~2 con ~1 @publico ~6 ${OFRECE_MANDAR_NUDES}`,
      `agregue|meti|anadi ~1 a ~1 @publico ~4 a|en ~1 un|el ~1 grupo ~6 ${OFRECE_MANDAR_NUDES}`,
      `si ~1 me|le|les|se_lo|se_la ~1 bloqueas|denuncias|reportas|dices|cuentas|contas|decis|ignoras ~4 ${PUT_IT_OUT}`,
      // probado como usuario (12-05 tarde): "si le cuentas a alguien publico todo"
      'si ~1 me ~1 bloqueas|denuncias|reportas|ignoras subo|publico|mando|envio|paso|filtro|difundo|comparto|cuelgo ~1 todo|tus_fotos|tus_videos|tu_video|el_video|las_fotos|tus_nudes',
      'si ~1 le|les|se_lo ~1 cuentas|dices|contas|decis ~1 a ~1 alguien|tus_papas|tus_padres|la_policia|tu_mama|tu_papa subo|publico|mando|envio|paso|filtro|difundo|comparto|cuelgo ~1 todo|tus_fotos|tus_videos|tu_video|el_video|las_fotos|tus_nudes',
      // "No me bloquees o lo subo al instante"
      `no ~1 me ~1 bloquees|denuncies|reportes|ignores|dejes ~2 o|sino ~1 ${PUT_IT_OUT}`,
      // como "cough up 100 or ur famous tmrw" y "send me more or i'll make sure everyone sees" (12-06): "suelta 100 o
      // mañana eres famoso", "mándame más o me aseguro de que todos vean la primera"
      `${MONEY}|pagas|pagar|pagues|paga|# ~2 o|sino|si_no ~2 eres|seras|vas_a_ser|te_vuelves|quedas ~1 famoso|famosa|viral`,
      'o|sino|si_no ~2 me ~1 aseguro|asegurare|encargo|encargare ~1 de ~1 que ~1 todos|todas|todo_el_mundo|tu_familia|tus_amigos ~3 vean|vea|reciban|tengan'] },
    // "paga o te hago famoso": making them "famous" with what they hold (counts beside a demand or a claim)
    { id: 'es.act.famous', stage: 'threat', weight: 0.45, why: 'amenaza con hacerle famoso o viral', phrases: [
      'te ~1 hago|hare|voy_a_hacer|vamos_a_hacer|hacemos ~1 famoso|famosa|viral|tendencia'] },
    { id: 'es.threat.contacts', stage: 'threat', weight: 0.8, why: 'muestra que sabe a quién mandar las imágenes', phrases: [
      'tengo|saque|hice ~2 captura|capturas|lista ~3 tus ~1 seguidores|amigos|contactos|familiares'] },
    // "te voy a arruinar la vida" (probado como usuario, 12-05 noche: "i will ruin your life" era urgente y esto nada)
    { id: 'es.threat.ruin', stage: 'threat', weight: 1, why: 'amenaza con arruinarle la vida', phrases: [
      'voy|vamos ~1 a ~1 arruinar|arruinarte|destruir|destruirte ~1 tu|la ~1 vida|reputacion', 'te ~1 arruino|destruyo ~1 la ~1 vida',
      // el daño como condición del pago (probado como usuario, 12-08): "si no pagas tu vida se acabó", "100 dólares o estás acabado"
      'si ~1 no ~1 pagas|me_pagas|pagues|depositas|transfieres|mandas_el_dinero|mandas_la_plata ~4 tu ~1 vida ~1 se ~1 acabo|acaba|termino|termina|va_a_acabar|arruina',
      `paga|pagame|manda|mandame|deposita|depositame|transfiere|transfiereme|pasa|pasame|envia|enviame ~3 ${MONEY} ~4 o|sino|si_no ~1 estas|quedas|vas_a_quedar ~1 acabado|acabada|frito|frita`] },
    { id: 'es.demand.money', stage: 'demand', weight: 0.8, why: 'exige dinero', phrases: [
      // "tienes una hora para mandarme el dinero" (probado como usuario, 12-05 noche)
      `mandarme|enviarme|pasarme|transferirme|pagarme|depositarme ~2 ${MONEY}`,
      // "pasame / pasá la plata", "transferí 200 dólares" (vos and the Rioplatense and Mexican "pasar")
      `paga|pagame|pagas|manda|mandame|transfiere|transferi|transferime|transfiereme|deposita|depositame|envia|enviame|pasa|pasame|pasas|yapea|yapeame ~3 ${MONEY}`,
      `paga|pagame|manda|mandame|pasa|pasame|transferi|transferime ~2 # ~1 ${MONEY}`,
      'cuanto ~2 puedes ~1 pagar|mandar', 'tienes que pagar', 'vas a pagar', 'tarjeta ~2 regalo', 'mas fotos|videos ~2 o',
      // "suelta 100", "afloja la lana" (12-06, como "cough up")
      `suelta|sueltame|afloja|aflojame ~1 # ~1 ${MONEY}? ~2 o|sino|si_no|ya|hoy|ahora`, `suelta|sueltame|afloja|aflojame ~1 el|la ~1 ${MONEY}`,
      // "ya tengo tu foto. ahora quiero 50 dólares" (probado como usuario, 12-05 noche)
      `quiero|necesito|exijo|dame|deme ~1 # ~1 ${MONEY}`, 'quiero|exijo ~1 el|la ~1 dinero|plata|pasta|lana|pago',
      // "cuánto dinero tienes ahorita" (probado como usuario, 12-05 tarde)
      'cuanto|cuanta ~1 dinero|plata|lana|feria|pasta ~1 tienes|tenes|traes',
      // dev early-14 (12-03 pm): "50 euros en paysafecard hoy o ..."
      '# ~1 euros|dolares|pesos|soles|usd|eur ~2 en ~1 paysafecard|bizum|tarjetas|tarjeta_regalo|bitcoin|bitcoins|cripto|paypal|mercado_pago'] },
    { id: 'es.demand.amount', stage: 'demand', weight: 0.4, why: 'menciona una cantidad', phrases: [`# ${MONEY}`, 'dollar|euro #'] },
    // dev early-14 (12-03 eve): the push after a no ("¿quieres ser artista o no? todas empezaron así")
    { id: 'es.pressure.persuade', stage: 'pressure', weight: 0.5, why: 'sigue insistiendo después de un no', phrases: [
      'quieres|queres ~3 o ~1 no', 'todas|todos ~1 empezaron|empiezan|lo_hicieron|lo_hacen ~1 asi?', 'todo_el_mundo ~1 lo ~1 hace|hizo',
      'no seas ~1 timida|timido|aburrida|aburrido|cobarde|miedosa|miedoso|exagerada|exagerado|rara|raro|mala|malo',
      // dev early-25 (12-05): "no seai malagradecida" (Chile)
      'no ~1 seas|seai ~1 malagradecida|malagradecido|desagradecida|desagradecido',
      'no te hagas ~1 la|el ~1 dificil|timida|timido', 'andale|anda ~1 porfa|ya|si', 'porfa porfa', 'solo ~1 una|1 ~1 foto|fotito|mas?'] },
    { id: 'es.pressure.countdown', stage: 'pressure', weight: 0.7, why: 'pone un plazo', phrases: [
      'tienes # ~1 horas|hora|minutos|dias', 'tic tac', 'se te acaba el tiempo', 'ultima oportunidad', 'antes de ~1 esta noche|manana|medianoche',
      'en # ~1 horas|minutos'] },
    { id: 'es.pressure.ruin', stage: 'pressure', weight: 0.8, why: 'palabras para asustar', phrases: [
      'arruinar|arruino|destruir|destruyo ~1 tu|la vida', 'voy|vamos ~1 a ~1 acabar|terminar ~1 contigo', 'tu vida ~2 acabada|terminada|arruinada',
      // probado como usuario (12-05 tarde): "tu vida se acabó si no pagas"
      'tu|su ~1 vida ~1 se ~1 acabo|acaba|termino|termina|arruina|arruino|va_a_acabar|va_a_terminar', 'te vas a arrepentir',
      'contesta ~1 ya|ahora', 'no me ignores', 'date prisa|apurate',
      // justo después de la foto (12-06): "se te acabó el juego" ("se acabó para ti la soltería" no)
      'se ~1 te ~1 acabo|termino ~1 el ~1 juego',
      // como "watch your life fall apart" (12-06): "mira cómo se derrumba tu vida", "tu reputación se desmorona"
      'se ~1 derrumba|derrumbe|desmorona|desmorone|hunde|hunda|viene_abajo|venga_abajo ~1 tu ~1 vida|mundo|reputacion|familia',
      'tu ~1 vida|mundo|reputacion ~1 se ~1 derrumba|derrumbe|desmorona|desmorone|hunde|hunda|viene_abajo|venga_abajo'] },
    // ---- el guion de captación de menores (grooming.ts): actos sobre las clases `tutor`,
    // `autoridad`, `regalo`; ninguno alerta solo, `groomingScript` los combina por remitente
    { id: 'es.act.groom_hide', stage: 'secrecy', weight: 0.8, why: 'pide ocultar el contacto a sus padres', phrases: [
      'no ~1 le|les ~1 digas|cuentes|contes|contés|muestres|ensenes|digás|decis|contás|contas|comentes ~3 @tutor',
      'no ~1 le|les ~1 digas|cuentes|decis|contas|muestres|ensenes ~2 nada|esto|eso|lo_nuestro ~1 a ~1 @tutor',
      '@tutor ~2 no ~1 pueden|puede|tienen|tiene|deben|debe ~1 que? ~1 saber|enterarse|enterar|ver',
      'que ~1 no ~1 se ~1 entere|enteren ~1 @tutor',
      'si ~1 no ~1 le|les ~1 dices|decis|cuentas|contas ~2 nada? ~1 a ~1 @tutor',
      'borra|borralos|borrá|borrar ~4 para ~1 que ~2 @tutor|nadie ~1 no? ~1 los|lo|las? ~1 vea|vean|lea|lean',
      'a_solas|solos|sola|solita ~2 sin ~1 @tutor'] },
    { id: 'es.act.groom_trouble', stage: 'secrecy', weight: 0.8, why: 'dice que se metería en problemas si alguien se entera', phrases: [
      'si ~3 @tutor|alguien|nadie ~2 se? ~1 entera|enteran|sabe|saben|ve|ven ~5 me ~1 meto|meten|echan|despiden|llevan|detienen ~2 problemas|lio|lios|preso|presa|carcel|cana|trabajo',
      'me ~1 meto|meterias|meterian|van_a_meter ~1 en ~1 un? ~1 problema|problemas|lio|lios ~3 si ~1 le|les|se ~1 dices|decis|cuentas|contas|entera|enteran'] },
    { id: 'es.act.groom_private', stage: 'secrecy', weight: 0.6, why: 'pide un canal oculto (escribir a solas, esconder el número)', phrases: [
      'cuando|si ~1 estes|estés|estas ~1 sola|solo|solita|solito ~3 me? ~1 escribes|escribis|escribeme|llamame|hablame|me_escribis|me_llamas',
      'escribeme|escribime|hablame|llamame|me_escribes ~3 cuando ~3 @tutor|tus_papas|tus_padres ~1 esten|estén ~1 dormidos|durmiendo|fuera',
      'no ~1 ensenes|muestres|des|pases ~2 este|mi ~1 numero ~2 a ~1 nadie',
      'nadie ~2 puede|debe ~1 ver|tener|saber ~1 este|mi ~1 numero'] },
    { id: 'es.act.groom_role', stage: 'persona', weight: 0.8, why: 'un adulto con autoridad que se ofrece como amigo secreto', phrases: [
      'no ~4 como ~1 tu ~1 @autoridad ~2 sino ~1 como ~1 un|tu? ~1 amigo|amiga',
      'no ~1 soy ~1 tu ~1 @autoridad ~3 soy ~1 tu|un? ~1 amigo|amiga',
      'olvida|olvidate ~2 que ~1 soy ~1 tu ~1 @autoridad'] },
    { id: 'es.act.groom_meet', stage: 'secrecy', weight: 0.45, why: 'invita a verse a solas o en una habitación', phrases: [
      'verte|vernos|verme|encontrarnos|quedar ~2 a_solas|solos|sola|solita',
      'ven|vente|vení|veni ~3 sola|solita|a_solas',
      'mi ~1 habitacion|cuarto|pieza ~1 es ~1 la? ~1 #', 'mi|el ~1 cuarto|habitacion ~1 del|de_hotel ~1 hotel?',
      'te ~1 espero ~2 en ~1 mi ~1 cuarto|habitacion|pieza|cama|auto|coche|carro|casa',
      'te ~1 paso ~1 a ~1 buscar|recoger ~6 que_no|sin_que ~2 se? ~1 entere|enteren|vea|vean',
      'vente|ven|veni ~3 a ~1 mi ~1 casa|cuarto|habitacion ~3 cuando|mientras ~2 no ~1 este|esté ~1 mi ~1 mujer|esposa|marido|esposo|novia',
      'nadie ~2 tiene ~1 que ~1 saber ~2 que ~1 nos ~1 vemos|veamos|encontramos'] },
    { id: 'es.act.groom_gift', stage: 'persona', weight: 0.5, why: 'le ofrece un regalo', phrases: [
      'te ~1 compro|compraria|comprare|regalo|regalaria|regalare|iba_a_regalar|voy_a_regalar|voy_a_comprar|mando ~3 @regalo',
      // dev early-24 (12-04 noche): "te regalamos 5000 seguidores si mandás fotos", "te hago toda la tarea gratis"
      'te ~1 regalamos|regalo|damos|doy ~1 # ~1 seguidores|likes|robux|pavos', 'te ~1 hago ~2 la ~1 tarea ~2 gratis'] },
    { id: 'es.act.groom_child', stage: 'persona', weight: 0.5, why: 'la trata como una niña en tono romántico o sexual', phrases: [
      'eres|sos ~1 una|un ~1 nena|nene|nina|nino|chiquita|chiquito|pequena|pequeno', 'madura|maduro ~2 para ~1 tu ~1 edad',
      'desde ~1 que ~1 eras ~1 un|una? ~1 bebe|chiquita|chiquito|pequena|pequeno|nena|nina',
      'no ~1 te ~1 veo|vi|veia|veo_desde desde ~1 que ~1 eras ~1 un|una? ~1 bebe|chiquita|chiquito|pequena|pequeno|nena|nina',
      'la ~1 edad ~1 es ~1 solo ~1 un ~1 numero', 'no ~1 es ~1 nada ~1 malo ~3 tu ~1 edad'] },
    { id: 'es.act.groom_romance', stage: 'sexualisation', weight: 0.3, why: 'palabras románticas o sobre el cuerpo', phrases: [
      'besarte|besitos|abrazarte', 'dormir ~1 contigo', 'ser ~1 mi ~1 novia|novio', 'por ~1 todo ~1 el ~1 cuerpo', 'te ~1 voy ~1 a ~1 comer',
      'ropa ~1 interior', 'mas ~1 rica|buena|buenota', 'cama ~3 para ~1 vos|ti|los_dos|nosotros|ambos'] },
    { id: 'es.act.groom_bargain', stage: 'persona', weight: 0.5, why: 'ofrece un regalo a cambio de algo', phrases: [
      '@regalo ~2 si ~1 me ~1 decias|dices|decis|dijeras|mandas|mandás|mandaras|pasas|muestras|mostras|ensenas',
      '@regalo ~2 si ~1 vienes|venis|venís|nos_vemos',
      '@regalo ~3 si ~1 no ~1 le ~1 contas|cuentas|dices|decis ~1 a ~1 nadie ~2 que ~1 hablamos|nos_vemos|nos_escribimos'] },

    // quien lee suplica a quien le responde (analyzer.ts atribuye los `es.reply.*` a esa persona)
    { id: 'es.reply.plea_life', stage: 'threat', weight: 0.6, why: 'le suplicaron que no arruinara una vida o no difundiera fotos', phrases: [
      'no ~1 me? ~1 arruines|destruyas|arruine|destruya ~1 la? ~1 vida', 'te|se ~1 lo? ~1 suplico|ruego',
      'por_favor|porfa|porfavor ~2 no ~2 @exponer|@negado ~3 a ~1 nadie|nadien|mi|mis',
      'hago|hare ~1 lo_que_sea|lo_que_quieras|cualquier_cosa ~3 pero|solo|por_favor|porfa ~2 no'] },
    { id: 'es.reply.plea', stage: 'threat', weight: 0.45, why: 'le suplicaron que no difundiera algo o le dijeron que no hay dinero', phrases: [
      'por_favor|porfa|porfavor ~2 no ~2 @exponer|@negado', 'no ~1 lo|las|los|la ~1 @exponer|@negado ~2 a ~1 nadie|nadien|mi|mis|mis_papas|mis_padres',
      'por_favor|porfa|porfavor ~2 borra*|elimina*', 'no ~1 tengo ~2 dinero|plata|tanto|ese_dinero|la_plata',
      'no ~1 puedo ~1 pagar', 'ya ~1 te? ~1 pague|transferi|deposite', 'por_que ~1 me? ~1 haces_esto'] },

    // actos: estructuras sobre las clases de palabras de `classes`
    // contar a su gente lo que mandó, como en inglés act.tell (probado como usuario, 12-06 noche): "o le digo a tus padres que
    // me mandaste fotos", "les voy a contar a todos que me enviaste nudes"; sin condición, solo de desnudos
    { id: 'es.act.tell', stage: 'threat', weight: 0.8, why: 'amenaza con contar a su familia o amigos lo que mandó', phrases: [
      `@condicion ~3 le|les|se_lo? ~1 ${DECIR} ~4 lo_que ~1 me ~1 mandaste|enviaste|pasaste|mostraste|mandabas`,
      `@condicion ~3 le|les|se_lo? ~1 ${DECIR} ~4 que ~1 me ~1 mandaste|enviaste|pasaste|mostraste|mandabas ~2 @objeto|foto|fotos|fotito|fotitos|video|videos|nudes|pack|packs|eso|esto|esa|esas|esos|todo|desnudos|desnuda|desnudo`,
      `le|les|se_lo ~1 ${DECIR} ~4 que ~1 me ~1 mandaste|enviaste|pasaste|mostraste ~2 nudes|desnudos|desnuda|desnudo|fotos_desnuda|fotos_desnudo|fotos_intimas|tu_pack|el_pack|packs|pack`] },
    { id: 'es.act.expose', stage: 'threat', weight: 1, why: 'amenaza con mandar o publicar fotos o vídeos', phrases: [
      // "me amenazan con subirla a instagram", contado de vuelta "te amenazo con subirla" (historias escritas después de
      // las reglas, 12-07; "amenazó con publicar" de una noticia es un marcador de discusión)
      'amenazo|amenazamos ~1 con ~1 subir*|publicar*|mandar*|enviar*|difundir*|compartir*|pasar*|ensenar*|mostrar*|filtrar*',
      // escrito para la ronda del 12-06 (mañana): "tienes hasta las 10 para pagar, después empiezo a mandarlas"
      'para ~1 pagar|pagarme ~6 despues|luego|si_no|sino ~1 empiezo|empezare|comienzo|comenzare ~1 a ~1 mandarlas|mandarlos|enviarlas|enviarlos|subirlas|subirlos|publicarlas|publicarlos|pasarlas|pasarlos|mandar|enviar|subir|publicar',
      // probado como usuario (12-05 noche): "tus fotos van a estar en todas partes esta noche", "último aviso antes de publicarlas"
      'tus|sus ~1 fotos|videos|nudes|packs|fotitos ~1 van_a_estar|estaran|van_a_circular|circularan ~1 en|por ~1 todas_partes|todos_lados|internet|todas_las_redes',
      'ultimo|ultima ~1 aviso|advertencia|oportunidad ~1 antes ~1 de ~1 publicarlas|publicarlos|subirlas|subirlos|mandarlas|mandarlos|filtrarlas|filtrarlos|difundirlas|difundirlos|ensenarlas|ensenarlos',
      // "pásame 1000 por nequi o se riega el video" (probado como usuario, 12-05)
      '@condicion ~1 se ~1 riega|filtra|sube|publica|difunde|viraliza ~1 el|la|los|las|tu|tus ~1 video|videos|foto|fotos|pack|packs|nudes|grabacion',
      // dev mail-9 (12-03): "Si le cuentas esto a alguien, el vídeo se publicará ese mismo día"
      'si ~1 le|lo|se_lo? ~1 cuentas|dices|comentas|ensenas|muestras|reenvias ~4 el|la|los|las|tu|su ~1 video|videos|fotos|grabacion|grabaciones ~1 se ~1 publicara|publicaran|enviara|enviaran|difundira|difundiran|subira|subiran',
      // dev chat-12, mail-9 (12-03): "si no, el video se sube", "o tus fotos salen en el servidor", "si vas a la policía lo
      // subo", "Si le cuentas esto a alguien, el vídeo se publicará", "lo sabré al instante y publicaré todo", "todos tus
      // contactos de WhatsApp recibirán el enlace"
      '@condicion ~2 @objeto ~1 se ~1 sube|subira|publica|publicara|comparte|compartira|filtra|filtrara|envia|enviara|manda|mandara',
      'o|si_no|sino ~1 tus|tu|la|las|el|los ~1 fotos|videos|video|foto|nudes|pack|grabacion ~1 salen|sale|saldran|saldra|aparecen|aparece|van|va ~2 en|a|al ~3 @red|@publico|grupo|servidor|discord',
      'si ~1 vas|vas_a_ir|llamas|avisas|le_cuentas|cuentas|lo_cuentas ~4 lo|la|los|las ~1 subo|publico|mando|envio|paso|filtro',
      // (not "si le cuentas a alguien te mando todo lo que necesitas": "te mando" sends to the reader, tried as a user 12-05)
      'si ~1 vas|vas_a_ir|llamas|avisas|le_cuentas|cuentas|lo_cuentas ~4 te ~1 subo|publico|filtro|expongo|quemo|escracho',
      // dev mail-10 (12-03 pm): "se lo enviaré a tu empresa si no pagas", "Con un solo clic puedo compartir el video con todos"
      'se_lo|se_los|se_las ~1 enviare|mandare|publicare|subire|compartire|ensenare|difundire ~5 si ~1 no ~1 pagas|me_pagas|pagues|recibo|pagan|paga',
      'lo|los|las|la ~1 publicare|subire|difundire ~5 si ~1 no ~1 pagas|me_pagas|pagues|recibo|pagan|paga',
      // una madre que lo cuenta (historias escritas para las reglas, 12-07): "le dice que las va a publicar si no le manda
      // más", dicho a la hija: "las voy a publicar si no me mandas más"
      'la|los|las ~1 voy_a|vamos_a ~1 publicar|subir|difundir|filtrar|mandar|enviar|pasar|ensenar ~5 si ~1 no ~2 pagas|pagues|mandas|envias|depositas|transfieres|pasas',
      'la|los|las ~1 publico|subo|difundo|filtro ~5 si ~1 no ~2 pagas|pagues|mandas|envias|depositas|transfieres|pasas',
      // dev early-14 (12-03 pm): "o tu foto va al canal general y a tu instagram"
      '@condicion ~5 @objeto ~1 va|van|sale|salen|llega|llegan ~1 al|a_la|a_los|a_todo_el ~3 canal|grupo|servidor|chat|discord|story|historia|insti|instituto|colegio|cole',
      // dev early-26 (12-05): "las que ya tengo van a la cuenta de confesiones de tu insti esta noche"
      'las|los ~1 que ~1 ya? ~1 tengo|guarde|tengo_guardadas ~2 van|iran|salen|llegan|acaban ~1 a|al|en ~4 cuenta|pagina|grupo|confesiones|insti|colegio|cole|@publico|@red',
      // dev early-25 (12-05): "Si le dices al profe, las fotos de tu pieza llegan al grupo del curso y a tu apoderado"
      'si ~1 le|les|se_lo ~1 dices|cuentas|contai|decis|contas|dice|cuenta ~8 @objeto ~4 va|van|sale|salen|llega|llegan|llegaran|llegara|iran|ira ~1 al|a_la|a_los|a|a_tu|a_tus ~3 canal|grupo|servidor|chat|discord|colegio|cole|curso|apoderado|@publico',
      // dev chat-14 (12-03 pm): "Mándame otro video o subo el primero"
      'o|si_no|sino ~1 subo|publico|mando|paso|difundo|comparto ~1 el|la|los|las ~1 primero|primera|primeros|primeras|anterior|anteriores|que_me_mandaste|que_ya_tengo',
      // dev chat-14 (12-03 pm): "Si me dejas, todos van a ver el video"
      'si ~1 me ~1 dejas|bloqueas|ignoras|denuncias|dejas_de_hablarme ~4 todos|todo_el_mundo ~2 van_a|vamos_a? ~1 ver|saber|recibir ~2 el|los|las|tus|tu ~1 video|videos|fotos|pack',
      'con ~1 un ~1 solo? ~1 clic|click ~3 puedo|podria|podre ~1 compartir|enviar|mandar|publicar|difundir ~2 el|los|tu|tus|la|las ~1 video|videos|fotos|grabacion|grabaciones',
      // dev chat-13 (12-03): "tienes 10 minutos para mandarme el dinero o lo publico", "mándalo por bizum y borro todo, si
      // no lo publico hoy mismo"
      'dinero|pago|plata|bizum|transferencia|pagas|pagues|pagar|mandas|mandes ~4 o|si_no|sino|si_no_lo_haces ~1 lo|los|la|las|te ~1 publico|subo|difundo|filtro|paso',
      'borro ~1 todo|todos|todas|el_video|las_fotos ~2 si_no|sino|si_no_pagas ~1 lo|los|la|las ~1 publico|subo|difundo|filtro|mando',
      'lo ~1 sabre|sabremos ~3 y ~1 publicare|subire|mandare|enviare|filtrare|difundire ~1 todo|el_video|los_videos|las_fotos',
      'todos|todas ~1 tus|sus ~2 contactos|amigos|seguidores|familiares ~3 recibiran|veran ~2 el|la|los|las|tu|tus|su|sus ~1 enlace|link|video|videos|fotos|grabacion',
      // dev mail-5: "Si vuelves a ignorarme, envío el video sin más aviso", "los videos serán enviados a su pareja y a su lugar
      // de trabajo", "su nombre aparecerá en el registro público de delincuentes sexuales"
      'si ~1 vuelves_a_ignorarme|no_pagas|me_ignoras|no_me_pagas|me_bloqueas|no_paga ~4 envio|mando|publico|subo',
      '@objeto ~1 seran|sera ~1 enviados|enviado|enviadas|publicados|publicado|publicadas|difundidos|difundido ~2 a|en ~2 @publico|su_lugar_de_trabajo|tu_lugar_de_trabajo',
      'su|tu ~1 nombre ~1 aparecera ~2 en ~3 registro ~3 delincuentes ~1 sexuales',
      // dev chat-8, mail-6 (12-02 pm): "después empiezo a mandarlo a tus contactos uno por uno", "sin eso, tus fotos van al
      // discord del server", "o se lo enseño a todo el clan", "si me dejas todo el mundo va a ver tus fotos", "Con un solo
      // clic recibirán la grabación", "Si no recibo el pago, su esposa será la primera en ver el vídeo", "la grabación
      // saldrá a la luz"
      'despues|luego|si_no|sino ~1 empiezo|empezare|comienzo ~1 a ~1 mandarlo|mandarla|mandarlos|mandarlas|enviarlo|enviarla|subirlo|subirla|publicarlo|publicarla|pasarlo|pasarla ~1 a ~2 @publico',
      'sin_eso|si_no|sino|o ~2 @objeto ~1 van|va|iran|ira ~1 al|a|para ~3 discord|grupo|server|servidor|@publico|@red',
      'o|sino|si_no ~1 se|te ~1 lo|la|los|las ~1 enseno|ensenare|mando|mandare|envio|enviare|muestro|mostrare ~1 a ~1 todo_el|toda_la|todos|todas|@publico',
      'si ~1 me ~1 dejas|bloqueas|ignoras|reportas ~3 va|van ~1 a ~1 ver ~1 tus|tu ~1 fotos|videos|video|foto|nudes|pack',
      'con ~1 un ~1 solo? ~1 clic|click ~3 recibiran|recibira|veran|vera ~2 la|las|tu|tus|su|sus ~1 grabacion|grabaciones',
      'si ~1 no ~4 @publico ~1 sera|seran ~1 el|la|los|las? ~1 primera|primero|primeros|primeras ~1 en ~1 ver|recibir',
      'la|el|su|tu|las|los|sus|tus ~1 grabacion|grabaciones|video|videos|fotos ~1 saldra|saldran ~1 a ~1 la ~1 luz',
      // dev chat-7: "ya tengo todo listo para mandárselo a tus compañeros de trabajo", "manda 60 euros o les llega a todos",
      // "o mañana eres tendencia en el pueblo", "mañana las ve todo tu salón"
      'tengo ~1 todo ~1 listo|preparado ~1 para ~1 mandarselo|enviarselo|publicarlo|subirlo|mandarlo|enviarlo|mandarselos ~1 a ~3 @publico|companeros',
      'o|sino|si_no ~1 les|le ~1 llega|llegan|llegara ~1 a ~1 todos|todas|tu|tus',
      'o|sino|si_no ~2 eres|seras ~1 tendencia|viral',
      'manana|hoy ~1 las|los|la|lo ~1 ve|ven|vera|veran ~1 todo|toda|todos ~1 tu|tus ~1 @publico|salon|clase|escuela|colegio',
      // dev chat-4: "mándame otra o la primera va pa tu grupo del salón"
      'o|sino|si_no ~1 la|el ~1 primera|primero|foto|video ~1 va|van ~1 pa|para|a ~2 tu|tus ~2 grupo|@publico',
      // dev mail-4: "Si compartes este mensaje, el vídeo se publicará de inmediato", "el vídeo llegará a todos sus
      // contactos", "tu video llega a tu trabajo", "su familia recibirá las grabaciones", "Su familia y sus compañeros las
      // recibirán si no paga", "Imagina qué pasará cuando los padres de tus alumnos reciban este vídeo"
      'si ~6 @objeto ~1 se ~1 publicara|difundira|subira|enviara|mandara ~1 de_inmediato|inmediatamente|automaticamente|al_instante',
      '@objeto ~1 llegara|llegaran|llega|llegan ~1 a ~3 @publico|trabajo|oficina|escuela',
      '@publico ~1 recibira|recibiran|vera|veran ~1 las|los|la|el|tus|sus|su|tu ~1 grabacion|grabaciones|video|videos|imagenes',
      '@publico ~6 las|los|lo|la ~1 recibiran|recibira|veran|vera ~3 si_no|a_menos_que|salvo_que',
      'imagina ~2 que ~1 pasara|dira|diran|pensaran ~2 cuando ~4 reciban|reciba|vean|vea ~2 este|ese|el|tu ~1 video|foto|fotos|grabacion',
      // "mañana tu colegio amanece con tus fotos", "ya le mandé una a tu hermana", "¿quieres que siga con tus papás?",
      // "uno por uno les va a ir llegando"
      'tu|tus|su|sus ~1 colegio|escuela|familia|trabajo|instituto|universidad|@publico ~1 amanece|amanecen|despierta|despiertan ~1 con ~1 tus|tu|sus|su ~1 fotos|foto|video|videos',
      'ya ~1 le|les ~1 mande|envie|pase|mostre ~2 una|uno|un_video|una_foto ~1 a ~1 tu|tus ~2 @publico|hermana|hermano|prima|primo',
      'quieres|quieren ~1 que ~1 siga|continue|sigamos ~1 con ~1 tu|tus ~2 @publico|papas|hermanos|abuelos',
      'uno ~1 por ~1 uno ~1 les|te ~1 va|van ~1 a ~1 ir ~1 llegando',
      // "ya tengo el grupo de tu salón armado, solo falta que le dé enviar", "me encargo de que todo el barrio te
      // conozca", "se acaba el trato y lo publico", "solo pagar para que yo no lo mande"
      'grupo ~3 tu|tus ~6 solo|nada_mas ~1 falta|me_falta ~1 que ~1 le ~1 de|pulse|apriete ~1 a? ~1 enviar|mandar|publicar|subir',
      'me ~1 encargo ~1 de ~1 que ~1 todo|toda|todos ~2 @publico|barrio|escuela|colegio|mundo|salon|pueblo ~1 te ~1 conozca|conozcan|vea|vean',
      'se ~1 acaba ~1 el ~1 trato ~2 y ~1 lo|la|los|las ~1 publico|subo|mando|filtro|paso',
      'pagar|pagas|pagues|pagando ~3 para ~1 que ~1 yo? ~1 no ~1 lo|la|los|las ~1 mande|publique|suba|filtre|envie|pase',
      // "¿qué dirán tu pareja, tus hijos y tu jefe cuando vean este video?"
      'que ~1 diran|pensaran|dira|pensara ~8 cuando ~1 vean|vea|reciban|reciba ~2 este|ese|el|tu|tus ~1 video|foto|fotos|videos|grabacion',
      '@exponer ~3 @objeto ~4 a|en|por|entre ~2 @publico', 'se ~1 las|los|lo ~1 @exponer ~3 a|en ~2 @publico',
      '@exponer ~3 tus|tu ~1 fotos|videos|video|nudes|pack|imagenes ~4 a|en|por ~2 @red',
      '@objeto ~2 van|va|llegan|llega|acaban|terminan ~2 a|en ~2 @publico',
      '@objeto ~2 van|va|llegan|llega|acaban|terminan ~2 a|en ~2 @red ~2 si|o|sino',
      // "si no, la iglesia entera lo va a ver", "o lo ve todo el barrio"
      'si_no|sino|o ~3 @publico|entera|barrio|pueblo|escuela|colegio ~2 lo|la|los|las ~1 va_a_ver|van_a_ver|vera|veran|ve|ven',
      'si_no|sino|o ~1 lo|la|los|las ~1 ve|ven|vera|veran ~2 @publico',
      // "el vídeo se enviará automáticamente" (a todos sus contactos)
      '@objeto ~1 se ~1 enviara|publicara|mandara|difundira|enviaran|publicaran ~1 automaticamente',
      // "ahora me mandas otra o la subo al servidor", "50 lucas o lo paso por todos los grupos del cole"
      'o|sino|si_no ~1 lo|la|los|las ~1 @exponer ~3 a|al|en|por ~3 @red|@publico|grupos|grupo|servidor|escuela|colegio|cole',
      // "deposítame en Oxxo o lo publico hoy mismo", "mándame otra o subo las que ya tengo"
      'paga|pagame|pague|paguen|deposita|depositame|deposite|transfiere|transfiereme|yapea|yapeame|manda|mandame|envia|enviame|dame ~6 o|sino|si_no ~1 lo|la|los|las ~1 subo|publico|filtro|difundo|subire|publicare|filtrare|difundire',
      'o|sino|si_no ~1 subo|publico|filtro|difundo|mando|envio|paso|subire|publicare|mandare ~2 las|los|lo ~1 que ~1 ya ~1 tengo',
      // "el video se publicará y se enviará a toda tu lista de contactos"
      '@objeto ~1 se ~1 publicara|enviara|mandara|difundira|subira|compartira|filtrara ~8 @publico|@red',
      // "... o publicaré el vídeo en redes sociales"
      '@condicion @exponer ~3 @objeto ~4 a|en|por|al ~2 @red|@publico',
      // "o subo tus fotos", "si no pagas, mando tus videos": las fotos de quien lee, tras una condición
      '@condicion @exponer ~2 tus|tu ~1 fotos|videos|video|nudes|pack|imagenes|fotitos',
      // "si no depositas hoy, tu video va a estar en todas las redes"
      '@condicion ~5 @objeto ~1 va_a_estar|van_a_estar|estara|estaran|sale|saldra|saldran|aparece|aparecera|apareceran|va|van ~3 en|a|por ~2 @red|@publico',
      // "si no pagás, todos tus contactos van a recibir tu video"
      '@condicion ~4 todos? ~1 @publico ~1 va_a|van_a|vera|veran|recibe|reciben|recibira|recibiran ~1 ver|recibir? ~3 @objeto|lo_que|esto|eso|todo|tus|tu',
      // "lo enviaremos a todos sus contactos"
      'lo|la|los|las|se_lo|se_la|se_los|se_las ~1 @exponer ~3 a|en|con|entre ~3 todos? ~1 tus|sus ~1 contactos|amigos|familiares|seguidores|colegas|companeros|conocidos',
      // "te voy a hacer viral"
      'te|lo|la ~1 voy_a|vamos_a|puedo|podemos ~1 hacer ~1 viral',
      // "... o lo ve tu familia", "si no me pasas plata hoy, las ve todo tu colegio"
      '@condicion ~4 lo|la|los|las|te|esto|eso ~1 ve|ven|vera|veran|recibe|reciben|recibira|recibiran|tendra|tendran ~1 @publico',
      // "tu familia va a ver el vídeo si no pagas"
      '@publico ~1 va_a|van_a|vera|veran|recibe|reciben|recibira|recibiran ~1 ver|recibir? ~3 @objeto|esto|eso|todo|lo_que|lo ~3 si_no|sino|a_menos_que|de_lo_contrario',
      // "pagá o todo el colegio ve las fotos"
      '@condicion ~1 todo|toda ~1 el|la|tu ~1 colegio|escuela|clase|familia|barrio|mundo|instituto|facultad|curso|grupo ~1 ve|ven|vera|veran|va_a_ver|recibe|recibira ~2 @objeto|esto|eso|todo|tus|tu|lo',
      // "si me bloqueas subo todo a internet"
      'si ~1 me ~1 bloqueas|bloquea|denuncias|denuncia|ignoras|ignora|reportas|reporta|borras|borra ~3 @exponer ~3 todo|@objeto|lo|la|los|las ~3 a|en|por ~1 @red|@publico',
      // "ya le mandé una foto a tu prima como adelanto", "cuando toda la escuela vea lo que me mandaste"
      'ya ~1 le|les ~1 mande|envie|pase|mostre ~3 a ~2 @publico ~3 como ~1 adelanto|muestra|aviso|advertencia',
      'cuando|si ~1 @publico ~1 vea|vean|reciba|reciban ~2 lo_que|esto|eso|tus|tu ~2 me? ~1 mandaste|enviaste|pasaste|@objeto?',
      // "si me reportas lo mando a tu equipo de fútbol"
      'si ~1 me ~1 bloqueas|bloquea|denuncias|denuncia|ignoras|ignora|reportas|reporta|borras|borra ~2 lo|la|los|las|se_lo|se_la|se_los|se_las|todo ~1 @exponer ~3 a|en|por ~1 @publico|@red',
      // "1000 pesos por Oxxo o se publica", "Después tu familia entera verá lo que hiciste", "O me pagas o lo ven",
      // "o tu madre recibe el enlace", "ahora va la primera a tu hermana", "o todos lo ven", "el material
      // será enviado a todos sus contactos", "si te sales del chat lo mando al grupo"
      'o|sino ~1 se ~1 publica|publicara|sube|subira|manda|mandara|difunde|difundira|filtra|filtrara|envia|enviara',
      'despues|luego ~2 @publico ~1 entera|entero? ~1 vera|veran|va_a_ver|van_a_ver|recibe|recibira',
      // "tu novia va a recibir todo en 3, 2, 1..."
      '@publico ~1 va_a|van_a ~1 recibir|ver ~1 todo|esto|eso|@objeto ~2 en ~1 # ~1 #',
      '@condicion ~1 me ~1 pagas|pagás|pagues ~1 o ~1 lo|la|los|las ~1 ven|veran|reciben|recibe|ve',
      '@condicion ~2 @publico ~1 recibe|reciben|vera|veran|ve|ven ~2 el|la|los|las|tu|tus ~1 enlace|link|video|fotos|@objeto',
      'va|van|mando|mandare ~1 la|el ~1 primera|primero ~1 a|pa|para ~2 @publico',
      // "¿Lo publico o pagas?", "deposite ... o será enviada a todos sus contactos", "tu novio se entera hoy
      // mismo a menos que me transfieras", "si ya lo tienen mis compas", "Ya está en la bandeja de tu tía",
      // "entonces empiezo por tu hermana"
      'lo|la|los|las ~1 publico|subo|mando ~1 o ~1 pagas|me_pagas|pagás',
      '@condicion ~1 sera|seran ~1 enviada|enviado|enviadas|enviados|publicado|publicada ~2 a ~2 todos? ~1 sus|tus ~1 contactos|amigos|familiares|conocidos',
      '@publico ~1 se_entera|se_enterara ~4 a_menos_que|si_no|salvo_que',
      'ya ~1 lo|la|los|las ~1 tienen|vieron ~1 mis ~1 compas|amigos|panas|socios',
      'empiezo|empezamos ~1 por|con ~1 @publico|tu_hermana|tu_hermano|tu_mama|tu_papa',
      '@condicion ~1 todos|todo_el_mundo ~1 lo|la|los|las ~1 ven|veran|van_a_ver',
      '@objeto|material ~1 sera|seran ~1 enviado|enviados|enviada|enviadas|publicado|publicados|difundido|difundidos ~2 a ~2 todos? ~1 sus|tus ~1 contactos|amigos|familiares|seguidores|colegas|companeros',
      'si ~1 te ~1 sales|vas ~3 lo|la|los|las ~1 @exponer ~3 al|a|en ~1 grupo|@red|@publico',
      // "si no, el grupo del salón ve los que ya tengo", "deposita o lo subo", "si me bloqueas lo publico",
      // "tu director lo ve mañana si no pagas", "todos van a tener tu video ... salvo que me transfieras",
      // "la próxima va para tu papá", "si fallas una, subo la carpeta entera", "o tu iglesia se entera"
      '@condicion ~4 ve|ven|vera|veran|va_a_ver|van_a_ver|tiene|tienen|recibe|reciben ~2 los|las|lo|la ~1 que ~2 tengo|me_mandaste|me_enviaste',
      'paga|pagame|deposita|transferi|transfiere|manda|mandame|pasame|pagá ~5 o|sino ~1 lo|la|los|las|te ~1 subo|publico|difundo|filtro|comparto|compartimos|subimos|publicamos',
      'si ~1 me ~1 bloqueas|bloquea|denuncias|denuncia|ignoras|ignora|reportas|reporta ~2 lo|la|los|las|todo ~1 publico|subo|mando|difundo|filtro',
      '@publico ~1 lo|la|los|las ~1 ve|ven|vera|veran|recibe|reciben|recibira ~4 si_no|sino|a_menos_que|salvo_que|de_lo_contrario',
      'todos|todo_el_mundo ~1 van_a|va_a ~1 tener|ver|recibir ~2 tu|tus|@objeto ~5 salvo_que|a_menos_que|si_no|sino',
      'la|el ~1 proxima|proximo|siguiente ~1 va|van ~1 para|a ~2 @publico',
      'si ~1 fallas|faltas|no_cumples ~3 subo|publico|mando ~2 la|el|todo|todas|todos',
      '@condicion ~2 @publico ~1 se_entera|se_enteran|se_enterara|se_enteraran|lo_sabe|lo_sabra',
      // "o tus parientes verán quién eres realmente", "si no recibo ... subiré tu vídeo a páginas para adultos",
      // "compartiré el vídeo con todos tus conocidos"
      '@condicion ~1 @publico ~1 veran|vera|sabran|sabra|conoceran|conocera ~2 quien_eres|lo_que_hiciste|la_verdad|lo_que_haces',
      '@condicion ~6 @exponer ~2 tus|tu ~1 fotos|videos|video|nudes|pack|imagenes|grabaciones',
      // dev chat-9, chat-10, mail-7 (12-02 evening): "no me mientas o publico el video", "pack o lo filtro",
      // "quiero más fotos. o todos ven estas", "Tú decides: pagar o que todos lo vean"
      '@condicion @exponer ~2 el|la|los|las|esas|esos|estas|estos ~1 video|videos|foto|fotos|pack|nudes|grabacion|grabaciones|imagenes',
      'o ~1 lo|la|los|las ~1 filtro|filtramos|difundo|difundimos',
      'o ~1 todos|todo_el_mundo ~1 ven|veran|van_a_ver ~1 estas|estos|esas|esos|tus|las|los|lo_que',
      '@condicion ~1 que ~1 todos|todo_el_mundo ~1 lo|la|los|las ~1 vean',
      '@exponer ~2 el|la|los|las ~1 @objeto|video|fotos|grabacion|grabaciones ~2 con|a ~2 todos? ~1 tus|sus ~1 conocidos|contactos|amigos|familiares|parientes|seguidores',
      // "si le cuentas a alguien, lo publico en todos lados"
      'si ~1 le|les ~1 cuentas|contas|dices|decis ~1 a ~1 alguien|nadie|tus_padres|tu_familia|la_policia ~3 lo|la|los|las|todo ~1 @exponer ~3 en|a|por ~1 todos_lados|todas_partes|@red|@publico'] },
    // "a menos que hagas lo que te digo", "ahora haces lo que yo diga"
    { id: 'es.act.comply', stage: 'demand', weight: 0.6, why: 'pone como condición que haga lo que dice', phrases: [
      'a_menos_que|si_no|o|hasta_que ~1 hagas|haces|hagan ~1 lo ~1 que ~1 te|yo? ~1 digo|diga|pido|pida',
      'ahora ~1 haces|haras|vas_a_hacer ~1 lo ~1 que ~1 yo|te? ~1 diga|digo|pida|pido'] },
    { id: 'es.act.conditional_pay', stage: 'demand', weight: 0.8, why: 'pone el pago como condición', phrases: [
      '@condicion ~1 me? pagas|pagues|transfieres|transferis|transfieras|mandas|mandes|depositas|deposites|pasas|pases|envias|envies|yapeas|yapees ~2 el|la? dinero|plata?',
      'paga|pagame|pagas ~2 o|sino',
      // una suma con plazo: "200 € antes de mañana"
      '# ~1 euro|euros|dolares|dolar|pesos|soles|lucas ~2 antes_de|para ~1 manana|hoy|esta_noche|la_noche|medianoche|el_lunes|el_viernes'] },
    { id: 'es.act.delete_after_pay', stage: 'compromise_claim', weight: 0.9, why: 'promete borrar algo cuando le paguen', phrases: [
      // dev mail-9 (12-03): "Después del pago, el sistema elimina automáticamente todas las copias", "Tú pagas, yo desaparezco"
      'despues_del_pago|tras_el_pago|una_vez_recibido_el_pago|cuando_reciba_el_pago ~3 elimina|borra|destruye|eliminare|borrare|eliminara|borrara ~3 todas|todos|las|los|el|la ~2 copias|videos|fotos|archivos|grabacion|grabaciones|material',
      'tu|usted ~1 pagas|paga ~2 yo ~1 desaparezco|borro|me_voy|elimino|lo_borro',
      'cuando|si|en_cuanto ~1 me? pagas|pagues|pagues ~4 borro|borrare|elimino|eliminare',
      // "borraré todo cuando me pagues" (probado como usuario, 12-05 tarde)
      'borro|borrare|elimino|eliminare ~3 cuando|en_cuanto|apenas ~1 me? ~1 pagues|pagas|deposites|transfieras',
      // "si quieres que lo borre, todo tiene un precio"
      'si ~1 quieres|quiere ~1 que ~1 lo|la|los|las|te? ~1 borre|elimine|borremos|eliminemos ~6 precio|pagar|pagues|pague|pago|dinero'] },
    { id: 'es.act.deadline', stage: 'pressure', weight: 0.7, why: 'pone un plazo', phrases: [
      // dev mail-9 (12-03): "El contador empezó a correr en el momento en que abriste este mensaje"
      'contador|cronometro|temporizador|reloj|cuenta_atras|cuenta_regresiva ~2 empezo|empieza|comenzo|comienza|corre|esta_corriendo|ya_corre',
      'tienes ~1 @plazo', 'antes de|en @plazo',
      // "tienes hasta las 9" (probado como usuario, 12-05)
      'tienes|tenes|tiene ~1 hasta ~1 las|la ~1 #', 'dentro de ~1 las? @plazo', 'te|le ~1 doy|damos|dare|daremos @plazo'] },
    { id: 'es.act.menace', stage: 'pressure', weight: 0.6, why: 'amenazas para asustar', phrases: [
      'no ~1 me pruebes', 'no estoy bromeando|jugando', 'no es broma', 'te lo adverti',
      // "si me bloqueas ya verás", "bloquéame y verás lo que pasa" (probado como usuario, 12-05 tarde)
      'me ~1 bloqueas|ignoras ~1 ya? ~1 veras', 'bloqueame|ignorame ~1 y ~1 ya? ~1 veras|vas_a_ver',
      // "no sirve de nada avisar a la policía", "ni se te ocurra ir a la policía"
      'no ~1 sirve ~2 de ~1 nada ~1 avisar|llamar|denunciar|ir|acudir|contactar ~2 a? ~1 la ~1 policia',
      'ni ~1 se ~1 te ~1 ocurra ~2 avisar|llamar|denunciar|ir|acudir|contactar|decirle ~2 a? ~1 la ~1 policia',
      // "ni se te ocurra bloquearme" (12-06)
      'ni ~1 se ~1 te ~1 ocurra ~1 bloquearme|denunciarme|reportarme|ignorarme|eliminarme',
      // "una situación muy mala para ti", "si actúas con sabiduría"
      'situacion ~1 muy|bastante|realmente? ~1 mala|grave|dificil|delicada|desagradable|peligrosa ~2 para ~1 ti|usted',
      'actuas|actua|actues|actue|actuar|obras|obra ~1 con ~1 sabiduria|inteligencia|cabeza|prudencia|sensatez',
      'actuas|actua|actues|actue|actuar ~1 sabiamente|inteligentemente|sensatamente',
      'no ~1 intentes|trates_de|pienses_en ~1 huir|escapar|esconderte|desaparecer',
      'no sabes ~2 de que soy capaz|lo_que_puedo_hacer',
      // "no creas que no lo voy a hacer", "no te lo voy a pedir otra vez" (12-06 tarde)
      'no ~1 creas|pienses ~1 que ~1 no ~1 lo|las|los|la ~1 voy ~1 a ~1 hacer|subir|mandar|publicar|enviar',
      'no ~1 te ~1 lo ~1 voy ~1 a ~1 pedir|decir|repetir ~1 otra|dos ~1 vez|veces'] },
    // el precio del silencio: "mi misericordia no es gratuita", "mi silencio tiene un precio"
    { id: 'es.act.silence_price', stage: 'demand', weight: 0.8, why: 'dice que su silencio tiene un precio', phrases: [
      'mi ~1 silencio|misericordia|discrecion|perdon|clemencia ~2 no ~1 es|sera|sale ~1 gratis|gratuito|gratuita|barato|barata',
      'mi ~1 silencio|misericordia|discrecion|perdon|clemencia ~2 tiene|tendra|cuesta|costara ~1 un? ~1 precio|costo|coste',
      'precio ~1 de ~1 mi ~1 silencio|discrecion'] },
    // "me pasó algo de ti", "tengo fotos tuyas": lo que tienen de quien lee
    { id: 'es.act.possession', stage: 'compromise_claim', weight: 0.6, why: 'dice tener algo suyo (fotos, vídeos)', phrases: [
      'me ~1 pasa|paso|pasaron|pasan|mando|mandaron|envio|enviaron|llego|llegaron|dio|dieron ~5 algo|fotos|videos|cosas|imagenes ~1 mas? ~1 de_ti|tuyo|tuya|tuyas|tuyos',
      'tengo|tenemos|guarde|guardamos|consegui|conseguimos ~3 fotos|videos|video|algo|cosas|imagenes|grabaciones ~1 tuyas|tuyos|tuyo|tuya|de_ti',
      // "hay un video tuyo en mi celular" (probado como usuario, 12-05 tarde)
      'hay ~1 un|unos|una|unas ~1 video|videos|foto|fotos ~1 tuyo|tuyos|tuya|tuyas|de_ti ~1 en ~1 mi ~1 celular|cel|movil|telefono|galeria|compu|computadora|ordenador|nube'] },
    // dev stranger-16 (12-04): "todavía tengo la foto que mandaste", "alguien que lo guardó"
    { id: 'es.act.kept', stage: 'compromise_claim', weight: 0.6, why: 'dice haber guardado una foto o un vídeo suyo', phrases: [
      'todavia|aun|ya|sigo ~2 tengo|tenia|teniendo|guardo|guarde ~2 la|las|el|los|esa|esas|ese|tu|tus ~1 foto|fotos|video|videos|captura|capturas|grabacion|audio|audios',
      'tengo|guarde|guardo ~1 lo ~1 que ~1 me ~1 mandaste|enviaste|pasaste|diste',
      // "tengo una copia de todo lo que me mandaste" (12-06 tarde)
      'tengo|guarde|guardo|hice ~1 una|unas? ~1 copia|copias|captura|capturas ~1 de ~1 todo ~1 lo ~1 que ~1 me ~1 mandaste|enviaste|pasaste|diste',
      'alguien|la|el que lo|la|los|las guardo|tiene|grabo|capturo',
      'la|el ~1 que ~1 tiene ~1 tus ~1 fotos|capturas|videos',
      // dev chat-15 (12-04): "todavía lo tengo guardado 🙂", "guardé capturas de todo"
      'todavia|aun ~1 lo|la|los|las ~1 tengo ~1 guardado|guardada|guardados|guardadas', 'guarde ~1 capturas|todo|las_capturas',
      // dev stranger-25 (12-04 night): de dónde viene dice de quién es: "la grabación de tu videollamada", "los videos de tu
      // cuenta vieja", "las fotos que le pasaste a tomás", "las capturas de todo lo que le mandaste a dani", "el que tiene
      // grabada tu llamada con irene"
      'grabacion|grabaciones|video|videos|fotos|capturas|audios ~2 de ~1 tu|la|esa ~1 videollamada|llamada|cuenta_vieja|otra_cuenta|cuenta_anterior|cuenta_secundaria',
      'de ~1 tu ~1 cuenta ~1 vieja|anterior|antigua|secundaria|privada',
      'fotos|videos|capturas|audios ~4 que ~1 le|les ~1 pasaste|mandaste|enviaste',
      'grabada|grabado ~1 tu ~1 llamada|videollamada',
      // dev stranger-26 (12-04 noche): "tengo guardadas las fotos que mandaste esa noche", "vi lo q le mandaste a tu
      // novio", "irene me lo enseñó todo"
      'fotos|videos|capturas|audios ~2 que|q ~1 mandaste|enviaste|pasaste',
      'vi|tengo|guarde|lei ~1 lo ~1 que|q ~1 le|les ~1 mandaste|enviaste|pasaste|escribiste',
      'me ~1 lo ~1 enseno|mostro|paso|mando ~1 todo'] },
    // "antes de subir nada de lo que me pasó de ti": una exposición con plazo (los amigos también
    // avisan antes de subir algo: cuenta junto a otra cosa)
    { id: 'es.act.before_expose', stage: 'threat', weight: 0.45, why: 'habla de publicar algo suyo', phrases: [
      'antes de|que ~1 @exponer ~3 nada|algo|todo|lo|eso|esto|@objeto ~6 de_ti|tuyo|tuya|tuyos|tuyas'] },
    // "si pagas / arreglamos de otra forma, entonces nadie ve tus vídeos": el trato y lo que pasa sin él
    { id: 'es.act.deal', stage: 'threat', weight: 1, why: 'pone un trato para que nadie vea sus fotos o vídeos', phrases: [
      'arregl*|pag*|transfier*|transfer*|deposit* ~8 y|entonces|asi|luego ~1 nadie ~1 ve|vera|veria|va_a_ver|ve_nunca|sabra|se_entera|se_enterara ~2 tus|tu|esto|eso|nada|lo'] },
    // "muéstrame y lo borro todo", "págame y borro todo": algo que tienen, borrado si cumplen
    { id: 'es.act.release', stage: 'compromise_claim', weight: 0.9, why: 'promete borrarlo todo si cumple', phrases: ES_RELEASE },
    { id: 'es.act.release_terms', stage: 'demand', weight: 0.8, why: 'pone condiciones para borrar lo que tiene', phrases: ES_RELEASE },
    // actos del correo masivo ("webcam"), en tú y en usted
    { id: 'es.act.password', stage: 'compromise_claim', weight: 0.9, why: 'dice conocer una contraseña', phrases: [
      'se|conozco|tengo ~3 tu|su|tus|sus ~1 contrasena|contrasenas|clave|claves|password', 'tu|su ~1 contrasena|clave|password ~1 es|era',
      'es|era ~1 una ~1 de ~1 tus|sus ~1 contrasenas|claves|passwords'] },
    { id: 'es.act.device', stage: 'compromise_claim', weight: 0.9, why: 'dice controlar o haber infectado su dispositivo', phrases: [
      // dev mail-9 (12-03): "Mi equipo lleva semanas recopilando datos de tu portátil"
      'mi_equipo|mi_software|el_software|el_programa|mi_programa ~2 lleva|llevan|ha_estado|han_estado ~2 recopilando|grabando|registrando|vigilando|monitoreando|espiando ~4 tu|su ~1 portatil|ordenador|computadora|telefono|movil|dispositivo|celular',
      'hackee|hackeado|hackeamos|infecte|infectado|controlo|accedi|accedido|entre|tome ~4 tu|tus|su|sus ~1 dispositivo|dispositivos|ordenador|computadora|computador|telefono|movil|celular|cuenta|cuentas|correo|sistema|camara|webcam',
      'instale|instalamos|coloque|puse|pusimos|puesto ~3 un? malware|troyano|virus|software|programa|spyware|keylogger',
      // dev mail-10 (12-03 pm): "Tu teléfono fue infectado con el programa espía Pegasus"
      'tu|su ~1 telefono|movil|celular|ordenador|computadora|dispositivo|portatil ~1 fue|ha_sido|esta ~1 infectado|hackeado|pirateado|comprometido|intervenido',
      'mi|nuestro ~1 malware|virus|troyano|software|programa|spyware',
      'desde ~1 tu|su ~1 propia? cuenta|correo|direccion',
      'software|malware|programa|virus|troyano ~1 de ~1 mi|nuestra ~1 creacion',
      'incautacion|infiltracion ~1 informatica|digital', 'ciberinfiltracion|ciberinfiltranza|ciber_infiltracion'] },
    // "visitó un sitio que fue infectado con un software de mi creación": cómo entraron
    { id: 'es.act.visited', stage: 'compromise_claim', weight: 0.7, why: 'dice que un sitio que visitó estaba infectado', phrases: [
      'visito|visitaste|visitaba|visitabas|visitar|abrio|abriste|entro|entraste ~5 sitio|sitios|pagina|paginas|web|webs|enlace|link ~5 infectado|infectada|infectados|infectadas|hackeado|hackeada|trampa'] },
    // el control del dispositivo, aparte de entrar en él: "he hackeado su sistema" y "tengo control
    // total de su dispositivo" son dos afirmaciones
    { id: 'es.act.control', stage: 'compromise_claim', weight: 0.9, why: 'dice controlar su dispositivo o tener sus datos', phrases: [
      'tengo|tenemos ~1 acceso|control ~3 tu|tus|su|sus|a_tu|a_tus|a_su|a_sus',
      // dev mail-6 (12-02 pm): "obtuve acceso a todos sus dispositivos", "accedí a todos los dispositivos de su red", "vigilo
      // su actividad", "puedo encender la cámara cuando quiero", "toda la información ya está guardada en mis servidores"
      'obtuve|consegui|gane ~1 acceso ~1 a ~2 todos|todas ~1 sus|tus|los ~1 dispositivos|cuentas|equipos',
      'accedi ~1 a ~2 todos|todas ~1 los|las|sus|tus ~1 dispositivos|cuentas|equipos',
      'vigilo|monitoreo|observo|controlo ~1 su|tu|toda_su|toda_tu ~1 actividad',
      'puedo ~1 encender|activar|prender ~1 la|su|tu ~1 camara|webcam ~2 cuando',
      // dev mail-10 (12-03 pm): "Tu teléfono fue infectado con el programa espía Pegasus. Puedo ver tu cámara, leer tus mensajes"
      'puedo|podemos ~1 ver|acceder_a|controlar|escuchar|leer|encender ~1 tu|tus|su|sus ~1 camara|webcam|microfono|llamadas|pulsaciones|teclado',
      'guardada|guardado|guardadas|guardados|almacenada|almacenado ~1 en ~1 mis|nuestros ~1 servidores',
      // "(el programa) proporciona acceso a tu webcam"
      'proporciona|proporciono|da|dio|permite|permitio|otorga|otorgo|brinda|brindo|me_da|me_dio ~2 acceso|control ~2 a? ~1 tu|su ~1 webcam|camara|dispositivo|ordenador|computadora|telefono|movil|celular|microfono',
      'tus|sus ~1 datos|archivos|fotos|contactos|videos ~2 estan ~1 ya? ~1 en ~1 mi|nuestro|un ~1 servidor|servidores|nube'] },
    // "ninguna persona me ha pagado para buscarte": el vigilante del correo masivo
    { id: 'es.act.watching', stage: 'compromise_claim', weight: 0.7, why: 'dice que le pagaron para vigilarle o que le vigila', phrases: [
      // dev mail-9 (12-03): "Te adjunto una foto de tu casa"
      'adjunto|adjunta|envio|tengo|tenemos ~3 foto|imagen|fotografia ~2 de ~1 tu|su ~1 casa|calle|domicilio|coche|portal|edificio',
      // dev mail-10 (12-03 pm): "Sé dónde vives"
      'se|sabemos ~1 donde ~1 vives|vive|trabajas|trabaja',
      'nadie|ninguna_persona|ni_una_persona|nadie_me ~2 me? ~1 ha|han? ~1 pagado|contratado|pedido|encargado ~1 para|que ~1 buscarte|investigarte|espiarte|vigilarte|seguirte|buscarle|investigarle|espiarle|vigilarle|investigar|espiar|buscar|vigilar',
      'investigado|investigados|vigilado|vigilados ~2 en secreto'] },
    // citaciones policiales falsas: detención, procedimientos
    { id: 'es.act.legal', stage: 'pressure', weight: 0.7, why: 'amenaza con detención o procesos (cartas policiales falsas)', phrases: [
      'orden de ~1 detencion|arresto|captura', 'se le|te ~1 detendra|arrestara|detendran|arrestaran',
      'procedimiento|procedimientos|proceso|procesos ~1 judicial|judiciales|legal|legales|penal|penales ~3 contra ~1 usted|ti',
      'arriesgas|arriesga ~3 juicio|prision|carcel|condena', '# anos de ~1 prision|carcel'] },
    { id: 'es.act.recorded', stage: 'compromise_claim', weight: 0.8, why: 'dice haberle grabado', phrases: [
      'grabe|grabamos|grabado|grabada|hice|hicimos|hecho|cree|creamos|creado ~3 video|videos|grabacion ~3 de_ti|de_usted|tuyo|suyo|mientras',
      'pantalla dividida', 'masturbandote|masturbandose|masturbarte|masturbarse'] },
    { id: 'es.act.surveillance', stage: 'compromise_claim', weight: 0.7, why: 'dice que sabrá lo que hace en su dispositivo', phrases: [
      'sabre|sabremos ~3 leas|lea|leido|abras|abra|abierto|veas|vea', 'veo|vemos ~2 todo lo que ~1 haces|hace'] },
    { id: 'es.act.demand', stage: 'demand', weight: 0.8, why: 'pide dinero o bitcoin', phrases: [
      // dev chat-12 (12-03): "no me hagas arruinarte la vida por 100 dólares"
      'aruin*|arruin*|destru* ~3 por ~1 # ~1 dolares|euros|pesos|lucas|bucks|usd',
      // "Quiero 300 en cripto"
      `quiero|necesito|exijo ~1 # ~2 en|de ~1 ${MONEY}`,
      `pagar|enviar|transferir|depositar|envia|envie|pague|transfiera|deposite|paga|pagame|paganos|paguenos|pagueme|manda|mande ~3 # ~1 ${MONEY}`,
      `pagar|enviar|transferir|depositar|envie|pague|transfiera|deposite ~2 ${MONEY}`,
      `compenses|compense|compensar|compensarme|compensame ~2 con? # ~1 ${MONEY}`, 'tendra|tendras|tendran ~1 que ~1 pagar',
      'direccion|billetera|cartera|monedero ~2 de? bitcoin|btc|cripto', 'bitcoin|btc ~2 a? esta|mi|nuestra ~1 direccion|billetera|cartera',
      // "paga y ya", "hasta ver el pago", "solo pagar para que yo no lo mande"
      'paga|pagame|pagá y ya', 'ahora ~1 pagas|pagás|me_pagas', `abone|abonar|abona|ingrese|ingresa|remita|remitir ~4 # ~1 ${MONEY}`, 'abonar|pagar|abone|pague ~1 la ~1 multa|sancion', 'subo|sube|aumento|aumenta ~1 el ~1 precio', 'ahora ~1 paga|pagame|pagá', 'hasta ~2 ver|recibir|tener ~1 el|la|mi ~1 pago|dinero|plata|transferencia',
      'pagar|pagues|pagas|pagás ~2 para ~1 que ~2 no ~1 lo|la|los|las|se_lo|se_las|se_los ~1 mande|envie|publique|suba|muestre'] },
    { id: 'es.act.deadline', stage: 'pressure', weight: 0.7, why: 'pone un plazo', phrases: [
      'tiene|dispone_de|dispones_de|cuenta_con|cuentas_con ~1 @plazo', 'plazo de ~1 @plazo', 'en_las_proximas @plazo'] },
    { id: 'es.act.expose_formal', stage: 'threat', weight: 1, why: 'amenaza con mandar el vídeo a sus contactos', phrases: [
      // dev mail-4, mail-7 (12-04 tarde): "Si no paga hoy, mañana su familia y sus compañeros recibirán la grabación", "Si se
      // niega, sus colegas recibirán el archivo el lunes"
      'si ~1 no|se_niega|se_niegan|te_niegas|rechaza ~6 su|sus|tu|tus ~4 recibiran|recibira|veran|vera ~2 @objeto|el_archivo|archivo|copia|copias',
      '@exponer ~4 @objeto ~4 a|en|con ~3 todos? sus ~1 contactos|amigos|familiares|seguidores|colegas|companeros',
      '@exponer ~4 @objeto ~4 a|en|con ~3 todos? tus ~1 contactos|amigos|familiares|seguidores|colegas|companeros'] },
    // "el caso se hará público": una exposición sin destinatario, cuenta junto a una exigencia
    // real-19 (12-03 pm): "Si cortás, vamos a tu casa"
    { id: 'es.act.visit', stage: 'threat', weight: 0.8, why: 'dice que irán a su casa si no hace lo que piden', phrases: [
      'si ~1 cortas|cuelgas|me_cuelgas|me_bloqueas|bloqueas|me_ignoras|no_pagas|no_contestas|no_respondes|te_niegas ~3 vamos|voy|iremos|ire|vamos_a_ir|voy_a_ir|llegamos|llego|aparecemos|aparezco ~1 a|en ~1 tu ~1 casa|puerta|escuela|colegio|trabajo'] },
    // las amenazas veladas: alguien de su vida lo vería, lo reconocería, preguntaría (como act.audience: la presión
    // o el ser un desconocido la hacen contar, a diferencia de es.act.publish)
    { id: 'es.act.audience', stage: 'threat', weight: 0.45, why: 'dice que gente que conoce verá o sabrá algo', phrases: [
      // dev stranger-16 (12-04): "sería una pena que ese video acabara por ahí", "seguro que la reconocería enseguida"
      'seria ~1 una ~1 pena|lastima ~1 que ~3 acabara|terminara|llegara|apareciera|saliera|circulara',
      'seguro|apuesto|fijo ~2 que? ~1 la|lo|te ~1 reconoce|reconoceria|reconoceran|reconocerian|reconocera',
      // dev chat-15 (12-04): "imagínate a tu padre abriendo el móvil en el trabajo", "imagínate que lo vean en la prepa",
      // "sería incómodo que tus primos se enteraran así", "tu novio tendría muchas preguntas"
      'imaginate|imagina|imaginatelo ~1 a ~1 tu|tus ~1 madre|padre|mama|papa|abuela|abuelo|hermano|hermana|novio|novia|profe|jefe|primos|tios|padres ~3 abriendo|viendo|preguntandote|leyendo|recibiendo|mirando',
      'imaginate|imagina ~1 que ~1 lo|la|los|las ~1 vean|vea|reciban|vieran|viera',
      'seria ~1 incomodo|raro|feo|vergonzoso|una_verguenza ~1 que ~3 se_enteraran|se_entere|se_enteren|lo_vieran|lo_vean|vieran',
      'tendria|tendrian ~1 muchas|tantas ~1 preguntas',
      // "le voy a enseñar a todos lo que me mandaste" (probado como usuario, 12-05 tarde)
      'voy_a|vamos_a ~1 ensenar|ensenarles|mostrar|mostrarles|mandar|pasar ~1 a ~1 todos|todo_el_mundo ~1 lo ~1 que ~1 me ~1 mandaste|enviaste|pasaste',
      // dev stranger-16 (12-04): "me pregunto qué pensaría si viera lo que me mandaste", "seguro que flipa si lo ve", "si
      // llega al grupo de la clase menuda se lía"
      'me ~1 pregunto ~2 que|como ~1 pensaria|diria|reaccionaria|haria ~2 si ~1 viera|vieran|supiera|supieran',
      'flipa|flipan|flipara|fliparia|alucina|alucinaria ~2 si ~2 lo|la|los|las ~1 ve|ven|viera|vieran',
      'si ~1 llega|llegara|sale|saliera ~2 al|a_el ~1 grupo',
      // dev chat-4: "qué vergüenza va a pasar tu papá en la iglesia cuando lo vean"
      `que ~1 verguenza|pena|bochorno ~4 tu|tus ~1 ${WHO} ~4 cuando ~1 lo|la|los|las ~1 vean|vea|reciban|sepan`] },
    // 12-04 evening: a hint at the reader's people (as act.hint in English; it counts only from a stranger, or from someone
    // who claimed to hold something or talked about sex): "tu madre tiene como 500 amigos en facebook", "la gente habla mucho", "el grupo de la
    // clase tiene como 30 personas"
    { id: 'es.act.hint', stage: 'threat', weight: 0.45, why: 'señala a la gente de su vida', phrases: [
      'tu|tus ~2 madre|padre|mama|papa|abuela|abuelo|hermano|hermana|primos|tios|tias|jefe|profe|vecinos|companeros|novio|novia|familia|padres ~3 tiene|tienen|esta|estan|usa|usan|sigue|siguen ~3 facebook|insta|instagram|whatsapp|tiktok|amigos|seguidores|grupo|te',
      'la ~1 gente ~2 habla|hablan|comenta|chismea', 'grupo ~5 tiene ~1 como|unas|unos|mas_de ~1 # ~1 personas|miembros|amigos',
      // dev stranger-25 (12-04 night): "seguro que tendría curiosidad", "no creo que tus jefes quieran verla", "qué van a
      // pensar tus viejos cuando se enteren", "a tu entrenador le encantaría verla", "anda muy activa en el grupo de la familia"
      'tendria|tendrian ~1 mucha? ~1 curiosidad',
      'tu|tus ~3 quieran|querrian|quisieran ~1 verla|verlo|verlas|verlos|saberlo',
      'van_a|iran_a ~1 pensar|decir ~3 cuando ~1 se ~1 enteren|entere|lo_vean|lo_vea',
      'le|les ~1 encantaria|gustaria ~1 verla|verlo|verlas|verlos',
      'anda|esta|andan|estan ~1 muy ~1 activa|activo|activos|activas ~2 en ~1 el ~1 grupo',
      // dev stranger-26 (12-04 noche): "tu jefe del kiosco me sigue, qué casualidad", "un grupo de padres enorme,
      // verdad? solo pregunto", "son como 3 mil no? mucha gente para enterarse", "a ver qué dicen", "qué pena que se
      // entere por otro lado", "un grupo de whatsapp bien activo no?"
      'tu|tus ~4 me ~1 sigue|siguen|agrego|agregaron|sigue_en|siguio',
      'que|qué ~1 casualidad', 'que|qué ~1 chiquito|pequeno|pequeño ~1 es ~1 el ~1 mundo', 'solo|nomas ~1 pregunto|digo',
      'grupo ~6 enorme|grande|gigante|bien_activo|muy_activo|activo',
      'mucha ~1 gente ~2 para ~1 enterarse|verlo|saberlo', 'a ~1 ver ~1 que|qué ~1 dicen|opinan|piensan',
      'que|qué ~1 pena|lastima ~1 que ~1 se ~1 entere|enteren|enterara'] },
    // la citación falsa amenaza con su nombre o su expediente, no con fotos (explain.ts: 'legal')
    { id: 'es.act.file_to_media', stage: 'threat', weight: 1, why: 'amenaza con hacer público su nombre (cartas policiales falsas)', phrases: [
      // la citación policial falsa: "su expediente será remitido a la prensa y a su empleador"
      'su|tu|sus|tus ~1 expediente|identidad|nombre|datos ~6 sera|seran|se ~1 remitido|remitidos|enviado|enviados|publicado|publicados|publicara|publicaran|difundido|difundidos|difundira|difundiran ~6 prensa|medios_de_comunicacion|registro_de_delincuentes_sexuales|su_empleador|tu_empleador',
      // dev mail-7 (12-04 tarde): "Por orden judicial, si no abona la sanción ..., su nombre será publicado en los medios"
      'su|tu ~1 nombre ~2 sera|seran|va_a_ser ~1 publicado|difundido|comunicado ~3 en|a ~1 los|la ~1 medios|periodicos|prensa'] },
    { id: 'es.act.publish', stage: 'threat', weight: 0.45, why: 'dice que algo se hará público', phrases: [
      // real-19 (12-03 pm): "este video desnudo se verá en tu ciudad, lo verán tus amigos"
      'lo|la|los|las ~1 veran|vera|recibiran|recibira ~1 tus|tu ~1 amigos|amigas|padres|papas|familia|familiares|contactos|seguidores|companeros|vecinos|novio|novia|esposa|esposo',
      'video|videos|foto|fotos|esto|eso ~3 se ~1 vera|veran|publicara|subira ~1 en ~1 tu|tus ~1 ciudad|pueblo|escuela|colegio|barrio|trabajo|redes',
      // dev chat-8, mail-6 (12-02 pm): "ESTO SE SUBE HOY", "Para evitarlo, envíe 1.300 USD en Bitcoin", "Sería una pena que
      // sus vecinos vieran lo que he grabado"
      'esto|eso|todo ~1 se ~1 sube|publica|manda ~1 hoy|manana|esta_noche|ya',
      // "precio de mi silencio" (es.act.silence_price, una demanda) dice también que algo se contaría; "Su marido podría
      // estar muy interesado en saber cómo pasa usted las noches"
      'precio ~1 de ~1 mi ~1 silencio|discrecion', 'pague|paga|pagar ~1 por ~1 mi ~1 silencio',
      'su|tu ~1 marido|esposa|mujer|esposo|pareja|jefe|familia|novio|novia ~2 podria|podrian|estaria|estarian ~1 estar? ~1 muy? ~1 interesado|interesada|interesados ~1 en ~1 saber ~1 como|que|lo_que',
      'para ~1 evitarlo|evitar_esto|impedirlo ~2 envie|envia|pague|paga|transfiera|transfiere|deposite|deposita ~4 bitcoin|btc|bitcoins|cripto|criptomonedas',
      'seria ~1 una ~1 pena|lastima ~1 que ~3 vieran|supieran|vean|se_enteraran ~2 lo_que|lo|esto',
      // "Ya está en la bandeja de tu tía", "¿quieres que toda tu escuela lo vea?"
      'ya ~1 esta|estan ~1 en ~1 la|el ~1 bandeja|chat|correo|buzon ~1 de ~1 tu|tus',
      'quieres|quieren ~1 que ~1 todo|toda|todos? ~1 tu|tus ~2 @publico|escuela|colegio|prepa|salon ~1 lo|la|los|las ~1 vea|vean',
      // "No quieres que tu novia vea esto, ¿verdad?"
      'no ~1 quieres|quiere ~1 que ~1 tu|tus|su|sus ~2 @publico|novia|novio|esposa|esposo ~1 vea|vean ~1 esto|eso|lo_que|tus|tu',
      // "qué pena sería que viera esto"
      'que ~1 pena|lastima|verguenza ~1 seria|que|si ~1 que? ~1 viera|vieran|viese|recibiera|recibieran ~1 esto|eso|tus|el_video|las_fotos|lo_que',
      'se ~1 hara|haran ~1 publico|publica|publicos|publicas', 'lo|la|los|las ~1 haremos|hare ~1 publico|publica|publicos|publicas',
      // dev mail-7, mail-8 (12-04 tarde), junto a una exigencia o algo que tiene: "Subiré la grabación a varias páginas web",
      // "es la única forma de que este vídeo no salga a la luz"
      'subire|publicare|difundire|subiremos|publicaremos|difundiremos ~2 @objeto ~3 a|en ~2 varias|muchas|todas|distintas? ~1 las? ~1 paginas|sitios|webs|redes',
      'salga|saldra|saldria|sale|salgan|saldran ~1 a ~1 la ~1 luz',
      // "o tu jefe recibe un correo muy interesante", "a las 9 sale en tu historia", "¿quieres que toda tu
      // escuela lo vea?" (cuentan junto a una exigencia o a algo que tiene)
      'o|sino|si_no ~1 @publico ~1 recibe|reciben|vera|veran ~3 el|la|los|las|un|una|todo|esto|eso|tus|tu',
      'sale|se_publica|se_sube ~2 en ~1 tu ~1 historia|perfil|muro|insta|instagram|face|facebook',
      'quieres|queres ~1 que ~3 @publico ~2 lo|la|los|las ~1 vea|vean|sepa|sepan',
      // una subida fingida en curso: "Subiendo video a tu perfil... 30%", "Cargando... 60%"
      'subiendo|cargando|publicando|enviando ~4 #',
      // "tus fotos ya las subí": hecho, no amenaza; cuenta junto a otra cosa
      'tus|tu ~1 fotos|videos|video|nudes|pack|imagenes ~3 ya ~1 las|los|lo ~1 subi|publique|mande|difundi|filtre|pase|comparti',
      'todo ~1 el? ~1 mundo|todos ~1 va|van ~1 a ~1 saber|ver ~2 que|quien|lo|tus|tu|como',
      // una gramática de las frases del guion (12-05), junto a una exigencia o a algo que tiene: "las subo a internet", "lo paso
      // al grupo de clase", "las publico en tu instagram", "tus fotos van al grupo del colegio", "voy a difundir tus fotos"; en
      // primera persona ("las publicará", de una página de consejos, no) y a la red ("se las mando a tu mamá" lo dice también
      // quien comparte las fotos de un viaje)
      'lo|la|los|las|se_lo|se_la|se_los|se_las ~1 subo|publico|paso|mando|envio|comparto|muestro|enseno|difundo|filtro|reenvio|subire|publicare|pasare|mandare|enviare|compartire|mostrare|ensenare|difundire|filtrare|subimos|publicamos|pasamos|mandamos ~3 a|al|en|por ~3 @red',
      '@objeto ~1 van|va|iran|ira|llegan|llegaran|acaban|terminan ~1 a|al|en ~3 @red|@publico|grupo|grupos|colegio|escuela|cole',
      'voy_a|vamos_a|ire_a ~1 @exponer ~1 tus|tu ~1 fotos|videos|video|nudes|pack|imagenes|fotitos',
      'ya ~1 esta ~1 en ~1 la|el ~1 bandeja|inbox|chat|whatsapp ~1 de ~1 @publico|tu_tia|tu_mama',
      'no ~1 me ~1 bloquees|denuncies|ignores|reportes ~1 porque|que|o|sino ~2 @exponer ~2 todo|@objeto|lo|la|los|las',
      // "si me bloqueas publico todo": la defensa de quien lee como condición
      'si ~1 me ~1 bloqueas|bloquea|bloqueais|denuncias|denuncia|ignoras|ignora|reportas|reporta|borras|borra ~3 @exponer ~3 todo|@objeto|lo|la|los|las',
      // "si no quieres que tu familia vea esto"
      // "qué pena sería que viera esto", "vas a ser el chiste de toda la prepa, a menos que ..."
      // "a todos les va a llegar", "solo me falta darle enviar"
      'a ~1 todos|todas ~1 les ~1 va|van ~1 a ~1 llegar',
      'solo ~1 me? ~1 falta ~2 darle|dar|apretar|que_le_de ~1 a? ~1 enviar|publicar|subir',
      'pena|lastima ~1 seria|sería ~1 que ~2 viera|vieran|recibiera|recibieran ~1 esto|eso|esta|este|el|la|los|las',
      'vas ~1 a ~1 ser ~1 el|la ~1 chiste|burla|hazmerreir ~3 @publico|escuela|colegio|prepa|clase|salon',
      'o ~1 se ~1 acaba|termina|rompe ~1 el ~1 trato ~2 y ~1 lo|la|los|las ~1 @exponer',
      // "para evitar la difusión del vídeo", "para evitar ... la publicación de su nombre", "su expediente será enviado a la prensa"
      'para ~1 evitar|impedir ~2 la|su ~1 difusion|publicacion|divulgacion|envio|distribucion',
      'publicacion|difusion ~1 de ~1 su|tu ~1 nombre|identidad|expediente|foto',
      'su|tu ~1 expediente|caso|ficha ~2 sera ~1 enviado|remitido|transmitido|entregado ~1 a ~1 la ~1 prensa|medios',
      'si no ~1 quieres|quiere|quieren ~1 que ~1 @publico ~1 vea|vean|sepa|sepan|reciba|reciban|se_entere|se_enteren ~3 esto|eso|tus|tu|lo|nada|de',
      // dev mail-10 (12-03 pm): "no querrás que tus vecinos se enteren de lo que haces"
      'no ~1 querras|querrias|querra|querria ~1 que ~1 @publico|tus_vecinos|sus_vecinos|tus_amigos|sus_amigos ~1 se_entere|se_enteren|vea|vean|sepa|sepan'] },
    // la citación policial falsa: "investigación por consulta de material de pornografía infantil", "puede abonar
    // una multa de 3000 euros"
    { id: 'es.act.accusation', stage: 'compromise_claim', weight: 0.8, why: 'le acusa de un delito sexual, como las citaciones policiales falsas', phrases: [
      'investigacion|investigaciones|procedimiento|procedimientos|diligencias|expediente|expedientes|proceso|procesos|delitos ~8 pornografia ~1 infantil|de_menores',
      // dev mail-10 (12-03 pm): "usted consultó material pedopornográfico", "su equipo ha sido bloqueado por visualizar
      // contenido ilegal con menores", "procedimientos judiciales en curso por ... pedofilia, exhibicionismo"
      'consulto|consultado|visualizo|visualizado|descargo|descargado|vio|visto|visito|visitado ~3 material|contenido|contenidos|paginas|sitios|imagenes|videos ~2 pedopornografico|pedopornograficos|pedopornografica|pedopornograficas|pedofilo|pedofilos',
      'bloqueado|bloqueada|suspendido|suspendida ~2 por ~1 visualizar|ver|consultar|descargar|visitar ~4 contenido|contenidos|material|paginas|imagenes ~3 menores|infantil|pedopornografico|pedopornograficos',
      'procedimientos|procedimiento|diligencias ~4 por ~4 pedofilia|pedopornografia|exhibicionismo|ciberpornografia',
      'identificado|detectado|localizado ~8 pornografia ~1 infantil|de_menores',
      // "su equipo ha sido identificado descargando material ilegal", "acceder a páginas de contenido ilegal"
      'identificado|detectado|utilizado|usado|registrado ~6 descargando|accediendo|acceder|viendo|consultando|visitando ~4 material|contenido|contenidos|imagenes|videos|paginas ~2 de? ~1 contenido? ~1 ilegal|ilegales|prohibido|prohibidos|pornografico',
      // "la Guardia Civil ha detectado actividad ilegal en su ordenador relacionada con menores", "se ha detectado material
      // de abuso sexual infantil"
      'detectado|identificado|encontrado|hallado ~6 actividad|contenido|material ~1 ilegal|ilegales ~6 menores|infantil',
      'detectado|encontrado|hallado|identificado ~4 material ~1 de ~1 abuso ~1 sexual ~1 infantil|de_menores',
      // dev mail-5 (12-04 tarde): "se le ha identificado por consultar material pornográfico infantil", "usted intercambió
      // imágenes con una menor de edad"
      'identificado|detectado|localizado ~3 por ~1 consultar|ver|visualizar|descargar|distribuir|compartir ~3 material|contenido|imagenes|videos ~1 pornografico|pornograficos|sexual|sexuales ~1 infantil|infantiles|de_menores',
      'intercambio|intercambiado|envio|enviado|compartio|compartido ~2 imagenes|fotos|videos|material|contenido ~3 con ~1 una|un ~1 menor|menores|nina|nino',
      // como "i'll report you to the cops for sending nudes" (12-06): "te denuncio a la policía por mandar nudes"
      // ("... por mandarme nudes" es quien los recibió: lo dice la víctima)
      'te ~1 denuncio|denunciare|voy_a_denunciar|reporto|reportare|voy_a_reportar ~1 a ~1 la ~1 policia ~2 por ~1 mandar|enviar|pasar ~2 nudes|packs|pack|desnudos|fotos_intimas|fotos_desnuda|fotos_desnudo',
      'te ~1 denuncio|denunciare|voy_a_denunciar|reporto|reportare|voy_a_reportar ~4 por ~1 mandar|enviar|pasar|mandarme|enviarme|pasarme ~2 nudes|packs|pack|desnudos|fotos_intimas|fotos_desnuda|fotos_desnudo ~8 si_no|sino|a_menos_que ~3 pagas|pagues|me_pagas|me_pagues'] },
    // una cuota por eliminar las fotos (probado como usuario, 12-06): el falso servicio de recuperación o "policía
    // cibernética" que busca a quien ya está amenazado ("podemos eliminar tus fotos de internet por una tarifa de 300 dólares")
    { id: 'es.act.removal_fee', stage: 'demand', weight: 0.8, why: 'pide dinero por eliminar fotos', phrases: [
      `${QUITAR} ~4 tus|sus|las|los|esas|esos ~1 ${MATERIAL} ~8 por ~2 tarifa|cuota|comision|pago|honorarios`,
      `${QUITAR} ~4 tus|sus|las|los|esas|esos ~1 ${MATERIAL} ~8 por|solo|cuesta|cuestan ~1 # ~1 dolares|euros|pesos|soles`,
      `tarifa|cuota|comision|precio|costo|coste ~4 por|para ~1 eliminar|borrar|quitar|retirar ~4 tus|sus|las|los ~1 ${MATERIAL}`] },
    { id: 'es.act.fine', stage: 'demand', weight: 0.8, why: 'pide pagar una multa (citaciones policiales falsas)', phrases: [
      'abonar|pagar|abone|pague ~2 una|la? ~1 multa|sancion ~2 de ~1 # ~1 euros|dolares|usd|eur',
      // dev mail-5 (12-04 tarde): "abonar la sanción para evitar su detención", "pagando una multa de 2.000 euros"
      'abonar|pagar|abone|pague|abonando|pagando ~2 una|la ~1 multa|sancion ~3 para|y ~1 evitar|archivar|cerrar ~2 su|el|la ~1 detencion|caso|expediente|denuncia|proceso',
      'abonando|pagando ~2 una|la ~1 multa|sancion ~2 de ~1 # ~1 euros|dolares|usd|eur',
      // "Por orden judicial, si no abona la sanción en el plazo indicado, ..."
      'si ~1 no ~1 abona|paga|abonas|pagas|abonan|pagan ~2 la|una ~1 multa|sancion',
      'multa|sancion ~2 de ~1 # ~1 euros|dolares|usd|eur ~3 debe|debera|tiene_que ~1 ser ~1 pagada|abonada'] },
    { id: 'es.act.delete_after_pay_formal', stage: 'compromise_claim', weight: 0.9, why: 'promete borrar algo cuando le paguen', phrases: [
      // "si me das 100 dólares por PayPal borro todo"
      'si ~1 me ~1 das|pagas|mandas|envias|depositas|transfieres ~6 borro|elimino|borrare|eliminare ~1 todo|las|los|el|la',
      'reciba|recibo|recibido|recibir|recibamos ~2 el|su? pago ~5 borrare|eliminare|borraremos|eliminaremos|destruire|borro|elimino',
      // "nosotros no borramos nada hasta ver el pago"
      'no ~1 borramos|borro|borrare|eliminamos|elimino ~2 nada ~2 hasta ~1 ver|recibir|tener ~1 el ~1 pago|dinero',
      'una_vez|cuando|despues ~3 pago ~5 borrare|eliminare|borraremos|eliminaremos|destruire',
      // "Una vez confirmado, el virus se autodestruye y los archivos se borran", "Paga y nadie ve"
      'una_vez|cuando|apenas ~1 confirmado|recibido|confirme|reciba ~8 se_borran|se_eliminan|se_destruyen|se_autodestruye|borrare|eliminare',
      // "Cuando reciba la cantidad exacta ... te dejaré ir para siempre"
      'una_vez|cuando|apenas ~1 confirmado|recibido|confirme|reciba ~8 te|lo|la ~1 dejare|dejaremos ~1 ir|en_paz|tranquilo|tranquila|libre'] },

    { id: 'es.deepfake', stage: 'deepfake_threat', weight: 1, why: 'amenaza con desnudos falsos', phrases: [
      'hacer|crear|editar|voy ~4 desnudos|desnuda|desnudo|porno ~2 falsos|falsas|tu|ti',
      'haciendo|hacer|hare|haria|haremos|estaria|voy_a_hacer ~2 un? collage|montaje|fotomontaje ~3 con|de ~2 tu|su ~1 cara|foto|fotos|cuerpo', 'poner tu cara ~4 desnuda|desnudo|porno|cuerpo',
      // "pondré la cara de tus hijos en videos pornográficos"
      'poner|pondre|pongo|pondremos|pegar|pegare|montar|montare ~2 la|tu|su|las ~1 cara|caras|rostro ~5 porno*|desnud*',
      'con|de tus fotos ~4 desnuda|desnudo|porno|falsas'] },
  ],
  classes: {
    tutor: 'tus padres|tus papas|tus viejos|tu mama|tu mami|tu papa|tu papi|tu madre|tu padre|tu familia|tu profe|tu profesor|tu profesora|tus profes|tu entrenador',
    autoridad: 'profesor|profesora|profe|maestro|maestra|entrenador|entrenadora|tutor|tutora|monitor|monitora|catequista|cura|jefe',
    regalo: 'un regalo|regalos|algo|el celular|un celular|el movil|un movil|el telefono|un telefono|ropa|zapatillas|dinero|plata|lo que quieras|el que quieras|la que quieras|unas zapatillas|un iphone|el iphone|saldo|recarga',
    exponer: 'mand*|envi*|public*|subo|subir|subire|subimos|compart*|pasar|paso|pasare|mostr*|ensen*|filtr*|difund*|reenvi*|expon*|voy a mandar|voy a subir|voy a publicar',
    objeto: 'la que tengo|las que tengo|el que tengo|los que tengo|tus fotos|tus videos|tu video|tu foto|la foto|esa foto|esta foto|tu imagen|la imagen|tus nudes|tu pack|tus imagenes|las fotos|los videos|el video|la grabacion|las grabaciones|grabaciones|grabacion|tus grabaciones|el material|los archivos|las imagenes|imagenes|el clip|los clips|fotos|videos|video|nudes|pack|todo|esto|eso',
    publico: 'tu madre|tu padre|tu iglesia|la iglesia|la iglesia entera|todo tu colegio|todo tu instituto|toda tu escuela|toda tu clase|toda tu familia|todo tu trabajo|tu mujer|tu esposa|tu marido|tu esposo|tu pareja|tu jefe|tus hijos|tu hermano|tu hermana|tus companeros de trabajo|tu familia|tus padres|tu mama|tu papa|tus amigos|tus amigas|tus seguidores|tus contactos|tu escuela|tu colegio|tu instituto|tus companeros|tus profesores|tu novio|tu novia|tus conocidos|familia|padres|amigos|seguidores|contactos|conocidos|todos|todo el mundo|paginas porno|tu equipo|tu prima|tu primo|tus primos|tu abuela|tu abuelo|tu novia|tu ex|toda la escuela|toda la prepa|todo el salon|tu salon|tu curso|tu iglesia|tu jefe|tu director|tu directora|tu profe|tu tia|tu tio|el grupo del salon|el grupo de la clase|el grupo del curso|tu oficina|tus parientes|parientes|tus conocidos|todos tus conocidos|todo el barrio|el barrio|todo el pueblo|toda la colonia|tu novio|tu tia|tu hermana|tu hermano|tu grupo|tu grupo del salon|su esposa|su esposo|su mujer|su marido|su familia|su trabajo|su jefe|sus hijos|sus contactos|sus amigos|su pareja|todo el barrio|toda la escuela|todo el colegio|todo el instituto|todo el insti|todo el cole|todo el curso|toda la uni|toda la clase|todo el pueblo|toda la prepa|toda su familia|sus companeros de trabajo|sus seguidores|sus conocidos|su oficina|sus parientes|todos sus conocidos|tus familiares|sus familiares|familiares|su entorno|tu entorno|su empleador|tu empleador|el grupo del colegio|el grupo del cole|el grupo del insti',
    red: 'todos los grupos|los grupos|el servidor|servidor|el grupo de la clase|grupo de la clase|grupo de clase|todas las redes|internet|redes|redes sociales|paginas porno|paginas para adultos|sitios para adultos|paginas de adultos|sitios porno|webs porno|paginas xxx|instagram|facebook|tiktok|twitter|whatsapp|todas partes',
    condicion: 'o|si no|sino|de lo contrario|caso contrario|a menos que|salvo que|hasta que|en cuanto|cuando',
    // el subjuntivo de un ruego: "no lo subas", "no las publiques"
    negado: 'subas|publiques|compartas|ensenes|muestres|pases|mandes|envies|reenvies|filtres|difundas',
    plazo: 'veinticuatro horas|cuarenta y ocho horas|media hora|una hora|un dia|dos dias|# horas|# hora|# minutos|# dias|esta noche|manana|medianoche',
  },
  pictures: ['foto|fotos|fotito|fotitos|video|videos|imagen|imagenes|nudes|pack|packs|grabacion|grabaciones|clip|clips|videollamada|desnudos|desnudas'],
  exceptions: [
    // "si no pagas el alquiler mando el aviso a tu avalista", "te devolvemos el pedido": lo que manda un casero o una tienda,
    // no una amenaza (probado como usuario, 12-06: es.act.expose leía "si no pagas … mando")
    { stage: 'threat', phrases: ['@exponer ~1 el|la|los|las|tu|tus|un|una|otro|otra aviso|avisos|pedido|pedidos|paquete|paquetes|factura|facturas|recibo|recibos|recordatorio|recordatorios|reembolso|plaza|sitio'] },
    // una tarea de casa como condición, la broma de una madre o un hermano: "si no recoges tu cuarto le mando la foto a tu
    // abuela jaja" (probado como usuario, 12-06 tarde; en inglés "if you dont tidy your room im sending the photo to your nan")
    { stage: 'threat', phrases: ['recoges|recojes|limpias|ordenas|haces|lavas|friegas|sacas|tiendes|paseas ~1 tu|tus|el|la|los|las ~1 cuarto|habitacion|cama|platos|deberes|tarea|tareas|basura|ropa|perro|lavavajillas|zapatos ~4 @exponer'] },
    // "tranquilo, nadie más la va a ver nunca": lo que tranquiliza una pareja, como en inglés "dont worry no one else will
    // ever see it" (probado como usuario, 12-06 tarde: tras "la guardo para siempre" avisaba)
    { stage: 'secrecy', phrases: ['tranquilo|tranquila|tranqui|no_te_preocupes|no_te_preocupes_amor|confia_en_mi|te_lo_prometo|prometo ~1 nadie ~1 mas? ~2 la|lo|las|los? ~1 va_a_ver|vera|veran|van_a_ver|sabra|se_va_a_enterar|se_enterara'] },
    // "20 euros y lo borro de la lista de la compra", "15 por bizum y la borro del grupo de la cena": una deuda entre amigos,
    // no algo que se retiene (probado como usuario, 12-06 noche)
    ...['compromise_claim', 'demand'].map((stage) => ({
      stage: stage as 'compromise_claim' | 'demand',
      phrases: ['borro|borrare|elimino|eliminare|quito ~1 de|del ~3 lista|listas|excel|deudas|deuda|bote|cena|porra|hoja|compra'],
    })),
    // "podemos eliminar tus fotos de internet": quitar fotos, no publicarlas (es.act.removal_fee; probado como usuario, 12-06)
    { stage: 'threat', phrases: [`${QUITAR} ~4 ${MATERIAL} ~3 de ~2 internet|red|redes|paginas|sitios|google`] },
    // "pagas hoy o se sube el precio": una venta, no un vídeo que se sube (probado como usuario, 12-05)
    { stage: 'threat', phrases: ['se ~1 sube|suben|subira|subiran ~1 el|los|la|las ~1 precio|precios|tarifa|tarifas|cuota|cuotas|costo|costos'] },
    // "ya hice captura de tus seguidores para el sorteo": a giveaway's draw, not an audience gathered
    { stage: 'threat', phrases: ['captura|capturas|screenshot ~4 seguidores ~3 para ~1 el|la ~1 sorteo|concurso|rifa|giveaway'] },
    // "las fotos del viaje", "el vídeo del cumple": fotos de algo, no de quien lee
    { stage: 'threat', phrases: EVENT_PICS, pictures: true },
    { stage: 'compromise_claim', phrases: EVENT_PICS },
    { stage: 'threat', phrases: INNOCENT_PICS, pictures: true },
    { stage: 'compromise_claim', phrases: INNOCENT_PICS },
    // "¿me pasas una foto de la tarea?", "mándame las fotos de la fiesta": fotos de algo, no de quien lee (probado como
    // usuario, 12-05 noche)
    // "paga los 20 o eres famoso por tacaño jaja": una broma de dinero, no la foto hecha famosa (es.act.expose_if)
    { stage: 'threat', phrases: ['famoso|famosa|viral ~1 por ~1 tacano|tacana|pobre|lento|lenta|vago|vaga|codo|coda|rata|pelado|pelada|moroso|morosa|ser_pobre|ser_tacano|ser_tacana|ser_lento|ser_lenta|llegar_tarde'] },
    // "mándame algo picante de comer": comida, no una foto (es.request.intimate)
    { stage: 'image_request', phrases: ['algo ~1 picante ~1 de|para ~1 comer|cenar|beber|tomar|desayunar'] },
    { stage: 'image_request', phrases: [...EVENT_PICS,
      'foto|fotos|fotito|fotitos|captura|capturas ~1 de|del|de_la|de_los|de_las ~1 tarea|tareas|deberes|apuntes|libro|examen|horario|menu|recibo|ticket|factura|lista|ejercicio|ejercicios'] },
    // "i'll gift u the crew pack": a game's bundle, not "el pack" (probe-early6 DEV look-alike, 12-04 night, once "year 9"
    // read as a child's age)
    { stage: 'sexualisation', phrases: ['crew|starter|battle|skin|skins|bundle|value|item|loot|card|booster|founders|expansion|season|mega|six|6 ~1 pack|packs', 'pack ~1 of'] },
    { stage: 'image_request', phrases: ['crew|starter|battle|skin|skins|bundle|value|item|loot|card|booster|founders|expansion|season|mega|six|6 ~1 pack|packs', 'pack ~1 of'] },
    // "grabé la videollamada cuando se te cayó el celular en la sopa": lo gracioso, no lo íntimo (dev stranger-25, 12-04 noche)
    { stage: 'compromise_claim', phrases: ['grabe|filme|capture ~3 cuando ~1 se ~1 te ~1 cayo|cayeron|salio', 'grabe|filme|capture ~3 cuando ~1 te ~1 caiste|dormiste|tropezaste|resbalaste'] },
    // "o me pagas lo que me debes": una deuda, no una exigencia
    { stage: 'demand', phrases: ['pagas|pagues|paga|pagame|pagarme|devuelves|devuelvas ~1 lo ~1 que ~1 me|nos ~1 debes|debe|debias'] },
    // "lo que me debes o tu mamá se entera": quien se entera es de la deuda
    { stage: 'threat', phrases: ['me|nos ~1 debes|debe|debias ~2 o|sino|si_no ~1 @publico ~1 se_entera|se_enteran|se_enterara|se_enteraran|lo_sabe|lo_sabra'] },
    // "si no pagas el envío": pagar los gastos de envío de una compra, no mandar nada a nadie
    { stage: 'threat', phrases: ['pagas|pagues|pagar|paga|pague|abonar|abona|cobrar|cobro ~1 el|los|los_gastos_de ~1 envio|envios'] },
    // "si no limpias tu cuarto lo ve tu papá": las tareas, las notas o el cuarto, no fotos
    { stage: 'threat', phrases: ['limpias|ordenas|haces|terminas ~2 tu|tus|la|las ~1 cuarto|habitacion|tarea|tareas|deberes|cama|desorden', 'tus ~1 notas|calificaciones|boletin'] },
  ],
  negators: ['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nadie'],
  proposals: ['por que', 'y si'],
  coercions: ['me hagas', 'me obligues', 'me fuerces', 'hagas que'],
  conditionals: ['si', 'o', 'sino', 'hasta', 'menos'],
  // "[foto] de la playa": palabras sobre una foto, no una foto enviada con un texto
  aboutPicture: ['de'],
  // palabras que el correo del estafador también usa en su propia voz ("no soy un estafador", "las víctimas que fueron
  // a la policía se arrepintieron"): solas, descuentan solo las frases que no van de quien escribe a quien lee
  asides: ['estafador*', 'victimas'],
  discussion: [
    // los actores como sujeto: "los estafadores dicen", "las víctimas reciben"
    'estafador|estafadores|delincuente|delincuentes|extorsionador|extorsionadores|victima|victimas dice|dicen|dijo|dijeron|piden|pidieron|exigen|exigieron|amenazan|amenazaron|envian|enviaron|mandan|suelen|son|fueron|reciben|recibieron|recibe',
    'sextorsion', 'extorsion', 'chantaje', 'estafa', 'policia dice|dijo|informo', 'segun', 'consejos',
    'si alguien', 'nunca pagues', 'no pagues', 'noticia|articulo|periodico', 'denunciar|denuncia', 'adolescentes|menores|jovenes ~1 que|son',
    'fue detenido|arrestado|condenado', 'como ~1 protegerte|prevenir|denunciar',
    // amenazas contadas por quien las recibió o por sus padres: "me dijo que las mandaría", "por ejemplo"
    'dijo|dijeron|decia|decian|escribio|escribieron|amenazo|amenazaron|amenazaba|amenazaban ~2 que|con',
    'me|le|les|nos ~1 amenazo|amenazaron|amenazaba|amenazaban|amenaza|amenazan|pidio|pidieron|exigio|exigieron|piden|exigen',
    // el correo descrito en presente: "suelen enviar ...", "exigen el pago de 2.000 euros"
    'suelen ~1 enviar|mandar|exigir', 'exigen|exige|piden|pide ~1 el ~1 pago',
    'si no ~1 le|les ~1 pagaba|pagabamos|pagaban|mandaba|enviaba|daba', 'mi ~1 hijo|hija|hijos|hijas|sobrino|sobrina|alumno|alumna ~2 recibio|recibieron|fue|era',
    'por ejemplo', 'mensajes|correos|correo|mensaje ~1 como|del tipo|tipo', 'algo como', 'suelen ~1 decir|pedir|amenazar|escribir',
    // "estos correos", "los extorsionadores"; not "los mensajes" ("borra los mensajes" is a request, not a discussion)
    'los|las|estos|estas ~1 delincuentes|extorsionadores|ciberdelincuentes', 'estos|estas|esos|esas ~1 correos|mensajes', 'los correos',
    // un correo descrito en tercera persona: "el correo continúa amenazando a la víctima"
    'el|este|ese ~1 correo|mensaje|email|remitente ~2 continua|dice|afirma|asegura|exige|amenaza|amenazando|pide|sigue',
    'amenazando ~2 a|con', 'la|el ~1 victima',
    // lo que hará el extorsionador, contado en tercera persona: "tu interlocutor te amenazará con difundirlos"
    'amenaza|amenazan|amenazara|amenazaran|amenazaria|amenazarian ~1 con', 'te|le|les ~1 exigira|exigiran|pedira|pediran',
    'te|le|les ~1 dira|dice|dicen|diran|informa|informara|informan|explica|explican ~1 que|de', 'suele|suelen ~1 llegar', 'dicho|dichos ~1 mensaje|mensajes|correo|correos',
  ],
  notDiscussion: [
    // las instrucciones del propio correo: "por ejemplo, puedes comprar bitcoin en Binance"
    'por ejemplo ~1 puedes|podes|puede|compra|comprar|usa|usar|busca|buscar|en|con',
    // una citación policial falsa cita la ley: "según el artículo 227 del código penal"
    'segun ~1 el|la|los? ~1 articulo|articulos|codigo|ley|leyes|decreto',
    // "los mentores me pidieron ayudar a las nuevas": a task asked of the writer, not a recounted demand (dev early-25)
    'me|nos ~1 pidio|pidieron|piden ~1 ayudar|ayudarte|ayudarlas|ayudarlos|cuidar|acompanar|guiar|apoyar',
    // "los correos de tus compañeros": las direcciones que dicen tener, no un relato de correos
    'los|las ~1 correos|mensajes ~1 de ~1 tus|sus|todos_tus|todos_sus',
    // "se le informa que ha sido identificado": la carta habla a quien la lee, no cuenta un caso
    'se ~1 le|les ~1 informa|notifica|comunica ~1 que|de', 'ha ~1 sido ~1 identificado|identificada|detectado|detectada ~8 investigacion'],
  familiar: [
    'te echo de menos', 'te quiero ~1 mucho|tambien', 'nos vemos ~2 manana|luego|despues|esta|el|en', 'gracias mama|papa|amor|cari*',
    'llego ~1 en #',
    // dev early-22 look-alike (12-03 eve): schoolmates ("las papas del receso", "en el recreo")
    'del|el|en_el ~1 receso|recreo|recre',
  ],
  // ---- early script: the reader's short hesitations the script pushes past (score.ts)
  unknown: ['quien eres|sos|es', 'quien es este|esta', 'te conozco', 'nos conocemos', 'de donde me conoces'],
  // the reader doubts a friend's account is the friend (early-19): "andrea? tú nunca me dices amiga"
  doubt: ['eres tu de verdad', 'de verdad eres tu', 'tu nunca me dices|llamas|hablas', 'no pareces tu', 'no suenas como tu'],
  // someone asked "quién eres" naming themselves as someone the reader knows offline: a new number, family, class
  introduced: [
    'numero|movil|celular|cel|telefono|cuenta|insta|perfil nuevo|nueva', 'nuevo|nueva numero|movil|celular|cel|telefono|cuenta|insta|perfil',
    'cambie|cambiado de|mi numero|movil|celular|cel|telefono|cuenta', 'perdi|rompi mi|el movil|celular|cel|telefono',
    'cuenta secundaria|alterna|privada|spam|falsa', 'mi otra cuenta',
    'la|el entrenadora|entrenador|profe|profesora|profesor|monitora|monitor|coordinadora|coordinador',
    'de clase|mates|matematicas|ingles|historia|ciencias|quimica|biologia|fisica|arte|musica|futbol|baloncesto|basket|natacion|danza|catequesis|voley|volley|entreno|gimnasia',
    'de la clase|escuela|prepa|secu|parroquia|iglesia|academia', 'del equipo|insti|instituto|cole|colegio|club|gym|gimnasio|coro|grupo|barrio'],
  kin: ['tu prima|primo|hermana|hermano|mama|papa|madre|padre|tia|tio|abuela|abuelo|vecina|vecino|entrenador|entrenadora|profe|profesor|profesora|companera|companero',
    'tu prima|primo|hermana|hermano|tia|tio|companera|companero favorita|favorito|preferida|preferido|pequena|pequeno|mayor',
    'mama|papa|abuela|abuelo|tia|tio'],
  hesitation: ['no', 'nel', 'nop', 'por', 'porque', 'para', 'que', 'm', 'eh', 'espera', 'nose', 'mejor'],
  // ---- hablar de suicidio o de hacerse daño, dicho a otro o de uno mismo (sin etapa: el resultado muestra primero las líneas de crisis)
  selfHarm: ['matate|suicidate|muerete', 'quitate la vida', 'me quiero morir|matar|suicidar', 'quiero morirme|matarme|suicidarme',
    'me voy a matar|suicidar', 'voy a matarme|suicidarme', 'quitarme la vida', 'no quiero vivir mas', 'no quiero seguir viviendo',
    'pensamientos suicidas', 'hacerme dano',
    // las señales de aviso sin nombrar la muerte (como en inglés, 12-07): "ya no quiero estar aquí", "estarían mejor sin mí"
    'ya no quiero estar aqui|viva|vivo|existir|despertar', 'no quiero existir|despertar_mas|despertar_manana', 'estarian|estaria|estarias|estan|estaran|vivirian mejor sin mi',
    'a nadie le importaria si me muero|muriera|desaparezco|desapareciera', 'nadie me extranaria',
    'me corto|corte|cortaba los|las? brazos|venas|munecas|piernas', 'cortarme los|las? brazos|venas|munecas|piernas'],
  // justo después de que mandara la foto íntima que le pidieron (12-06): "ya la guardé 😈", "cometiste un gran error"
  saved: ['guardé', 'guardada', 'guardado', 'guardadas', 'capturé', 'grabé'],
  unsaved: ['nunca', 'borré', 'borrada', 'borrado', 'fondo'],
  caughtOut: ['gran|grave error', 'cometiste un'],
  // ... o preguntando por su gente o su colegio (12-06): "¿cómo se llama tu mamá en face?", "¿a qué colegio vas?"
  questionWords: ['que|cual|cuales|como|quien|quienes|donde|es'],
  askedKin: ['mama|mami|madre|papa|papi|padre|padres|hermana|hermano|hermanas|hermanos|familia|prima|primo|tia|tio',
    'abuela|abuelo|novia|novio'],
  askedReach: ['nombre|llama|cuenta|insta|ig|face|facebook|numero|snap|perfil|seguidores|tiktok|pagina'],
  askedSchool: ['colegio|cole|escuela|insti|instituto|prepa|secundaria|secu|liceo vas|estudias'],
  // alguien que cuenta lo que le pasa (12-05): "me está chantajeando", "amenaza con subir mis fotos", "tiene mis nudes"
  // "dice que va a mandar mis fotos a mi familia si no le pago", told back: "voy a mandar tus fotos a tu familia si no me
  // pagas" (Spanish carries the person in the verb: the verbs of the script are turned too; not "él", which folds to "el")
  retelling: {
    distress: 'ayuda|ayudame|ayudenme|auxilio|miedo|desesperada|desesperado|llorando|asustada|asustado',
    // lo que contó quien escribió la historia ("decía que tenía 17", "me escribió que"): contado de vuelta, no descuenta
    // (historias escritas después de las reglas, 12-07)
    received: 'decia|decian|dijo|dijeron|escribio|escribieron|amenazo|amenazaron|amenazaba|amenazaban',
    teller: { me: 'te', mi: 'tu', mis: 'tus', mío: 'tuyo', mía: 'tuya', míos: 'tuyos', mías: 'tuyas', conmigo: 'contigo' },
    subject: {
      yo: 'tú', pago: 'pagas', mando: 'mandas', envío: 'envías', bloqueo: 'bloqueas', denuncio: 'denuncias', tengo: 'tienes', doy: 'das',
      // "si no le paso más me escracha en tiktok" (stories written for the rules, 12-07)
      paso: 'pasas', deposito: 'depositas', transfiero: 'transfieres', vuelvo: 'vuelves',
    },
    other: {
      ella: 'yo', ellos: 'yo', le: 'me', les: 'me', su: 'mi', sus: 'mis', va: 'voy', dice: 'digo', dijo: 'dije', tiene: 'tengo',
      quiere: 'quiero', pide: 'pido', sube: 'subo', subirá: 'subiré', manda: 'mando', mandará: 'mandaré', envía: 'envío',
      enviará: 'enviaré', publica: 'publico', publicará: 'publicaré', enseña: 'enseño', enseñará: 'enseñaré', amenaza: 'amenazo',
      grabó: 'grabé',
      // los que extorsionan, en plural: "le piden 2000 pesos o suben las fotos a Facebook" (historias escritas para las
      // reglas, 12-07)
      piden: 'pido', quieren: 'quiero', tienen: 'tengo', suben: 'subo', mandan: 'mando', envían: 'envío', publican: 'publico',
      van: 'voy', dicen: 'digo', dijeron: 'dije', amenazan: 'amenazo', subirán: 'subiré', mandarán: 'mandaré',
      publicarán: 'publicaré', enviarán: 'enviaré', grabaron: 'grabé', escracha: 'escracho', quema: 'quemo', expone: 'expongo',
      filtra: 'filtro', difunde: 'difundo', pasa: 'paso', comparte: 'comparto', muestra: 'muestro', chico: 'yo', chica: 'yo', tipo: 'yo', alguien: 'yo', hacker: 'yo', cuenta: 'yo', persona: 'yo', hombre: 'yo',
    },
    // un padre, una profesora o un amigo que lo cuenta (12-06): "un hombre tiene fotos de mi hija y le pide dinero", told
    // back to her: "tengo fotos de ti y te pido dinero"
    close: {
      owners: 'mi|mis|nuestro|nuestra|nuestros|nuestras',
      own: 'mi|mis|mío|mía|míos|mías|nuestro|nuestra|nuestros|nuestras',
      // "mis papás no saben nada" beside "mi hermanito": the teller's family is the one told about's too; "mis fotos" is the
      // teller's own (someone close's stories in Spanish, the seen halves of 12-07)
      ownThings: 'fotos|foto|fotitos|videos|video|vídeo|vídeos|nudes|pack|packs|imagenes|imágenes|capturas|grabacion|grabación|cosas',
      addressee: 'tu|tus|te|ti|tuyo|tuya|tuyos|tuyas|contigo|usted|ustedes',
      people:
        'hijo|hija|hermano|hermana|amigo|amiga|alumno|alumna|sobrino|sobrina|nieto|nieta|primo|prima|' +
        'hermanito|hermanita|hijito|hijita|primito|primita|sobrinito|sobrinita|hijos|hijas|alumnos|alumnas',
      as: ['ti'],
      // "mi mejor amiga me contó que un chico tiene un video de ella" (a fresh story, 12-07 evening)
      describing: 'mejor|mejores|menor|mayor|pequeño|pequeña|pequeno|pequena',
      said: { le: 'te', les: 'te', su: 'tu', sus: 'tus', lo: 'te' },
      // "la" es ella antes de un verbo ("la grabó"), no en "toda la familia" (historias escritas después de las reglas, 12-07)
      objects: { la: 'te' },
      objectsBefore: 'grabo|grabaron|amenaza|amenazo|extorsiona|chantajea|acosa|presiona',
      // "un alumno de 15 años me ha contado" (las mismas historias)
      members: { first: 'un|una', of: 'de', groups: 'clase|curso|colegio|equipo|grupo', wards: 'alumno|alumna|alumnos|alumnas' },
      victims: {
        ella: {
          names: 'hija|hijas|hermana|hermanas|amiga|amigas|alumna|alumnas|sobrina|nieta|prima|hermanita|hijita|primita|sobrinita|ella',
          said: { ella: 'tú' },
        },
      },
    },
  },
  // "Hace cinco años alguien intentó chantajearme con unas fotos, lo denuncié y se acabó" (a look-alike, the ninth
  // stories): a story told as over, with none of the words that say it goes on now
  ended: {
    phrases: ['hace # años|anos|meses', 'hace dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|varios|muchos años|anos|meses', 'cuando tenia'],
    ongoing: 'ahora|sigue|siguen|quiere|quieren|dice|dicen|amenaza|amenazan|pide|piden|todavia|aun|manana',
  },
  selfReport: [
    'me esta|estan|sigue chantajeando|extorsionando|amenazando', 'me chantajea|chantajean|extorsiona|extorsionan',
    'amenaza|amenazo|amenazan|amenazaron con publicar|subir|mandar|enviar|pasar|difundir|filtrar mis',
    'tiene|tienen mis fotos|videos|nudes|packs|pack',
    // "me estan pidiendo dinero por unas fotos que mande" (tried as a user, 12-05 afternoon)
    'pidiendo|piden|pide dinero|plata|lana|pago por mis|unas|las|esas|unos fotos|videos|nudes|packs|pack|fotitos',
    // a teen in a few words: "un hombre tiene fotos mias y quiere dinero"
    'fotos|videos|nudes|packs mias|mios y quiere|quieren|pide|piden dinero|plata|lana|pago',
    // "si no le pago 300 publica mis fotos", "quiere 200 dolares o sube mis videos" (amounts are left out)
    'pago|pagamos publica|publican|sube|suben|manda|mandan|envia|envian|difunde|difunden|filtra|filtran|pasa|pasan mis',
    'o publica|publican|sube|suben|manda|mandan|envia|envian|difunde|difunden|filtra|filtran mis fotos|videos|video|nudes|packs|pack|fotitos',
    // lo que cuenta un adolescente, una tercera ronda (probado como usuario, 12-06 tarde): "alguien está intentando
    // chantajearme", "filtraron mis fotos", "una chica grabó nuestra videollamada y ahora me pide dinero", "dice que si no
    // le mando más fotos va a publicar las que le mandé", "si no le pago me arruina la vida", "tiene una grabación mía y
    // no para de pedirme dinero", "mandé fotos a un chico y ahora me amenaza"
    'intentando|intenta|intento|intentan|quiere|quieren chantajearme|extorsionarme|sextorsionarme',
    'trata|tratando|tratan de chantajearme|extorsionarme|sextorsionarme',
    'filtraron|difundieron|filtro|difundio mis fotos|videos|video|nudes|packs|fotitos',
    'publicaron|subieron|pasaron|publico|subio|paso mis nudes|packs',
    'grabo|grabaron|capturo|capturaron nuestra|nuestras|mi|la videollamada|videollamadas|llamada|llamadas|camara y ahora|ya? me pide|piden|exige|exigen dinero|plata|lana|pago|mas|fotos|bitcoin',
    'grabo|grabaron|capturo|capturaron nuestra|nuestras|mi|la videollamada|videollamadas|llamada|llamadas|camara y ahora|ya? me amenaza|amenazan|chantajea|chantajean',
    'si no le|les mando|envio|paso mas fotos|videos|nudes|packs va|van a publicar|subir|mandar|difundir|filtrar',
    'si no le|les pago me|nos arruina|arruinan|arruinara|arruinaran|destroza|destrozan la|mi vida',
    'grabacion|grabaciones|video|videos|fotos mia|mias|mio|mios y no para|paran de pedirme|exigirme dinero|plata|lana|mas',
    'mande|envie|pase fotos|videos|nudes|packs a un|una chico|chica|tipo|persona|desconocido|desconocida y ahora me amenaza|amenazan|chantajea|chantajean|extorsiona|extorsionan|pide|piden',
    // "un chico de insta dice que va a mandar mis fotos a mi familia si no le pago", a story the acts read as a threat in
    // its own words (12-06 tarde; "mis fotos de bebé a mi familia" is not one: the pictures named are the reader's)
    'dice|dijo|dicen|dijeron que va|van|iba|iban a mandar|subir|publicar|enviar|pasar|difundir|ensenar|filtrar mis fotos|videos|video|nudes|packs|pack|fotitos a',
    // una cuarta ronda (probado como usuario, 12-06 noche): "ya le pagué pero sigue pidiendo más", "amenaza con publicar el
    // video si lo bloqueo"
    'pague|pagamos|mande pero|y sigue|siguen|ahora|todavia pidiendo|pide|piden|exige|exigen mas',
    'amenaza|amenazo|amenazan|amenazaron con publicar|subir|mandar|enviar|pasar|difundir|filtrar el|la|los|las video|videos|fotos|foto|nudes|pack|packs|grabacion si|cuando lo|la|los|las? bloqueo|denuncio|ignoro|dejo|cuento|digo',
  ],
  // un padre o una profesora que pega lo que recibió el menor (12-06 tarde): "mi hija recibió estos mensajes", "esto es lo
  // que le llegó a mi hijo por instagram"
  otherChat: [
    'hijo|hija|hijos|hermano|hermana|amigo|amiga|alumno|alumna|sobrino|sobrina|nieto|nieta recibio|recibe|recibieron estos|este|estas|unos|esos mensajes|mensaje|correos|correo|dms|audios',
    'le|les llego|llegaron|mandaron|escribieron|enviaron a mi|nuestro|nuestra hijo|hija|hijos|hermano|hermana|amigo|amiga|alumno|alumna|sobrino|sobrina|nieto|nieta',
  ],
  // a teen telling of being pushed for pictures before any threat: "un chico de insta me pide packs", "me pide fotos
  // sin ropa" (tried as a user, 12-07)
  pushed: [
    'me pide|pidio|pidiendo|pedia|piden|pidieron|exige|exigio|insiste_en packs|pack|nudes|desnudos',
    'me pide|pidio|pidiendo|pedia|piden|pidieron|exige|exigio fotos|videos|fotitos|una_foto|un_video desnuda|desnudo|intimas|sin_ropa|hot|calientes|en_ropa_interior|sin_camisa|sin_playera|sin_nada|en_bikini|en_lenceria',
    'quiere|quiso|insiste|pide|pidio|dice|dijo que le mande|mandara|envie|enviara|pase packs|nudes',
    'quiere|quiso|insiste|pide|pidio|dice|dijo que le mande|mandara|envie|enviara|pase fotos|videos|una_foto|un_video desnuda|desnudo|intimas|sin_ropa|en_ropa_interior|en_calzones|hot',
  ],
  // a plain request for pictures, told ("me pide fotos"): a push only beside an early step in the same message (12-08)
  pushedPlain: {
    asked: [
      'me pide|pidio|pidiendo|pedia|piden|pidieron|insiste_con|insistio_con fotos|videos|fotitos|una_foto|un_video|selfies|mas_fotos',
      'quiere|queria|quiso|insiste|insistio|pide|pidio|dice|dijo que le mande|mandara|envie|enviara|pase|pasara fotos|videos|fotitos|una_foto|un_video|selfies|mas',
    ],
    // lo mismo de alguien cercano, contado por quien ayuda: "un hombre le pide fotos a mi hija" (12-08)
    askedOther: [
      'le pide|pidio|pidiendo|pedia|piden|pidieron|sigue_pidiendo|insiste_con fotos|videos|fotitos|una_foto|un_video|selfies|mas_fotos a mi|nuestra|nuestro hija|hijo|nina|nino|alumna|alumno|sobrina|sobrino|nieta|nieto|hermana|hermano',
      'le pide|pidio|pidiendo|pedia|piden|pidieron|sigue_pidiendo|insiste_con fotos|videos|fotitos|una_foto|un_video|selfies|mas_fotos',
    ],
    // "… y dice que borre nuestros chats", "… y que no le cuente a mis papás", "… que me pase a telegram", "… que es
    // nuestro secreto", "… que soy muy madura para mi edad"
    steps: [
      'que|q borre|borrara|elimine|eliminara los|nuestros|mis|el|la|nuestra chats|chat|mensajes|conversacion|conversaciones|fotos',
      'que|q no le|les cuente|contara|diga|dijera|muestre|ensene a nadie|naiden|mis|mi',
      'que|q no le|les cuente|contara|diga|dijera nada a',
      'que|q me pase|pasara|cambie|cambiara|vaya|fuera|mueva|moviera a|al|para telegram|whatsapp|wsp|snap|snapchat|kik|discord|signal|privado',
      'que|q es|sea nuestro|un secreto',
      'muy? madura|maduro|grande para mi edad',
    ],
  },
  // alguien cercano presionado por fotos antes de una amenaza, contado por quien ayuda (12-08): "un hombre le pide packs a
  // mi hija", "creo que están acosando a mi hijo para que mande fotos"
  pushedOther: [
    'le pide|pidio|pidiendo|pedia|piden|pidieron|exige|exigio packs|pack|nudes|desnudos|fotos_desnuda|fotos_desnudo|fotos_intimas|fotos_sin_ropa',
    'hija|hijo|nina|nino|alumna|alumno|sobrina|sobrino|nieta|nieto esta|estan|fue siendo? acosada|acosado|enganada|enganado para que',
    'grooming a mi|nuestra|nuestro hija|hijo|nina|nino|alumna|alumno',
  ],
  // a parent, teacher or friend telling it (12-05, 12-06): "mi hijo esta siendo extorsionado", "estan chantajeando a mi
  // hija", "un hombre tiene fotos de mi hija y le pide dinero"
  otherReport: [
    'hijo|hija|hijos|hermano|hermana|amigo|amiga|alumno|alumna|sobrino|sobrina|nieto|nieta esta|estan|fue siendo|sido extorsionado|extorsionada|chantajeado|chantajeada|amenazado|amenazada',
    'extorsionando|chantajeando|amenazando|extorsionan|chantajean|amenazan|extorsiona|chantajea|amenaza a mi|nuestro|nuestra hijo|hija|hermano|hermana|amigo|amiga|alumno|alumna|sobrino|sobrina|nieto|nieta',
    'fotos|videos|video|nudes|packs|fotitos de mi|nuestro|nuestra hijo|hija|hermano|hermana|amigo|amiga|alumno|alumna|sobrino|sobrina|nieto|nieta y le|les pide|piden|exige|exigen|amenaza|amenazan|quiere|quieren',
    'amenaza|amenazan|amenazo|amenazaron con publicar|subir|mandar|enviar|pasar|difundir|filtrar sus fotos|videos|video|nudes|packs|fotitos',
  ],
};

export default es;
