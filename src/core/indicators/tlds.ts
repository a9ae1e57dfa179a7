/**
 * Top-level domains accepted for bare domains (written without http:// or www.). Kept to the
 * common generic ones and country codes, minus those that look like file extensions in chat
 * (.py, .sh, .md ...) or words, which would make "setup.py" or "yes.no" a domain.
 */
const GENERIC =
  'com net org info biz io co me app dev xyz online site top club live gg tv cc ly to ws ai link shop store ' +
  'click icu vip win bid pw fun space tech website today life world lol fans chat social dating love ' +
  'sexy porn xxx cam page blog news email cloud host one pro mobi name tel asia cash money pay finance ' +
  'gift digital media agency group network services support help plus bio ink art gay men date';
const COUNTRY =
  'ac ad ae af ag al am ao aq ar at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca ' +
  'cd cf cg ch ci ck cl cm cn cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo ' +
  'fr ga gd ge gf gh gi gl gm gn gp gq gr gs gt gu gw gy hk hn hr ht hu id ie il im in iq ir is it je jm ' +
  'jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr lt lu lv ma mc mg mk ml mm mn mo mq mr ms ' +
  'mt mu mv mw mx my mz na nc nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pm pn pr pt py qa re ro ru ' +
  'rw sa sb sc se sg si sk sl sm sn so sr st su sv sx sy sz tc td tf tg th tj tk tl tm tn tr tt tw tz ua ' +
  'ug uk us uy uz va vc ve vg vi vn vu wf ye yt za zm zw';
/**
 * TLDs that are also file extensions or English words people type without a space after a full
 * stop ("ok.so", "yes.no", "fine.im"): accepted only with a scheme, www. or a path.
 */
const AMBIGUOUS = new Set(
  'py sh md rs pl js ts so ps am in is it me no im at be do to us my an id ms ok cc ml mp pm fm la ch'.split(
    ' ',
  ),
);

export const TLDS = new Set([...GENERIC.split(' '), ...COUNTRY.split(' ')]);

/** Whether `tld` (lower case) may end a domain written without scheme or path. */
export function isBareTld(tld: string): boolean {
  return TLDS.has(tld) && !AMBIGUOUS.has(tld);
}
