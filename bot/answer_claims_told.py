"""What a message tells of a collector's claim or deed, read for the lines bot.answer_claims opens an
answer with (and for the router: bot.routing_claims). Each reader says only whether the message
tells it; bot.answer_claims re-exports them (callers import them from there).

- ``scam_told``: a payment asked into a personal account, a reduction "today only", an app a caller
  names, or a caller's claim of a rate, a sum or a reduction doubted ("is this legit?");
  ``sum_claim_doubted``: a caller's claim of what the borrower owes doubted.
- ``rate_legal_asked``: whether a rate, a penalty or a collector's claim about them is lawful, or
  where to complain about it ("利息太高能投诉吗"), not a complaint about the collector.
- ``family_contacted``: collectors who already contacted the family, and whether that is lawful
  ("催收打电话给我爸妈，这样合法吗").

Matched on text.simplified() text (simplified characters, lower case).
"""

from __future__ import annotations

from functools import lru_cache

from .patterns import regex
from .text import simplified

# --- A payment outside the official channel, or a caller's claim doubted (item 1) ---
_PAY = r"(?:转|打|汇|付|还|存|交|充)(?!没|不|未)(?:账|款|钱|过去)?"  # (not "钱还没到对方卡上": nothing asked of it)
_PERSONAL = (r"(?:个人|私人|他|她|对方|催收|他们|那个人)(?:给|发|提供|指定|留)?(?:的)?\s*(?:银行)?(?:卡|账户|账号|帐户|帐号|微信|支付宝)"
             r"|指定(?:的)?\s*(?:银行卡|账户|账号)|对公(?:账户|账号|帐户)")  # ("转到他给的银行卡": truth4 #2)
# (the payee is not the borrower's own: "借呗的钱会打到我个人账户吗", "pay from her personal account" ask nothing)
_PERSONAL_PAY = regex(
    rf"{_PAY}\S{{0,6}}?(?:到|给|进|入)(?!我)\S{{0,3}}?{_PERSONAL}"
    r"|\b(?:transfer|pay|send|wire|deposit|move|put)\w*\b.{0,40}?\b(?:to|into|in)\s+(?:his|her|their|a personal|a private|"
    r"someone s|the collector s|the caller s|personal|private)\s+(?:own\s+)?(?:personal\s+|private\s+)?(?:bank\s+)?(?:account|card|wechat|alipay)\b")
_TODAY_ONLY = regex(
    r"(?:只要|只有|仅限|限|只限)今天|今天(?:之内|内|必须|马上|立刻|就)\S{0,10}(?:减免|一半|打折|免|少还)"
    r"|(?:减免|一半|打折|少还)\S{0,12}今天(?:之内|内)?(?:必须|就)?(?:转|还|付|打款)|限时减免"
    r"|\btoday only\b|\bonly (?:for )?today\b|\b(?:must|have to|need to|got to|gotta) pay (?:it )?(?:all )?(?:by |before )?(?:today|tonight)\b")
# (a caller, not hearsay: "有人说借呗利息高，是真的吗" and "they say …" tell no call)
_CALLER = (r"(?:催收(?:员|的人|人员)?|对方|来电|打电话的人|那个人|有人(?:打电话|来电|打来)|自称\S{0,8}的人)\S{0,6}?(?:说|讲|告诉我|称)"
           r"|自称\S{0,10}?(?:说|讲|告诉我)"  # ("有人自称借呗客服，说交300块保证金…": truth4 #2)
           # ("他们说我欠三万": a sum claimed of the borrower is a claim, whoever "they" are; "他们说借呗利息高" stays hearsay)
           r"|(?:他们|他|她)(?:又|还|却|都)?(?=说我\S{0,4}?欠)说"
           r"|\b(?:collectors?|callers?|a collector|the collector|someone (?:who )?(?:called|rang|phoned)|a guy|a man|a woman|an agent"
           r"|the (?:agent|caller|guy|man|woman|person on the phone))\b.{0,12}?"
           r"\b(?:say|says|said|saying|claim|claims|claimed|claiming|told me|telling me)\b")
# A payment asked for, or a reduction offered, needs someone who asks it: a caller or a collector,
# or "让我/要我" ("I have to pay today or I'll be 1 day late" is the borrower's own due date).
_ASKER = regex(rf"{_CALLER}|(?:催收|对方|客服|他们|他|她|那个人|自称\S{{0,10}})\S{{0,6}}?(?:让|叫|要求|逼|催)我|让我|要我|叫我|逼我|要求我"
               r"|(?:他|她|他们|客服)\S{0,3}?(?:说|讲|称|告诉我)"
               r"|\b(?:they|he|she|someone|somebody|the (?:caller|collector|agent|person)|collectors?)\b.{0,12}?"
               r"\b(?:asked|asks|asking|wants?|wanted|told|tells|telling|demand\w*|insist\w*|pressur\w*) (?:me|us)\b")
# A sum or a charge a caller names; with a reduction offered, what a caller may claim.
# (a fee asked up front, "先交500手续费就能延期", "交300块保证金就能停息挂账": truth4 #2)
_CHARGE = (r"利息|利率|罚息|违约金|滞纳金|翻倍|百分之|%|欠\S{0,4}?(?:\d|[一二两三四五六七八九十几][十百千万块元])"
           r"|手续费|保证金|服务费|押金|解冻费|工本费|认证费|验证费|刷流水|费用|收费"
           r"|\d\s*(?:元|块)|[一二两三四五六七八九十几][十百千万]+(?:元|块)"
           r"|\binterest\b|\brates?\b|\bapr\b|\bowe\b.{0,12}\d|\bpenalt\w*|\bfees?\b")
_CLAIM = _CHARGE + r"|减免|一半|打折|折扣|\bdiscount|\bhalf\b|\breduc\w*"
_CLAIMED = regex(rf"(?:{_CALLER}).{{0,40}}?(?:{_CLAIM})")
_DOUBTED = regex(r"真的吗|真的假的|是不是真的|是真的|可信|靠谱|骗子|骗人|是不是骗|诈骗|合法|正规吗|能信|该信"
                 r"|\blegit\w*\b|\bscam\w*\b|\breal\b|\btrue\b|\blegal\b|\btrust\b|\bfake\b|\bgenuine\b"
                 r"|安全吗|可以吗|说的对吗|\bsafe\b"  # ("说这样就不上征信，可以吗", "说的对吗": truth4 #2, #3)
                 # the claim set against the borrower's own sum ("催收说我欠了三万，我只借了两万", "but I only borrowed 20k")
                 r"|(?:我|但|可|其实)(?:只|才|就)(?:借了?|欠)|没借(?:过)?那么多|哪(?:有|来)那么多|\bi (?:only|just) borrowed\b|\bnever borrowed that much\b")

# A sum or a charge claimed (not a reduction offered): what the borrower owes is what is doubted.
_CLAIMED_SUM = regex(rf"(?:{_CALLER}).{{0,40}}?(?:{_CHARGE})")


def sum_claim_doubted(question: str) -> bool:
    """Whether a message doubts a caller's claim of what the borrower owes, a sum or a charge ("催收说我
    欠了三万，我只借了两万，是真的吗", "someone called saying … I owe 5000 in penalty fees. Is that real?")."""
    text = simplified(question)
    return bool(_CLAIMED_SUM.search(text) and _DOUBTED.search(text))


# Repaying through an app a caller or collector names ("催收叫我下载一个新的app，把钱还到里面", "让我下载一个APP还款"):
# not the lender's official channel (truth4 #2).
_OTHER_APP = regex(r"(?:下载|装|安装|注册)\S{0,8}?(?:app|软件|应用|平台|链接)|\b(?:download|install)\w*\b.{0,24}?\bapps?\b")


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=16)
def scam_told(question: str) -> bool:
    """Whether a message tells of a payment asked outside the official channel (into someone's
    personal account, "只要今天转账" for a reduction) by a caller or a collector, or doubts a caller's
    claim of a rate, a sum or a reduction."""
    text = simplified(question)
    return bool(((_PERSONAL_PAY.search(text) or _TODAY_ONLY.search(text) or _OTHER_APP.search(text)) and _ASKER.search(text))
                or (_CLAIMED.search(text) and _DOUBTED.search(text)))


# --- Whether a rate or charge is lawful, or where to complain about it (item 3) ---
RATE = regex(r"利息|利率|罚息|违约金|滞纳金|年化|高利贷|\binterest\b|\brates?\b|\bapr\b|\bpenalt\w*|\blate fees?\b|\busury\b|\bloan shark")
_LEGAL = regex(r"合法|违法|犯法|合规|违规|投诉|举报|法律(?:允许|规定)|(?:超过|超出)\S{0,4}(?:法定)?(?:上限|红线)|高利贷"
               r"|\b(?:il)?legal\b|\b(?:un)?lawful\b|\blegit\w*\b|\ballowed\b|\bcomplain\w*|\breport (?:it|them|this)\b|\busury\b|\bloan shark")


# A complaint whose object is the collector ("我想投诉催收态度", "complain about the collectors"):
# not about the rate named beside it (the complaint about the collector leads: bot.routing_vet).
COLLECTOR_COMPLAINT = regex(r"(?:投诉|举报)(?:一下)?(?:这个|那个|这些|那些|这家)?(?:催收|催债|催款|他们|对方)\S{0,6}"
                             r"|\b(?:complain\w*|report\w*|complaint)\b (?:about |against )?(?:the |these |those |this |that |their |his |her )?"
                             r"(?:collectors?|collection agen\w+|callers?|agents?|attitude|behaviou?r|manner)\b")


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=16)
def rate_legal_asked(question: str) -> bool:
    """Whether a message asks whether a rate or late charge (or a collector's claim about one) is
    lawful, or where to complain about it ("借呗罚息太高了，能投诉吗", "is that even legal?"); a
    complaint about the collector beside a rate ("利息太高了，我想投诉催收态度") is not one."""
    text = COLLECTOR_COMPLAINT.sub(" ", simplified(question))
    return bool(RATE.search(text) and _LEGAL.search(text))


# --- Family or workplace already contacted, and whether that is lawful (item 4) ---
_WHO = (r"爸妈|父母|我爸|我妈|爸爸|妈妈|家人|家里人|家里|老婆|老公|妻子|丈夫|亲戚|朋友|同事|领导|老板|单位|公司|紧急联系人|通讯录(?:里的人)?")
_CONTACTED_ZH = regex(rf"(?:打(?:了)?(?:电话)?(?:给|到)|联系(?:了)?|找(?:了|到|上)|发(?:了)?短信给|打电话给|打给|打到)(?:了)?\s*(?:我的?)?(?P<who>{_WHO})")
_ASKED_BEFORE = regex(r"(?:会|会不会|要|要不要|可能|是否|能不能|能|怎么|如果|万一|是不是|还会|敢)\S{0,3}$")
_ASKED_AFTER = regex(r"\s*(?:了)?\s*(?:吗|么|嘛|没有|没)")
_CONTACTED_EN = regex(r"\b(?:they|collectors?|the collectors?|jiebei|alipay|someone|the lender|an agency)\b\s+(?:have |has |already |even |just |now )*"
                      r"(?:called|phoned|rang|contacted|texted|messaged|went to|visited)\s+(?:my|our)\s+"
                      r"(?P<who>parents|mom|mum|dad|mother|father|family|wife|husband|friends?|boss|colleagues|coworkers|co-workers|employer|relatives|sister|brother|workplace)\b")
_LAWFUL_ASKED = regex(r"合法|违法|犯法|违规|可以这样|能这样|允许|有权|投诉|举报|这样对吗|\b(?:il)?legal\b|\ballowed\b|\bcan they (?:do|even)\b|\bright to\b|\bcomplain\w*|\breport\b")


def family_contacted(question: str) -> str | None:
    """Whom a message says collectors have already contacted (as written: "爸妈", "parents"),
    when it also asks whether that is lawful or where to complain; else None. A contact asked
    about ("会打电话给我爸妈吗") is no contact told."""
    text = simplified(question)
    if not _LAWFUL_ASKED.search(text):
        return None
    for found in _CONTACTED_ZH.finditer(text):
        if not _ASKED_BEFORE.search(text[max(0, found.start() - 6):found.start()]) and not _ASKED_AFTER.match(text, found.end()):
            return found.group("who")
    found_en = _CONTACTED_EN.search(text)
    return found_en.group("who") if found_en else None
